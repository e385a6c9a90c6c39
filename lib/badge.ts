/**
 * The toolbar badge of a tab: how many flags the page has (dismissed ones left out), coloured by the most serious.
 * Nothing on a page that was not analysed. `badgeFor` decides, `showBadge` draws (background only).
 */
import { browser } from 'wxt/browser';
import { SEVERITY_RANK, type Severity } from './core/report';
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

/** The badge for a page's status; null = no badge (not analysed, analysing, left alone, failed). */
export function badgeFor(
  status: PageStatus | null | undefined,
  dismissed: ReadonlySet<string> = new Set(),
): Badge | null {
  if (!status) return null;
  if (status.state !== 'done') return null;
  let count = 0;
  let worst: Severity | null = null;
  for (const flag of status.report.flags) {
    if (dismissed.has(flag.id)) continue;
    count++;
    if (!worst || SEVERITY_RANK[flag.severity] > SEVERITY_RANK[worst]) worst = flag.severity;
  }
  // Analysed, nothing to say: no number (a "0" on every clean article would be noise), only the tooltip.
  if (!worst) return { text: '', color: NO_FLAGS_COLOUR, title: 'Footnote: nothing flagged on this page' };
  return {
    text: count > 999 ? '999+' : String(count),
    color: BADGE_COLOURS[worst],
    title: `Footnote: ${count} flag${count === 1 ? '' : 's'} on this page`,
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
