/**
 * Word lists for `missing-reference`: what a references section is called, what makes a name an organisation's,
 * which acronyms are agencies, which link hosts are never a source (share buttons, shops, affiliate redirects) and
 * which are social sites, where only a post is a source.
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

/**
 * A word that makes a capitalised name an institution's: "Customs and Border Protection", "Pew Research Center".
 * Bodies that act rather than publish (police, armies, courts, hospitals, parliaments, sports leagues) are left
 * out: their numbers reach the news in briefings and statements, not in a document a reader could be sent to.
 */
// prettier-ignore
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'agency', 'agencies', 'department', 'bureau', 'institute', 'institutes', 'institution', 'center', 'centers',
  'centre', 'centres', 'administration', 'organization', 'organisation', 'office', 'commission', 'university',
  'protection', 'survey', 'service', 'services', 'foundation', 'council', 'board', 'authority', 'ministry',
  'bank', 'fund', 'association', 'society', 'statistics', 'census', 'forum', 'trust', 'programme', 'program',
  'committee', 'reserve', 'laboratory', 'laboratories', 'college', 'coalition', 'federation', 'union', 'academy',
  'observatory', 'registry', 'directorate', 'secretariat', 'corporation', 'inc', 'ltd', 'group', 'company',
  'network', 'alliance', 'partnership', 'project', 'initiative', 'government',
]);

/**
 * Words that make a body one that acts rather than publishes: a name with one ("Orlando Regional Medical Center",
 * "Indiana State Police") gives its numbers in briefings, so it is not taken for a source to link.
 */
// prettier-ignore
export const ACTING_BODY_WORDS: ReadonlySet<string> = new Set([
  'police', 'patrol', 'sheriff', 'hospital', 'medical', 'clinic', 'army', 'navy', 'force', 'guard', 'fire', 'court',
  'tribunal', 'league', 'team', 'club', 'church',
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
 * Social sites: a link to a post there (a tweet, a video) is a source a story relays; a link to a profile, a share
 * button or a follow button is not.
 */
// prettier-ignore
export const SOCIAL_DOMAINS: ReadonlySet<string> = new Set([
  'facebook.com', 'twitter.com', 'x.com', 'linkedin.com', 'reddit.com', 'tumblr.com', 'instagram.com', 'tiktok.com',
  'threads.net', 'bsky.app', 'youtube.com', 'youtu.be', 'vimeo.com', 'mastodon.social',
]);

/**
 * Hosts (registrable domains) whose links are never an outside source: share buttons, shops, affiliate
 * redirects and link shorteners. A link there does not stop `no-sources`.
 */
// prettier-ignore
export const NON_SOURCE_DOMAINS: ReadonlySet<string> = new Set([
  'pinterest.com', 'whatsapp.com', 'wa.me', 't.me', 'telegram.me', 'flipboard.com', 'pocket.com', 'getpocket.com', 'addtoany.com', 'sharethis.com', 'addthis.com',
  'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.ca', 'amzn.to',
  'anrdoezrs.net', 'jdoqocy.com', 'tkqlhce.com', 'dpbolvw.net', 'kqzyfj.com', 'linksynergy.com', 'shareasale.com',
  'awin1.com', 'skimresources.com', 'viglink.com', 'pntra.com', 'avantlink.com', 'impact.com', 'sjv.io',
  // Shorteners hide where they lead: a reader cannot tell a source from a shop.
  'bit.ly', 'tinyurl.com', 'ow.ly', 'buff.ly', 'goo.gl', 't.co', 'shorturl.at', 'rebrand.ly', 'geni.us', 'cutt.ly',
  'gravatar.com', 'disqus.com', 'feedburner.com', 'paypal.com', 'patreon.com', 'ko-fi.com', 'buymeacoffee.com',
]);

/**
 * Last words of a body's name that a photo credit or a byline puts where a person's signature would go ("Getty
 * Images", "Associated Press", "Human Rights Watch"): a signature ending in one names no person.
 */
// prettier-ignore
export const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'images', 'image', 'photo', 'photos', 'photography', 'pictures', 'press', 'news', 'media', 'times', 'post', 'wire',
  'watch', 'tribune', 'journal', 'herald', 'gazette', 'magazine', 'radio', 'tv', 'television', 'studios', 'records',
  'books', 'staff', 'reporters', 'editors', 'editorial', 'archive', 'archives', 'collection', 'library', 'museum',
  'daily', 'weekly', 'review', 'report', 'today', 'online', 'channel', 'broadcasting', 'international', 'global',
]);
