/** Parses HTML into a Document for tests, in the same DOM the CLI uses. */
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';

export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fileDocument(path: string): Document {
  return htmlDocument(readFileSync(path, 'utf8'));
}
