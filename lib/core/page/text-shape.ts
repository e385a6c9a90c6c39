/**
 * The shape of a page's article text, measured in one pass over its blocks: how much of it is dialogue, first-
 * person narration, numbers, reporting verbs, code, ingredient lines, prices. Page-kind rules read these figures;
 * cue words exist for English, German, French and Spanish (other languages get the language-free figures).
 */
import type { Block } from './page-model';
import { countWords } from '../text/words';
import { DOUBLE_QUOTE_MARK } from '../quotes/quote-marks';

export interface TextShape {
  /** Prose blocks (paragraphs and the like, not headings, list items or cells) with text. */
  paragraphs: number;
  words: number;
  /** Enough connected prose to be an article of some kind. */
  articleLike: boolean;
  /** Share of prose blocks that open with a quotation mark or a dash. */
  dialogueShare: number;
  /** Share of prose blocks whose narration (quoted speech removed) says I / my / me. */
  firstPersonShare: number;
  chapterHeading: boolean;
  digitsPer1000: number;
  exclaimPer1000: number;
  /** Reporting verbs with a named or described speaker nearby ("said Smith", "told reporters"). */
  reportingVerbs: number;
  /** Month names and weekdays: news text dates everything. */
  dateWords: number;
  /** Four-digit years per 1000 words. */
  yearsPer1000Words: number;
  /** Share of prose blocks whose narration addresses the reader (you / your). */
  secondPersonShare: number;
  /** Share of prose blocks with a quotation mark anywhere: someone speaking. */
  quotedShare: number;
  codeBlocks: number;
  /** The marks of a company's press release: a newswire dateline, "forward-looking statements", "press release". */
  pressReleaseMarks: string[];
  ingredientItems: number;
  hasSteps: boolean;
  hasPrice: boolean;
  /** Wiki furniture in the text: headings ending in "[edit]", citation marks "[12]", a references heading. */
  wikiMarks: string[];
  newsText: boolean;
  newsWhy: string[];
  encyclopedicText: boolean;
  encyclopedicWhy: string[];
}

/** What a company's own announcement carries, each one kind of mark. */
const PRESS_RELEASE_MARKS: [string, RegExp][] = [
  [
    'a newswire dateline',
    /\((?:BUSINESS WIRE|GLOBE NEWSWIRE|PRNewswire|PR Newswire|ACCESSWIRE|Marketwired|EQS-News)\)/,
  ],
  ['forward-looking statements', /\bforward-looking statements?\b/i],
  ['"press release"', /\b(?:press|news) release\b/i],
  ['investor and media contacts', /^(?:investor|media|press)\s+(?:and\s+media\s+)?(?:relations\s+)?contacts?\b/i],
];

/** The text measured stops here: the shape of a long page shows in its first part. */
const MAX_CHARS = 30000;

/**
 * A paragraph opening on a quotation mark or a dash; a straight single quote only where it opens speech that closes
 * after punctuation ("'I shan't,' said the Rat": British novels and news quote this way; "'90s" does not).
 */
