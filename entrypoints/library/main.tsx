/** The library page's entry (an unlisted extension page, library.html): the LibraryPage over IndexedDB. */
import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { annotationsIo } from '../../lib/library/annotations-io';
import { LibraryStore } from '../../lib/storage/library-store';
import { NotesDb } from '../../lib/storage/notes-db';
import './library.css';
import { askPersistentStorage } from '../../lib/storage/notes-db';

// Extension pages share the extension's origin, so the library opens the notes database itself.
const store = new LibraryStore(new NotesDb());
render(<LibraryPage backend={store} io={annotationsIo} />, document.getElementById('app')!);

// The reader's notes must survive storage pressure; Chrome grants this from extension pages, not the worker.
void askPersistentStorage();
