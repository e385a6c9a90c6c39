/**
 * Runs Readability on a clone of the page (Readability rewrites the document it is given) and finds which of the
 * original page's Text nodes it kept, so that flags found in the article anchor to the original page.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleMeta } from '../report';
import { TextIndex, nextNode } from '../text/text-index';
import { countWords } from '../text/words';

export interface Extraction {
  meta: ArticleMeta;
  /** Per Text node of the original body (TextIndex order): did Readability keep it in the article? */
  kept: Uint8Array;
}

const MIN_ARTICLE_CHARS = 250;

export function extractArticle(doc: Document, text: TextIndex): Extraction {
  const readerable = safe(() => isProbablyReaderable(doc), false);
  const clone = doc.cloneNode(true) as Document;
  const article = safe(() => new Readability<Element>(clone, { serializer: (el) => el as Element }).parse(), null);
  const kept = new Uint8Array(text.nodes.length);
  let extractedFrom: ArticleMeta['extractedFrom'] = 'body';
  // Readability returns its best guess even for a page of links; under this much text it found no article.
  if (article?.content && (article.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) {
    markKept(article.content, text, kept);
    extractedFrom = 'readability';
  } else {
    kept.fill(1);
  }
  const articleText = extractedFrom === 'readability' ? (article?.textContent ?? '') : text.text;
  const siteName = clean(article?.siteName) ?? clean(metaContent(doc, 'og:site_name'));
  const byline =
    authorLine(article?.byline) ??
    authorLine(metaContent(doc, 'author')) ??
    authorLine(microformatAuthor(doc)) ??
    authorLine(shownByline(doc));
  // A personal site or a blog platform names the page after its author ("The Great Big Lie - John C. Welch").
  // (Or after the author meta a site fills with its own name: "… - speicherguide.de".)
  const title = withoutSiteName(
    withoutSiteName(clean(article?.title) ?? clean(doc.title), siteName),
    byline ?? clean(metaContent(doc, 'author')),
  );
  const meta: ArticleMeta = {
    title,
    byline,
    siteName,
    lang: clean(article?.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    publishedTime: clean(article?.publishedTime) ?? publishedTimeOf(doc),
    excerpt: clean(article?.excerpt),
    wordCount: countWords(articleText),
    extractedFrom,
    readerable,
  };
  return { meta, kept };
}

/**
 * The title without the site's name before or after it ("jsomers.net | I should have loved biology"): Readability
 * drops such a part only when what is left is long enough, and og:title often carries it too.
 */
export function withoutSiteName(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName || title.length <= siteName.length) return title;
  const lower = title.toLowerCase();
  const site = siteName.toLowerCase();
  let rest: string | null = null;
  if (lower.startsWith(site)) rest = TITLE_SEPARATOR_START.exec(title.slice(site.length))?.[1] ?? null;
  else if (lower.endsWith(site)) rest = TITLE_SEPARATOR_END.exec(title.slice(0, -site.length))?.[1] ?? null;
  return rest && countWords(rest) >= 2 ? rest : title;
}
const TITLE_SEPARATOR_START = /^\s*[|–—:·•»-]\s*(.+)$/u;
const TITLE_SEPARATOR_END = /^(.+?)\s*[|–—:·•«-]\s*$/u;

/**
 * Matches the article's Text nodes to the original's by their text, in order. Identity would not survive:
 * Readability re-parses its working copy when a first attempt finds too little text. Nor do node boundaries always:
 * a parser that splits text at character references (linkedom: `nation&apos;s` is three nodes) splits the original
 * and a re-parsed copy at different places, so a node with no twin is looked for as a piece of the text that
 * follows the last match.
 */
function markKept(content: Element, text: TextIndex, kept: Uint8Array): void {
  const byValue = new Map<string, number[]>();
  text.nodes.forEach((n, i) => {
    if (!n.data.trim()) return;
    const list = byValue.get(n.data);
    if (list) list.push(i);
    else byValue.set(n.data, [i]);
  });
  const cursorOf = new Map<string, number>();
  /** Where the last matched original text ended: split pieces are looked for from here on. */
  let after = 0;
  let node: Node | null = content.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      const list = value.trim() ? byValue.get(value) : undefined;
      if (list) {
        // Take the next unused original node with the same text: repeats are matched in document order.
        let c = cursorOf.get(value) ?? 0;
        while (c < list.length && kept[list[c]]) c++;
        if (c < list.length) {
          kept[list[c]] = 1;
          cursorOf.set(value, c + 1);
          after = text.starts[list[c]] + value.length;
        }
      } else if (value.trim()) {
        after = markPiece(text, kept, value, after);
      }
    }
    node = nextNode(node, content);
  }
}

