/** The toolbar popup for one tab: the article and its flags, dismissals with undo, and the reader's notes. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Flag } from '../lib/core/report';
import type { TabState } from '../lib/model';
import { errorMessage, type PopupClient } from '../lib/ui/client';
import { passageOf } from '../lib/ui/flags';
import { siteOf } from '../lib/ui/format';
import type { PageIdentity } from '../lib/ui/page';
import { ArticleSummary } from './ArticleSummary';
import { DismissedList } from './DismissedList';
import { FlagList } from './FlagList';
import { NotesPanel } from './NotesPanel';
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

  const refreshState = useCallback(async () => {
    try {
      setTabState(await client.background.getTabState({ tabId: client.tabId }));
    } catch (error) {
      setLoadError(errorMessage(error));
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
      setStatus({ text: `Couldn't start the analysis: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  const reveal = async (flag: Flag) => {
    try {
      const found = await client.tab.revealPassage({ selectors: flag.target.selector });
      if (!found) setStatus({ text: "That passage isn't on the page any more." });
    } catch (error) {
      setStatus({ text: `Couldn't show the passage: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  const canonicalUrl = identity?.canonicalUrl ?? tabState?.canonicalUrl ?? tabState?.url ?? '';
  const setFlagDismissed = async (flag: Flag, dismiss: boolean) => {
    const apply = (set: ReadonlySet<string>, on: boolean) => {
      const next = new Set(set);
      if (on) next.add(flag.id);
      else next.delete(flag.id);
      return next;
    };
    setDismissed((set) => apply(set, dismiss));
    try {
      await client.background.setDismissed({ canonicalUrl, flagId: flag.id, dismissed: dismiss });
    } catch (error) {
      setDismissed((set) => apply(set, !dismiss));
      setStatus({ text: `Couldn't save that: ${errorMessage(error)}`, tone: 'error' });
      return;
    }
    void client.tab.refreshAnnotations({}).catch(() => undefined);
    setStatus(
      dismiss
        ? {
            text: 'Flag dismissed for this page.',
            focusAction: true,
            action: { label: 'Undo', run: () => void setFlagDismissed(flag, false) },
          }
        : { text: 'Flag restored.' },
    );
  };

  /** A flag becomes the reader's annotation: a note on the flag's passage with their comment (thrown errors stay in the form). */
  const assess = async (flag: Flag, comment: string) => {
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
    void client.tab.refreshAnnotations({}).catch(() => undefined);
    setStatus({ text: 'Assessment saved as a note' });
  };

  const report = tabState?.status.state === 'done' ? tabState.status.report : null;
  const dismissedFlags = report ? report.flags.filter((f) => dismissed.has(f.id)) : [];

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
        {loadError ? (
          <div class="page-state is-error" role="alert">
            <p>Couldn't reach Footnote: {loadError}</p>
          </div>
        ) : tabState === undefined ? (
          <div class="page-state">
            <Spinner label="Loading…" />
          </div>
        ) : report ? (
          <>
            <ArticleSummary report={report} dismissed={dismissed} />
            <FlagList
              report={report}
              dismissed={dismissed}
              onReveal={reveal}
              onDismiss={(f) => setFlagDismissed(f, true)}
              onAssess={canonicalUrl ? assess : undefined}
            />
            <DismissedList flags={dismissedFlags} onRestore={(f) => setFlagDismissed(f, false)} />
          </>
        ) : (
          <PageState
            status={tabState === null ? null : (tabState.status as Exclude<TabState['status'], { state: 'done' }>)}
            site={siteOf(tabState?.url ?? '')}
            onAnalyse={analyseNow}
            onOpenOptions={client.openOptions}
          />
        )}
        {identity && <NotesPanel client={client} identity={identity} onStatus={setStatus} revision={notesRevision} />}
      </main>
      <StatusLine status={status} />
    </div>
  );
}
