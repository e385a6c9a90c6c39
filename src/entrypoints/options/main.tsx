/** The options page's entry: renders the OptionsPage over the settings storage item. */
import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { loadSettings, saveSettings } from '../../lib/settings/settings';
import type { SettingsClient } from '../../ui/client';
import '../../ui/options.css';

const client: SettingsClient = { load: loadSettings, save: saveSettings };
render(<OptionsPage client={client} />, document.getElementById('app')!);