/** How far past the last match a split piece may be found: a sentence or two, not another part of the page. */
const PIECE_WINDOW = 400;

/** Marks the original nodes under the next occurrence of `piece` after `from`; returns where it ended. */
function markPiece(text: TextIndex, kept: Uint8Array, piece: string, from: number): number {
  // A bounded search: on a long page, pieces that are nowhere near must not each cost a scan to the end.
  const found = text.text.slice(from, from + PIECE_WINDOW + piece.length).indexOf(piece);
  if (found < 0) return from;
  const at = from + found;
  const end = at + piece.length;
  for (let i = text.indexAt(at); i < text.nodes.length && text.starts[i] < end; i++) kept[i] = 1;
  return end;
}

function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"], meta[itemprop="${name}"]`);
  return el?.getAttribute('content') ?? null;
}

/** Where pages put their publication date: Open Graph, schema.org, Dublin Core, and the names CMSs use. */
const DATE_METAS = [
  'article:published_time',
  'datePublished',
  'DC.date.issued',
  'DC.date',
  'dcterms.issued',
  'dcterms.created',
  'DCTERMS.issued',
  'pub_date',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'date',
];

function publishedTimeOf(doc: Document): string | null {
  for (const name of DATE_METAS) {
    const fromMeta = metaContent(doc, name);
    if (fromMeta) return clean(fromMeta);
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = safe(() => findKey(JSON.parse(script.textContent ?? ''), 'datePublished'), null);
    if (typeof found === 'string') return clean(found);
  }
  const time = doc.querySelector('time[datetime]');
  if (time) return clean(time.getAttribute('datetime'));
  // A blog entry marked up with microformats: <abbr class="published" title="2012-05-09T11:26:57+00:00">.
  const published = doc.querySelector('.hentry .published[title], .h-entry .dt-published[title]');
  if (published) return clean(published.getAttribute('title'));
  // "<time>Friday, Jan 13, 2017</time>": a visible date with no machine-readable one.
  const shown = clean(doc.querySelector('time')?.textContent);
  if (shown && shown.length <= 60 && /\b(?:1[89]|20)\d\d\b/.test(shown)) return shown;
  return labelledDate(doc);
}

function textNodesApart(el: Node): string {
  if (el.nodeType === 3) return el.nodeValue ?? '';
  return Array.from(el.childNodes, textNodesApart).join(' ');
}

/** An element a template names for the date ("posted", "pubdate", "article-date"...). */
const DATE_CLASS = /(?:^|[\s_-])(?:date|dateline|pubdate|posted|published|timestamp)(?:$|[\s_-])/i;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A full date in words or digits: "September 08, 2026", "8 Sept 2026", "2026-09-08". */
const FULL_DATE = new RegExp(
  String.raw`\b(?:${MONTH}\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\.?\s+${MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b`,
  'i',
);

/**
 * "<span class='posted'>Posted September 08, 2026</span>": a short element the template names for the date, holding a
 * full date and little else. The first counts: later ones date comments or related stories.
 */
