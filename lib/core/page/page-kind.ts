/**
 * What a page is (news, fiction, a shop, a forum...) and what language it is in, decided once before any
 * detector judges it: journalism flags belong on news, opinion, reviews and blogs, not on a novel or a product
 * page. Reads what pages say about themselves (schema.org types in JSON-LD and microdata, og:type, the CMS that
 * generated them, byline and date, the URL) and the shape of the article text (dialogue, chapter headings, code,
 * ingredient lists, prices, reporting verbs). A wrong "news" costs wrong flags, so when the evidence is thin the
 * answer is 'other'.
 *
 * Known to get wrong: news sites' blogs and columns without an OpinionNewsArticle or BlogPosting type come out
 * news; first-person fiction with little dialogue and no chapter heading comes out 'other' or 'personal'; cue words for
 * the text shape exist for English, German, French and Spanish, so plain pages in other languages lean on
 * structure alone; a long plain page of impersonal third-person prose with no quotation, no "you" and no "today"
 * (a manual, a report, a news feature written without reporting verbs) reads as encyclopedia.
 */
import type { ArticleMeta } from '../report';
import { pageLanguage } from './language';
import { readPageSignals, type PageSignals } from './page-signals';
import { readTextShape, type TextShape } from './text-shape';
import type { PageModel } from './page-model';
import { JOURNALISM_KINDS, type PageKind } from './kinds';

export { JOURNALISM_KINDS, type PageKind };

export interface PageProfile {
  kind: PageKind;
  /** ISO 639-1 primary subtag ('en', 'de'...), '' when unknown. */
  language: string;
  /** Short human-readable reasons, e.g. ['schema.org NewsArticle', 'byline and date', 'dialogue 41% of paragraphs']. */
  evidence: string[];
  /** Where the language came from: 'text' (detected), 'declared' (<html lang>/meta) or 'none'. */
  languageFrom: 'text' | 'declared' | 'none';
}

export interface ProfileInput {
  doc: Document;
  url: string;
  meta: ArticleMeta;
  page: PageModel;
}

export function profilePage(input: ProfileInput): PageProfile {
  const { doc, meta, page } = input;
  const blocks = page.articleBlocks.length ? page.articleBlocks : page.blocks;
  const signals = readPageSignals(
    doc,
    input.url,
    blocks.slice(0, 3).map((b) => b.el),
    blocks.filter((b) => b.kind === 'list-item').map((b) => b.el),
  );
  const html = doc.documentElement;
  const lang = pageLanguage(
    [meta.lang, html?.getAttribute('lang'), html?.getAttribute('xml:lang'), ...signals.declaredLanguages],
    blocks,
  );
  const shape = readTextShape(blocks, page.blocks, lang.language);
  const evidence: string[] = [];
  const kind = decideKind(signals, shape, meta, evidence);
  evidence.push(lang.evidence);
  return { kind, language: lang.language, evidence, languageFrom: lang.from };
}

/** Code listings that make an undeclared page a manual even when its prose reads like an article's. */
const MANY_CODE_BLOCKS = 5;

/** Posts that make a page a thread: a blog's page may carry its own post's id, or a few in a list of related posts. */
const FORUM_POSTS = 4;

