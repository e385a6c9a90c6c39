/**
 * Where the page's notes are now: owns the map note id -> anchor status and live Range that the content script
 * draws from and reports to the popup. Notes are anchored with the honest anchorer (lib/core/anchoring/anchor.ts)
 * over one TextIndex of the page, in idle-time chunks, so a long page with hundreds of notes stays responsive;
 * a newer update (notes changed, page changed, navigation) cancels the run in progress. A push that saved a note
 * anchors that note alone (`place`), over the index kept from before while the page has not changed since.
 */
import { PageAnchorer, type AnchorStatus } from '../core/anchoring/anchor';
import { TextIndex } from '../core/text/text-index';
import type { Note } from '../model';
import type { OverlayNote } from './note-overlay';

/** Notes anchored per idle callback at most (a page busy past the timeout still gets work done in bounded steps). */
export const NOTES_PER_CHUNK = 20;
/** The longest a chunk waits for idle time before it runs anyway. */
const IDLE_TIMEOUT_MS = 200;

export interface IdleDeadlineLike {
  didTimeout: boolean;
  timeRemaining(): number;
}
/** Runs `work` when the page is idle (requestIdleCallback in pages; a fake in tests). */
export type IdleScheduler = (work: (deadline: IdleDeadlineLike) => void) => void;

export interface PlacedNote {
  note: Note;
  status: AnchorStatus;
  /** Null when orphaned. */
  range: Range | null;
}

/** requestIdleCallback with a timeout where the page has it; otherwise a zero timeout with a small time budget. */
export function idleScheduler(timers: {
  requestIdleCallback?: (cb: (deadline: IdleDeadlineLike) => void, options: { timeout: number }) => unknown;
  setTimeout: (cb: () => void, ms: number) => unknown;
}): IdleScheduler {
  return (work) => {
    if (timers.requestIdleCallback) timers.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    else {
      timers.setTimeout(() => {
        const start = Date.now();
        work({ didTimeout: false, timeRemaining: () => Math.max(0, 8 - (Date.now() - start)) });
      }, 0);
    }
  };
}

/** The page's text, indexed, with its anchorer, and whether the page changed since. */
interface PageText {
  root: Node;
  index: TextIndex;
  anchorer: PageAnchorer;
  changed(): boolean;
  stop(): void;
}

/** One anchoring run: the notes still to place, and where the ones placed so far landed. */
interface Run {
  generation: number;
  /** Notes to anchor, in order; an incremental update appends to the run in progress. */
  work: Note[];
  done: number;
  next: Map<string, PlacedNote>;
  settled: Promise<boolean>;
}

export class NoteAnchors {
  private placed = new Map<string, PlacedNote>();
  private generation = 0;
  private settled: Promise<boolean> = Promise.resolve(true);
  /** The run in progress (null when every run has finished or was cancelled). */
  private running: Run | null = null;
  /** Ids deleted while a run was in progress: the run must not bring them back. */
  private removed = new Set<string>();
  /** The page's text as last indexed, kept while the page does not change (a push anchors one note, not a walk). */
  private text: PageText | null = null;

  constructor(private readonly schedule: IdleScheduler) {}

  /**
   * Anchors `notes` in the current text under `root`. Resolves true once all are placed (the new placements
   * replace the old ones in one go, so drawing never sees half a run), false when a newer update took over.
   */
  update(notes: readonly Note[], root: Node): Promise<boolean> {
    return this.start(notes, new Map(), root);
  }

  /**
   * Anchors only `changed` (notes just saved: new or edited), keeping every other note where it is: a push about
   * one note costs one note's anchoring, not the page's. A run in progress takes them on instead of restarting.
   * Resolves as `update` does.
   */
  place(changed: readonly Note[], root: Node): Promise<boolean> {
    if (changed.length === 0) return this.settled;
    const run = this.running;
    if (run && run.generation === this.generation) {
      for (const note of changed) this.removed.delete(note.id);
      run.work.push(...changed);
      return run.settled;
    }
    return this.start(changed, new Map(this.placed), root);
  }

