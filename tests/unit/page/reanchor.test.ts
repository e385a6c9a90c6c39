/**
 * Re-anchoring the page's notes (lib/page/reanchor.ts) in happy-dom: idle-time chunks of NOTES_PER_CHUNK,
 * a newer update cancelling the one in progress, each note's status and range after the page was edited, and a
 * push about one note anchoring that note alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAnchorer } from '../../../lib/core/anchoring/anchor';
import { describeTextRange } from '../../../lib/core/anchoring/selectors';
import { TextIndex } from '../../../lib/core/text/text-index';
import type { Note } from '../../../lib/model';
import { NOTES_PER_CHUNK, NoteAnchors, type IdleDeadlineLike } from '../../../lib/page/reanchor';

/** A scheduler the test drives: chunks wait in a queue until `runNext` gives them a deadline. */
function manualScheduler(timeRemaining = () => 50) {
  const queue: ((deadline: IdleDeadlineLike) => void)[] = [];
  return {
    schedule: (work: (deadline: IdleDeadlineLike) => void) => void queue.push(work),
    pending: () => queue.length,
    runNext(didTimeout = false) {
      const work = queue.shift();
      if (!work) throw new Error('nothing scheduled');
      work({ didTimeout, timeRemaining });
    },
    async runAll() {
      let chunks = 0;
      while (queue.length) {
        this.runNext();
        chunks++;
        await Promise.resolve();
      }
      return chunks;
    },
  };
}

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