/** The rules, strongest evidence first. Each rule that decides says why in `evidence`. */
export function decideKind(s: PageSignals, t: TextShape, meta: ArticleMeta, evidence: string[]): PageKind {
  const say = (kind: PageKind, ...why: string[]): PageKind => {
    evidence.push(...why);
    return kind;
  };
  // A page that declares itself a dated, signed article needs a chapter heading too: quote-heavy news stories
  // (paragraphs opening on a quotation, few figures) otherwise read like dialogue.
  const declaresArticle =
    (s.schemaKind !== null && JOURNALISM_KINDS.has(s.schemaKind)) ||
    (s.ogType === 'article' && !!meta.publishedTime && !!meta.byline);
  const fiction = fictionEvidence(t, meta.title ?? '', declaresArticle, s.urlKind === 'fiction');
  // Text that reads as a novel chapter wins over what a site's templates claim (stories on news and blog sites).
  if (fiction) return say('fiction', ...fiction);

  // A recipe card in the post, with its ingredient lines: a recipe, whatever Article type the blog's theme declares.
  if (s.recipeCard && t.ingredientItems >= 3)
    return say('recipe', 'recipe card', `${t.ingredientItems} ingredient lines`);

  // What the page declares about itself.
  const declared = s.schemaKind;
  if (declared) {
    // A product or recipe type on a page that is mostly an article is usually a widget, not the page.
    const why = `schema.org ${s.schemaType}`;
    // A signed article about one product declares the product too: a review, whose claims are the writer's.
    if (
      declared === 'product' &&
      (s.schemaArticle || s.ogType === 'article') &&
      !!meta.byline &&
      t.articleLike &&
      !s.cartMarks
    )
      return say('review', why, s.schemaArticle ? 'schema.org Article' : 'og:type article', 'byline');
    // A news site's CMS stamps NewsArticle on its columns too; the section in the address says which it is.
    if (declared === 'news' && s.urlKind === 'opinion') return say('opinion', why, 'opinion URL');
    if (declared === 'product' && !t.hasPrice) evidence.push(`${why} without a price`);
    else return say(declared, why);
  }
  const wiki = [...t.wikiMarks, ...(s.infobox ? ['infobox'] : [])];
  if (s.generatorKind === 'encyclopedia') wiki.push(`made with ${s.generator}`);
  if (wiki.length >= 2) return say('encyclopedia', ...wiki);
  if (s.generatorKind === 'forum') return say('forum', `made with ${s.generator}`);
  // A thread's posts, whatever the page's og:type says (vBulletin marks a thread "article").
  if (s.forumPosts >= FORUM_POSTS) return say('forum', `${s.forumPosts} forum posts`);
  if (t.ingredientItems >= 3 && t.hasSteps) return say('recipe', `${t.ingredientItems} ingredient lines`);
  // A company's own announcement: no journalism to check, whatever its prose reads like (an SEC filing read as
  // encyclopedia drew a missing-reference flag on its boilerplate).
  if (t.pressReleaseMarks.length >= 2 && !declared)
    return say('other', `press release: ${t.pressReleaseMarks.join(', ')}`);
  if (t.codeBlocks >= 2 && (s.generatorKind === 'documentation' || s.urlKind === 'documentation' || !t.articleLike))
    return say('documentation', `${t.codeBlocks} code blocks`, ...(s.urlKind === 'documentation' ? ['docs URL'] : []));
  if (s.generatorKind === 'documentation') return say('documentation', `made with ${s.generator}`);
  if (s.cartMarks > 0 && t.hasPrice && !t.articleLike) return say('product', 'price and add-to-cart');
  if (s.ogType === 'product') return say('product', 'og:type product');
  if (s.ogType === 'profile') return say('personal', 'og:type profile');

  const dated = !!meta.publishedTime;
  const signed = !!meta.byline;
  const articleType = s.schemaType === 'Article' || s.ogType === 'article';
  const articleWhy = [
    ...(articleType ? [s.schemaType === 'Article' ? 'schema.org Article' : 'og:type article'] : []),
    ...(signed && dated ? ['byline and date'] : dated ? ['dated'] : signed ? ['byline'] : []),
    ...(s.urlDay && !articleType && !dated ? ['dated URL'] : []),
  ];
  // A signed article that says so may run its text in a few long <br>-separated runs: its length alone will do.
  const articleText = t.articleLike || (articleType && signed && t.words >= 150);
  const isArticle =
    articleText && (articleType || (dated && (signed || s.urlDated)) || (signed && s.urlDated) || s.urlDay);
  if (isArticle) {
    if (s.urlKind === 'opinion') return say('opinion', ...articleWhy, 'opinion URL');
    if (s.urlKind === 'review') return say('review', ...articleWhy, 'review URL');
    if (s.generatorKind === 'blog' || s.urlKind === 'blog' || t.firstPersonShare >= 0.25)
      return say('blog', ...articleWhy, s.generator ? `made with ${s.generator}` : blogWhy(s, t));
    return say('news', ...articleWhy);
  }
  // A page at a forum's or a manual's address that does not declare an article: a thread whose software marks no
  // post ids, a policy or an FAQ among the docs.
  if (s.urlKind === 'forum') return say('forum', 'forum URL');
  if (s.urlKind === 'documentation') return say('documentation', 'docs URL');
  // Many code listings in a page that is no declared article: a manual or a book on programming.
  if (t.codeBlocks >= MANY_CODE_BLOCKS) return say('documentation', `${t.codeBlocks} code blocks`);
  // Plain pages: the text alone.
  if (t.newsText) return say('news', ...t.newsWhy);
  if (t.encyclopedicText) return say('encyclopedia', ...t.encyclopedicWhy);
  if (s.urlKind === 'blog' && t.articleLike) return say('blog', 'blog URL');
  // A first-person piece that names its author is a blog post, not a diary or an about page.
  if (t.articleLike && t.firstPersonShare >= 0.3) {
    const firstPerson = `first person in ${pct(t.firstPersonShare)}`;
    return signed ? say('blog', 'byline', firstPerson) : say('personal', firstPerson);
  }
  return say('other', t.articleLike ? 'no article signals' : 'little prose');
}

function blogWhy(s: PageSignals, t: TextShape): string {
  return s.urlKind === 'blog' ? 'blog URL' : `first person in ${pct(t.firstPersonShare)}`;
}

/**
 * Reasons to read the text as fiction, or null. A chapter heading counts two; long prose, dialogue, almost no
 * numbers, first-person narration around dialogue and exclamations in dialogue one each; dated facts count against. Four decide: news pieces share any
 * two or three of these, a novel chapter has them all.
 */
function fictionEvidence(t: TextShape, title: string, declaresArticle: boolean, fictionUrl: boolean): string[] | null {
  if (t.paragraphs < 8) return null;
  const why: string[] = [];
  let score = 0;
  if (t.chapterHeading || TITLE_CHAPTER.test(title)) {
    why.push('chapter heading');
    score += 2;
  } else if (fictionUrl) {
    why.push('a chapter URL');
    score += 2;
  } else if (declaresArticle) score--;
  if (t.words >= 1000) score++;
  if (t.dialogueShare >= 0.3) {
    why.push(`dialogue ${pct(t.dialogueShare)} of paragraphs`);
    score++;
  }
  if (t.digitsPer1000 < 1.5) {
    why.push('almost no numbers');
    score++;
  }
  // A narrator saying "I" between lines of dialogue tells a story; a first-person blog or a column quotes far less.
  if (t.dialogueShare >= 0.3 && t.firstPersonShare >= 0.3) {
    why.push(`first-person narration in ${pct(t.firstPersonShare)}`);
    score++;
  }
  if (t.dialogueShare >= 0.15 && t.exclaimPer1000 >= 0.4) {
    why.push('exclamations in dialogue');
    score++;
  }
  if (t.yearsPer1000Words >= 2) score--;
  return score >= 4 ? why : null;
}

const TITLE_CHAPTER = /(^|[—–:|-]\s*)(chapter|kapitel|chapitre|cap[ií]tulo|capitolo)\s+([0-9]+|[ivxlc]+\b)/i;

export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
