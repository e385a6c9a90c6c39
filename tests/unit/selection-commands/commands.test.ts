/**
 * Annotating from the context menu and keyboard shortcuts (lib/selection-commands/commands.ts) with a fake tab, fake
 * storage and a fake `browser`: what is saved, what the tab is asked, when the popup opens or a toast shows.
 */
import { describe, expect, it, vi } from 'vitest';
import { describeTextRange } from '../../../lib/core/anchoring/selectors';
import {
  annotateSelection,
  COMMAND_HIGHLIGHT,
  COMMAND_NOTE,
  MENU_HIGHLIGHT,
  MENU_NOTE,
  modeFor,
  NOTE_TOAST,
  NOTHING_SELECTED_TOAST,
  popupOpener,
  registerAnnotationEntryPoints,
  type AnnotateDeps,
  type EntryPointApis,
} from '../../../lib/selection-commands/commands';
import type { Note, NoteDraft } from '../../../lib/model';

const TEXT = 'A quiet town. The bridge was closed for repairs in May. Nobody was told why.';
const PASSAGE = 'The bridge was closed for repairs in May.';
const SELECTION = {
  selectors: describeTextRange(TEXT, TEXT.indexOf(PASSAGE), TEXT.indexOf(PASSAGE) + PASSAGE.length),
  text: PASSAGE,
};
const IDENTITY = { url: 'https://news.example/a?utm_source=x', canonicalUrl: 'https://news.example/a', title: 'A' };

/** A tab whose content script answers from `selection`, and a store that keeps what is saved. */
function fakes(selection: typeof SELECTION | null, openPopup?: () => Promise<unknown>) {
  const calls: [number, string, unknown][] = [];
  const saved: Note[] = [];
  const deps: AnnotateDeps = {
    callTab: (async (tabId: number, method: string, params: unknown) => {
      calls.push([tabId, method, params]);
      if (method === 'describeSelection') return selection;
      if (method === 'pageIdentity') return IDENTITY;
      return null;
    }) as AnnotateDeps['callTab'],
    saveNote: async (draft: NoteDraft) => {
      const note = { ...draft, id: `n${saved.length + 1}`, created: 1, updated: 1 };
      saved.push(note);
      return note;
    },
    openPopup,
  };
  return { deps, calls, saved, methods: () => calls.map(([, m]) => m) };
}

describe('annotateSelection', () => {
  it('saves the selection as a highlight keyed by the canonical URL, then redraws the tab', async () => {
    const { deps, saved, calls, methods } = fakes(SELECTION);
    const note = await annotateSelection(deps, 4, 'highlight', 'green');
    expect(saved).toHaveLength(1);
    expect(note).toEqual(saved[0]);
    expect(saved[0]).toMatchObject({
      canonicalUrl: IDENTITY.canonicalUrl,
      pageUrl: IDENTITY.url,
      title: 'A',
      selectors: SELECTION.selectors,
      quote: PASSAGE,
      body: '',
      colour: 'green',
    });
    expect(calls.every(([tab]) => tab === 4)).toBe(true);
    // The background's save pushes the new note to the tab: the command itself does not ask the tab to redraw.
    expect(methods()).not.toContain('refreshAnnotations');
    expect(methods()).not.toContain('showToast');
  });

  it('highlights in yellow unless told otherwise', async () => {
    const { deps, saved } = fakes(SELECTION);
    await annotateSelection(deps, 1, 'highlight');
    expect(saved[0].colour).toBe('yellow');
  });

  it('with nothing selected saves nothing and says so in the page', async () => {
    const { deps, saved, calls } = fakes(null);
    expect(await annotateSelection(deps, 2, 'note')).toBeNull();
    expect(saved).toHaveLength(0);
    expect(calls).toContainEqual([2, 'showToast', { text: NOTHING_SELECTED_TOAST }]);
  });

  it('"note" opens the popup after saving where the browser allows it', async () => {
    const openPopup = vi.fn(async () => undefined);
    const { deps, saved, methods } = fakes(SELECTION, openPopup);
    await annotateSelection(deps, 3, 'note');
    expect(saved).toHaveLength(1);
    expect(openPopup).toHaveBeenCalledOnce();
    expect(methods()).not.toContain('showToast');
  });

  it('"note" falls back to a toast when the popup cannot open, or the browser has no openPopup', async () => {
    for (const openPopup of [async () => Promise.reject(new Error('no window')), undefined]) {
      const { deps, calls } = fakes(SELECTION, openPopup);
      await annotateSelection(deps, 3, 'note');
      expect(calls).toContainEqual([3, 'showToast', { text: NOTE_TOAST }]);
    }
  });
});