function labelledDate(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]')).slice(0, 3000)) {
    if (!DATE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || el.childElementCount > 4) continue;
    const text = el.textContent ?? '';
    // (Its text nodes apart: "Posted<br>September 08, 2026" reads "PostedSeptember" as one text.)
    const date = text.trim().length <= 60 ? FULL_DATE.exec(textNodesApart(el)) : null;
    if (date) return date[0];
  }
  return null;
}

/**
 * The author a blog entry names in microformats (`<span class="vcard author">`, `p-author`), when nothing else
 * names one: older blog engines mark the post's author so and give no meta tag.
 */
function microformatAuthor(doc: Document): string | null {
  const author = clean(doc.querySelector('.hentry .author, .h-entry .p-author')?.textContent);
  return author && author.length <= 60 ? author : null;
}

/** "By Brian Sciaretta" alone in an element: one to four capitalised words after "By". */
const SHOWN_BYLINE = /^\s*by\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})\s*$/iu;

/**
 * A byline the template shows but marks in no way Readability knows ("<span class='posted'>BY <span
 * class='name'>Brian Sciaretta</span></span>", round 32): the first short element that says "By" and a name.
 */
function shownByline(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('span, div, p, address, li')).slice(0, 5000)) {
    // (Its first text, not all of it, is looked at first: a container's whole text is the page's.)
    const first = el.firstChild;
    if (first?.nodeType !== 3 || !/^\s*by\b/i.test(first.nodeValue ?? '')) continue;
    const text = el.textContent ?? '';
    if (text.length > 60) continue;
    const name = SHOWN_BYLINE.exec(textNodesApart(el).replace(/\s+/g, ' '));
    if (name) return name[1];
  }
  return null;
}

function findKey(value: unknown, key: string, depth = 0): unknown {
  if (depth > 8 || value == null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const f = findKey(v, key, depth + 1);
      if (f) return f;
    }
    return null;
  }
  const obj = value as Record<string, unknown>;
  if (obj[key]) return obj[key];
  for (const v of Object.values(obj)) {
    const f = findKey(v, key, depth + 1);
    if (f) return f;
  }
  return null;
}

/**
 * A byline, unless it credits a photo or a copyright rather than the writer ("Photo by: The Associated Press",
 * "© Adobe Stock/Celt Studio"), without the word that introduces it ("Von: Patricia Huber", "BYLaura Berger").
 */
function authorLine(s: string | null | undefined): string | null {
  const line = clean(s);
  if (!line || PHOTO_CREDIT_LINE.test(line) || NOT_A_NAME_LINE.test(line)) return null;
  // (A line in Latin letters with no capital names no one: "people fields: author, contributors".)
  if (/[a-z]/.test(line) && !/\p{Lu}/u.test(line)) return null;
  return clean(line.replace(BY_WORD, '').replace(BY_GLUED, '')) ?? line;
}
/** A version line a manual's header gives where an article gives its author: "v1.11.1, Aug 2022". */
const NOT_A_NAME_LINE = /^v?\d+(?:\.\d+)+\b/i;
const PHOTO_CREDIT_LINE =
  /^(?:(?:photo(?:graph)?s?|images?|pictures?|video)\s*(?:by\b|credit\b|:)|©|\(c\)\s|copyright\b)/i;
/**
 * "By", "Von:", "Par", "Por", "Door" before the name (a name in capitals may follow it with no space: "BYLaura"), and
 * the verb that may open the line: "Posted by", "Publié par", "Publicerad av".
 */
const BY_WORD =
  /^(?:(?:posted|published|written|publié|publiée|écrit|veröffentlicht|geschrieben|publicado|publicada|escrito|escrita|publicerad|skriven|gepubliceerd|geschreven)\s+)?(?:by|von|par|por|door|di|av)(?:\s*:\s*|\s+(?=[A-ZÀ-Þ]))/i;
const BY_GLUED = /^BY(?=\p{Lu}\p{Ll})/u;

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
