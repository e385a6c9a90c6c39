/**
 * The library page's entry (an unlisted extension page, library.html): the LibraryPage over the background's
 * library methods. The page never opens the database: the background is its only owner.
 */
import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { annotationsIo } from '../../lib/library/annotations-io';
import type { LibraryClient } from '../../lib/library/library-client';
import { callBackground } from '../../lib/messaging/call';
import { askPersistentStorage } from '../../lib/storage/persist';
import './library.css';

const client: LibraryClient = {
  libraryPage: (params) => callBackground('libraryPage', params),
  libraryDelete: (params) => callBackground('libraryDelete', params),
  libraryRestore: (params) => callBackground('libraryRestore', params),
  libraryEdit: (params) => callBackground('libraryEdit', params),
  importBegin: (params) => callBackground('importBegin', params),
  importBatch: (params) => callBackground('importBatch', params),
  importEnd: (params) => callBackground('importEnd', params),
  quarantineList: (params) => callBackground('quarantineList', params),
  quarantineRepair: (params) => callBackground('quarantineRepair', params),
  quarantineDelete: (params) => callBackground('quarantineDelete', params),
};

render(<LibraryPage client={client} io={annotationsIo} />, document.getElementById('app')!);

// The reader's notes must survive storage pressure; Chrome grants this from extension pages, not the worker.
void askPersistentStorage();