function noteOn(root: Node, passage: string, id: string, colour: Note['colour'] = 'yellow'): Note {
  const text = new TextIndex(root).text;
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in page: ${passage}`);
  return {
    id,
    pageUrl: 'https://example.com/a',
    canonicalUrl: 'https://example.com/a',
    title: 'A',
    selectors: describeTextRange(text, start, start + passage.length),
    quote: passage,
    body: '',
    tags: [],
    colour,
    created: 1,
    updated: 1,
  };
}

describe('NoteAnchors', () => {
  it('anchors hundreds of notes in idle chunks of at most NOTES_PER_CHUNK', async () => {
    const sentences = Array.from({ length: 250 }, (_, i) => `Sentence number ${i} says something about item ${i * 7}.`);
    const root = page(sentences.map((s) => `<p>${s}</p>`).join(''));
    const notes = sentences.map((s, i) => noteOn(root, s, `n${i}`));
    const scheduler = manualScheduler();
    const anchors = new NoteAnchors(scheduler.schedule);
    const done = anchors.update(notes, root);
    expect(scheduler.pending()).toBe(1); // nothing is anchored before the page is idle
    expect(anchors.statuses()).toEqual({});
    const chunks = await scheduler.runAll();
    expect(chunks).toBe(Math.ceil(notes.length / NOTES_PER_CHUNK));
    expect(await done).toBe(true);
    const statuses = anchors.statuses();
    expect(Object.keys(statuses)).toHaveLength(250);
    expect(new Set(Object.values(statuses))).toEqual(new Set(['anchored']));
    for (const placed of anchors.placements()) expect(placed.range?.toString()).toBe(placed.note.quote);
  });

  it('stops a chunk early when the idle time runs out, but always makes progress', async () => {
    const root = page('<p>One passage here.</p><p>Two passage here.</p><p>Three passage here.</p>');
    const notes = ['One', 'Two', 'Three'].map((w, i) => noteOn(root, `${w} passage here.`, `n${i}`));
    const scheduler = manualScheduler(() => 0);
    const anchors = new NoteAnchors(scheduler.schedule);
    const done = anchors.update(notes, root);
    expect(await scheduler.runAll()).toBe(3); // one note per chunk with no idle time left
    expect(await done).toBe(true);
  });

  it('a newer update cancels the run in progress and keeps the old placements until it is done', async () => {
    const root = page(Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} of the article text.</p>`).join(''));
    const notes = Array.from({ length: 50 }, (_, i) => noteOn(root, `Paragraph ${i} of the article`, `n${i}`));
    const scheduler = manualScheduler();
    const anchors = new NoteAnchors(scheduler.schedule);
    const first = anchors.update(notes, root);
    scheduler.runNext(); // one chunk of the first run
    const second = anchors.update(notes.slice(0, 5), root);
    expect(anchors.statuses()).toEqual({}); // half a run is never shown
    await scheduler.runAll();
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(Object.keys(anchors.statuses()).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('after edits: moved, changed (drawn marked changed) and orphaned (not drawn), never misplaced', async () => {
    const original =
      '<p>The council met on Tuesday to discuss the new budget for the coming year.</p>' +
      '<p>Residents complained that the bus service had been cut twice since spring began.</p>' +
      '<p>The mayor promised an independent review of all transport spending by June.</p>';
    let root = page(original);
    const moved = noteOn(root, 'The council met on Tuesday to discuss the new budget', 'moved', 'green');
    const changed = noteOn(root, 'the bus service had been cut twice since spring began', 'changed', 'blue');
    const orphaned = noteOn(root, 'promised an independent review of all transport spending', 'gone', 'pink');
    root = page(
      '<p>Update: this story was corrected on Friday after publication.</p>' +
        '<p>The council met on Tuesday to discuss the new budget for the coming year.</p>' +
        '<p>Residents complained that the bus service had been cut three times since spring began.</p>' +
        '<p>The mayor left without comment.</p>',
    );
    const scheduler = manualScheduler();
    const anchors = new NoteAnchors(scheduler.schedule);
    const done = anchors.update([moved, changed, orphaned], root);
    await scheduler.runAll();
    await done;
    expect(anchors.statuses()).toEqual({ moved: 'moved', changed: 'changed', gone: 'orphaned' });
    const drawn = anchors
      .overlayNotes()
      .map(({ id, colour, changed, range }) => [id, colour, changed, range.toString()]);
    expect(drawn).toEqual([
      ['moved', 'green', false, 'The council met on Tuesday to discuss the new budget'],
      ['changed', 'blue', true, 'the bus service had been cut three times since spring began'],
    ]);
  });

  it('forgets a deleted note at once, even when it is deleted while a run is placing it', async () => {
    const root = page('<p>One passage here.</p><p>Another passage there.</p>');
    const scheduler = manualScheduler();
    const anchors = new NoteAnchors(scheduler.schedule);
    const run = anchors.update([noteOn(root, 'One passage', 'a'), noteOn(root, 'Another passage', 'b')], root);
    anchors.remove(['a']);
    await scheduler.runAll();
    expect(await run).toBe(true);
    expect(Object.keys(anchors.statuses())).toEqual(['b']);
    anchors.remove(['b']);
    expect(anchors.overlayNotes()).toEqual([]);
  });

  it('notes without a passage are not anchored, and clear() forgets everything', async () => {
    const root = page('<p>Some text of the page.</p>');
    const pageNote = { ...noteOn(root, 'Some text', 'whole'), selectors: [] };
    const scheduler = manualScheduler();
    const anchors = new NoteAnchors(scheduler.schedule);
    expect(await anchors.update([pageNote], root)).toBe(true);
    expect(scheduler.pending()).toBe(0);
    expect(anchors.statuses()).toEqual({});
    const run = anchors.update([noteOn(root, 'Some text', 'n1')], root);
    anchors.clear();
    await scheduler.runAll();
    expect(await run).toBe(false);
    expect(anchors.statuses()).toEqual({});
  });
});

