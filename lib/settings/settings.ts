/**
 * The reader's settings, one WXT storage item in `storage.local`: each detector on/off and its sensitivity (derived
 * from the detector catalog, so a new detector gets its switch and default without touching this file), whether
 * highlights are drawn, automatic or on-click analysis, and the quiet sites. Content scripts watch the item and
 * apply a change to open tabs without a reload.
 */
import { storage } from 'wxt/utils/storage';
import type { AnalyzeOptions } from '../core/analyze';
import { CATALOG, type DetectorId } from '../core/detectors/catalog';
import type { Sensitivity } from '../core/detectors/detector';
// The host helpers without the public suffix list: the content script loads this module.
import { hostFromInput } from '../core/site/hosts';

export interface DetectorSetting {
  enabled: boolean;
  sensitivity: Sensitivity;
}

export interface Settings {
  detectors: Record<DetectorId, DetectorSetting>;
  /** Draw highlights on pages (flags and notes). */
  highlights: boolean;
  /** 'auto': analyse each article once it has loaded; 'click': only when the reader asks in the popup. */
  analysis: 'auto' | 'click';
  /** Hostnames where Footnote stays quiet (a listed name also covers its subdomains), as `hostFromInput` gives them. */
  quietSites: string[];
}

const SENSITIVITIES: readonly Sensitivity[] = ['low', 'normal', 'high'];

export function defaultSettings(): Settings {
  const detectors = {} as Record<DetectorId, DetectorSetting>;
  for (const { id, defaults } of CATALOG) detectors[id] = { ...defaults };
  return { detectors, highlights: true, analysis: 'auto', quietSites: [] };
}

/**
 * Any stored value made whole: detectors added since it was saved get their defaults, ones removed are dropped,
 * wrong types fall back to defaults. Reading never fails on an odd value.
 */
export function normalizeSettings(value: unknown): Settings {
  const defaults = defaultSettings();
  if (!value || typeof value !== 'object') return defaults;
  const stored = value as Partial<Record<keyof Settings, unknown>>;
  const storedDetectors = (stored.detectors && typeof stored.detectors === 'object' ? stored.detectors : {}) as Record<
    string,
    Partial<DetectorSetting> | undefined
  >;
  for (const id of Object.keys(defaults.detectors) as DetectorId[]) {
    const one = storedDetectors[id];
    if (!one || typeof one !== 'object') continue;
    const fallback = defaults.detectors[id];
    defaults.detectors[id] = {
      enabled: typeof one.enabled === 'boolean' ? one.enabled : fallback.enabled,
      sensitivity: SENSITIVITIES.includes(one.sensitivity as Sensitivity)
        ? (one.sensitivity as Sensitivity)
        : fallback.sensitivity,
    };
  }
  return {
    detectors: defaults.detectors,
    highlights: typeof stored.highlights === 'boolean' ? stored.highlights : defaults.highlights,
    analysis: stored.analysis === 'click' ? 'click' : 'auto',
    quietSites: Array.isArray(stored.quietSites)
      ? [...new Set(stored.quietSites.map((s) => hostFromInput(String(s))).filter(Boolean))]
      : [],
  };
}

/**
 * The settings item. Version 1 is the first released shape; a change of shape bumps `version` and adds a
 * migration under its number (WXT runs the ones between the stored version and this one, in order).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: 1,
  migrations: {},
});

/** The settings as stored, made whole. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

/** Calls `onChange` with whole settings whenever they change (from any tab or page); returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}

/** The analysis options the settings ask for. */
export function analyzeOptionsFrom(settings: Settings): AnalyzeOptions {
  const enabled: Partial<Record<DetectorId, boolean>> = {};
  const sensitivity: Partial<Record<DetectorId, Sensitivity>> = {};
  for (const { id, defaults } of CATALOG) {
    const one = settings.detectors[id];
    enabled[id] = one?.enabled ?? defaults.enabled;
    sensitivity[id] = one?.sensitivity ?? defaults.sensitivity;
  }
  return { enabled, sensitivity };
}

/** Whether Footnote stays quiet on this hostname: listed, or a subdomain of a listed name. */
export function isQuietSite(settings: Settings, hostname: string): boolean {
  const host = hostFromInput(hostname);
  if (!host) return false;
  return settings.quietSites.some((site) => {
    const quiet = hostFromInput(site);
    return !!quiet && (host === quiet || host.endsWith(`.${quiet}`));
  });
}
