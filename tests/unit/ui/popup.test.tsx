import { afterEach, describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../lib/core/detectors/registry';
import { Popup } from '../../../components/Popup';
import { kindTitle } from '../../../lib/ui/labels';
import type { PageStatus } from '../../../lib/model';
import { button, cleanup, click, key, mount, settle, submit, type, unnamedControls } from './render';
import { IDENTITY, defaultFlags, fakeClient, makeNote, makeReport, selectionOf } from './fixtures';

afterEach(cleanup);

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('Popup states', () => {
  it('asks the background for its own tab', async () => {
    const client = fakeClient();
    await mount(<Popup client={client} />);
    expect(client.background.getTabState).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('shows the article: title, byline, formatted date, site and counts per kind, pluralised by count', async () => {
    const { container } = await mount(<Popup client={fakeClient()} />);
    expect(text(container.querySelector('h1')!)).toBe('The best headphones of 2025');
    const meta = text(container.querySelector('.article-meta')!);
    expect(meta).toContain('Sam Writer');
    expect(meta).toContain('Example News');
    expect(meta).toContain('2025');
    expect(meta).not.toContain('T10:00'); // formatted, not the raw ISO string
    const counts = [...container.querySelectorAll('.kind-count')].map(text);
    expect(counts).toContain('2 affiliate links');
    expect(counts).toContain('1 unsourced quote');
  });

  it('says the date once when the byline already carries it', async () => {
    const report = makeReport();
    const date = new Date(report.article.publishedTime!).toLocaleDateString(undefined, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    report.article.byline = `By Sam Writer, ${date}`;
    const { container } = await mount(
      <Popup client={fakeClient({ states: [{ state: 'done', report }] })} pollMs={60_000} />,
    );
    const meta = text(container.querySelector('.article-meta')!);
    expect(meta.split(date)).toHaveLength(2);
    expect(meta).toContain('Example News');
  });

  it('says when the passages could not be marked in the page, and still lists them', async () => {
    const report = makeReport();
    const status: PageStatus = { state: 'done', report, drawProblem: 'the page did not take the highlight styles' };
    const { container } = await mount(<Popup client={fakeClient({ states: [status] })} pollMs={60_000} />);
    expect(text(container.querySelector('.draw-problem')!)).toMatch(
      /couldn't mark these passages in the page \(the page did not take the highlight styles\)/,
    );
    expect(container.querySelectorAll('.flag').length).toBeGreaterThan(0);
  });

  it('says nothing about marking when the drawing worked', async () => {
    const { container } = await mount(<Popup client={fakeClient()} />);
    expect(container.querySelector('.draw-problem')).toBeNull();
  });

  const cases: [string, PageStatus, RegExp][] = [
    ['analysing', { state: 'analysing' }, /Analysing/],
    ['idle', { state: 'idle' }, /Automatic analysis is off/],
    ['not-article', { state: 'not-article' }, /doesn't look like an article; Footnote left it alone/],
    ['quiet', { state: 'quiet' }, /stays quiet on news\.example\.com/],
    ['error', { state: 'error', message: 'Readability threw' }, /The analysis failed: Readability threw/],
  ];
  it.each(cases)('renders the %s state', async (_name, status, expected) => {
    const { container } = await mount(<Popup client={fakeClient({ states: [status] })} pollMs={60_000} />);
    expect(text(container)).toMatch(expected);
    expect(container.querySelector('.flag')).toBeNull();
  });

  it('says when no content script answers for the tab, and shows no notes', async () => {
    const { container } = await mount(<Popup client={fakeClient({ noContentScript: true })} />);
    expect(text(container)).toMatch(/can't read this page/);
    expect(container.querySelector('.notes')).toBeNull();
  });

  it('shows the empty state when the report has no flags', async () => {
    const client = fakeClient({ states: [{ state: 'done', report: makeReport([]) }] });
    const { container } = await mount(<Popup client={client} />);
    expect(text(container)).toContain('No flags on this page');
  });

  it('"Analyse anyway" asks the content script, then polls until the report arrives', async () => {
    const client = fakeClient({
      states: [{ state: 'not-article' }, { state: 'analysing' }, { state: 'done', report: makeReport() }],
    });
    const { container } = await mount(<Popup client={client} pollMs={1} />);
    await click(button(container, 'Analyse anyway'));
    expect(client.tab.analyseNow).toHaveBeenCalledTimes(1);
    await settle(20);
    expect(container.querySelectorAll('.flag').length).toBe(defaultFlags().length);
  });

  it('"Analyse this page" appears when automatic analysis is off and calls analyseNow', async () => {
    const client = fakeClient({ states: [{ state: 'idle' }] });
    const { container } = await mount(<Popup client={client} pollMs={60_000} />);
    await click(button(container, 'Analyse this page'));
    expect(client.tab.analyseNow).toHaveBeenCalledWith({});
    expect(text(container)).toMatch(/Analysing/);
  });
});

describe('Popup flags', () => {
  it('groups flags by kind in registry order', async () => {
    const { container } = await mount(<Popup client={fakeClient()} />);
    const headings = [...container.querySelectorAll('.flag-group h3')].map((h) => text(h).replace(/\s*\(\d+\)$/, ''));
    const kinds = new Set(defaultFlags().map((f) => f.kind));
    const expected = DETECTORS.filter((d) => kinds.has(d.id)).map((d) => kindTitle(d.id));
    expect(headings).toEqual(expected);
    const affiliateGroup = [...container.querySelectorAll('.flag-group')].find(
      (g) => g.querySelector('h3')?.id === 'group-affiliate-link',
    )!;
    expect(affiliateGroup.querySelectorAll('li.flag').length).toBe(2);
  });

  it("shows the passage, the reason, and a quote's speaker and attribution", async () => {
    const { container } = await mount(<Popup client={fakeClient()} />);
    const quoteFlag = [...container.querySelectorAll('li.flag')].find((li) => text(li).includes('Nobody beats it'))!;
    expect(text(quoteFlag)).toContain('This quote is not attributed to a named person.');
    expect(text(quoteFlag)).toMatch(/Speaker: not named · anonymous source/);
    const linkFlag = [...container.querySelectorAll('li.flag')].find((li) => text(li).includes('Sony WH-1000'))!;
    expect(linkFlag.querySelector('.flag-quote-facts')).toBeNull();
  });

  it('reveals a flag on click and on Enter, passing its selectors', async () => {
    const client = fakeClient();
    const { container } = await mount(<Popup client={client} />);
    const first = container.querySelector('.flag-body')!;
    await key(first, 'Enter');
    expect(client.tab.revealPassage).toHaveBeenCalledTimes(1);
    const selectors = client.tab.revealPassage.mock.calls[0][0].selectors;
    expect(selectors.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({ exact: 'Sony WH-1000 at Amazon' });
    await key(first, ' ');
    await click(container.querySelectorAll('.flag-body')[1]);
    expect(client.tab.revealPassage).toHaveBeenCalledTimes(3);
    await key(first, 'a');
    expect(client.tab.revealPassage).toHaveBeenCalledTimes(3);
  });

  it('says so when the passage is gone from the page', async () => {
    const client = fakeClient();
    client.tab.revealPassage.mockResolvedValueOnce(false);
    const { container } = await mount(<Popup client={client} />);
    await click(container.querySelector('.flag-body'));
    expect(text(container.querySelector('[role="status"]')!)).toMatch(/isn't on the page any more/);
  });

  it('"Not an issue" dismisses for this page, Undo restores it', async () => {
    const client = fakeClient();
    const { container } = await mount(<Popup client={client} />);
    const before = container.querySelectorAll('li.flag').length;
    const target = [...container.querySelectorAll('li.flag')].find((li) => text(li).includes('critics say'))!;
    await click(button(target, 'Not an issue'));
    const id = defaultFlags().find((f) => f.kind === 'vague-attribution')!.id;
    expect(client.background.setDismissed).toHaveBeenCalledWith({
      canonicalUrl: IDENTITY.canonicalUrl,
      flagId: id,
      dismissed: true,
    });
    expect(client.tab.refreshAnnotations).not.toHaveBeenCalled();
    expect(container.querySelectorAll('li.flag').length).toBe(before - 1);
    expect(text(container)).toContain('Dismissed (1)');
    const undo = button(container.querySelector('[role="status"]')!, 'Undo');
    expect(document.activeElement).toBe(undo); // focus does not fall off the page with the removed flag
    await click(undo);
    expect(client.background.setDismissed).toHaveBeenLastCalledWith({
      canonicalUrl: IDENTITY.canonicalUrl,
      flagId: id,
      dismissed: false,
    });
    expect(container.querySelectorAll('li.flag').length).toBe(before);
    expect(text(container)).not.toContain('Dismissed (');
  });

  it('remembers dismissals: dismissed flags start in the "Dismissed" section and can be restored', async () => {
    const dismissedFlag = defaultFlags()[0];
    const client = fakeClient({ dismissed: [dismissedFlag.id] });
    const { container } = await mount(<Popup client={client} />);
    expect(client.background.listDismissed).toHaveBeenCalledWith({ canonicalUrl: IDENTITY.canonicalUrl });
    expect(container.querySelectorAll('li.flag').length).toBe(defaultFlags().length - 1);
    const toggle = button(container, 'Dismissed (1)')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    await click(button(container, /^Restore/));
    expect(client.background.setDismissed).toHaveBeenCalledWith({
      canonicalUrl: IDENTITY.canonicalUrl,
      flagId: dismissedFlag.id,
      dismissed: false,
    });
    expect(container.querySelectorAll('li.flag').length).toBe(defaultFlags().length);
  });

  it('keeps the flag when the dismissal cannot be saved, and says why', async () => {
    const client = fakeClient();
    client.background.setDismissed.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const { container } = await mount(<Popup client={client} />);
    const before = container.querySelectorAll('li.flag').length;
    await click(button(container.querySelector('li.flag')!, 'Not an issue'));
    expect(container.querySelectorAll('li.flag').length).toBe(before);
    expect(text(container.querySelector('[role="status"]')!)).toContain('QuotaExceededError');
  });
});

describe('Popup notes', () => {
  it('lists the notes of this page by canonical URL, with the empty state when there are none', async () => {
    const client = fakeClient();
    const { container } = await mount(<Popup client={client} />);
    expect(client.background.listNotes).toHaveBeenCalledWith({ canonicalUrl: IDENTITY.canonicalUrl });
    expect(text(container)).toContain('No notes yet - select text in the page and click Add note');
  });

  it('attaches a note made while text is selected to that passage, and redraws highlights', async () => {
    const selection = selectionOf('Studies show noise harms sleep.');
    const client = fakeClient({ selection });
    const { container } = await mount(<Popup client={client} />);
    await click(button(container, 'Add note'));
    expect(client.tab.describeSelection).toHaveBeenCalled();
    expect(text(container.querySelector('.note-editor blockquote')!)).toBe('Studies show noise harms sleep.');
    await type(container.querySelector('.note-editor textarea'), 'Which studies?');
    await type(container.querySelector('.note-editor input[type="text"]'), 'sources, sleep, sources');
    await click(container.querySelector('.note-editor input[value="blue"]'));
    await submit(container.querySelector('.note-editor'));
    const draft = client.background.saveNote.mock.calls[0][0].note;
    expect(draft).toMatchObject({
      canonicalUrl: IDENTITY.canonicalUrl,
      pageUrl: IDENTITY.url,
      selectors: selection.selectors,
      quote: 'Studies show noise harms sleep.',
      body: 'Which studies?',
      tags: ['sources', 'sleep'],
      colour: 'blue',
    });
    expect(client.tab.refreshAnnotations).not.toHaveBeenCalled();
    expect(container.querySelector('.note-editor')).toBeNull();
    expect(text(container.querySelector('.note-list')!)).toContain('Which studies?');
  });

  it('makes a page note when nothing is selected', async () => {
    const client = fakeClient({ selection: null });
    const { container } = await mount(<Popup client={client} />);
    await click(button(container, 'Add note'));
    await type(container.querySelector('.note-editor textarea'), 'Overall: an ad.');
    await submit(container.querySelector('.note-editor'));
    expect(client.background.saveNote.mock.calls[0][0].note).toMatchObject({
      selectors: [],
      quote: '',
      body: 'Overall: an ad.',
    });
  });

  it('a failing save keeps the draft and shows the error', async () => {
    const client = fakeClient({ saveNote: () => Promise.reject(new Error('IndexedDB is full')) });
    const { container } = await mount(<Popup client={client} />);
    await click(button(container, 'Add note'));
    await type(container.querySelector('.note-editor textarea'), 'Keep me');
    await submit(container.querySelector('.note-editor'));
    expect(text(container.querySelector('.note-editor [role="alert"]')!)).toContain('IndexedDB is full');
    expect((container.querySelector('.note-editor textarea') as HTMLTextAreaElement).value).toBe('Keep me');
  });

  it('edits a note in place, and Escape cancels an edit without saving', async () => {
    const client = fakeClient({ notes: [makeNote()] });
    const { container } = await mount(<Popup client={client} />);
    await click(button(container, /^Edit note/));
    const textarea = container.querySelector('.note-editor textarea') as HTMLTextAreaElement;
    expect(textarea.value).toBe('Check the price history.');
    expect(document.activeElement).toBe(textarea);
    await type(textarea, 'Changed my mind');
    await key(textarea, 'Escape');
    expect(container.querySelector('.note-editor')).toBeNull();
    expect(client.background.saveNote).not.toHaveBeenCalled();
    expect(text(container.querySelector('.note-list')!)).toContain('Check the price history.');

    await click(button(container, /^Edit note/));
    await type(container.querySelector('.note-editor textarea'), 'Price doubled since May.');
    await submit(container.querySelector('.note-editor'));
    const draft = client.background.saveNote.mock.calls[0][0].note;
    expect(draft).toMatchObject({
      id: 'note-1',
      body: 'Price doubled since May.',
      tags: ['shopping'],
      colour: 'green',
    });
    expect(draft).not.toHaveProperty('created');
    expect(text(container.querySelector('.note-list')!)).toContain('Price doubled since May.');
  });

  it('deletes a note, and Undo saves it back under its id', async () => {
    const client = fakeClient({ notes: [makeNote()] });
    const { container } = await mount(<Popup client={client} />);
    await click(button(container, /^Delete note/));
    expect(client.background.deleteNote).toHaveBeenCalledWith({ id: 'note-1' });
    expect(container.querySelector('.note-list li.note')).toBeNull();
    await click(button(container.querySelector('[role="status"]')!, 'Undo'));
    expect(client.background.saveNote.mock.calls[0][0].note).toMatchObject({
      id: 'note-1',
      body: 'Check the price history.',
    });
    expect(text(container.querySelector('.note-list')!)).toContain('Check the price history.');
  });
});

describe('Popup accessibility', () => {
  it('names every control, uses lists and headings, and has a live status region', async () => {
    const client = fakeClient({
      notes: [makeNote({ quote: 'critics say', selectors: selectionOf('critics say').selectors })],
      dismissed: [defaultFlags()[0].id],
    });
    const { container } = await mount(<Popup client={client} />);
    await click(button(container, 'Dismissed (1)'));
    await click(button(container, 'Add note'));
    expect(unnamedControls(container)).toEqual([]);
    expect(container.querySelectorAll('ul[role="list"]').length).toBeGreaterThanOrEqual(3);
    expect(container.querySelector('h1')).not.toBeNull();
    expect(container.querySelectorAll('h2').length).toBeGreaterThanOrEqual(2);
    expect(container.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
    // One Tab stop for the whole flag list (roving focus): the first passage, the others reached by arrow keys.
    const bodies = [...container.querySelectorAll('.flag-body')];
    expect(bodies.map((b) => b.getAttribute('tabindex'))).toEqual(['0', ...bodies.slice(1).map(() => '-1')]);
    for (const item of bodies) expect(item.getAttribute('role')).toBe('button');
  });
});
