import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/core/analyze';
import { findSelector } from '../../lib/core/anchoring/selectors';
import type { Detector, Sensitivity } from '../../lib/core/detectors/detector';
import { fileDocument, htmlDocument } from '../support/load-html';
import { STORY } from '../support/sample-prose';
import { SEED_DIR, sharedSeed } from '../support/paths';

const SEED = `${SEED_DIR}/index.html`;
const HAS_SEED = sharedSeed('the analysis of the seed article');

describe('analyzeDocument', () => {
  it.runIf(HAS_SEED)('extracts the seed article metadata and marks article blocks', () => {
    const doc = fileDocument(SEED);
    const report = analyzeDocument(doc, 'https://elevateyourmindbody.com/trump-troops/');
    expect(report.article.title).toContain('Troop Deployment');
    expect(report.article.extractedFrom).toBe('readability');
    expect(report.article.publishedTime).toMatch(/^2025-05-10/);
    expect(report.article.wordCount).toBeGreaterThan(1000);
    expect(report.timings.extractMs).toBeGreaterThan(0);
  });

  it('analyses the body when Readability finds no article, and says so', () => {
    const report = analyzeDocument(htmlDocument('<html><body><p>Hi.</p></body></html>'), 'https://example.org/');
    expect(report.article.extractedFrom).toBe('body');
    expect(report.flags.every((f) => findSelector(f.target.selector, 'TextPositionSelector'))).toBe(true);
  });
});

