import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../../components/library/LibraryPage';
import type { LibraryIo } from '../../../lib/library/io';
import type { LibraryClient } from '../../../lib/library/library-client';
import type { Note, QuarantinedRecord } from '../../../lib/model';
import { button, cleanup, click, key, mount, settle, type, unnamedControls } from '../ui/render';
import { makeNote } from './make-note';

/** An in-memory background that records what was asked of it (pages of `pageSize` notes, like the real one). */
class FakeClient implements LibraryClient {
  deleted: string[][] = [];
  edits: Parameters<LibraryClient['libraryEdit']>[0][] = [];
  batches: Note[][] = [];
  quarantine: QuarantinedRecord[] = [];
  failLoad: string | null = null;
  constructor(
    public notes: Note[],
    private readonly pageSize = 2,
  ) {}
  async libraryPage({ after, limit }: { after?: string; limit: number }) {
    if (this.failLoad) throw new Error(this.failLoad);
    const sorted = [...this.notes].sort((a, b) => a.id.localeCompare(b.id));
    const rest = after === undefined ? sorted : sorted.filter((n) => n.id > after);
    const page = rest.slice(0, Math.min(limit, this.pageSize));
    const next = rest.length > page.length ? page[page.length - 1].id : null;
    return { notes: page, next, total: after === undefined ? sorted.length : -1 };
  }
  async libraryDelete({ ids }: { ids: string[] }) {
    this.deleted.push([...ids]);
    this.notes = this.notes.filter((n) => !ids.includes(n.id));
  }
  async libraryRestore({ notes }: { notes: Note[] }) {
    this.notes.push(...notes);
  }
  async libraryEdit(edit: Parameters<LibraryClient['libraryEdit']>[0]) {
    this.edits.push(edit);
    const { id, ...change } = edit;
    const note = this.notes.find((n) => n.id === id);
    if (!note) throw new Error('That note no longer exists: it was deleted elsewhere.');
    const edited = { ...note, ...change, updated: note.updated + 1 };
    this.notes = this.notes.map((n) => (n.id === id ? edited : n));
    return edited;
  }
  async importBegin() {
    return { importId: 'i1' };
  }
  async importBatch({ notes }: { importId: string; notes: Note[] }) {
    this.batches.push(notes);
    const known = new Set(this.notes.map((n) => n.id));
    const fresh = notes.filter((n) => !known.has(n.id));
    this.notes.push(...fresh);
    return { imported: fresh.map((n) => n.id), duplicates: notes.length - fresh.length, refused: [] };
  }
  async importEnd() {}
  async quarantineList() {
    return [...this.quarantine];
  }
  async quarantineRepair({ id, fix }: Parameters<LibraryClient['quarantineRepair']>[0]) {
    if (!/^https?:/.test(fix.pageUrl)) throw new Error('The record still cannot be saved: no page address.');
    this.quarantine = this.quarantine.filter((r) => r.id !== id);
    const note = makeNote({
      id: id.replace('notes:', ''),
      pageUrl: fix.pageUrl,
      canonicalUrl: fix.pageUrl,
      title: fix.title,
      body: fix.body,
      quote: '',
    });
    this.notes.push(note);
    return note;
  }
  async quarantineDelete({ id }: { id: string }) {
    this.quarantine = this.quarantine.filter((r) => r.id !== id);
  }
}

/** An io whose import hands over `incoming` in one batch and reports `refused`. */
function fakeIo(overrides: Partial<LibraryIo> = {}, incoming: Note[] = []): LibraryIo {
  return {
    exportNotes: vi.fn(async (pages: AsyncIterable<readonly Note[]>) => {
      const all: Note[] = [];
      for await (const page of pages) all.push(...page);
      return {
        filename: 'x.jsonld',
        mimeType: 'application/ld+json',
        blob: new Blob([all.map((n) => n.id).join(',')]),
      };
    }),
    readImport: vi.fn(async (_file: Blob, onBatch: (notes: Note[]) => Promise<void>) => {
      if (incoming.length) await onBatch(incoming);
      return { refused: [], refusedCount: 0 };
    }),
    ...overrides,
  };
}

const NOTES = [
  makeNote({
    id: 'n1',
    title: 'Budget day',
    canonicalUrl: 'https://news.example/budget',
    quote: 'The minister confirmed cuts',
    tags: ['economy'],
  }),
  makeNote({
    id: 'n2',
    title: 'Budget day',
    canonicalUrl: 'https://news.example/budget',
    quote: 'Taxes will rise',
    colour: 'green',
  }),
  makeNote({
    id: 'n3',
    title: 'Café culture',
    canonicalUrl: 'https://www.blog.example/cafe',
    quote: 'Espresso is served',
    body: 'Check the prices',
  }),
];

