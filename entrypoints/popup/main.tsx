/** The toolbar popup's entry: finds its tab, wires the real transport and renders the Popup. */
import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { browserPopupClient, popupTabId } from '../../lib/ui/browser-client';
import '../../lib/ui/popup.css';
import { askPersistentStorage } from '../../lib/storage/persist';
import { describeError } from '../../lib/errors';

const root = document.getElementById('app')!;
popupTabId(location.search).then(
  (tabId) => {
    if (tabId === null) render(<p class="page-state">Footnote found no tab to read.</p>, root);
    else render(<Popup client={browserPopupClient(tabId)} />, root);
  },
  (error: unknown) => render(<p class="page-state">Footnote couldn't find its tab: {describeError(error)}</p>, root),
);

// The reader's notes must survive storage pressure; Chrome grants this from extension pages, not the worker.
void askPersistentStorage();
