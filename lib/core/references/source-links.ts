/**
 * Which links are an outside source: a link in the article to another site that is not a share button, a shop,
 * an affiliate redirect, a shortener, the author's bio or the comments. Sites are compared on the public suffix
 * list (`../site/site`), so `news.example.co.uk` links to `example.co.uk` are the same site.
 */
import type { Link } from '../page/page-model';
import type { DetectorContext } from '../detectors/detector';
import { NON_SOURCE_DOMAINS, SOCIAL_DOMAINS } from '../data/organisations';
import { hostOf, registrableDomain } from '../site/site';

/** Ancestors whose links are about the author or the site, not sources: author boxes, share bars, comments. */
const NOT_SOURCE_CONTAINER =
  /(?:^|[\s_-])(?:author|bio|byline|share|sharing|sharedaddy|social|comments?|newsletter|subscribe)(?:$|[\s_-])/i;
/** Author boxes sit close to their links; a layout wrapper further up must not decide for the whole article. */
const MAX_ANCESTOR_STEPS = 6;
/** Share and follow URLs on social sites: `sharer.php`, `intent/tweet`, `share?url=`, `pin/create`. */
const SHARE_PATH = /share|intent\/|\/pin\/create|submit|\/send\b|\/dialog\//i;

/** The article's links to outside sources, computed once per analysis. */
export function outsideSourceLinks(ctx: DetectorContext): Link[] {
  return ctx.memo('missing-reference:outside-source-links', () => {
    const test = sourceTest(ctx);
    return ctx.page.articleLinks.filter(test);
  });
}

/** Whether the article links to any outside source; stops at the first. */
export function linksOutAtAll(ctx: DetectorContext): boolean {
  return ctx.memo('missing-reference:links-out-at-all', () => ctx.page.articleLinks.some(sourceTest(ctx)));
}

/**
 * Whether a block holds a link to an outside source. Asks only about that block's links: an encyclopedia page
 * has thousands of links, and most rules need one or two blocks answered.
 */
export function blockLinksOut(ctx: DetectorContext, blockIndex: number): boolean {
  const { byBlock, answers, test } = ctx.memo('missing-reference:block-links-out', () => {
    const byBlock = new Map<number, Link[]>();
    for (const l of ctx.page.articleLinks) {
      if (!l.block) continue;
      const list = byBlock.get(l.block.index);
      if (list) list.push(l);
      else byBlock.set(l.block.index, [l]);
    }
    return { byBlock, answers: new Map<number, boolean>(), test: sourceTest(ctx) };
  });
  let answer = answers.get(blockIndex);
  if (answer === undefined) answers.set(blockIndex, (answer = (byBlock.get(blockIndex) ?? []).some(test)));
  return answer;
}

/** `isOutsideSource` for this page. */
function sourceTest(ctx: DetectorContext): (l: Link) => boolean {
  const home = registrableDomain(hostOf(ctx.page.url));
  return (l) => isOutsideSource(l, home);
}

/** Whether a link points at another site as a source (`home` is the page's registrable domain, '' if none). */
function isOutsideSource(link: Link, home: string): boolean {
  const url = link.url;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  const domain = registrableDomain(url.hostname);
  if (!domain || domain === home || NON_SOURCE_DOMAINS.has(domain)) return false;
  // A post on a social site is a source (the tweet a story is about); a profile or a share button is not.
  if (SOCIAL_DOMAINS.has(domain) && !isSocialPost(url)) return false;
  return !inNonSourceContainer(link.el);
}

/** `twitter.com/user/status/1`, `youtube.com/watch?v=`, `facebook.com/page/posts/1`: two path segments or more. */
function isSocialPost(url: URL): boolean {
  if (SHARE_PATH.test(url.pathname) || /[?&](?:u|url)=/.test(url.search)) return false;
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.length >= 2 || (segments[0] === 'watch' && url.searchParams.has('v'));
}

function inNonSourceContainer(el: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let steps = 0; cur && steps < MAX_ANCESTOR_STEPS; steps++) {
    const tag = cur.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') return false;
    if (tag === 'FOOTER' || tag === 'ASIDE' || tag === 'NAV') return true;
    const label = `${cur.getAttribute('class') ?? ''} ${cur.getAttribute('id') ?? ''} ${cur.getAttribute('rel') ?? ''}`;
    if (label.trim() && NOT_SOURCE_CONTAINER.test(label)) return true;
    cur = cur.parentElement;
  }
  return false;
}