const noteTexts = (root: HTMLElement) => [...root.querySelectorAll('.lib-passage')].map((el) => el.textContent);

async function fileChosen(container: HTMLElement, file: File) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(10);
}

afterEach(cleanup);

describe('LibraryPage', () => {
  it('shows the empty state when there are no annotations', async () => {
    const { container } = await mount(<LibraryPage client={new FakeClient([])} io={fakeIo()} />);
    expect(container.textContent).toContain('No annotations yet');
    expect(container.textContent).toMatch(/Alt.*Shift.*H/);
  });

  it('lists annotations grouped by page, with links that open the passage', async () => {
    const { container } = await mount(<LibraryPage client={new FakeClient([...NOTES])} io={fakeIo()} />);
    const groups = [...container.querySelectorAll('.lib-group h2')].map((h) => h.textContent);
    expect(groups.sort()).toEqual(['Budget day', 'Café culture']);
    const link = container.querySelector<HTMLAnchorElement>('.lib-note-link')!;
    expect(link.getAttribute('href')).toMatch(/#:~:text=/);
    expect(link.target).toBe('_blank');
    expect(unnamedControls(container)).toEqual([]);
  });

  it('searches accent-insensitively with emphasis, and shows a no-results state that clears', async () => {
    const { container } = await mount(<LibraryPage client={new FakeClient([...NOTES])} io={fakeIo()} />);
    await type(container.querySelector('input[type="search"]'), 'cafe');
    await settle();
    expect(noteTexts(container)).toEqual(['Espresso is served']);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toContain('Café');

    await type(container.querySelector('input[type="search"]'), 'zzzz');
    await settle();
    expect(container.textContent).toContain('No annotations match');
    await click(button(container, 'Clear search and filters'));
    expect(noteTexts(container)).toHaveLength(3);
  });

  it('filters by colour', async () => {
    const { container } = await mount(<LibraryPage client={new FakeClient([...NOTES])} io={fakeIo()} />);
    const colour = [...container.querySelectorAll('label')]
      .find((l) => l.textContent?.startsWith('Colour'))!
      .querySelector('select')!;
    colour.value = 'green';
    colour.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(noteTexts(container)).toEqual(['Taxes will rise']);
  });

  it('deletes a note and brings it back with Undo', async () => {
    const backend = new FakeClient([...NOTES]);
    const { container } = await mount(<LibraryPage client={backend} io={fakeIo()} />);
    await click(container.querySelector('[aria-label="Delete note: Check the prices"]'));
    expect(backend.deleted).toEqual([['n3']]);
    expect(noteTexts(container)).not.toContain('Espresso is served');
    expect(container.textContent).toContain('Deleted 1 annotation.');
    await click(button(container, 'Undo'));
    expect(noteTexts(container)).toContain('Espresso is served');
    expect(backend.notes.map((n) => n.id)).toContain('n3');
  });

  it('exports the current results through the exporter and downloads the file', async () => {
    const io = fakeIo();
    const download = vi.fn();
    const { container } = await mount(<LibraryPage client={new FakeClient([...NOTES])} io={io} download={download} />);
    await type(container.querySelector('input[type="search"]'), 'budget ');
    await settle();
    await click(button(container, /^Export results/));
    expect(io.exportNotes).toHaveBeenCalledTimes(1);
    expect(vi.mocked(io.exportNotes).mock.calls[0][1]).toBe('jsonld');
    const file = download.mock.calls[0][0];
    expect(file.filename).toMatch(/\.jsonld$/);
    expect((await file.blob.text()).split(',').sort()).toEqual(['n1', 'n2']);
  });

  it('exports all by asking the background for every page again', async () => {
    const client = new FakeClient([...NOTES], 1);
    const pageSpy = vi.spyOn(client, 'libraryPage');
    const download = vi.fn();
    const { container } = await mount(<LibraryPage client={client} io={fakeIo()} download={download} />);
    pageSpy.mockClear();
    await click(button(container, /^Export all \(3\)/));
    await settle();
    expect(pageSpy).toHaveBeenCalledTimes(3);
    expect((await download.mock.calls[0][0].blob.text()).split(',').sort()).toEqual(['n1', 'n2', 'n3']);
  });

  it('shows an import error and changes nothing', async () => {
    const client = new FakeClient([...NOTES]);
    const io = fakeIo({
      readImport: async () => {
        throw new Error('this is not a Footnote or Hypothesis export');
      },
    });
    const { container } = await mount(<LibraryPage client={client} io={io} />);
    await fileChosen(container, new File(['{"nope":1}'], 'bad.json', { type: 'application/json' }));
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /Nothing was imported from bad\.json: this is not/,
    );
    expect(client.batches).toEqual([]);
    expect(client.notes).toHaveLength(3);
    expect(noteTexts(container)).toHaveLength(3);
  });

  it('takes back what earlier batches wrote when the file proves broken later', async () => {
    const client = new FakeClient([...NOTES]);
    const io = fakeIo({
      readImport: async (_file, onBatch) => {
        await onBatch([makeNote({ id: 'early', quote: 'Early passage' })]);
        throw new Error('The file ends before its annotations do: it was probably cut short.');
      },
    });
    const { container } = await mount(<LibraryPage client={client} io={io} />);
    await fileChosen(container, new File(['{}'], 'cut.jsonld'));
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /Nothing was imported from cut\.jsonld: .*cut short/,
    );
    expect(client.deleted).toEqual([['early']]);
    expect(client.notes.map((n) => n.id).sort()).toEqual(['n1', 'n2', 'n3']);
  });

  it('imports a file and says what it refused and why, with examples', async () => {
    const client = new FakeClient([...NOTES]);
    const incoming = [makeNote({ id: 'new1', quote: 'Imported passage' }), NOTES[0]];
    const io = fakeIo(
      {
        readImport: async (_file, onBatch) => {
          await onBatch(incoming);
          return {
            refusedCount: 2,
            refused: [
              {
                reason: 'a javascript: page address (only http and https pages are kept)',
                count: 2,
                examples: ['#3: javascript:alert(1)', '#4: javascript:void(0)'],
              },
            ],
          };
        },
      },
      incoming,
    );
    const { container } = await mount(<LibraryPage client={client} io={io} />);
    await fileChosen(container, new File(['{}'], 'export.json'));
    expect(container.textContent).toContain('Imported 1 annotation; skipped 1 duplicate; refused 2.');
    expect(container.textContent).toContain('a javascript: page address (only http and https pages are kept)');
    expect(container.textContent).toContain('#3: javascript:alert(1)');
    expect(noteTexts(container)).toContain('Imported passage');
  });

  it('imports a file dropped on the page', async () => {
    const client = new FakeClient([...NOTES]);
    const io = fakeIo({}, [makeNote({ id: 'dropped', quote: 'Dropped passage' })]);
    const { container } = await mount(<LibraryPage client={client} io={io} />);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { files: [new File(['{}'], 'drop.json')], types: ['Files'] },
    });
    container.querySelector('main')!.dispatchEvent(drop);
    await settle(10);
    expect(io.readImport).toHaveBeenCalledTimes(1);
    expect(noteTexts(container)).toContain('Dropped passage');
  });

  it('edits a note in place: text, tags and colour saved through the background', async () => {
    const client = new FakeClient([...NOTES]);
    const { container } = await mount(<LibraryPage client={client} io={fakeIo()} />);
    await click(container.querySelector('[aria-label="Edit note: Check the prices"]'));
    const form = container.querySelector<HTMLFormElement>('form[aria-label="Edit note"]')!;
    const textarea = form.querySelector('textarea')!;
    expect(document.activeElement).toBe(textarea);
    expect(textarea.value).toBe('Check the prices');
    await type(textarea, 'Prices checked: fine');
    await type(form.querySelector('input[type="text"]'), 'food, checked');
    await click(form.querySelector('input[value="purple"]'));
    await click(button(form, 'Save note'));
    expect(client.edits).toEqual([
      { id: 'n3', body: 'Prices checked: fine', tags: ['food', 'checked'], colour: 'purple' },
    ]);
    expect(container.querySelector('form[aria-label="Edit note"]')).toBeNull();
    expect(container.querySelector('.lib-body')?.textContent).toBe('Prices checked: fine');
    expect(container.querySelector('.lib-note.colour-purple')).not.toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit note: Prices checked: fine');
    // The search index follows the edit.
    await type(container.querySelector('input[type="search"]'), 'checked');
    await settle();
    expect(noteTexts(container)).toEqual(['Espresso is served']);
  });

  it('cancels an edit with Escape, changing nothing, focus back on Edit', async () => {
    const client = new FakeClient([...NOTES]);
    const { container } = await mount(<LibraryPage client={client} io={fakeIo()} />);
    await click(container.querySelector('[aria-label="Edit note: Check the prices"]'));
    const textarea = container.querySelector<HTMLTextAreaElement>('form[aria-label="Edit note"] textarea')!;
    await type(textarea, 'never saved');
    await key(textarea, 'Escape');
    expect(container.querySelector('form[aria-label="Edit note"]')).toBeNull();
    expect(client.edits).toEqual([]);
    expect(container.querySelector('.lib-body')?.textContent).toBe('Check the prices');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit note: Check the prices');
  });

  it('keeps the editor open with the reason when a save fails', async () => {
    const client = new FakeClient([...NOTES]);
    const { container } = await mount(<LibraryPage client={client} io={fakeIo()} />);
    await click(container.querySelector('[aria-label="Edit note: Check the prices"]'));
    client.notes = client.notes.filter((n) => n.id !== 'n3'); // deleted in another window meanwhile
    await type(container.querySelector('form[aria-label="Edit note"] textarea'), 'too late');
    await click(button(container, 'Save note'));
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/no longer exists/);
    expect(container.querySelector<HTMLTextAreaElement>('form[aria-label="Edit note"] textarea')?.value).toBe(
      'too late',
    );
  });

  it('lists records it could not read with what is wrong, and fixes or deletes them', async () => {
    const client = new FakeClient([...NOTES]);
    client.quarantine = [
      {
        id: 'notes:old-1',
        record: { id: 'old-1', body: 5, created: 'yesterday' },
        problems: ['no page address', 'the note text is not text (5)'],
        at: 1,
        by: 'the upgrade to database version 3',
      },
      {
        id: 'notes:old-2',
        record: { id: 'old-2' },
        problems: ['no page address'],
        at: 2,
        by: 'the upgrade to database version 3',
      },
    ];
    const { container } = await mount(<LibraryPage client={client} io={fakeIo()} />);
    const section = container.querySelector<HTMLElement>('.lib-quarantine')!;
    expect(section.querySelector('h2')?.textContent).toBe('2 records Footnote could not read');
    expect(section.textContent).toContain('the note text is not text (5)');
    expect(noteTexts(container)).toHaveLength(3);

    await click(button(section, 'Fix…'));
    const form = section.querySelector<HTMLFormElement>('form[aria-label="Fix the record"]')!;
    expect(form.querySelector('textarea')?.value).toBe('5');
    await type(form.querySelector('input[type="url"]'), 'https://news.example/old');
    await type(form.querySelector('input[type="text"]'), 'Old story');
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(container.querySelector('.lib-quarantine h2')?.textContent).toBe('1 record Footnote could not read');
    expect([...container.querySelectorAll('.lib-group h2')].map((h) => h.textContent)).toContain('Old story');

    await click(button(container.querySelector('.lib-quarantine')!, 'Delete record'));
    expect(container.querySelector('.lib-quarantine')).toBeNull();
    expect(client.quarantine).toEqual([]);
  });

  it('says why when the notes cannot be loaded, instead of loading forever', async () => {
    const client = new FakeClient([...NOTES]);
    client.failLoad = 'Footnote could not read your notes: its database was closed.';
    const { container } = await mount(<LibraryPage client={client} io={fakeIo()} />);
    expect(container.textContent).not.toContain('Loading your annotations');
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /could not load your annotations: .*database was closed/,
    );
  });

  it('loads every page of notes from the background', async () => {
    const many = Array.from({ length: 7 }, (_, i) => makeNote({ id: `m${i}`, quote: `passage m${i}` }));
    const { container } = await mount(<LibraryPage client={new FakeClient(many, 3)} io={fakeIo()} />);
    expect(noteTexts(container)).toHaveLength(7);
  });

  it('focuses the search on "/" and moves between results with the arrow keys', async () => {
    const { container } = await mount(<LibraryPage client={new FakeClient([...NOTES])} io={fakeIo()} />);
    await key(document.body, '/');
    expect(document.activeElement).toBe(container.querySelector('input[type="search"]'));
    const links = [...container.querySelectorAll<HTMLElement>('[data-result-link]')];
    links[0].focus();
    await key(links[0], 'ArrowDown');
    expect(document.activeElement).toBe(links[1]);
    await key(links[1], 'ArrowUp');
    expect(document.activeElement).toBe(links[0]);
  });
});
