/**
 * The popup's annotation flows (components/NotesPanel, NoteItem, FlagItem, AssessEditor) over the fake
 * client: marks for moved and changed passages, orphans listed apart with Re-attach and Delete, and assessing
 * a flag into a note.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/Popup';
import type { NoteAnchorStatus } from '../../../lib/model';
import { button, cleanup, click, mount, settle, submit, type } from '../ui/render';
import { IDENTITY, defaultFlags, fakeClient, makeNote, selectionOf, type FakeOptions } from '../ui/fixtures';

afterEach(cleanup);

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The fake client, its tab also answering `noteAnchors` with `anchors`. */
function clientWith(options: FakeOptions, anchors: Record<string, NoteAnchorStatus>) {
  const client = fakeClient(options);
  const noteAnchors = vi.fn(async () => anchors);
  Object.assign(client.tab, { noteAnchors });
  return Object.assign(client, { noteAnchors });
}

const passageNote = (id: string, passage: string, body: string) =>
  makeNote({ id, selectors: selectionOf(passage).selectors, quote: passage, body, created: Number(id.slice(1)) });

describe('notes and where their passages are', () => {
  const notes = [
    passageNote('n1', 'Studies show noise harms sleep.', 'Which studies?'),
    passageNote('n2', 'critics say', 'Who?'),
    passageNote('n3', '"Nobody beats it,"', 'Anonymous praise'),
    passageNote('n4', 'Prices went up', 'Since when?'),
  ];
  const anchors: Record<string, NoteAnchorStatus> = { n1: 'anchored', n2: 'moved', n3: 'changed', n4: 'orphaned' };

  it('marks moved and changed notes, and lists orphans apart', async () => {
    const client = clientWith({ notes }, anchors);
    const { container } = await mount(<Popup client={client} />);
    expect(client.noteAnchors).toHaveBeenCalled();
    const items = [...container.querySelectorAll('.notes > .note-list > li')];
    const markOf = (body: string) => text(items.find((li) => text(li).includes(body))!.querySelector('.anchor-mark'));
    expect(items).toHaveLength(3);
    expect(markOf('Which studies?')).toBe('');
    expect(markOf('Who?')).toBe('Moved');
    expect(markOf('Anonymous praise')).toBe('Changed - the passage was edited');
    const orphans = container.querySelector('.orphans');
    expect(text(orphans?.querySelector('h3') ?? null)).toBe("Couldn't find these passages on the page");
    expect(orphans?.querySelectorAll('li')).toHaveLength(1);
    expect(text(orphans)).toContain('Since when?');
  });

  it('"Re-attach to selection" saves the selected passage on the orphan, then redraws', async () => {
    const selection = selectionOf('Buy the Sony WH-1000 at Amazon.');
    const client = clientWith({ notes, selection }, anchors);
    const { container } = await mount(<Popup client={client} />);
    await click(button(container.querySelector('.orphans')!, 'Re-attach to selection'));
    const saved = client.background.saveNote.mock.calls[0][0].note;
    expect(saved).toMatchObject({
      id: 'n4',
      body: 'Since when?',
      selectors: selection.selectors,
      quote: selection.text,
    });
    expect(client.tab.refreshAnnotations).not.toHaveBeenCalled();
    expect(client.noteAnchors.mock.calls.length).toBeGreaterThan(1); // asked again after redrawing
  });

  it('Re-attach with nothing selected saves nothing and says what to do', async () => {
    const client = clientWith({ notes, selection: null }, anchors);
    const { container } = await mount(<Popup client={client} />);
    await click(button(container.querySelector('.orphans')!, 'Re-attach to selection'));
    expect(client.background.saveNote).not.toHaveBeenCalled();
    expect(text(container)).toContain('Select the passage in the page first');
  });

  it('deletes an orphan', async () => {
    const client = clientWith({ notes }, anchors);
    const { container } = await mount(<Popup client={client} />);
    await click(button(container.querySelector('.orphans')!, 'Delete'));
    expect(client.background.deleteNote).toHaveBeenCalledWith({ id: 'n4' });
    expect(container.querySelector('.orphans')).toBeNull();
  });

  it('without anchor statuses (an older content script) shows every note unmarked in the list', async () => {
    const client = fakeClient({ notes });
    const { container } = await mount(<Popup client={client} />);
    expect(container.querySelectorAll('.notes > .note-list > li')).toHaveLength(4);
    expect(container.querySelector('.anchor-mark, .orphans')).toBeNull();
  });
});

