/**
 * The toolbar popup for one tab: the article, then two tabs — its flagged passages (dismissals with undo) and the
 * reader's notes. Keyboard first: the selected tab has focus on opening, so the notes and "Add note" are two key
 * presses away (→, Tab) however many flags the page has.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Passage } from '../lib/core/passages';
import type { Flag } from '../lib/core/report';
import type { TabState } from '../lib/model';
import { describeError } from '../lib/errors';
import type { PopupClient } from '../lib/ui/client';
import { passageOf, visiblePassages } from '../lib/ui/flags';
import { siteOf } from '../lib/ui/format';
import type { PageIdentity } from '../lib/ui/page';
import { ArticleSummary } from './ArticleSummary';
import { DismissedList } from './DismissedList';
import { FlagList } from './FlagList';
import { NotesPanel, type NotesAhead } from './NotesPanel';
import { PageState } from './PageState';
import { Spinner } from './Spinner';
import { StatusLine, type StatusMessage } from './StatusLine';

export type Props = {
  client: PopupClient;
  /** How often to ask again while the page is being analysed. */
  pollMs?: number;
};

export function Popup({ client, pollMs = 400 }: Props) {
  // undefined = still loading; null = no content script answers for this tab.
  const [tabState, setTabState] = useState<TabState | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [identity, setIdentity] = useState<PageIdentity | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<StatusMessage | null>(null);
  /** Bumped when a note is saved here rather than in the notes panel (assessing a flag). */
  const [notesRevision, setNotesRevision] = useState(0);
  /** How many notes the page has, once the notes panel has loaded them (the Notes tab says it). */
  const [noteCount, setNoteCount] = useState<number | null>(null);

  /**
   * The page's notes, asked for as soon as the background names the page's notes key, while the popup still waits
   * for the page to say who it is: one round trip fewer before the Notes tab fills.
   */
  const notesAhead = useRef<NotesAhead | null>(null);

  const refreshState = useCallback(async () => {
    try {
      const state = await client.background.getTabState({ tabId: client.tabId });
      if (state?.canonicalUrl && !notesAhead.current) {
        const notes = client.background.listNotes({ canonicalUrl: state.canonicalUrl });
        notes.catch(() => undefined); // NotesPanel reports a failure when it reads them.
        notesAhead.current = { canonicalUrl: state.canonicalUrl, notes };
      }
      setTabState(state);
    } catch (error) {
      setLoadError(describeError(error));
    }
  }, [client]);

  useEffect(() => {
    void refreshState();
    client.tab
      .pageIdentity({})
      .then(async (page) => {
        setIdentity(page);
        const ids = await client.background.listDismissed({ canonicalUrl: page.canonicalUrl });
        setDismissed(new Set(ids));
      })
      // No content script (or no storage): the flags still show, without notes or remembered dismissals.
      .catch(() => undefined);
  }, [client, refreshState]);

  const analysing = tabState?.status.state === 'analysing';
  useEffect(() => {
    if (!analysing) return;
    const timer = setTimeout(() => void refreshState(), pollMs);
    return () => clearTimeout(timer);
  }, [analysing, tabState, pollMs, refreshState]);

  const analyseNow = async () => {
    try {
      await client.tab.analyseNow({});
      setTabState((s) => (s ? { ...s, status: { state: 'analysing' } } : s));
    } catch (error) {
      setStatus({ text: `Couldn't start the analysis: ${describeError(error)}`, tone: 'error' });
    }
  };

  const reveal = async (passage: Passage) => {
    try {
      const found = await client.tab.revealPassage({ selectors: passage.lead.target.selector });
      if (!found) setStatus({ text: "That passage isn't on the page any more." });
    } catch (error) {
      setStatus({ text: `Couldn't show the passage: ${describeError(error)}`, tone: 'error' });
    }
  };

  const canonicalUrl = identity?.canonicalUrl ?? tabState?.canonicalUrl ?? tabState?.url ?? '';
  /** Dismisses (or restores) every finding on a passage: one flag to the reader, one answer. */
  const setFlagsDismissed = async (flags: readonly Flag[], dismiss: boolean) => {
    const apply = (set: ReadonlySet<string>, on: boolean) => {
      const next = new Set(set);
      for (const flag of flags) {
        if (on) next.add(flag.id);
        else next.delete(flag.id);
      }
      return next;
    };
    setDismissed((set) => apply(set, dismiss));
    try {
      await Promise.all(
        flags.map((flag) => client.background.setDismissed({ canonicalUrl, flagId: flag.id, dismissed: dismiss })),
      );
    } catch (error) {
      setDismissed((set) => apply(set, !dismiss));
      setStatus({ text: `Couldn't save that: ${describeError(error)}`, tone: 'error' });
      return;
    }
    setStatus(
      dismiss
        ? {
            text: 'Flag dismissed for this page.',
            focusAction: true,
            action: { label: 'Undo', run: () => void setFlagsDismissed(flags, false) },
          }
        : { text: 'Flag restored.' },
    );
  };

  /** A flagged passage becomes the reader's annotation: a note on it with their comment (thrown errors stay in the form). */
  const assess = async (passage: Passage, comment: string) => {
    const flag = passage.lead;
    await client.background.saveNote({
      note: {
        pageUrl: identity?.url ?? tabState?.url ?? '',
        canonicalUrl,
        title: identity?.title ?? '',
        selectors: flag.target.selector,
        quote: passageOf(flag.target.selector),
        body: comment,
        tags: [],
        colour: 'yellow',
        flagId: flag.id,
      },
    });
    setNotesRevision((n) => n + 1);
    setStatus({ text: 'Assessment saved as a note' });
  };

  const report = tabState?.status.state === 'done' ? tabState.status.report : null;
  const drawProblem = tabState?.status.state === 'done' ? tabState.status.drawProblem : undefined;
  const dismissedFlags = report ? report.flags.filter((f) => dismissed.has(f.id)) : [];
  const passageCount = report ? visiblePassages(report.flags, dismissed).length : null;

  const flagsPanel = loadError ? (
    <div class="page-state is-error" role="alert">
      <p>Couldn't reach Footnote: {loadError}</p>
    </div>
  ) : tabState === undefined ? (
    <div class="page-state">
      <Spinner label="Loading…" />
    </div>
  ) : report ? (
    <>
      {drawProblem && report.flags.length > 0 && (
        <p class="draw-problem" role="status">
          Footnote couldn't mark these passages in the page ({drawProblem}). Choose one below to scroll to it.
        </p>
      )}
      <FlagList
        report={report}
        dismissed={dismissed}
        onReveal={reveal}
        onDismiss={(p) => setFlagsDismissed(p.flags, true)}
        onAssess={canonicalUrl ? assess : undefined}
      />
      <DismissedList flags={dismissedFlags} onRestore={(flags) => setFlagsDismissed(flags, false)} />
    </>
  ) : (
    <PageState
      status={tabState === null ? null : (tabState.status as Exclude<TabState['status'], { state: 'done' }>)}
      site={siteOf(tabState?.url ?? '')}
      onAnalyse={analyseNow}
      onOpenOptions={client.openOptions}
    />
  );

  return (
    <div class="popup">
      <header class="popup-header">
        <span class="brand-name">
          Footnote
          <span class="brand-mark" aria-hidden="true">
            ¹
          </span>
        </span>
        <span class="header-actions">
          {client.openLibrary && (
            <button type="button" class="quiet-button settings-button" onClick={client.openLibrary}>
              Library
            </button>
          )}
          {client.openOptions && (
            <button type="button" class="quiet-button settings-button" onClick={client.openOptions}>
              Settings
            </button>
          )}
        </span>
      </header>
      <main class="popup-main">
        {report && <ArticleSummary report={report} dismissed={dismissed} />}
        {identity ? (
          <PopupTabs
            flagsLabel={passageCount === null ? 'Flags' : `Flags (${passageCount})`}
            notesLabel={noteCount === null ? 'Notes' : `Notes (${noteCount})`}
            flags={flagsPanel}
            notes={
              <NotesPanel
                client={client}
                identity={identity}
                notesAhead={notesAhead.current}
                onStatus={setStatus}
                revision={notesRevision}
                onCount={setNoteCount}
              />
            }
          />
        ) : (
          flagsPanel
        )}
      </main>
      <StatusLine status={status} />
    </div>
  );
}

