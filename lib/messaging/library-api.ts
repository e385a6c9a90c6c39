/**
 * The background's API for the library page: reading, editing, deleting and restoring the reader's notes in bulk,
 * and backups (export and import). Part of BackgroundApi (protocol.ts); served by lib/background/library-service.ts.
 */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- methods arrive with the library's move to the background (issue 9)
export interface LibraryApi {}
