/**
 * The detector catalog: what everything but the analysis needs to know about each detector (its id, its names,
 * what it flags, where it applies, its default setting), in the order the popup lists them, with no detector's
 * code. `DetectorId` derives from this list; the settings, the options page, the labels and the page's highlights
 * read it, so the content script and the extension's pages load none of the detectors. The registry
 * (registry.ts) joins each entry to its implementation (`<id>.ts`, which names its entry by id) and fails to
 * compile unless both list the same ids.
 */
import type { Severity } from '../report';
import type { Applicability, Sensitivity } from './detector';
import { JOURNALISM } from '../page/kinds';

/** How a kind of flag is counted in words: "1 unsourced quote", "11 affiliate links". */
export interface KindNoun {
  one: string;
  other: string;
}

/** One detector as the settings and the pages know it. */
export interface DetectorInfo<Id extends string = DetectorId> {
  /** The detector's file name: `lib/core/detectors/<id>.ts`; a flag's `kind`. */
  id: Id;
  /** Short name of the detector. */
  label: string;
  /** The flag it raises, singular and plural, lower case: the popup, badge title, options page and CLI say it. */
  noun: KindNoun;
  /** One sentence for the options page: what it flags. */
  description: string;
  severity: Severity;
  /** Where it applies; elsewhere it is not run and the report says so. Default: every page, every language. */
  appliesTo?: Applicability;
  /** Rules that read fewer languages than the detector: elsewhere they do not run, and the report says so. */
  narrowerRules?: readonly RuleScope[];
  /** Its switch and sensitivity in a new install's settings (and for a detector added since they were saved). */
  defaults: { enabled: boolean; sensitivity: Sensitivity };
}

/** Some of a detector's rules and the languages they read ("uncited-figures" and "no-sources": English only). */
export interface RuleScope {
  rules: readonly string[];
  languages: readonly string[];
  /** What those rules look for, in the reader's words, for "Not checked in German: …". */
  what: string;
}

/** Whether rules of this scope read a page in `lang` (a page of unknown language is read as English). */
export function ruleScopeReads(scope: RuleScope, lang: string): boolean {
  return !lang || scope.languages.includes(lang);
}

/** Defines an entry, keeping its id as a literal type: `DetectorId` is the union of the ids listed below. */
function entry<const Id extends string>(info: DetectorInfo<Id>): DetectorInfo<Id> {
  return info;
}

const ON = { enabled: true, sensitivity: 'normal' } as const;
/** The languages of the disclosure phrase tables (a test holds the two lists together). */
export const DISCLOSURE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ja'] as const;
const ENTRIES = [
  entry({
    id: 'undisclosed-affiliate',
    label: 'Undisclosed affiliate links',
    noun: { one: 'undisclosed affiliate link', other: 'undisclosed affiliate links' },
    description: 'Affiliate links with no disclosure on the page, or with the disclosure only after them.',
    severity: 'warning',
    // Only where the disclosure phrase tables read the page's language: elsewhere a disclosure would go unseen and
    // the page be called undisclosed (round 32, a Japanese review). The same list as lib/core/data/disclosure-phrases.
    appliesTo: { kinds: 'any', languages: DISCLOSURE_LANGUAGES },
    defaults: ON,
  }),
  entry({
    id: 'affiliate-disclosure',
    label: 'Affiliate or sponsorship disclosure',
    noun: { one: 'affiliate or sponsorship disclosure', other: 'affiliate or sponsorship disclosures' },
    description: 'Statements that the publisher earns from links on the page or was paid for the content.',
    severity: 'info',
    defaults: ON,
  }),
  entry({
    id: 'affiliate-link',
    label: 'Affiliate link',
    noun: { one: 'affiliate link', other: 'affiliate links' },
    description:
      'Links in the article that pay the publisher when you buy through them, with the network and merchant.',
    severity: 'caution',
    defaults: ON,
  }),
  entry({
    id: 'unsourced-quote',
    label: 'Unsourced quotes',
    noun: { one: 'unsourced quote', other: 'unsourced quotes' },
    description: 'Quotations attributed only to unnamed sources, officials or experts, or to nobody at all.',
    severity: 'caution',
    appliesTo: { kinds: JOURNALISM, languages: ['en', 'de', 'fr', 'es'] },
    defaults: ON,
  }),
  entry({
    id: 'vague-attribution',
    label: 'Vague attribution',
    noun: { one: 'vague attribution', other: 'vague attributions' },
    description:
      'Claims pinned on unnamed sources or groups ("experts say", "sources familiar with..."), with no name or link.',
    severity: 'caution',
    appliesTo: { kinds: [...JOURNALISM, 'encyclopedia'], languages: ['en'] },
    defaults: ON,
  }),
  entry({
    id: 'missing-reference',
    label: 'Missing references',
    noun: { one: 'missing reference', other: 'missing references' },
    description:
      'Empty References sections, figures from an agency or study with no link or citation, and articles relaying studies with no link to any.',
    severity: 'caution',
    appliesTo: { kinds: [...JOURNALISM, 'encyclopedia'], languages: 'any' },
    narrowerRules: [
      {
        rules: ['uncited-figures', 'no-sources'],
        languages: ['en'],
        what: 'figures cited with no source, and articles that link to no source',
      },
    ],
    defaults: ON,
  }),
] as const;

/** The id of a detector ('affiliate-link', 'unsourced-quote'...): a flag's `kind`. */
export type DetectorId = (typeof ENTRIES)[number]['id'];

/** Every detector, in the order the popup lists them. */
export const CATALOG: readonly DetectorInfo[] = ENTRIES;

export const DETECTOR_IDS: readonly DetectorId[] = CATALOG.map((d) => d.id);

/** Whether `rule` of detector `id` reads a page in `lang`: its narrower scope's languages, or the detector's. */
export function ruleReadsLanguage(id: DetectorId, rule: string, lang: string): boolean {
  const scope = catalogEntry(id)?.narrowerRules?.find((s) => s.rules.includes(rule));
  return !scope || ruleScopeReads(scope, lang);
}

/** The entry of a detector id; undefined for an id the catalog does not have (a retired detector's flag). */
export function catalogEntry(id: string): DetectorInfo | undefined {
  return CATALOG.find((d) => d.id === id);
}
