import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is asked for.
export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Footnote',
    description: 'Shows the context an article leaves out: affiliate links, unsourced quotes, missing references.',
    permissions: ['storage'],
    // Firefox wants to know the add-on collects nothing (it does not); WXT's types predate the key.
    browser_specific_settings: {
      gecko: { id: 'footnote@footnote.local', data_collection_permissions: { required: ['none'] } } as Record<string, unknown>,
    },
  },
  zip: { excludeSources: ['node_modules/**', '.output/**', 'test/**'] },
});
