/**
 * Annotating from the page without the popup (the background's part): the context menu items on a selection and
 * the keyboard shortcuts (manifest `commands`) turn the tab's selection into a highlight note, then redraw the
 * tab; "note" also opens the popup to write on it, or, where the popup cannot be opened from here, says so in a
 * toast in the page. The browser APIs and storage come in as parameters, so the tests run it with fakes.
 */
import type { HighlightColour, Note, NoteDraft } from '../model';
import type { AnnotateMode, ContentApi, ParamsOf, ResultOf } from '../messaging/protocol';

export const MENU_HIGHLIGHT = 'footnote-highlight';
export const MENU_NOTE = 'footnote-note';
/** Command names as declared in the manifest (wxt.config.ts); the reader may rebind their keys. */
export const COMMAND_HIGHLIGHT = 'highlight-selection';
export const COMMAND_NOTE = 'note-on-selection';

export const NOTE_TOAST = 'Highlighted - open Footnote to add your note';
export const NOTHING_SELECTED_TOAST = 'Select some text in the page first, then try again.';

/** The default colour of highlights made without the popup (the first of HIGHLIGHT_COLOURS). */
const DEFAULT_COLOUR: HighlightColour = 'yellow';

export type TabCaller = <M extends keyof ContentApi & string>(
  tabId: number,
  method: M,
  params: ParamsOf<ContentApi, M>,
) => Promise<ResultOf<ContentApi, M>>;

export interface AnnotateDeps {
  callTab: TabCaller;
  saveNote: (note: NoteDraft) => Promise<Note>;
  /** Opens the toolbar popup; absent or rejecting where the browser does not allow it. */
  openPopup?: () => Promise<unknown>;
}

/** Saves the tab's selection as a highlight; null (and a hint in the page) when nothing is selected. */
export async function annotateSelection(
  deps: AnnotateDeps,
  tabId: number,
  mode: AnnotateMode,
  colour: HighlightColour = DEFAULT_COLOUR,
): Promise<Note | null> {
  const [selection, page] = await Promise.all([
    deps.callTab(tabId, 'describeSelection', {}),
    deps.callTab(tabId, 'pageIdentity', {}),
  ]);
  if (!selection) {
    await toast(deps, tabId, NOTHING_SELECTED_TOAST);
    return null;
  }
  const saved = await deps.saveNote({
    pageUrl: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    selectors: selection.selectors,
    quote: selection.text,
    body: '',
    tags: [],
    colour,
  });
  if (mode === 'note') {
    let opened = false;
    if (deps.openPopup) {
      // Chrome lets only some contexts open the popup (a user gesture, a focused window): try, then fall back.
      opened = await deps.openPopup().then(
        () => true,
        () => false,
      );
    }
    if (!opened) await toast(deps, tabId, NOTE_TOAST);
  }
  return saved;
}

async function toast(deps: AnnotateDeps, tabId: number, text: string): Promise<void> {
  await deps.callTab(tabId, 'showToast', { text }).catch(() => undefined);
}

/** The parts of `browser` the entry points use (structural, so tests pass a fake). */
export interface EntryPointApis {
  contextMenus?: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    removeAll(): Promise<void> | void;
    onClicked: {
      addListener(listener: (info: { menuItemId: string | number }, tab?: { id?: number }) => void): void;
    };
  };
  commands?: {
    onCommand: { addListener(listener: (command: string, tab?: { id?: number }) => void): void };
  };
  runtime: { onInstalled: { addListener(listener: () => void): void } };
  tabs: { query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
}

/** Which annotation a menu item or command id asks for, or null for ids that are not ours. */
export function modeFor(id: string | number): AnnotateMode | null {
  if (id === MENU_HIGHLIGHT || id === COMMAND_HIGHLIGHT) return 'highlight';
  if (id === MENU_NOTE || id === COMMAND_NOTE) return 'note';
  return null;
}

/**
 * Registers the context menu items (once per install/update: menus persist across service worker restarts) and
 * the listeners (at every start, synchronously, as MV3 service workers must). Failures never escape: they are
 * reported through `onError`.
 */
export function registerAnnotationEntryPoints(
  apis: EntryPointApis,
  run: (tabId: number, mode: AnnotateMode) => Promise<unknown>,
  onError: (error: unknown) => void = () => undefined,
): void {
  const menus = apis.contextMenus;
  if (menus) {
    apis.runtime.onInstalled.addListener(() => {
      void (async () => {
        await menus.removeAll();
        menus.create({ id: MENU_HIGHLIGHT, title: 'Highlight with Footnote', contexts: ['selection'] });
        menus.create({ id: MENU_NOTE, title: 'Add a note with Footnote', contexts: ['selection'] });
      })().catch(onError);
    });
    menus.onClicked.addListener((info, tab) => {
      const mode = modeFor(info.menuItemId);
      if (mode && tab?.id !== undefined) run(tab.id, mode).catch(onError);
    });
  }
  apis.commands?.onCommand.addListener((command, tab) => {
    const mode = modeFor(command);
    if (!mode) return;
    // Older browsers give no tab with the command: the active tab of the current window is the one meant.
    const tabId =
      tab?.id !== undefined
        ? Promise.resolve(tab.id)
        : apis.tabs.query({ active: true, currentWindow: true }).then(([t]) => t?.id);
    tabId.then((id) => (id === undefined ? undefined : run(id, mode))).catch(onError);
  });
}

type PopupAction = { openPopup?: () => Promise<unknown> };

/** `action.openPopup` (MV3) or `browserAction.openPopup` (Firefox MV2) where the browser has one. */
export function popupOpener(api: { action?: PopupAction; browserAction?: PopupAction }): AnnotateDeps['openPopup'] {
  const action = api.action?.openPopup ? api.action : api.browserAction;
  return action?.openPopup ? () => action.openPopup!() : undefined;
}