const DIALOGUE_START =
  /^[\s\u00a0]*["“”„«»‘’‚‹›「『\u2014\u2013]|^[\s\u00a0]*-\s|^[\s\u00a0]*'(?=\p{L})(?=[^\n]{0,600}?[,.!?…]'(?:\s|$))/u;
const CHAPTER =
  /^\s*(chapter|kapitel|chapitre|cap[ií]tulo|capitolo|hoofdstuk|rozdzia[lł]|глава)\s+([0-9]+|[ivxlcdm]+\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|the\s)/i;
/** Quoted stretches, to take speech out before reading the narrator's person. */
const QUOTED = /["“„«][^"“”„«»]{0,600}["”“»]|‘[^‘’]{0,600}’|(?<=^|\s)'(?=\p{L})[^\n]{0,600}?[,.!?…]'(?=\s|$)/gu;
const FIRST_PERSON: Record<string, RegExp> = {
  // ("I/O", "I-95" are no narrator.)
  en: /\b(I(?![/-]\w)|I'm|I've|I'd|I'll|my|me|myself)\b/,
  de: /\b(ich|mein|meine|meinen|meinem|meiner|mir|mich)\b/i,
  fr: /\b(je|j['’]|mon|ma|mes|moi)\b/i,
  es: /\b(yo|mi|mis|me|conmigo)\b/i,
};
const REPORTING: Record<string, RegExp> = {
  en: /\b(said|says|told|asked|according to|announced|stated|added|explained|noted|wrote|tweeted|argued|claimed|insisted|reported|warned|declared|responded|replied|acknowledged|admitted|spokes(?:man|woman|person))\b/gi,
  de: /\b(sagte|sagt|erklärte|erklärt|teilte|sagten|betonte|laut|zufolge|sprecher(?:in)?)\b/gi,
  fr: /\b(a déclaré|a dit|a expliqué|a affirmé|a indiqué|selon|déclare|explique|porte-parole)\b/gi,
  es: /\b(dijo|afirmó|declaró|explicó|señaló|según|aseguró|portavoz)\b/gi,
};
/** Plain verbs of saying, the ones news attributes its quotes with. */
const SPEECH: Record<string, RegExp> = {
  en: /\b(said|says|told|tells)\b/gi,
  de: /\b(sagte|sagt|sagten|sagen)\b/gi,
  fr: /\b(a dit|dit|a déclaré|déclare|a affirmé)\b/gi,
  es: /\b(dijo|dice|declaró|afirmó)\b/gi,
};
const DATE_WORDS: Record<string, RegExp> = {
  en: /\b(January|February|March|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last week|last year)\b/g,
  de: /\b(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern)\b/g,
  fr: /\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b/gi,
  es: /\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer)\b/gi,
};
/** The reader addressed. German "Sie" is left out: it is also "she" and "they". */
const SECOND_PERSON: Record<string, RegExp> = {
  en: /\b(you|your|yours|yourself|yourselves)\b/i,
  de: /\b(du|dein|deine|deinen|deinem|dich|dir|euch|euer|eure)\b/i,
  fr: /\b(vous|votre|vos|tu|ton|ta|tes|toi)\b/i,
  es: /\b(tú|usted|ustedes|tus|vosotros|vuestro|vuestra)\b/i,
};
/** Spoken register: contractions ("don't", "we're"), questions and exclamations closing a paragraph. */
const CONTRACTION: Record<string, RegExp> = { en: /\b\w+(?:n['’]t|['’]re|['’]ll|['’]ve|['’]m)\b/i };
const ASKS_OR_EXCLAIMS = /[?!]["”»’)]*\s*$/;
/** Time told from the writer's today: news and diaries date things this way, reference text does not. */
const NOW_WORDS: Record<string, RegExp> = {
  en: /\b(today|yesterday|tonight|tomorrow|this (?:week|month|morning)|last (?:week|month|night)|next (?:week|month)|recently|now)\b/gi,
  de: /\b(heute|gestern|morgen|diese Woche|letzte Woche|kürzlich|jetzt)\b/gi,
  fr: /\b(aujourd['’]hui|hier|demain|cette semaine|la semaine dernière|récemment|maintenant)\b/gi,
  es: /\b(hoy|ayer|mañana|esta semana|la semana pasada|recientemente|ahora)\b/gi,
};
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;
/** A date written in figures (29.12.2014, 12/29/2014, 10-06-2026, 2014-12-29): a dated item, not a year of history. */
const NUMERIC_DATE = /\b\d{1,2}([./-])\d{1,2}\1(?:1[5-9]|20)\d\d\b|\b(?:1[5-9]|20)\d\d-\d\d-\d\d\b/g;
/**
 * A day, a month's name and a year (22 марта 2018, 9 May 2012, May 9, 2012): the date of an item, as news lists
 * and forum posts give them, not a year of history. (Counted among the month names already where the language is
 * known.)
 */
const SPELLED_DATE =
  /\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+(?:1[5-9]|20)\d\d\b|\b\p{L}{3,}\.?\s+\d{1,2},\s+(?:1[5-9]|20)\d\d\b/gu;
const INGREDIENT =
  /^\s*(\d+([.,/]\d+)?|[½¼¾⅓⅔]|\d+\s*[½¼¾])\s*(-\s*\d+\s*)?(g|gr|kg|mg|ml|l|cl|dl|cups?|c\.|tbsps?|tsps?|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|pinch|cloves?|cans?|EL|TL|Prisen?|Pck\.?|Päckchen|Msp\.?|Stück|Tassen?|Becher|Dosen?|Zehen?|Bund|cuill[eè]res?|c\.\s*à|pinc[eé]es?|gousses?|tazas?|cucharadas?|cucharaditas?|dientes?|large|medium|small)\b/i;
const STEPS_HEADING =
  /^\s*(ingredients|instructions|directions|method|preparation|steps|zutaten|zubereitung|anleitung|ingrédients|préparation|ingredientes|preparación|elaboración)\b/i;
const EDIT_LINK =
  /\[\s*(edit|bearbeiten|quelltext bearbeiten|modifier|modifier le code|editar|modifica|edytuj|bewerken|redigera|rediger|muokkaa|編集|编辑|править)[^\]]{0,20}\]\s*$/i;
const REFERENCES_HEADING =
  /^\s*(references|notes|citations|sources|einzelnachweise|quellen|anmerkungen|références|notes et références|referencias|notas|note|riferimenti)\s*(\[[^\]]*\])?\s*$/i;
const CITATION_MARK = /\[\d{1,3}\]/g;
/** A transcript's speaker label opening a paragraph: "JON SIEBEN:", "MARK COLVIN:" (two capitalised words at least). */
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){1,3}:\s/u;
/** A price: a currency sign before or after the figure ("$39", "39,90 €", "1,280円", "₹499"). */
const PRICE = /(?:[$€£¥₩₹₽]\s?\d[\d.,]*\d|\b\d[\d.,]*\s?(?:€|EUR|USD|GBP|CHF|\$|£|円|元|₩|₹|₽)(?!\w))/;

export function readTextShape(article: readonly Block[], all: readonly Block[], language: string): TextShape {
  const lang = FIRST_PERSON[language] ? language : 'en';
  const known = !!FIRST_PERSON[language];
  let paragraphs = 0;
  let longParagraphs = 0;
  let dialogue = 0;
  let firstPerson = 0;
  let chars = 0;
  let digits = 0;
  let exclaims = 0;
  let reporting = 0;
  let dateWords = 0;
  let years = 0;
  let words = 0;
  let codeBlocks = 0;
  const pressMarks = new Set<string>();
  let ingredientItems = 0;
  let hasSteps = false;
  let chapterHeading = false;
  let editLinks = 0;
  let referencesHeading = false;
  let citations = 0;
  let secondPerson = 0;
  let spoken = 0;
  let quotedParagraphs = 0;
  let nowWords = 0;
  let speech = 0;
  for (const b of article) {
    if (chars > MAX_CHARS) break;
    const text = b.text;
    const tag = b.el.tagName.toUpperCase();
    if (tag === 'PRE') {
      codeBlocks++;
      continue;
    }
    if (b.kind === 'heading') {
      if (CHAPTER.test(text)) chapterHeading = true;
      if (STEPS_HEADING.test(text)) hasSteps = true;
      if (EDIT_LINK.test(text)) editLinks++;
      if (REFERENCES_HEADING.test(text)) referencesHeading = true;
      continue;
    }
    if (b.kind === 'list-item') {
      if (INGREDIENT.test(text)) ingredientItems++;
      continue;
    }
    if (b.kind === 'cell' || b.kind === 'caption') continue;
    const trimmed = text.trim();
    if (!trimmed) continue;
    for (const [name, re] of PRESS_RELEASE_MARKS) if (re.test(trimmed)) pressMarks.add(name);
    if (trimmed.length < 60 && STEPS_HEADING.test(trimmed)) hasSteps = true;
    if (trimmed.length < 80 && CHAPTER.test(trimmed)) chapterHeading = true;
    paragraphs++;
    chars += trimmed.length;
    const paragraphWords = countWords(trimmed);
    // Long: 80 characters, or 40 words where a word is a character (Chinese and Japanese paragraphs are short).
    if (trimmed.length >= 80 || paragraphWords >= 40) longParagraphs++;
    // A body written as one block broken by blank lines (<br><br>): each run is a paragraph to the reader.
    if (trimmed.length >= 240) longParagraphs += Math.max(0, longBrRuns(b.el) - 1);
    if (DIALOGUE_START.test(trimmed)) dialogue++;
    // "JON SIEBEN: I think ...": a transcript's speaker label, then that speaker's words, not the writer's.
    const labelled = SPEAKER_LABEL.test(trimmed);
    const narration = labelled ? '' : trimmed.replace(QUOTED, ' ');
    if (FIRST_PERSON[lang].test(narration)) firstPerson++;
    if (SECOND_PERSON[lang].test(narration)) secondPerson++;
    if (ASKS_OR_EXCLAIMS.test(trimmed) || CONTRACTION[lang]?.test(narration)) spoken++;
    if (labelled || DOUBLE_QUOTE_MARK.test(trimmed)) quotedParagraphs++;
    words += paragraphWords;
    digits += trimmed.match(/\d/g)?.length ?? 0;
    exclaims += trimmed.match(/!/g)?.length ?? 0;
    citations += trimmed.match(CITATION_MARK)?.length ?? 0;
    const numericDates = trimmed.match(NUMERIC_DATE)?.length ?? 0;
    const spelledDates = trimmed.match(SPELLED_DATE)?.length ?? 0;
    years += Math.max(0, (trimmed.match(YEAR)?.length ?? 0) - numericDates - spelledDates);
    dateWords += numericDates;
    if (known) {
      reporting += trimmed.match(REPORTING[lang])?.length ?? 0;
      dateWords += trimmed.match(DATE_WORDS[lang])?.length ?? 0;
      nowWords += trimmed.match(NOW_WORDS[lang])?.length ?? 0;
      speech += trimmed.match(SPEECH[lang])?.length ?? 0;
    }
  }
  let hasPrice = false;
  for (const b of all) {
    if (b.text.length >= 80) continue;
    if (!hasPrice && PRICE.test(b.text)) hasPrice = true;
    // Readability lifts the title heading out of the article: look for the chapter heading page-wide.
    if (b.kind === 'heading' && CHAPTER.test(b.text)) chapterHeading = true;
  }
  const wikiMarks: string[] = [];
  if (editLinks >= 2) wikiMarks.push(`${editLinks} [edit] headings`);
  if (citations >= 5) wikiMarks.push(`${citations} citation marks`);
  if (referencesHeading && citations >= 2) wikiMarks.push('references heading');
  const per1000 = (n: number) => (chars ? (n * 1000) / chars : 0);
  const perWords = (n: number) => (words ? (n * 1000) / words : 0);
  const articleLike = words >= 150 && longParagraphs >= 3;
  const dialogueShare = paragraphs ? dialogue / paragraphs : 0;
  const firstPersonShare = paragraphs ? firstPerson / paragraphs : 0;
  const share = (n: number) => (paragraphs ? n / paragraphs : 0);
  const secondPersonShare = share(secondPerson);
  const quotedShare = share(quotedParagraphs);
  // News text: reported speech and dates, told in the third person. Encyclopedic register: dated facts, third
  // person, no dialogue, and less reported speech than news carries.
  const reportingRate = perWords(reporting);
  const yearsRate = perWords(years);
  const thirdPerson = firstPersonShare < 0.25;
  const newsWhy: string[] = [];
  const encyclopedicWhy: string[] = [];
  const dated = dateWords >= 1 || per1000(digits) >= 3;
  // (Not where people speak in a third of the paragraphs or more: a magazine profile quoting its subject; nor on
  // one year in a short text, a rate that means nothing.)
  if (
    articleLike &&
    thirdPerson &&
    dialogueShare < 0.05 &&
    firstPersonShare < 0.1 &&
    quotedShare <= 0.3 &&
    years >= 3 &&
    yearsRate >= 4
  ) {
    if (reportingRate < 6) encyclopedicWhy.push(`${Math.round(yearsRate)} years per 1000 words`, 'third person');
  }
  // News quotes people as saying things ("said", "told"); reference prose reports what was argued or claimed. A
  // chapter heading, or dialogue in most paragraphs with almost no figures, is a novel's reported speech (unseen
  // novels: a 680-word chapter naming weekdays, slices of dialogue; no news page has either).
  const novelLike = chapterHeading || (dialogueShare >= 0.6 && per1000(digits) < 3);
  if (
    articleLike &&
    thirdPerson &&
    dated &&
    !novelLike &&
    speech >= 2 &&
    reporting >= 3 &&
    reportingRate >= (encyclopedicWhy.length ? 6 : 3)
  )
    newsWhy.push(`${reporting} reporting verbs`, 'dates and numbers', 'third person');
  // Reference register without many years: a long run of declarative third-person prose in which nobody is
  // addressed, nobody speaks, nothing is dated from the writer's today and little is reported. A plain page needs
  // all of it (and length, so that the figures mean something) before it reads as encyclopedic; news and blog
  // text fails on quotation, reporting verbs, "today"/"last week" or the first and second person.
  if (
    !encyclopedicWhy.length &&
    known &&
    articleLike &&
    words >= 600 &&
    paragraphs >= 15 &&
    firstPersonShare <= 0.1 &&
    secondPersonShare <= 0.05 &&
    share(spoken) <= 0.05 &&
    dialogueShare < 0.1 &&
    quotedShare <= 0.3 &&
    reportingRate < 6 &&
    perWords(nowWords) < 5 &&
    perWords(dateWords) < 6
  )
    encyclopedicWhy.push('declarative third-person prose', 'nobody addressed or quoted');
  return {
    paragraphs,
    words,
    articleLike,
    dialogueShare,
    firstPersonShare,
    chapterHeading,
    digitsPer1000: per1000(digits),
    exclaimPer1000: per1000(exclaims),
    reportingVerbs: reporting,
    dateWords,
    yearsPer1000Words: yearsRate,
    secondPersonShare,
    quotedShare,
    codeBlocks,
    pressReleaseMarks: [...pressMarks],
    ingredientItems,
    hasSteps,
    hasPrice,
    wikiMarks,
    newsText: newsWhy.length > 0,
    newsWhy,
    encyclopedicText: encyclopedicWhy.length > 0,
    encyclopedicWhy,
  };
}

/** How many runs of 80 characters or more an element's text is broken into by two or more <br> in a row. */
function longBrRuns(el: Element): number {
  if (el.getElementsByTagName('br').length < 2) return 0;
  let runs = 0;
  let run = 0;
  let breaks = 0;
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (!value.trim()) continue;
        if (breaks >= 2) {
          if (run >= 80) runs++;
          run = 0;
        }
        breaks = 0;
        run += value.length;
      } else if (child.nodeType === 1) {
        if ((child as Element).tagName.toUpperCase() === 'BR') breaks++;
        else visit(child);
      }
    }
  };
  visit(el);
  return run >= 80 ? runs + 1 : runs;
}
