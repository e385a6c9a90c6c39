/** The options page's entry: renders the OptionsPage over the settings storage item. */
import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { loadSettings, saveSettings } from '../../lib/settings/settings';
import type { SettingsClient } from '../../lib/ui/client';
import '../../lib/ui/options.css';
import { askPersistentStorage } from '../../lib/storage/persist';

const client: SettingsClient = { load: loadSettings, save: saveSettings };
render(<OptionsPage client={client} />, document.getElementById('app')!);

// The reader's notes must survive storage pressure; Chrome grants this from extension pages, not the worker.
void askPersistentStorage();