describe('assessing a flag', () => {
  it('"Assess" opens a comment editor and saves a note with the flag id, its selectors and the comment', async () => {
    const client = clientWith({}, {});
    const { container } = await mount(<Popup client={client} />);
    const flag = defaultFlags()[0];
    const item = [...container.querySelectorAll('li.flag')].find((li) => text(li).includes('Studies show'))!;
    await click(button(item, 'Assess'));
    const editor = item.querySelector('.assess-editor');
    expect(editor).not.toBeNull();
    await type(editor!.querySelector('textarea'), '  The study exists: Smith 2021.  ');
    await submit(editor);
    expect(client.background.saveNote.mock.calls[0][0].note).toMatchObject({
      flagId: flag.id,
      selectors: flag.target.selector,
      quote: 'Studies show noise harms sleep.',
      body: 'The study exists: Smith 2021.',
      canonicalUrl: IDENTITY.canonicalUrl,
      pageUrl: IDENTITY.url,
    });
    expect(item.querySelector('.assess-editor')).toBeNull();
    expect(text(container.querySelector('.notes'))).toContain('The study exists: Smith 2021.');
    expect(client.tab.refreshAnnotations).not.toHaveBeenCalled();
  });

  it('keeps the comment and shows the error when saving fails; Cancel closes it', async () => {
    const client = clientWith({ saveNote: async () => Promise.reject(new Error('disk full')) }, {});
    const { container } = await mount(<Popup client={client} />);
    const item = container.querySelector('li.flag')!;
    await click(button(item, 'Assess'));
    await type(item.querySelector('.assess-editor textarea'), 'Fine');
    await submit(item.querySelector('.assess-editor'));
    expect(text(item.querySelector('[role="alert"]'))).toContain('disk full');
    expect((item.querySelector('.assess-editor textarea') as HTMLTextAreaElement).value).toBe('Fine');
    await click(button(item, 'Cancel'));
    expect(item.querySelector('.assess-editor')).toBeNull();
  });
});

describe('loading the notes', () => {
  const notes = [passageNote('n1', 'Studies show noise harms sleep.', 'Which studies?')];

  it('asks for the notes under the key the background knows, once, before the page says who it is', async () => {
    const client = clientWith({ notes }, { n1: 'anchored' });
    client.background.getTabState.mockImplementation(async () => ({
      tabId: 7,
      url: IDENTITY.url,
      canonicalUrl: IDENTITY.canonicalUrl,
      status: { state: 'analysing' },
    }));
    let answer: (identity: typeof IDENTITY) => void = () => undefined;
    client.tab.pageIdentity.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const { container } = await mount(<Popup client={client} />);
    // The page has not answered yet, and the notes are already on their way.
    expect(client.background.listNotes).toHaveBeenCalledWith({ canonicalUrl: IDENTITY.canonicalUrl });
    answer(IDENTITY);
    await settle();
    expect(client.background.listNotes).toHaveBeenCalledTimes(1);
    expect(text(container.querySelector('.notes'))).toContain('Which studies?');
  });

  it("asks again under the page's own key when the background's differs", async () => {
    const client = clientWith({ notes }, { n1: 'anchored' });
    client.background.getTabState.mockImplementation(async () => ({
      tabId: 7,
      url: IDENTITY.url,
      canonicalUrl: 'https://elsewhere.example/old-key',
      status: { state: 'analysing' },
    }));
    await mount(<Popup client={client} />);
    expect(client.background.listNotes).toHaveBeenCalledWith({ canonicalUrl: 'https://elsewhere.example/old-key' });
    expect(client.background.listNotes).toHaveBeenLastCalledWith({ canonicalUrl: IDENTITY.canonicalUrl });
  });
});
