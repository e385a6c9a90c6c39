/**
 * Prints what `profilePage` makes of each page of one or more corpus folders: kind, language (and where it came
 * from), the evidence, and the time it took; `--summary` adds a count of kinds per folder. For reading: open the
 * pages whose kind looks wrong and check them.
 *
 *   npx tsx scripts/page-kinds.ts [--summary] [--json] DIR_OR_FILE...
 */
import { parseHTML } from 'linkedom';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHtml } from '../cli/decode-html';
import type { PageModel } from '../lib/core/page/page-model';
import { canonicalUrl } from '../lib/core/site/canonical-url';
import { readPage } from '../lib/core/page/read-page';
import { profilePage, type PageProfile } from '../lib/core/page/page-kind';
import type { ArticleMeta } from '../lib/core/report';

export interface LoadedPage {
  file: string;
  doc: Document;
  url: string;
  meta: ArticleMeta;
  page: PageModel;
}

/** Parses a saved page and builds the page model exactly as `analyzeDocument` does. */
export function loadPage(file: string): LoadedPage {
  const html = decodeHtml(readFileSync(file), file);
  const doc = parseHTML(html).document as unknown as Document;
  const url = canonicalUrl(doc, pathToFileURL(file).href);
  const { meta, page } = readPage(doc, url);
  return { file, doc, url, meta, page };
}

/** The HTML files of a folder (readability-pages keeps one page per sub-folder as source.html). */
export function pageFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  const out: string[] = [];
  for (const name of readdirSync(target).sort()) {
    const path = join(target, name);
    if (statSync(path).isDirectory()) {
      const source = join(path, 'source.html');
      if (safeExists(source)) out.push(source);
    } else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

function safeExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A short name for a page: the folder of a source.html, else the file name. */
export function pageName(file: string): string {
  return basename(file) === 'source.html' ? basename(dirname(file)) : basename(file, '.html');
}

function main(argv: string[]): void {
  const summary = argv.includes('--summary');
  const json = argv.includes('--json');
  const targets = argv.filter((a) => !a.startsWith('--'));
  for (const target of targets) {
    const counts = new Map<string, number>();
    let totalMs = 0;
    let n = 0;
    for (const file of pageFiles(target)) {
      let loaded: LoadedPage;
      try {
        loaded = loadPage(file);
      } catch (e) {
        console.log(`${pageName(file)}\tERROR\t${(e as Error).message}`);
        continue;
      }
      const t0 = performance.now();
      const profile: PageProfile = profilePage(loaded);
      const ms = performance.now() - t0;
      totalMs += ms;
      n++;
      counts.set(profile.kind, (counts.get(profile.kind) ?? 0) + 1);
      if (json) console.log(JSON.stringify({ page: pageName(file), corpus: basename(target), ms, ...profile }));
      else
        console.log(
          `${pageName(file)}\t${profile.kind}\t${profile.language || '-'}(${profile.languageFrom})\t${ms.toFixed(1)}ms\t${profile.evidence.join('; ')}`,
        );
    }
    if (summary) {
      const list = [...counts].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k} ${c}`);
      console.log(`== ${target}: ${n} pages; ${list.join(', ')}; ${(totalMs / Math.max(1, n)).toFixed(2)} ms/page`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
