/** The page the popup is about, as the content script names it (for notes and dismissals). */
import type { ResultOf, ContentApi } from '../messaging/protocol';

export type PageIdentity = ResultOf<ContentApi, 'pageIdentity'>;
