/**
 * Where the page's notes are now: owns the map note id -> anchor status and live Range that the content script
 * draws from and reports to the popup. Notes are anchored with the honest anchorer (lib/core/anchoring/anchor.ts)
 * over one TextIndex of the page, in idle-time chunks, so a long page with hundreds of notes stays responsive;
 * a newer update (notes changed, page changed, navigation) cancels the run in progress.
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

export class NoteAnchors {
  private placed = new Map<string, PlacedNote>();
  private generation = 0;
  private settled: Promise<boolean> = Promise.resolve(true);
  /** Ids deleted while a run was in progress: the run must not bring them back. */
  private removed = new Set<string>();

  constructor(private readonly schedule: IdleScheduler) {}

  /**
   * Anchors `notes` in the current text under `root`. Resolves true once all are placed (the new placements
   * replace the old ones in one go, so drawing never sees half a run), false when a newer update took over.
   */
  update(notes: readonly Note[], root: Node): Promise<boolean> {
    const generation = ++this.generation;
    this.removed = new Set();
    const withPassage = notes.filter((note) => note.selectors.length > 0);
    this.settled = new Promise<boolean>((resolve) => {
      if (withPassage.length === 0) {
        this.placed = new Map();
        resolve(true);
        return;
      }
      const next = new Map<string, PlacedNote>();
      // Built in the first chunk, not now: the page may still change before the first idle moment.
      let index: TextIndex | null = null;
      let anchorer: PageAnchorer | null = null;
      let done = 0;
      const step = (deadline: IdleDeadlineLike) => {
        if (generation !== this.generation) return resolve(false);
        try {
          index ??= new TextIndex(root);
          anchorer ??= new PageAnchorer(index.text);
          const stop = Math.min(withPassage.length, done + NOTES_PER_CHUNK);
          // At least one note per chunk; more while the page stays idle (or all of the chunk when it timed out).
          do {
            const note = withPassage[done++];
            const found = anchorer.anchor(note.selectors);
            const range = found.status === 'orphaned' ? null : index.toRange(found.start, found.end);
            next.set(note.id, { note, status: range ? found.status : 'orphaned', range });
          } while (done < stop && (deadline.didTimeout || deadline.timeRemaining() > 1));
        } catch {
          // A page that breaks anchoring keeps its old placements.
          return resolve(false);
        }
        if (done < withPassage.length) this.schedule(step);
        else {
          for (const id of this.removed) next.delete(id);
          this.placed = next;
          resolve(true);
        }
      };
      this.schedule(step);
    });
    return this.settled;
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

  clear(): void {
    this.generation++;
    this.placed = new Map();
    this.settled = Promise.resolve(true);
  }
}