describe('where detectors apply, and how sure a flag must be', () => {
  const NEWS = `<html lang="en"><head><title>Council votes</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes"}</script></head><body><article>
    <h1>Council votes on the new bridge</h1>
    ${Array.from({ length: 8 }, (_, i) => `<p>The council voted ${i + 4} to 3 on Tuesday to fund the bridge, the mayor said, after a long debate about its cost and the traffic it would bring to the old town.</p>`).join('')}
    </article></body></html>`;

  const probe = (appliesTo: Detector['appliesTo'], confidences: number[]): Detector => ({
    id: 'vague-attribution',
    label: 'Probe',
    description: 'A test detector.',
    severity: 'caution',
    appliesTo,
    detect: () =>
      confidences.map((confidence, i) => ({ rule: `r${i}`, message: 'm', start: i, end: i + 5, confidence })),
  });

  it('says what the page was taken for, in which language, and why', () => {
    const report = analyzeDocument(htmlDocument(NEWS), 'https://news.example.org/a', { detectors: [] });
    expect(report.page.kind).toBe('news');
    expect(report.page.language).toBe('en');
    expect(report.page.evidence.length).toBeGreaterThan(0);
  });

  it('does not run a detector on a kind of page it does not read, and reports it skipped', () => {
    const onlyFiction = probe({ kinds: ['fiction'], languages: 'any' }, [1]);
    const report = analyzeDocument(htmlDocument(NEWS), 'https://news.example.org/a', { detectors: [onlyFiction] });
    expect(report.flags).toEqual([]);
    expect(report.page.skipped).toEqual([{ detector: 'vague-attribution', because: 'kind' }]);
  });

  it('lists the quotations of an article, and none of a chapter of fiction, whose dialogue it does not check', () => {
    const quoted = (title: string, lines: string[]) =>
      analyzeDocument(
        htmlDocument(
          `<html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
            lines.map((l) => `<p>${l}</p>`).join('') +
            `</article></body></html>`,
        ),
        'https://stories.example.org/a',
        { detectors: [] },
      );
    const chapter = quoted('Chapter III: The River', [...STORY, ...STORY, ...STORY, ...STORY]);
    expect(chapter.page.kind).toBe('fiction');
    expect(chapter.quotes).toEqual([]);
    const news = analyzeDocument(
      htmlDocument(NEWS.replace('</article>', '<p>“We will build it,” the mayor said.</p></article>')),
      'https://news.example.org/a',
      { detectors: [] },
    );
    expect(news.quotes.map((q) => q.text)).toEqual(['We will build it,']);
  });

  it('lists a quotation in one line, its selector keeping the page’s own line breaks', () => {
    const news = analyzeDocument(
      htmlDocument(
        NEWS.replace(
          '</article>',
          '<p>“I have asked the staff to\n                  write rules,” the chair said.</p></article>',
        ),
      ),
      'https://news.example.org/a',
      { detectors: [] },
    );
    const [quote] = news.quotes;
    expect(quote.text).toBe('I have asked the staff to write rules,');
    const exact = quote.target.selector.find((s) => s.type === 'TextQuoteSelector');
    expect(exact && exact.type === 'TextQuoteSelector' && exact.exact).toContain('\n');
  });

  it('does not run a detector in a language it does not read', () => {
    const german = probe({ kinds: 'any', languages: ['de'] }, [1]);
    const report = analyzeDocument(htmlDocument(NEWS), 'https://news.example.org/a', { detectors: [german] });
    expect(report.page.skipped).toEqual([{ detector: 'vague-attribution', because: 'language' }]);
  });

  it('lists the quotations of a language it reads no speakers in without speakers', () => {
    const sv = [
      'Kommunen beslutade på tisdagen att bygga en ny skola i centrum, och arbetet ska börja redan i höst.',
      '”Vi har väntat länge på det här”, säger Anna Larsson, som bor i området sedan tjugo år tillbaka.',
      'Oppositionen röstade emot förslaget eftersom de anser att kostnaden är för hög för kommunens budget.',
      // English rules read into Swedish: "Enligt" ("according to") would open the name.
      'Enligt Anna Larsson: ”Vi har väntat länge på det här.” Det blev en lång diskussion om skolan i kommunen.',
    ];
    const doc = htmlDocument(
      '<html lang="sv"><head><title>Skola</title><meta property="og:type" content="article"></head><body><article>' +
        '<h1>Ny skola</h1>' +
        [...sv, ...sv].map((p) => `<p>${p}</p>`).join('') +
        '</article></body></html>',
    );
    const report = analyzeDocument(doc, 'https://nyheter.example.se/skola');
    expect(report.page.language).toBe('sv');
    expect(report.quotes.length).toBeGreaterThan(0);
    expect(report.quotes.map((q) => [q.speaker, q.attribution])).toEqual(report.quotes.map(() => [null, 'none']));
  });

  it('reports the rules of a detector that ran but do not read the page’s language', () => {
    const es = [
      'El ayuntamiento aprobó el martes un nuevo presupuesto de cuatro millones de euros para reparar las calles del centro.',
      'La alcaldesa dijo que las obras empezarán en marzo y que durarán al menos dos años, según el plan aprobado.',
      'Los vecinos del barrio llevaban años pidiendo que se arreglaran las aceras y el alumbrado de la plaza mayor.',
      'La oposición votó en contra porque considera que el gasto es excesivo en un momento de crisis económica.',
    ];
    const head =
      '<meta property="og:type" content="article"><meta name="author" content="Ana López"><meta name="date" content="2024-03-05">';
    const page = (lang: string, paragraphs: string[]) =>
      htmlDocument(
        `<html lang="${lang}"><head><title>Presupuesto</title>${head}</head><body><article><h1>Presupuesto</h1>` +
          paragraphs.map((p) => `<p>${p}</p>`).join('') +
          '</article></body></html>',
      );
    const spanish = analyzeDocument(page('es', [...es, ...es]), 'https://news.example.org/es');
    expect(spanish.page.language).toBe('es');
    expect(spanish.page.skipped).toContainEqual({
      detector: 'missing-reference',
      because: 'language',
      rules: ['uncited-figures', 'no-sources'],
    });
    const english = analyzeDocument(htmlDocument(NEWS), 'https://news.example.org/a');
    expect(english.page.skipped.filter((s) => s.detector === 'missing-reference')).toEqual([]);
  });

  it('shows flags at or above the sensitivity threshold, each with its confidence', () => {
    const detector = probe({ kinds: 'any', languages: 'any' }, [0.97, 0.92, 0.6, 0.3]);
    const at = (sensitivity: Sensitivity) =>
      analyzeDocument(htmlDocument(NEWS), 'https://news.example.org/a', {
        detectors: [detector],
        sensitivity: { 'vague-attribution': sensitivity },
      }).flags.map((f) => f.confidence);
    expect(at('low')).toEqual([0.97]);
    expect(at('normal')).toEqual([0.97, 0.92]);
    expect(at('high')).toEqual([0.97, 0.92, 0.6]);
  });
});
