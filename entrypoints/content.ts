/**
 * The content script: Footnote in every http(s) page's top frame, started once the page is idle. All of its
 * logic is in lib/page/controller.ts.
 */
import { defineContentScript } from '#imports';
import { startFootnote } from '../lib/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      startFootnote(ctx);
    } catch {
      // Never throw into the page; the popup will find no status for this tab.
    }
  },
});
