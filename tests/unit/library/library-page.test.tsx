import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage, type LibraryBackend } from '../../../components/library/LibraryPage';
import type { LibraryIo } from '../../../lib/library/io';
import type { Note } from '../../../lib/model';
import type { ImportOutcome } from '../../../lib/storage/library-store';
import { button, cleanup, click, key, mount, settle, type, unnamedControls } from '../ui/render';
import { makeNote } from './make-note';

/** An in-memory backend that records what was asked of it. */
class FakeBackend implements LibraryBackend {
  deleted: string[][] = [];
  constructor(public notes: Note[]) {}
  async allNotes() {
    return [...this.notes];
  }
  async importNotes(incoming: readonly Note[]): Promise<ImportOutcome> {
    const known = new Set(this.notes.map((n) => n.id));
    const fresh = incoming.filter((n) => !known.has(n.id));
    this.notes.push(...fresh);
    return { imported: fresh.length, duplicates: incoming.length - fresh.length };
  }
  async deleteNotes(ids: readonly string[]) {
    this.deleted.push([...ids]);
    this.notes = this.notes.filter((n) => !ids.includes(n.id));
  }
  async restoreNotes(restored: readonly Note[]) {
    this.notes.push(...restored);
  }
}

function fakeIo(overrides: Partial<LibraryIo> = {}): LibraryIo {
  return {
    exportNotes: vi.fn((notes: readonly Note[]) => ({
      filename: 'x.jsonld',
      mimeType: 'application/ld+json',
      text: `${notes.length}`,
    })),
    parseImport: vi.fn(() => ({ notes: [], invalid: 0 })),
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
    const { container } = await mount(<LibraryPage backend={new FakeBackend([])} io={fakeIo()} />);
    expect(container.textContent).toContain('No annotations yet');
    expect(container.textContent).toMatch(/Alt.*Shift.*H/);
  });

  it('lists annotations grouped by page, with links that open the passage', async () => {
    const { container } = await mount(<LibraryPage backend={new FakeBackend([...NOTES])} io={fakeIo()} />);
    const groups = [...container.querySelectorAll('.lib-group h2')].map((h) => h.textContent);
    expect(groups.sort()).toEqual(['Budget day', 'Café culture']);
    const link = container.querySelector<HTMLAnchorElement>('.lib-note-link')!;
    expect(link.getAttribute('href')).toMatch(/#:~:text=/);
    expect(link.target).toBe('_blank');
    expect(unnamedControls(container)).toEqual([]);
  });

  it('searches accent-insensitively with emphasis, and shows a no-results state that clears', async () => {
    const { container } = await mount(<LibraryPage backend={new FakeBackend([...NOTES])} io={fakeIo()} />);
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
    const { container } = await mount(<LibraryPage backend={new FakeBackend([...NOTES])} io={fakeIo()} />);
    const colour = [...container.querySelectorAll('label')]
      .find((l) => l.textContent?.startsWith('Colour'))!
      .querySelector('select')!;
    colour.value = 'green';
    colour.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(noteTexts(container)).toEqual(['Taxes will rise']);
  });

  it('deletes a note and brings it back with Undo', async () => {
    const backend = new FakeBackend([...NOTES]);
    const { container } = await mount(<LibraryPage backend={backend} io={fakeIo()} />);
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
    const { container } = await mount(
      <LibraryPage backend={new FakeBackend([...NOTES])} io={io} download={download} />,
    );
    await type(container.querySelector('input[type="search"]'), 'budget ');
    await settle();
    await click(button(container, /^Export results/));
    expect(io.exportNotes).toHaveBeenCalledTimes(1);
    const [exported, format] = vi.mocked(io.exportNotes).mock.calls[0];
    expect(exported.map((n) => n.id).sort()).toEqual(['n1', 'n2']);
    expect(format).toBe('jsonld');
    expect(download).toHaveBeenCalledWith(
      expect.objectContaining({ text: '2', filename: expect.stringMatching(/\.jsonld$/) }),
    );
  });

  it('shows an import error and changes nothing', async () => {
    const backend = new FakeBackend([...NOTES]);
    const importSpy = vi.spyOn(backend, 'importNotes');
    const io = fakeIo({
      parseImport: () => {
        throw new Error('this is not a Footnote or Hypothesis export');
      },
    });
    const { container } = await mount(<LibraryPage backend={backend} io={io} />);
    await fileChosen(container, new File(['{"nope":1}'], 'bad.json', { type: 'application/json' }));
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /Nothing was imported from bad\.json: this is not/,
    );
    expect(importSpy).not.toHaveBeenCalled();
    expect(backend.notes).toHaveLength(3);
    expect(noteTexts(container)).toHaveLength(3);
  });

  it('imports a file and summarises imported, duplicate and invalid records', async () => {
    const backend = new FakeBackend([...NOTES]);
    const incoming = [makeNote({ id: 'new1', quote: 'Imported passage' }), NOTES[0]];
    const io = fakeIo({ parseImport: () => ({ notes: incoming, invalid: 2 }) });
    const { container } = await mount(<LibraryPage backend={backend} io={io} />);
    await fileChosen(container, new File(['{}'], 'export.json'));
    expect(container.textContent).toContain('Imported 1 annotation; skipped 1 duplicate and 2 invalid.');
    expect(noteTexts(container)).toContain('Imported passage');
  });

  it('imports a file dropped on the page', async () => {
    const backend = new FakeBackend([...NOTES]);
    const io = fakeIo({
      parseImport: vi.fn(() => ({ notes: [makeNote({ id: 'dropped', quote: 'Dropped passage' })], invalid: 0 })),
    });
    const { container } = await mount(<LibraryPage backend={backend} io={io} />);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { files: [new File(['{}'], 'drop.json')], types: ['Files'] },
    });
    container.querySelector('main')!.dispatchEvent(drop);
    await settle(10);
    expect(io.parseImport).toHaveBeenCalledWith('{}', 'drop.json');
    expect(noteTexts(container)).toContain('Dropped passage');
  });

  it('focuses the search on "/" and moves between results with the arrow keys', async () => {
    const { container } = await mount(<LibraryPage backend={new FakeBackend([...NOTES])} io={fakeIo()} />);
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
