/**
 * A build step that takes HTML-string parsing out of the two libraries the extension bundles, so that no shipped
 * file assigns to `innerHTML` (what `web-ext lint` warns about, and what AMO's reviewers read):
 *
 * - Readability saves the page it reads as an HTML string and parses it back between attempts, and copies a
 *   `<noscript>` image by re-parsing its markup. Here it keeps a cloned node instead and copies cloned children:
 *   the same DOM, with no string parsed. (Footnote runs it on a clone of the page, where a `<noscript>` holds
 *   text, not elements, so that branch only runs on elements anyway.)
 * - Preact's `dangerouslySetInnerHTML`: Footnote never uses it, so the bundled Preact throws instead of parsing.
 * - linkedom (the DOM the background analyses pages in) parses markup into its own JavaScript objects, never the
 *   browser's DOM; two of its helpers do that through its own `innerHTML` setter. Here they call the function the
 *   setter calls (`setInnerHtml`), which is the same code without the property assignment.
 *
 * Each rewrite must match exactly once, or the build fails: a library upgrade that moves the code is noticed,
 * not shipped with the warning back.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  /** The library file, as the end of its resolved path. */
  file: RegExp;
  find: RegExp;
  replace: string;
}

const REWRITES: Rewrite[] = [
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /var pageCacheHtml = page\.innerHTML;/,
    replace: 'var pageCacheHtml = page.cloneNode(true);',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /page\.innerHTML = pageCacheHtml;/,
    replace: 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /tmp\.innerHTML = noscript\.innerHTML;/,
    replace: 'tmp.replaceChildren(...Array.from(noscript.childNodes, (node) => node.cloneNode(true)));',
  },
  {
    file: /linkedom[\\/]esm[\\/]interface[\\/]element\.js$/,
    find: /template\.innerHTML = html;/,
    replace: 'setInnerHtml(template, html);',
  },
  {
    file: /linkedom[\\/]esm[\\/]shared[\\/]utils\.js$/,
    find: /elem\.innerHTML = html;/,
    replace: 'setInnerHtml(elem, html);',
  },
  {
    file: /preact[\\/]dist[\\/]preact\.mjs$/,
    find: /\(\w+\.innerHTML=(\w+)\.__html\)/,
    replace: '(()=>{throw new Error("dangerouslySetInnerHTML is not used in Footnote")})()',
  },
];

export function noHtmlStrings(): Plugin {
  return {
    name: 'footnote:no-html-strings',
    enforce: 'pre',
    transform(code, id) {
      // '\0' ids are Rollup's virtual wrappers (the CommonJS proxy of Readability.js), not the library's code.
      if (id.startsWith('\0')) return null;
      const path = id.split('?')[0];
      const rewrites = REWRITES.filter((r) => r.file.test(path));
      if (rewrites.length === 0) return null;
      let out = code;
      for (const { find, replace } of rewrites) {
        const matches = out.match(new RegExp(find.source, 'g'))?.length ?? 0;
        if (matches !== 1)
          throw new Error(`footnote:no-html-strings: expected one ${find} in ${path}, found ${matches}`);
        out = out.replace(find, replace);
      }
      // utils.js does not import the setter's function; inner-html.js imports utils.js, a cycle ES modules allow
      // since neither calls the other while loading.
      if (/linkedom[\\/]esm[\\/]shared[\\/]utils\.js$/.test(path))
        out = `import { setInnerHtml } from '../mixin/inner-html.js';\n${out}`;
      return { code: out, map: null };
    },
  };
}
