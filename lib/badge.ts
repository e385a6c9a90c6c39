/**
 * The toolbar badge of a tab: how many flagged passages the page has (findings on the same words count once,
 * dismissed ones left out), coloured by the most serious.
 * Nothing on a page that was not analysed. `badgeFor` decides, `showBadge` draws (background only).
 */
import { browser } from 'wxt/browser';
import { DETECTOR_IDS } from './core/detectors/catalog';
import { groupByPassage } from './core/passages';
import { SEVERITY_RANK, type Severity } from './core/report';
import { countKind, countPassagesText } from './ui/labels';
import type { PageStatus } from './model';

export interface Badge {
  text: string;
  color: string;
  /** The tooltip, in words. */
  title: string;
}

/** Dark enough for the badge's white text in light and dark toolbars. */
export const BADGE_COLOURS: Record<Severity, string> = { warning: '#B3261E', caution: '#9A5B00', info: '#1F5FAD' };
const NO_FLAGS_COLOUR = '#3B7A3B';
const TOO_LARGE_COLOUR = '#5F6368';

/** The badge for a page's status; null = no badge (not analysed, analysing, left alone, failed). Too large: a dash. */
export function badgeFor(
  status: PageStatus | null | undefined,
  dismissed: ReadonlySet<string> = new Set(),
): Badge | null {
  if (!status) return null;
  // Declined for its size: a quiet grey dash, and the reason in the tooltip, so "analysing" never lingers.
  if (status.state === 'too-large') return { text: '–', color: TOO_LARGE_COLOUR, title: `Footnote: ${status.reason}` };
  if (status.state !== 'done') return null;
  const passages = groupByPassage(status.report.flags.filter((flag) => !dismissed.has(flag.id)));
  const count = passages.length;
  let worst: Severity | null = null;
  const byKind = new Map<string, number>();
  for (const passage of passages) {
    if (!worst || SEVERITY_RANK[passage.severity] > SEVERITY_RANK[worst]) worst = passage.severity;
    byKind.set(passage.lead.kind, (byKind.get(passage.lead.kind) ?? 0) + 1);
  }
  const rank = (kind: string) => (DETECTOR_IDS as readonly string[]).indexOf(kind) >>> 0; // unknown kinds last
  const kinds = [...byKind]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([kind, n]) => countKind(kind, n))
    .join(', ');
  // Analysed, nothing to say: no number (a "0" on every clean article would be noise), only the tooltip.
  if (!worst) return { text: '', color: NO_FLAGS_COLOUR, title: 'Footnote: nothing flagged on this page' };
  return {
    text: count > 999 ? '999+' : String(count),
    color: BADGE_COLOURS[worst],
    title: `Footnote: ${countPassagesText(count)} on this page (${kinds})`,
  };
}

/** The browser's toolbar button API: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Draws (or clears, for null) the badge of one tab. Errors (a tab closed meanwhile) are ignored. */
export async function showBadge(tabId: number, badge: Badge | null): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  try {
    // Colour before text, so a new number never shows in the previous page's colour.
    if (badge) {
      await Promise.all([
        action.setBadgeBackgroundColor({ tabId, color: badge.color }),
        action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' }),
      ]);
    }
    await Promise.all([
      action.setBadgeText({ tabId, text: badge?.text ?? '' }),
      action.setTitle({ tabId, title: badge?.title ?? 'Footnote' }),
    ]);
  } catch {
    // The tab went away between the message and the badge: nothing to draw on.
  }
}
