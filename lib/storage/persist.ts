/**
 * Asks the browser not to evict Footnote's data under storage pressure. Its own module so that the popup, the options
 * page and the library can ask without loading the database code.
 */

/**
 * False where the browser says no or cannot. `persist()` exists only in window contexts: Firefox's background page and
 * the extension pages, not Chrome's service worker.
 */
export async function askPersistentStorage(): Promise<boolean> {
  try {
    return (await globalThis.navigator?.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
