/**
 * The transport the popup and options page are given, as plain async functions: the entrypoints wire the real
 * messaging (lib/messaging/call.ts) and the tests a fake. Components never talk to `browser.*` themselves.
 */
import type { BackgroundApi, ContentApi, Method, ParamsOf, ResultOf } from '../messaging/protocol';
import type { Settings } from '../settings/settings';

/** Every method of an API as an async function of its params. */
export type AsyncApi<Api> = { [M in Method<Api>]: (params: ParamsOf<Api, M>) => Promise<ResultOf<Api, M>> };

/** What the popup needs: the background's methods, and the content script of the one tab it is about. */
export interface PopupClient {
  tabId: number;
  background: Pick<
    AsyncApi<BackgroundApi>,
    'getTabState' | 'listNotes' | 'saveNote' | 'deleteNote' | 'listDismissed' | 'setDismissed'
  >;
  /**
   * The methods of the tab's content script the popup calls (named, so methods added for others do not reach the
   * popup's fakes); `noteAnchors` is optional (tests and older content scripts may lack it).
   */
  tab: Pick<
    AsyncApi<ContentApi>,
    'revealPassage' | 'describeSelection' | 'analyseNow' | 'refreshAnnotations' | 'pageIdentity'
  > &
    Partial<Pick<AsyncApi<ContentApi>, 'noteAnchors'>>;
  /** Opens the options page (absent in tests and harnesses). */
  openOptions?: () => void;
  /** Opens the library of every annotation (absent in tests and harnesses). */
  openLibrary?: () => void;
}

/** Where the options page reads and writes settings (the settings item from lib/settings/). */
export interface SettingsClient {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}
