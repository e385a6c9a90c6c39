/**
 * What a page says about its own kind: schema.org types (JSON-LD, including `@graph`, and microdata), og:type,
 * the generator meta tag, an infobox, add-to-cart controls, code blocks, declared languages, and the shape of its
 * URL. One walk over the elements; microdata only on the article's ancestors.
 */
import { nextNode } from '../text/text-index';
import type { PageKind } from './page-kind';

export interface PageSignals {
  /** The most telling schema.org type the page declares for itself, and the kind it stands for. */
  schemaType: string;
  schemaKind: PageKind | null;
  /** A plain schema.org Article is declared too, beside a more telling type (a review's Product). */
  schemaArticle: boolean;
  ogType: string;
  /** Content-Language and og:locale, as written (the caller adds <html lang>). */
  declaredLanguages: string[];
  generator: string;
  generatorKind: 'blog' | 'forum' | 'documentation' | 'encyclopedia' | 'shop' | null;
  infobox: boolean;
  /**
   * A recipe card holds part of the article: schema.org Recipe microdata or an h-recipe microformat, as recipe
   * plugins print them at a post's end (the types read above are only those the article sits in).
   */
  recipeCard: boolean;
  cartMarks: number;
  /** Elements with a forum post's id (`post_message_52416375`, `post-123`): one per post of a thread. */
  forumPosts: number;
  codeBlocks: number;
  urlKind:
    | 'opinion'
    | 'review'
    | 'blog'
    | 'documentation'
    | 'forum'
    | 'product'
    | 'recipe'
    | 'encyclopedia'
    | 'fiction'
    | null;
  /** The path carries a date (/2024/05/...): a hallmark of news and blog posts. */
  urlDated: boolean;
  /**
   * The path names a day, then the item (/2024/05/01/story, /2009/world/europe/08/18/story/): a news or blog post
   * even when the page carries no byline or date of its own.
   */
  urlDay: boolean;
}

/** schema.org types that say what the page's main thing is. Anything else (Organization, WebSite...) says nothing. */
const SCHEMA_KINDS: Record<string, PageKind> = {
  NewsArticle: 'news',
  ReportageNewsArticle: 'news',
  AnalysisNewsArticle: 'news',
  BackgroundNewsArticle: 'news',
  LiveBlogPosting: 'news',
  OpinionNewsArticle: 'opinion',
  Review: 'review',
  CriticReview: 'review',
  ReviewNewsArticle: 'review',
  BlogPosting: 'blog',
  Blog: 'blog',
  SocialMediaPosting: 'blog',
  Recipe: 'recipe',
  Product: 'product',
  ProductGroup: 'product',
  IndividualProduct: 'product',
  QAPage: 'forum',
  DiscussionForumPosting: 'forum',
  TechArticle: 'documentation',
  APIReference: 'documentation',
  SoftwareSourceCode: 'documentation',
  ProfilePage: 'personal',
  ShortStory: 'fiction',
  Chapter: 'fiction',
};
/** When a page declares several, the most specific wins. */
const SCHEMA_PRIORITY: PageKind[] = [
  'fiction',
  'recipe',
  'forum',
  'opinion',
  'review',
  'documentation',
  'news',
  'blog',
  'product',
  'personal',
];

const GENERATORS: [RegExp, NonNullable<PageSignals['generatorKind']>][] = [
  [/mediawiki|dokuwiki|tiddlywiki|confluence/i, 'encyclopedia'],
  [/discourse|phpbb|vbulletin|xenforo|invision|flarum|mybb|smf|nodebb|vanilla/i, 'forum'],
  [
    /sphinx|mkdocs|docusaurus|docsify|vuepress|gitbook|readthedocs|jsdoc|typedoc|hugo-book|antora|docbook|docutils|mdbook|asciidoc|doxygen/i,
    'documentation',
  ],
  [/wordpress|blogger|ghost|jekyll|hugo|hexo|medium|tumblr|typepad|dotclear|serendipity|svbtle|write\.as/i, 'blog'],
  [/shopify|woocommerce|magento|prestashop|shopware|oxid|bigcommerce|opencart/i, 'shop'],
];