  private start(notes: readonly Note[], base: Map<string, PlacedNote>, root: Node): Promise<boolean> {
    const generation = ++this.generation;
    this.removed = new Set();
    const run: Run = { generation, work: [...notes], done: 0, next: base, settled: Promise.resolve(true) };
    this.running = run;
    run.settled = new Promise<boolean>((resolve) => {
      const finish = (ok: boolean) => {
        if (this.running === run) this.running = null;
        resolve(ok);
      };
      // Built in the first chunk, not now: the page may still change before the first idle moment.
      let index: TextIndex | null = null;
      let anchorer: PageAnchorer | null = null;
      const step = (deadline: IdleDeadlineLike) => {
        if (generation !== this.generation) return finish(false);
        try {
          const stop = Math.min(run.work.length, run.done + NOTES_PER_CHUNK);
          // At least one note per chunk; more while the page stays idle (or all of the chunk when it timed out).
          while (run.done < stop) {
            const note = run.work[run.done++];
            if (note.selectors.length === 0) run.next.delete(note.id);
            else {
              if (!index || !anchorer) ({ index, anchorer } = this.pageText(root));
              const found = anchorer.anchor(note.selectors);
              const range = found.status === 'orphaned' ? null : index.toRange(found.start, found.end);
              run.next.set(note.id, { note, status: range ? found.status : 'orphaned', range });
            }
            if (!deadline.didTimeout && deadline.timeRemaining() <= 1) break;
          }
        } catch {
          // A page that breaks anchoring keeps its old placements.
          return finish(false);
        }
        if (run.done < run.work.length) this.schedule(step);
        else {
          for (const id of this.removed) run.next.delete(id);
          this.placed = run.next;
          finish(true);
        }
      };
      if (!run.work.some((note) => note.selectors.length > 0)) step({ didTimeout: true, timeRemaining: () => 0 });
      else this.schedule(step);
    });
    this.settled = run.settled;
    return run.settled;
  }

  /** Resolves when the latest update has finished (or was replaced). */
  whenSettled(): Promise<boolean> {
    return this.settled;
  }

  /** Each placed note's status, by note id. */
  statuses(): Record<string, AnchorStatus> {
    const out: Record<string, AnchorStatus> = {};
    for (const [id, placed] of this.placed) out[id] = placed.status;
    return out;
  }

  placements(): PlacedNote[] {
    return [...this.placed.values()];
  }

  /** What the note overlay draws: each placed note in its colour, edited passages marked changed. */
  overlayNotes(): OverlayNote[] {
    const out: OverlayNote[] = [];
    for (const { note, status, range } of this.placed.values()) {
      if (range) out.push({ id: note.id, colour: note.colour, changed: status === 'changed', range });
    }
    return out;
  }

  /** Forgets deleted notes at once (no re-anchoring needed), also in a run still in progress. */
  remove(ids: readonly string[]): void {
    for (const id of ids) {
      this.placed.delete(id);
      this.removed.add(id);
    }
  }

  /**
   * The index and anchorer of the text under `root`: the last ones while no mutation touched the page since (the
   * records are read synchronously, so a change made a moment ago counts), else built anew.
   */
  private pageText(root: Node): PageText {
    const kept = this.text;
    if (kept && kept.root === root && !kept.changed()) return kept;
    kept?.stop();
    const index = new TextIndex(root);
    let dirty = false;
    const Observer = (root.ownerDocument?.defaultView ?? globalThis).MutationObserver;
    const observer = typeof Observer === 'function' ? new Observer(() => (dirty = true)) : null;
    observer?.observe(root, { childList: true, subtree: true, characterData: true });
    this.text = {
      root,
      index,
      anchorer: new PageAnchorer(index.text),
      // Without an observer nothing can tell: never reused.
      changed: () => !observer || dirty || observer.takeRecords().length > 0,
      stop: () => observer?.disconnect(),
    };
    return this.text;
  }

  clear(): void {
    this.text?.stop();
    this.text = null;
    this.generation++;
    this.running = null;
    this.placed = new Map();
    this.settled = Promise.resolve(true);
  }
}