type TabName = 'flags' | 'notes';
const TAB_NAMES: readonly TabName[] = ['flags', 'notes'];

/**
 * The flags and notes as an ARIA tab list (automatic activation: the arrow keys select). Both panels stay rendered,
 * the other one hidden, so a form half filled in survives switching. The selected tab takes focus when the popup
 * opens, unless the reader has already moved it.
 */
function PopupTabs({
  flagsLabel,
  notesLabel,
  flags,
  notes,
}: {
  flagsLabel: string;
  notesLabel: string;
  flags: ComponentChildren;
  notes: ComponentChildren;
}) {
  const [selected, setSelected] = useState<TabName>('flags');
  const tabs = useRef(new Map<TabName, HTMLButtonElement>());
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) tabs.current.get('flags')?.focus();
  }, []);
  const select = (name: TabName) => {
    setSelected(name);
    tabs.current.get(name)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const i = TAB_NAMES.indexOf(selected);
    const next =
      event.key === 'ArrowRight'
        ? TAB_NAMES[(i + 1) % TAB_NAMES.length]
        : event.key === 'ArrowLeft'
          ? TAB_NAMES[(i - 1 + TAB_NAMES.length) % TAB_NAMES.length]
          : event.key === 'Home'
            ? TAB_NAMES[0]
            : event.key === 'End'
              ? TAB_NAMES[TAB_NAMES.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    select(next);
  };
  const labels: Record<TabName, string> = { flags: flagsLabel, notes: notesLabel };
  const panels: Record<TabName, ComponentChildren> = { flags, notes };
  return (
    <>
      <div class="popup-tabs" role="tablist" aria-label="Flags and notes" onKeyDown={onKeyDown}>
        {TAB_NAMES.map((name) => (
          <button
            key={name}
            ref={(el) => {
              if (el) tabs.current.set(name, el);
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            class="popup-tab"
            aria-selected={selected === name}
            aria-controls={`panel-${name}`}
            tabIndex={selected === name ? 0 : -1}
            onClick={() => select(name)}
          >
            {labels[name]}
          </button>
        ))}
      </div>
      {TAB_NAMES.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={`panel-${name}`}
          class="popup-panel"
          aria-labelledby={`tab-${name}`}
          hidden={selected !== name}
        >
          {panels[name]}
        </div>
      ))}
    </>
  );
}