const URL_KINDS: [RegExp, NonNullable<PageSignals['urlKind']>][] = [
  // Web-fiction sites file chapters under the story: /fiction/123/title/chapter/456, /works/1/chapters/2.
  // (And the two largest fan-fiction archives' works: archiveofourown.org/works/123, fanfiction.net/s/123/1/.)
  [
    /\/(fiction|fanfics?|fanfiction)\/|\/chapters?\/\d|^\/archiveofourown\.org\/works\/\d|^\/(?:www\.|m\.)?fanfiction\.net\/s\/\d/i,
    'fiction',
  ],
  [
    /\/(opinions?|commentary|comment|editorials?|columns?|columnists?|meinung|kommentare?|tribunes?|opinion-|opinion\/|debate)(\/|$|-)/i,
    'opinion',
  ],
  [/\/(reviews?|rezensionen?|critiques?|resenas?|tests?\/)(\/|$|-)/i, 'review'],
  // (And a docs site's own host: docs.npmjs.com, doc.rust-lang.org, developer.mozilla.org. Not "/guide/": travel
  // guides and buying guides live there as often as manuals do.)
  [
    /\/(docs?|documentation|manual|reference|api|handbook|tutorial)(\/|$)|^\/(?:docs?|developers?|devdocs)\./i,
    'documentation',
  ],
  // (Not "/topics/": news sites file their index pages there.)
  [/\/(forums?|threads?|questions|viewtopic|showthread|t)(\/|\.php|$)/i, 'forum'],
  [/\/(recipes?|rezepte?|recettes?|recetas?)(\/|$|-)/i, 'recipe'],
  [/\/(products?|produkte?|produits?|shop|dp|p|item)(\/|$)/i, 'product'],
  [/\/wiki\//i, 'encyclopedia'],
  [/(^|\/|\.|-)blogs?(\/|$|\.)|\/(blog|posts?)\//i, 'blog'],
];

const CART =
  /add[-_ ]?to[-_ ]?(cart|basket|bag)|addtocart|in[-_ ]den[-_ ]warenkorb|warenkorb|ajouter[-_ ]au[-_ ]panier|a[nñ]adir[-_ ]al[-_ ]carrito|buy[-_ ]now|jetzt[-_ ]kaufen/i;

/**
 * The id forum software gives each post of a thread: vBulletin's `post_message_N` and `postN`, XenForo's and
 * Discourse's `post-N` / `js-post-N` / `post_N`, SMF's `msgN`.
 */
const FORUM_POST_ID = /^(?:post|post_message|js-post|msg)[-_]?\d+$/;
/** The elements forum software wraps a post in. */
const POST_TAGS = new Set(['DIV', 'ARTICLE', 'LI', 'TABLE']);
/** The classes WordPress gives a blog post (`post_class()`), whose id is `post-N` too: a blog's, not a forum's. */
const BLOG_POST_CLASS = /(?:^|\s)(?:type-post|hentry|status-publish)(?:\s|$)/;

/** Reads the signals in one walk over the document's elements (attributes only where a tag can carry one). */
/**
 * A recipe card: schema.org Recipe microdata, the h-recipe / hrecipe microformat, or the card of a recipe plugin
 * most food blogs use (WP Recipe Maker, Tasty Recipes, Mediavine Create, EasyRecipe, ZipList).
 */
const RECIPE_CARD = [
  '[itemtype$="schema.org/Recipe"]',
  '[itemtype$="schema.org/Recipe/"]',
  '.h-recipe',
  '.hrecipe',
  '.wprm-recipe',
  '.tasty-recipes',
  '.mv-create-card',
  '.easyrecipe',
  '.zlrecipe-container',
].join(', ');

export function readPageSignals(
  doc: Document,
  url: string,
  articleEls: readonly Element[] = [],
  blockEls: readonly Element[] = [],
): PageSignals {
  const types: string[] = [];
  let ogType = '';
  let ogLocale = '';
  let contentLanguage = '';
  let generator = '';
  let infobox = false;
  let cartMarks = 0;
  let codeBlocks = 0;
  let forumPosts = 0;
  const root = doc.documentElement;
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      // (vBulletin's older themes lay each post out as a table.)
      if (
        POST_TAGS.has(tag) &&
        FORUM_POST_ID.test(el.getAttribute('id') ?? '') &&
        !BLOG_POST_CLASS.test(el.getAttribute('class') ?? '')
      )
        forumPosts++;
      if (tag === 'SCRIPT') {
        if ((el.getAttribute('type') ?? '').toLowerCase().includes('ld+json'))
          types.push(...jsonLdTypes(el.textContent));
      } else if (tag === 'META') {
        const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
        const content = (el.getAttribute('content') ?? '').trim();
        // ("News", "news_article": sites' own words for an article, which Open Graph calls "article".)
        if (name === 'og:type') ogType = OG_NEWS.test(content) ? 'article' : content.toLowerCase();
        else if (name === 'og:locale') ogLocale ||= content;
        else if (name === 'generator') generator ||= content;
        else if ((el.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language')
          contentLanguage ||= content;
      } else if (tag === 'PRE') codeBlocks++;
      else if (tag === 'TABLE') infobox ||= /(^|\s)infobox/i.test(el.getAttribute('class') ?? '');
      else if (tag === 'BUTTON' || tag === 'FORM' || tag === 'INPUT') {
        const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('name') ?? ''}`;
        const shown =
          tag === 'BUTTON' ? (el.textContent ?? '') : tag === 'INPUT' ? (el.getAttribute('value') ?? '') : '';
        if (CART.test(label) || CART.test(shown)) cartMarks++;
      }
    }
    node = nextNode(node, root);
  }
  // Microdata: the types of the elements the article sits in (the page's own thing, not a widget beside it).
  const seen = new Set<Element>();
  for (const start of articleEls) {
    for (let el: Element | null = start; el && !seen.has(el); el = el.parentElement) {
      seen.add(el);
      const itemtype = el.getAttribute('itemtype');
      if (itemtype) for (const t of itemtype.split(/\s+/)) types.push(t.replace(/^.*\//, ''));
    }
  }
  const schema = mostTelling(types);
  const gen = GENERATORS.find(([re]) => re.test(generator));
  const path = pathOf(url);
  return {
    schemaType: schema?.type ?? '',
    schemaKind: schema?.kind ?? null,
    schemaArticle: types.includes('Article'),
    ogType,
    declaredLanguages: [contentLanguage, ogLocale],
    generator,
    generatorKind: gen?.[1] ?? null,
    infobox,
    recipeCard: blockEls.some((el) => el.closest(RECIPE_CARD) !== null),
    cartMarks,
    forumPosts,
    codeBlocks,
    urlKind: URL_KINDS.find(([re]) => re.test(path))?.[1] ?? null,
    urlDated: /\/(19|20)\d\d\/(0?[1-9]|1[0-2])(\/|$)|\/(19|20)\d\d-\d\d-\d\d/.test(path),
    urlDay: /\/(?:19|20)\d\d\/(?:[a-z]+\/){0,2}(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/[^/]*[a-z]{3}/.test(path),
  };
}

function mostTelling(types: string[]): { type: string; kind: PageKind | null } | null {
  let best: { type: string; kind: PageKind } | null = null;
  for (const type of types) {
    const kind = SCHEMA_KINDS[type];
    if (!kind) continue;
    if (!best || SCHEMA_PRIORITY.indexOf(kind) < SCHEMA_PRIORITY.indexOf(best.kind)) best = { type, kind };
  }
  // A plain Article says "article" but not which kind; the caller reads it from schemaType.
  if (!best && types.includes('Article')) return { type: 'Article', kind: null };
  return best;
}

/**
 * A JSON-LD block, or undefined. Hand-written blocks often keep a trailing comma ("race",]): browsers' JSON.parse
 * refuses them, and a page's one statement of what it is would be lost, so a second try drops them.
 */
function parseJsonLd(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    try {
      return JSON.parse(source.replace(/,(\s*[}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** The @type of each top-level JSON-LD object and each member of its @graph (not nested values: those describe). */
export function jsonLdTypes(source: string | null): string[] {
  const data = parseJsonLd(source ?? '');
  if (data === undefined) return [];
  const out: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 3 || value == null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    const t = obj['@type'];
    for (const name of Array.isArray(t) ? t : [t]) if (typeof name === 'string') out.push(name.replace(/^.*[/:]/, ''));
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  visit(data, 0);
  return out;
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'file:') return '';
    return `${u.hostname}${u.pathname}`.toLowerCase().replace(/^[^/]*/, (host) => `/${host}`);
  } catch {
    return '';
  }
}

/** og:type values that say "news article" in a site's own words. */
const OG_NEWS = /^(?:news|news[_ ]?article|newsarticle)$/i;
