/**
 * Word lists for `missing-reference`: what a references section is called, what makes a name an organisation's,
 * which acronyms are agencies, and which link hosts are never a source (share buttons, shops, affiliate redirects).
 * The lists are kept packed (`prettier-ignore`): one word per line would bury them.
 */

/**
 * Headings that announce a list of sources, lower-case, after trimming numbering and a trailing colon.
 * English, German, French, Spanish, Italian, Portuguese.
 */
// prettier-ignore
export const REFERENCE_HEADINGS: ReadonlySet<string> = new Set([
  // en
  'references', 'reference', 'sources', 'source', 'bibliography', 'notes', 'footnotes', 'endnotes',
  'further reading', 'citations', 'works cited', 'reference list', 'sources and references',
  'references and notes', 'notes and references', 'sources and further reading', 'sources cited', 'literature',
  'literature cited', 'selected bibliography',
  // de
  'quellen', 'quelle', 'quellenangaben', 'quellenverzeichnis', 'literatur', 'literaturverzeichnis',
  'einzelnachweise', 'anmerkungen', 'belege', 'nachweise', 'weiterführende literatur',
  // fr
  'références', 'notes et références', 'bibliographie', 'pour aller plus loin', 'sources et références',
  // es
  'fuentes', 'referencias', 'bibliografía', 'notas', 'notas y referencias', 'lecturas adicionales',
  // it
  'fonti', 'riferimenti', 'bibliografia', 'note', 'note e riferimenti', 'riferimenti bibliografici',
  // pt
  'referências', 'fontes', 'notas e referências', 'referências bibliográficas', 'leitura adicional',
]);

/** Of those, the headings whose items are notes (prose) rather than citations: any text under them counts. */
// prettier-ignore
export const NOTES_HEADINGS: ReadonlySet<string> = new Set([
  'notes', 'footnotes', 'endnotes', 'anmerkungen', 'notas', 'note',
]);

/** A word that makes a capitalised name an institution's: "Customs and Border Protection", "Pew Research Center". */
// prettier-ignore
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'agency', 'agencies', 'department', 'bureau', 'institute', 'institutes', 'institution', 'center', 'centers',
  'centre', 'centres', 'administration', 'organization', 'organisation', 'office', 'commission', 'university',
  'protection', 'survey', 'service', 'services', 'foundation', 'council', 'board', 'authority', 'ministry',
  'bank', 'fund', 'association', 'society', 'statistics', 'census', 'forum', 'trust', 'programme', 'program',
  'committee', 'reserve', 'laboratory', 'laboratories', 'college', 'hospital', 'clinic', 'police', 'patrol',
  'coalition', 'federation', 'union', 'league', 'academy', 'observatory', 'registry', 'directorate', 'secretariat',
  'corporation', 'inc', 'ltd', 'group', 'company', 'network', 'alliance', 'partnership', 'project', 'initiative',
  'government', 'congress', 'parliament', 'senate', 'court', 'tribunal', 'army', 'navy', 'force', 'guard',
]);

/** Agencies and bodies often cited by acronym; an unknown acronym is not taken for an organisation. */
// prettier-ignore
export const ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set([
  'CDC', 'WHO', 'FBI', 'BLS', 'CBP', 'ICE', 'DHS', 'DOJ', 'DEA', 'EPA', 'FDA', 'NIH', 'NOAA', 'NASA', 'CBO', 'GAO',
  'IRS', 'SEC', 'FTC', 'FCC', 'USDA', 'HHS', 'BEA', 'EIA', 'IEA', 'IMF', 'OECD', 'UN', 'UNICEF', 'UNHCR', 'UNESCO',
  'WTO', 'ONS', 'NHS', 'ECB', 'ECDC', 'EMA', 'IPCC', 'ILO', 'FAO', 'NCES', 'NCHS', 'SAMHSA', 'CMS', 'FEMA', 'NTSB',
  'NHTSA', 'OSHA', 'USGS', 'ATF', 'BJS', 'ACLU', 'AARP', 'AMA', 'NBER', 'RAND', 'KFF', 'INSEE', 'ISTAT',
  'INE', 'IBGE', 'RKI', 'BKA', 'ABS', 'StatCan', 'Destatis', 'Eurostat', 'Gallup', 'Pew', 'Nielsen', 'YouGov', 'Ipsos',
]);

/**
 * Hosts (registrable domains) whose links are never an outside source: share buttons, shops, affiliate
 * redirects and link shorteners. A link there does not stop `no-sources`.
 */
// prettier-ignore
export const NON_SOURCE_DOMAINS: ReadonlySet<string> = new Set([
  'facebook.com', 'twitter.com', 'x.com', 'linkedin.com', 'pinterest.com', 'reddit.com', 'whatsapp.com', 'wa.me',
  't.me', 'telegram.me', 'tumblr.com', 'instagram.com', 'tiktok.com', 'threads.net', 'bsky.app', 'flipboard.com',
  'pocket.com', 'getpocket.com', 'addtoany.com', 'sharethis.com', 'addthis.com',
  'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.ca', 'amzn.to',
  'anrdoezrs.net', 'jdoqocy.com', 'tkqlhce.com', 'dpbolvw.net', 'kqzyfj.com', 'linksynergy.com', 'shareasale.com',
  'awin1.com', 'skimresources.com', 'viglink.com', 'pntra.com', 'avantlink.com', 'impact.com', 'sjv.io',
  // Shorteners hide where they lead: a reader cannot tell a source from a shop.
  'bit.ly', 'tinyurl.com', 'ow.ly', 'buff.ly', 'goo.gl', 't.co', 'shorturl.at', 'rebrand.ly', 'geni.us', 'cutt.ly',
  'gravatar.com', 'disqus.com', 'feedburner.com', 'paypal.com', 'patreon.com', 'ko-fi.com', 'buymeacoffee.com',
]);

/** Second-level labels under which a country code registers names ("co.uk", "com.au"): the domain keeps 3 labels. */
// prettier-ignore
export const SECOND_LEVEL_LABELS: ReadonlySet<string> = new Set([
  'co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'gouv', 'nic', 'mil', 'sch', 'ltd', 'plc',
]);
