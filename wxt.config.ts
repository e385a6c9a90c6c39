import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noHtmlStrings } from './scripts/vite-no-html-strings';

// See README "Permissions" for why each permission is asked for. The content script's match patterns
// (entrypoints/content.ts: http and https pages) are the only host access; no `tabs`, no `activeTab`.
export default defineConfig({
  // FOOTNOTE_OUT_DIR lets two checkouts' builds (or two engineers' test runs) not overwrite each other.
  outDir: process.env.FOOTNOTE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // noHtmlStrings: no bundled library parses HTML strings (web-ext lint's innerHTML warnings).
  vite: () => ({ plugins: [preact(), noHtmlStrings()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Footnote',
    description: 'Shows the context an article leaves out: affiliate links, unsourced quotes, missing references.',
    // contextMenus: "Highlight with Footnote" / "Add a note with Footnote" on a selection (lib/selection-commands/).
    permissions: ['storage', 'contextMenus'],
    // The toolbar button's icon, drawn from public/icon.svg by scripts/render-icons.ts (WXT adds `icons` itself).
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' } },
    // Suggested keys; the reader changes them at chrome://extensions/shortcuts (names: lib/selection-commands/commands.ts).
    commands: {
      // Opens the popup (Alt+Shift+O, "open"; Alt+Shift+F is the page's next-flag key): MV3's action command, or
      // MV2's browser-action command in Firefox.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Open Footnote',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
      // Not Alt+Shift+N: Chromium reserves it (ChromeOS's notification centre) and leaves the command without a key.
      'note-on-selection': {
        suggested_key: { default: 'Alt+Shift+M' },
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
  // `wxt zip -b firefox` also zips the sources for AMO's reviewers, who run `npm ci && npm run build` in them
  // (docs/publishing.md): everything the build reads, nothing else. Dot-folders (.output, .wxt, .git) are never
  // included; of scripts/ only the build step wxt.config.ts imports.
  zip: {
    excludeSources: ['node_modules/**', 'tests/**', 'test-results/**', 'docs/screenshots/**', 'scripts/**', '*.zip'],
    includeSources: ['scripts/vite-no-html-strings.ts'],
  },
});
