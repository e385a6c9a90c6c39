import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is asked for. The content script's match patterns
// (entrypoints/content.ts: http and https pages) are the only host access; no `tabs`, no `activeTab`.
export default defineConfig({
  // FOOTNOTE_OUT_DIR lets two checkouts' builds (or two engineers' test runs) not overwrite each other.
  outDir: process.env.FOOTNOTE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Footnote',
    description: 'Shows the context an article leaves out: affiliate links, unsourced quotes, missing references.',
    // contextMenus: "Highlight with Footnote" / "Add a note with Footnote" on a selection (lib/selection-commands/).
    permissions: ['storage', 'contextMenus'],
    // Suggested keys; the reader changes them at chrome://extensions/shortcuts (names: lib/selection-commands/commands.ts).
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
      'note-on-selection': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Highlight the selected text and add a note',
      },
    },
    // Firefox wants an id and to know the add-on collects nothing (it does not); WXT's types predate the key.
    // Chrome would warn about the unknown key, so only Firefox gets it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'footnote@footnote.local', data_collection_permissions: { required: ['none'] } } as Record<
              string,
              unknown
            >,
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['node_modules/**', '.output/**', 'tests/**'] },
});
