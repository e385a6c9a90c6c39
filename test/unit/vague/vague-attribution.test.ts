/** `vague-attribution` on small pages: what it flags, what it lets off, and how sensitivity changes it. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import { findSelector } from '../../../src/core/anchoring/selectors';
import type { Sensitivity } from '../../../src/core/detectors/detector';
import { quotedSpans, vagueAttribution } from '../../../src/core/detectors/vague-attribution';
import { htmlDocument } from '../../support/load-html';

function flagsOf(body: string, sensitivity: Sensitivity = 'normal', lang = 'en') {
  const doc = htmlDocument(
    `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`,
  );
  const report = analyzeDocument(doc, 'https://news.example.com/story', {
    detectors: [vagueAttribution],
    sensitivity: { 'vague-attribution': sensitivity },
  });
  return report.flags.map((f) => ({
    rule: f.rule,
    text: findSelector(f.target.selector, 'TextQuoteSelector')!.exact,
    severity: f.severity,
  }));
}

describe('vague-attribution flags', () => {
  it.each([
    ['Sources familiar with the discussions indicate that the merger is off.', 'unnamed-source'],
    ['According to recent revelations, the mayor skipped three council meetings.', 'unnamed-source'],
    ['The deal is close, people familiar with the matter said on Tuesday.', 'unnamed-source'],
    ['Experts say the bridge will need repairs within a decade.', 'unnamed-group'],
    ['It is widely believed that the league will expand next year.', 'unnamed-group'],
    ['Research has shown that cold showers boost energy.', 'unnamed-group'],
    ['Studies show that most drivers overestimate their skill.', 'unnamed-group'],
    ['Critics argue the tax will hurt small shops.', 'unnamed-group'],
    ['Many people say the new park is too small.', 'unnamed-group'],
  ])('%s', (sentence, rule) => {
    const flags = flagsOf(`<p>The town held a vote. ${sentence} The count ends today.</p>`);
    expect(flags).toHaveLength(1);
    expect(flags[0].rule).toBe(rule);
    expect(flags[0].text).toBe(sentence);
    expect(flags[0].severity).toBe('caution');
  });

  it('flags one sentence once, naming the strongest phrase', () => {
    const flags = flagsOf('<p>Experts say, according to sources close to the board, that the plan failed.</p>');
    expect(flags.map((f) => f.rule)).toEqual(['unnamed-source']);
  });
});

describe('vague-attribution lets off', () => {
  it.each([
    ['a named speaker in the sentence', 'Experts say the bridge is unsafe, Dr. Maria Ortiz said.'],
    ['"according to" a named body', 'Studies show, according to the WHO, that most adults sleep too little.'],
    ['a name qualifying the group', 'Engineers disagree, but Harvard experts say the bridge is unsafe.'],
    ['sources who told a named outlet', 'The talks stalled, sources told Reuters.'],
    ['reports by a named outlet', 'According to reports by Bloomberg, the talks stalled.'],
    ['a group the article already named', 'Then the researchers found a second leak.'],
    ['a citation marker', 'Studies show that most drivers overestimate their skill [3].'],
    ['an author-year citation', 'Research has shown that cold showers boost energy (Lindqvist 2019).'],
  ])('%s', (_why, sentence) => {
    expect(flagsOf(`<p>${sentence}</p>`)).toEqual([]);
  });

  it('a sentence with a link in it', () => {
    expect(flagsOf('<p>Studies <a href="https://journal.example.org/x">show</a> that naps help.</p>')).toEqual([]);
  });

  it('the phrase inside quotation marks', () => {
    expect(flagsOf('<p>The report calls this the “experts say” problem of modern news.</p>')).toEqual([]);
  });

  it('a sentence carrying a quotation (left to unsourced-quote)', () => {
    expect(flagsOf('<p>“The bridge will not last another winter,” experts say.</p>')).toEqual([]);
  });

  it('block quotations', () => {
    expect(flagsOf('<blockquote>Experts say the bridge is unsafe.</blockquote>')).toEqual([]);
  });

  it('pages in another language', () => {
    expect(flagsOf('<p>Experts say the bridge is unsafe.</p>', 'normal', 'de')).toEqual([]);
  });
});

describe('vague-attribution sensitivity', () => {
  const page =
    '<p>Sources close to the club confirmed the sale.</p><p>Experts say prices will rise.</p><p>The striker reportedly wants to leave.</p>';
  it('low flags only unnamed sources', () => {
    expect(flagsOf(page, 'low').map((f) => f.rule)).toEqual(['unnamed-source']);
  });
  it('normal adds unnamed groups', () => {
    expect(flagsOf(page, 'normal').map((f) => f.rule)).toEqual(['unnamed-source', 'unnamed-group']);
  });
  it('high adds hedges like "reportedly"', () => {
    expect(flagsOf(page, 'high').map((f) => f.rule)).toEqual(['unnamed-source', 'unnamed-group', 'hedge']);
  });
  it('is declared as having a sensitivity', () => {
    expect(vagueAttribution.hasSensitivity).toBe(true);
  });
});

describe('quotedSpans', () => {
  it('pairs curly and straight quotation marks', () => {
    const text = 'He said “one two” and "three" then «four».';
    expect(quotedSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['“one two”', '"three"', '«four»']);
  });
  it('ignores apostrophes', () => {
    const text = 'It’s the bakers’ union, she said.';
    expect(quotedSpans(text)).toEqual([]);
  });
  it('runs an unclosed quotation to the end of the block', () => {
    const text = 'She went on: “We will be back next year.';
    expect(quotedSpans(text)).toEqual([[text.indexOf('“'), text.length]]);
  });
});