describe('NoteAnchors.place (a push saved some notes)', () => {
  afterEach(() => vi.restoreAllMocks());

  const tenNotes = () => {
    const root = page(Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i} of the article text.</p>`).join(''));
    return {
      root,
      notes: Array.from({ length: 10 }, (_, i) => noteOn(root, `Paragraph ${i} of the article`, `n${i}`)),
    };
  };

  it('anchors only the saved note; the others keep their ranges, and a deleted one is dropped', async () => {
    const { root, notes } = tenNotes();
    const scheduler = manualScheduler();
    const anchors = new NoteAnchors(scheduler.schedule);
    const first = anchors.update(notes.slice(0, 9), root);
    await scheduler.runAll();
    expect(await first).toBe(true);
    const rangesBefore = new Map(anchors.placements().map((p) => [p.note.id, p.range]));

    const anchor = vi.spyOn(PageAnchorer.prototype, 'anchor');
    anchors.remove(['n3']);
    const edited = { ...notes[5], colour: 'blue' as const };
    const placing = anchors.place([notes[9], edited], root);
    await scheduler.runAll();
    expect(await placing).toBe(true);

    // Two notes anchored, not the page's nine.
    expect(anchor).toHaveBeenCalledTimes(2);
    expect(anchor.mock.calls.map(([selectors]) => selectors)).toEqual([notes[9].selectors, edited.selectors]);
    const placed = new Map(anchors.placements().map((p) => [p.note.id, p]));
    expect([...placed.keys()].sort()).toEqual(['n0', 'n1', 'n2', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
    for (const id of ['n0', 'n1', 'n2', 'n4', 'n6', 'n7', 'n8'])
      expect(placed.get(id)!.range).toBe(rangesBefore.get(id));
    expect(placed.get('n5')!.note.colour).toBe('blue');
    expect(placed.get('n9')!.range?.toString()).toBe('Paragraph 9 of the article');
    expect(anchors.overlayNotes().find((n) => n.id === 'n5')?.colour).toBe('blue');
  });

  it('a note saved while a full run is in progress joins that run (no restart, nothing lost)', async () => {
    const { root, notes } = tenNotes();
    const scheduler = manualScheduler(() => 0); // one note per chunk
    const anchors = new NoteAnchors(scheduler.schedule);
    const full = anchors.update(notes.slice(0, 3), root);
    scheduler.runNext();
    const anchor = vi.spyOn(PageAnchorer.prototype, 'anchor');
    const placing = anchors.place([notes[7]], root);
    await scheduler.runAll();
    expect(await full).toBe(true);
    expect(await placing).toBe(true);
    // The run's two remaining notes and the saved one: nothing anchored twice.
    expect(anchor).toHaveBeenCalledTimes(3);
    expect(Object.keys(anchors.statuses()).sort()).toEqual(['n0', 'n1', 'n2', 'n7']);
  });

  it('a full update after a place() still replaces everything', async () => {
    const { root, notes } = tenNotes();
    const scheduler = manualScheduler();
    const anchors = new NoteAnchors(scheduler.schedule);
    const placing = anchors.place([notes[0]], root);
    const full = anchors.update(notes.slice(1, 3), root);
    await scheduler.runAll();
    expect(await placing).toBe(false);
    expect(await full).toBe(true);
    expect(Object.keys(anchors.statuses()).sort()).toEqual(['n1', 'n2']);
  });
  it('a page edited since the last run is indexed anew: the saved note lands on the new text', async () => {
    const { root, notes } = tenNotes();
    const scheduler = manualScheduler();
    const anchors = new NoteAnchors(scheduler.schedule);
    const first = anchors.update(notes.slice(0, 2), root);
    await scheduler.runAll();
    await first;
    // The page inserts a paragraph at the top: every offset moves (read at once, no microtask in between).
    root.insertAdjacentHTML('afterbegin', '<p>Correction: a name was misspelt.</p>');
    const placing = anchors.place([notes[4]], root);
    await scheduler.runAll();
    expect(await placing).toBe(true);
    expect(anchors.statuses().n4).toBe('moved');
    expect(
      anchors
        .placements()
        .find((p) => p.note.id === 'n4')!
        .range?.toString(),
    ).toBe('Paragraph 4 of the article');
  });
});
