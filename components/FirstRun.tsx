/**
 * The first-run page: what each kind of flag means, shown on a real flag from a sample article; how to dismiss or
 * assess a flag and how to annotate; what stays on the machine. The kinds come from the detector catalog, so a
 * new detector appears here by itself.
 */
import { Fragment } from 'preact';
import { CATALOG } from '../lib/core/detectors/catalog';
import type { DetectorId, Report } from '../lib/core/report';
import { passageOf } from '../lib/ui/flags';
import { shorten } from '../lib/ui/format';
import { kindTitle } from '../lib/ui/labels';

export interface KindExplained {
  id: DetectorId;
  /** The kind's title as the popup heads it ("Affiliate links"). */
  title: string;
  /** The detector's own sentence on what it flags. */
  description: string;
  /** The first such flag on the sample article: its passage and what Footnote says about it. */
  example: { passage: string; message: string } | null;
}

/** Every catalog kind in popup order, each with its first flag in `sample` (null when the sample has none). */
export function explainKinds(sample: Report | null): KindExplained[] {
  return CATALOG.map((detector) => {
    const flag = sample?.flags.find((f) => f.kind === detector.id);
    return {
      id: detector.id,
      title: kindTitle(detector.id),
      description: detector.description,
      example: flag ? { passage: shorten(passageOf(flag.target.selector), 160), message: flag.message } : null,
    };
  });
}

/** The keys the reader has for the selection commands and for opening the panel; null when a command has none. */
export interface Shortcuts {
  highlight: string | null;
  note: string | null;
  openPanel?: string | null;
}

export const DEFAULT_SHORTCUTS: Shortcuts = { highlight: 'Alt+Shift+H', note: 'Alt+Shift+M' };

export type Props = {
  kinds: KindExplained[];
  shortcuts?: Shortcuts;
  /** Where the settings are (the options page's URL). */
  settingsHref?: string;
};

function Keys({ keys }: { keys: string | null }) {
  if (!keys) return <span class="no-keys">a key you choose (none is set yet)</span>;
  return (
    <span class="keys">
      {keys.split('+').map((key, i) => (
        <Fragment key={key}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** The whole first-run page. */
export function FirstRun({ kinds, shortcuts = DEFAULT_SHORTCUTS, settingsHref = '/options.html' }: Props) {
  return (
    <main class="first-run" aria-labelledby="first-run-title">
      <header class="first-run-header">
        <img src="/icon.svg" alt="" width="48" height="48" />
        <div>
          <h1 id="first-run-title">Footnote is ready</h1>
          <p class="lead">
            Open a news article and Footnote marks, in place, the passages a careful reader would question. The number
            on the toolbar button counts them; the button
            {shortcuts.openPanel && (
              <>
                {' '}
                (or <Keys keys={shortcuts.openPanel} />)
              </>
            )}{' '}
            opens the list.
          </p>
        </div>
      </header>

      <section aria-labelledby="kinds-title">
        <h2 id="kinds-title">What the marks mean</h2>
        <p class="section-note">Examples from a sample article, as Footnote flags them.</p>
        <ul class="kind-list">
          {kinds.map((kind) => (
            <li key={kind.id} class="kind" data-kind={kind.id}>
              <h3>{kind.title}</h3>
              <p>{kind.description}</p>
              {kind.example && (
                <figure class="kind-example">
                  <blockquote>
                    <span class="passage">{kind.example.passage}</span>
                  </blockquote>
                  <figcaption>{kind.example.message}</figcaption>
                </figure>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="act-title">
        <h2 id="act-title">When you disagree, or want to keep a thought</h2>
        <ul class="how-list">
          <li>
            <strong>Not an issue</strong> on a flag in the list hides it on that page, for good; you can undo it.
          </li>
          <li>
            <strong>Assess</strong> turns a flag into a note with your own comment.
          </li>
          <li>
            To annotate, select text on the page, then choose <em>Highlight with Footnote</em> or{' '}
            <em>Add a note with Footnote</em> from the context menu, or press <Keys keys={shortcuts.highlight} /> to
            highlight and <Keys keys={shortcuts.note} /> to add a note. You can change the keys in your browser&apos;s
            extension shortcuts settings.
          </li>
          <li>
            <strong>Library</strong>, in the toolbar panel, lists every note across pages, with search and export.
          </li>
        </ul>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">Everything stays on this computer</h2>
        <p>
          Footnote reads pages inside your browser and makes no network request: nothing you read, flag or write is sent
          anywhere. Your notes and highlights are kept in this browser&apos;s storage for Footnote, your settings in its
          extension storage. Removing Footnote deletes them; export them from the Library first to keep them.
        </p>
        <p>
          <a href={settingsHref}>Settings</a>: which kinds of flag to show, how sure a flag must be, and sites to leave
          alone.
        </p>
      </section>
    </main>
  );
}