describe('registerAnnotationEntryPoints', () => {
  function fakeBrowser() {
    const listeners: Record<string, (...args: never[]) => void> = {};
    const created: { id: string; title: string; contexts: string[] }[] = [];
    const apis: EntryPointApis = {
      contextMenus: {
        create: (props) => created.push(props),
        removeAll: async () => void created.splice(0),
        onClicked: { addListener: (l) => void (listeners.menu = l) },
      },
      commands: { onCommand: { addListener: (l) => void (listeners.command = l) } },
      runtime: { onInstalled: { addListener: (l) => void (listeners.installed = l) } },
      tabs: { query: async () => [{ id: 9 }] },
    };
    return { apis, listeners, created };
  }
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('creates both selection menu items on install, and runs the right mode for menus and commands', async () => {
    const { apis, listeners, created } = fakeBrowser();
    const run = vi.fn(async () => undefined);
    registerAnnotationEntryPoints(apis, run);
    (listeners.installed as () => void)();
    await flush();
    expect(created.map(({ id, title, contexts }) => [id, title, contexts])).toEqual([
      [MENU_HIGHLIGHT, 'Highlight with Footnote', ['selection']],
      [MENU_NOTE, 'Add a note with Footnote', ['selection']],
    ]);
    (listeners.menu as (info: { menuItemId: string }, tab: { id: number }) => void)(
      { menuItemId: MENU_NOTE },
      { id: 5 },
    );
    const command = listeners.command as (name: string, tab?: { id: number }) => void;
    command(COMMAND_HIGHLIGHT, { id: 6 });
    command(COMMAND_NOTE); // no tab given: the active one
    command('something-else', { id: 7 });
    await flush();
    expect(run.mock.calls).toEqual([
      [5, 'note'],
      [6, 'highlight'],
      [9, 'note'],
    ]);
  });

  it('reports a failing run instead of throwing', async () => {
    const { apis, listeners } = fakeBrowser();
    const onError = vi.fn();
    registerAnnotationEntryPoints(apis, async () => Promise.reject(new Error('tab gone')), onError);
    (listeners.menu as (info: { menuItemId: string }, tab: { id: number }) => void)(
      { menuItemId: MENU_HIGHLIGHT },
      { id: 1 },
    );
    await flush();
    expect(onError).toHaveBeenCalledWith(new Error('tab gone'));
  });

  it('knows only its own ids', () => {
    expect([MENU_HIGHLIGHT, MENU_NOTE, COMMAND_HIGHLIGHT, COMMAND_NOTE, 'other'].map(modeFor)).toEqual([
      'highlight',
      'note',
      'highlight',
      'note',
      null,
    ]);
  });

  it('finds openPopup on action (MV3) or browserAction (MV2), or nothing', async () => {
    const open = vi.fn(async () => 'opened');
    expect(popupOpener({})).toBeUndefined();
    expect(popupOpener({ action: {} })).toBeUndefined();
    await popupOpener({ browserAction: { openPopup: open } })!();
    await popupOpener({ action: { openPopup: open } })!();
    expect(open).toHaveBeenCalledTimes(2);
  });
});
