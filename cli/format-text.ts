/**
 * The readable form of `footnote analyze` (without --json): per input its title, byline, counts, each flagged
 * passage (every finding on the same words together, as the popup shows them), and the quotes with their speakers.
 * Colour only when asked for (a TTY without NO_COLOR). The JSON output keeps every finding as its own flag.
 */
import { findSelector } from '../lib/core/anchoring/selectors';
import { groupByPassage } from '../lib/core/passages';
import type { DetectorId, Report, Severity, Target } from '../lib/core/report';
import type { InputResult } from './analyze-input';
import { pageScope } from '../lib/ui/page-scope';
import { countKind, countPassagesText, kindNoun } from '../lib/ui/labels';
import { DETECTOR_IDS } from '../lib/core/detectors/registry';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(s: string, severity: Severity): string;
  error(s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, severity: (s) => s, error: (s) => s };
const SEVERITY_COLOUR: Record<Severity, string> = { warning: '31', caution: '33', info: '36' };
const ansi = (code: string, s: string) => `\x1b[${code}m${s}\x1b[0m`;
const coloured: Style = {
  bold: (s) => ansi('1', s),
  dim: (s) => ansi('2', s),
  severity: (s, severity) => ansi(SEVERITY_COLOUR[severity], s),
  error: (s) => ansi('31', s),
};

/** Colour when the stream is a terminal and NO_COLOR (https://no-color.org) is unset or empty. */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  return stream.isTTY && !env.NO_COLOR ? coloured : plain;
}

/** Passages and quotes longer than this are shortened in the middle. */
const PASSAGE_CHARS = 160;

export function formatResult(result: InputResult, style: Style): string {
  if (!result.ok) return `${style.bold(result.input)}\n  ${style.error('error:')} ${result.error}\n`;
  const lines = [style.bold(result.input), ...describeArticle(result, style)];
  for (const { flags, lead, severity } of groupByPassage(result.flags)) {
    const head = `  ${style.severity(severity.padEnd(7), severity)}`;
    const kindOf = (f: (typeof flags)[number]) => `${kindNoun(f.kind).one} ${style.dim(`(${f.rule})`)}`;
    if (flags.length === 1) lines.push(`${head} ${kindOf(lead)}: ${lead.message}`);
    else {
      lines.push(`${head} ${flags.map(kindOf).join(' and ')}:`);
      for (const f of flags) lines.push(`      ${kindNoun(f.kind).one}: ${f.message}`);
    }
    const passage = passageOf(lead.target);
    if (passage) lines.push(`      ${style.dim(`“${passage}”`)}`);
  }
  if (result.quotes.length) {
    lines.push(`  ${style.bold('Quotes')}`);
    for (const quote of result.quotes) {
      const who = quote.speaker
        ? `${quote.speaker}`
        : quote.attribution === 'anonymous'
          ? 'an anonymous source'
          : 'nobody named';
      lines.push(`    “${shorten(oneLine(quote.text), PASSAGE_CHARS)}” ${style.dim('—')} ${who}`);
    }
  }
  return lines.join('\n') + '\n';
}

function describeArticle(report: Report, style: Style): string[] {
  const { article, counts } = report;
  const about = [
    article.byline && `by ${article.byline}`,
    article.siteName,
    article.publishedTime,
    `${article.wordCount.toLocaleString('en')} words`,
    article.extractedFrom === 'readability' ? 'article found by Readability' : 'no article found: whole page analysed',
  ].filter(Boolean);
  const severities = (['warning', 'caution', 'info'] as const)
    .filter((s) => counts.bySeverity[s])
    .map((s) => style.severity(`${counts.bySeverity[s]} ${s}`, s));
  const scope = pageScope(report);
  const passages = groupByPassage(report.flags).length;
  const kinds = (Object.entries(counts.byKind) as [DetectorId, number][])
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (DETECTOR_IDS.indexOf(a) >>> 0) - (DETECTOR_IDS.indexOf(b) >>> 0)) // unknown kinds last
    .map(([kind, n]) => countKind(kind, n));
  const findings =
    counts.total === passages ? '' : ` (${counts.total} finding${counts.total === 1 ? '' : 's'}: ${kinds.join(', ')})`;
  const byKind = counts.total === passages && kinds.length ? `: ${kinds.join(', ')}` : '';
  return [
    `  ${article.title ?? style.dim('(no title)')}`,
    `  ${style.dim(about.join(' · '))}`,
    ...(scope
      ? [`  ${[scope.headline, ...scope.notes].join(' — ')}  ${style.dim(`(${report.page.evidence.join('; ')})`)}`]
      : []),
    `  ${countPassagesText(passages)}${findings}${byKind}${severities.length ? `; ${severities.join(', ')}` : ''}, ` +
      `${report.quotes.length} quote${report.quotes.length === 1 ? '' : 's'}  ${style.dim(`url: ${report.url}`)}`,
  ];
}

function passageOf(target: Target): string {
  const quote = findSelector(target.selector, 'TextQuoteSelector');
  return quote ? shorten(oneLine(quote.exact), PASSAGE_CHARS) : '';
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Keeps the start and the end of a long passage: both usually matter (who said it, what the link was). */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = Math.ceil((max - 1) * 0.65);
  return `${s.slice(0, head).trimEnd()}…${s.slice(s.length - (max - 1 - head)).trimStart()}`;
}
