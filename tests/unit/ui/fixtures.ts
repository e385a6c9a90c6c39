/** Fake data and a recording fake PopupClient for the popup's component tests. */
import { vi } from 'vitest';
import { describeTextRange, type Selector } from '../../../lib/core/anchoring/selectors';
import type { DetectorId, Flag, Quote, Report, Severity } from '../../../lib/core/report';
import type { Note, NoteDraft, PageStatus, TabState } from '../../../lib/model';
import type { PopupClient } from '../../../lib/ui/client';

const PAGE_TEXT =
  'Best headphones of 2025. Buy the Sony WH-1000 at Amazon. "It is the quietest we tested," said Ana Ruiz. ' +
  '"Nobody beats it," one insider said. Studies show noise harms sleep. Prices went up, critics say. ' +
  'The Bose QC at Walmart is cheaper.';

export const PAGE_URL = 'https://news.example.com/best-headphones';

function at(passage: string) {
  const start = PAGE_TEXT.indexOf(passage);
  if (start < 0) throw new Error(`fixture passage not in page: ${passage}`);
  return describeTextRange(PAGE_TEXT, start, start + passage.length);
}

export function makeFlag(kind: DetectorId, passage: string, message: string, extra: Partial<Flag> = {}): Flag {
  const severity: Severity = extra.severity ?? 'caution';
  return {
    id: `${kind}:rule:${passage.length}`,
    kind,
    severity,
    rule: 'rule',
    message,
    confidence: 0.95,
    target: { source: PAGE_URL, selector: at(passage) },
    ...extra,
  } as Flag;
}

export function makeQuote(text: string, speaker: string | null, attribution: Quote['attribution']): Quote {
  return { text, speaker, attribution, target: { source: PAGE_URL, selector: at(text) } };
}

/** A report whose flags are deliberately listed out of registry order, to test the grouping. */
export function makeReport(flags: Flag[] = defaultFlags()): Report {
  const byKind: Partial<Record<DetectorId, number>> = {};
  for (const f of flags) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  return {
    version: 1,
    url: PAGE_URL,
    article: {
      title: 'The best headphones of 2025',
      byline: 'Sam Writer',
      siteName: 'Example News',
      lang: 'en',
      publishedTime: '2025-03-04T10:00:00Z',
      excerpt: null,
      wordCount: 900,
      extractedFrom: 'readability',
      readerable: true,
    },
    page: { kind: 'review', language: 'en', languageFrom: 'text', evidence: ['schema.org Review'], skipped: [] },
    flags,
    quotes: [
      makeQuote('"It is the quietest we tested,"', 'Ana Ruiz', 'named'),
      makeQuote('"Nobody beats it,"', null, 'anonymous'),
    ],
    counts: { total: flags.length, byKind, bySeverity: {} },
    timings: { parseMs: 0, extractMs: 1, detectMs: 1, totalMs: 2, detectors: {} },
  };
}

export function defaultFlags(): Flag[] {
  return [
    makeFlag('missing-reference', 'Studies show noise harms sleep.', 'A claim about studies with no link to them.'),
    makeFlag('unsourced-quote', '"Nobody beats it,"', 'This quote is not attributed to a named person.'),
    makeFlag('affiliate-link', 'Sony WH-1000 at Amazon', 'This is an Amazon affiliate link.', { severity: 'warning' }),
    makeFlag('vague-attribution', 'critics say', 'Who are the critics?'),
    makeFlag('affiliate-link', 'Bose QC at Walmart', 'Another affiliate link.', { id: 'affiliate-link:rule:second' }),
  ];
}

export const IDENTITY = {
  url: PAGE_URL + '?utm_source=x',
  canonicalUrl: PAGE_URL,
  title: 'The best headphones of 2025',
};

export function tabState(status: PageStatus): TabState {
  return { tabId: 7, url: PAGE_URL, status };
}

export interface FakeOptions {
  states?: PageStatus[];
  notes?: Note[];
  dismissed?: string[];
  selection?: { selectors: ReturnType<typeof at>; text: string } | null;
  saveNote?: (params: { note: NoteDraft }) => Promise<Note>;
  noContentScript?: boolean;
}

/** A PopupClient whose methods are vi.fn()s over in-memory state; `states` are returned in turn by getTabState. */
export function fakeClient(options: FakeOptions = {}) {
  const states = [...(options.states ?? [{ state: 'done', report: makeReport() } as PageStatus])];
  let notes = [...(options.notes ?? [])];
  const dismissed = new Set(options.dismissed ?? []);
  let nextId = 1;
  const noTab = () => Promise.reject(new Error('Footnote got no answer to "pageIdentity".'));
  const client = {
    tabId: 7,
    background: {
      getTabState: vi.fn(async () => {
        if (options.noContentScript) return null;
        return tabState(states.length > 1 ? states.shift()! : states[0]);
      }),
      listNotes: vi.fn(async () => notes),
      saveNote: vi.fn(
        options.saveNote ??
          (async ({ note }: { note: NoteDraft }) => {
            const saved: Note = { ...note, id: note.id ?? `n${nextId++}`, created: Date.now(), updated: Date.now() };
            notes = [saved, ...notes.filter((n) => n.id !== saved.id)];
            return saved;
          }),
      ),
      deleteNote: vi.fn(async ({ id }: { id: string }) => {
        notes = notes.filter((n) => n.id !== id);
      }),
      listDismissed: vi.fn(async () => [...dismissed]),
      setDismissed: vi.fn(async ({ flagId, dismissed: on }: { flagId: string; dismissed: boolean }) => {
        if (on) dismissed.add(flagId);
        else dismissed.delete(flagId);
      }),
    },
    tab: {
      revealPassage: vi.fn(async (_params: { selectors: Selector[] }) => true),
      describeSelection: vi.fn(async () => options.selection ?? null),
      analyseNow: vi.fn(async () => undefined),
      refreshAnnotations: vi.fn(async () => undefined),
      pageIdentity: vi.fn(options.noContentScript ? noTab : async () => IDENTITY),
    },
  };
  return client satisfies PopupClient;
}

export function selectionOf(passage: string) {
  return { selectors: at(passage), text: passage };
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'note-1',
    pageUrl: PAGE_URL,
    canonicalUrl: PAGE_URL,
    title: 'The best headphones of 2025',
    selectors: [],
    quote: '',
    body: 'Check the price history.',
    tags: ['shopping'],
    colour: 'green',
    created: 1,
    updated: 1,
    ...overrides,
  };
}
