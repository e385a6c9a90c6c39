/**
 * Words the quotation attributor reads (English): verbs that introduce speech ("said", "points out", "tweeted"),
 * pronouns that stand for a speaker, nouns that make a source anonymous ("officials", "a source", "people familiar
 * with"), and words that make a capitalised phrase an organisation or a place rather than a person.
 */

/** Speech verbs in the forms news writing uses next to a quotation; multi-word ones are phrases. */
const SPEECH_VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding', 'noted', 'notes',
  'noting', 'explained', 'explains', 'explaining', 'wrote', 'writes', 'writing', 'stated', 'states', 'asked', 'asks',
  'asking', 'argued', 'argues', 'arguing', 'insisted', 'insists', 'insisting', 'maintained', 'maintains',
  'continued', 'continues', 'recalled', 'recalls', 'recalling', 'remembered', 'remembers', 'admitted', 'admits',
  'acknowledged', 'acknowledges', 'warned', 'warns', 'warning', 'suggested', 'suggests', 'suggesting', 'replied',
  'replies', 'responded', 'responds', 'tweeted', 'tweets', 'posted', 'declared', 'declares', 'announced',
  'announces', 'claimed', 'claims', 'claiming', 'confirmed', 'confirms', 'conceded', 'concedes', 'observed',
  'observes', 'remarked', 'remarks', 'commented', 'comments', 'added', 'emphasized', 'emphasised', 'emphasizes',
  'emphasises', 'stressed', 'stresses', 'cautioned', 'cautions', 'predicted', 'predicts', 'joked', 'jokes',
  'laughed', 'laughs', 'quipped', 'quips', 'shouted', 'shouts', 'yelled', 'cried', 'chanted', 'whispered',
  'boasted', 'boasts', 'complained', 'complains', 'lamented', 'laments', 'mused', 'muses', 'reflected',
  'reflects', 'offered', 'offers', 'agreed', 'agrees', 'countered', 'counters', 'objected', 'pleaded', 'urged',
  'urges', 'vowed', 'vows', 'promised', 'promises', 'pointed out', 'points out', 'pointing out', 'went on',
  'goes on', 'reported', 'reports', 'testified', 'testifies', 'wondered', 'wonders', 'recounted', 'recounts',
  'described', 'describes', 'concluded', 'concludes', 'began', 'begins', 'answered', 'answers', 'explained',
  'elaborated', 'indicated', 'indicates', 'revealed', 'reveals', 'acknowledged', 'assured', 'assures', 'ventured',
  'sighed', 'exclaimed', 'demanded', 'demands', 'charged', 'alleged', 'alleges', 'contended', 'contends',
  'summed up', 'sums up', 'texted', 'emailed', 'e-mailed', 'messaged', 'relayed', 'recalled', 'shared', 'shares',
  'stated', 'speculated', 'guessed', 'figured', 'figures', 'thought', 'thinks', 'believes', 'believed', 'felt',
  'feels', 'read', 'reads', 'quoted', 'was quoted', 'is quoted', 'spoke', 'speaks', 'echoed', 'echoes',
  'chimed in', 'interjected', 'added later', 'wrote in', 'posted on', 'announced on', 'told reporters',
];

/**
 * Alternation of the speech verbs grouped by first letter (`a(?:dded|dds|...)|b(?:...)`), longest first within
 * a group so "points out" wins over "points". The grouping matters for speed: a regex engine tries alternatives
 * one by one, and these patterns are tried at many positions.
 */
export const SPEECH_VERB_PATTERN = groupByFirstLetter([...new Set(SPEECH_VERBS)]);

function groupByFirstLetter(words: string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const rest = groups.get(w[0]) ?? [];
    rest.push(w.slice(1));
    groups.set(w[0], rest);
  }
  return [...groups]
    .map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).map((r) => r.replace(/ /g, '\\s+')).join('|')})`)
    .join('|');
}

/** Pronouns that stand for a speaker named earlier. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/**
 * Heads of noun phrases that hide who is speaking: "officials", "a source", "experts", "people familiar with".
 * A phrase with one of these and no name of a person is an anonymous source.
 */
export const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'expert', 'experts', 'insider', 'insiders', 'people', 'person',
  'aide', 'aides', 'someone', 'analyst', 'analysts', 'observer', 'observers', 'critic', 'critics', 'diplomat',
  'diplomats', 'staffer', 'staffers', 'employee', 'employees', 'witness', 'witnesses', 'adviser', 'advisers',
  'advisor', 'advisors', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'representatives',
  'investigator', 'investigators', 'officer', 'officers', 'member', 'members', 'resident', 'residents', 'others',
  'some', 'many', 'one', 'individual', 'individuals', 'confidant', 'confidants', 'associate', 'associates',
  'executive', 'executives', 'lawmaker', 'lawmakers', 'scientist', 'scientists', 'researcher', 'researchers',
  'veteran', 'veterans', 'viewer', 'viewers', 'reader', 'readers', 'user', 'users', 'fan', 'fans', 'onlooker',
]);

/**
 * Heads of descriptions that stand for an organisation or a document, not a person: "the agency said" keeps
 * its words, while "the professor said" is resolved to the person named before.
 */
export const BODY_HEADS = new Set([
  'agency', 'company', 'firm', 'department', 'ministry', 'city', 'government', 'union', 'board', 'commission',
  'council', 'post', 'statement', 'report', 'police', 'group', 'organization', 'organisation', 'office', 'party',
  'team', 'club', 'school', 'university', 'court', 'committee', 'association', 'website', 'newspaper', 'paper',
  'network', 'bank', 'hospital', 'study', 'survey', 'release', 'letter', 'administration', 'campaign', 'service',
  'authority', 'province', 'state', 'country', 'federation', 'institute', 'coalition', 'league', 'band', 'nation',
  'tribunal', 'regulator', 'watchdog', 'airline', 'retailer', 'automaker', 'carmaker', 'manufacturer', 'startup',
  'employer', 'operator', 'utility', 'document', 'memo', 'filing', 'lawsuit', 'suit', 'complaint', 'ruling',
  'decision', 'judgment', 'judgement', 'order', 'bill', 'plan', 'proposal', 'policy', 'tweet', 'email', 'message',
  'site', 'blog', 'magazine', 'outlet', 'broadcaster', 'station', 'channel', 'church', 'diocese', 'army', 'military',
  'navy', 'force', 'ministry', 'embassy', 'consulate', 'region', 'municipality', 'town', 'county', 'district',
  'community', 'family', 'families', 'crowd', 'protesters', 'students', 'group',
]);

/** Heads that are anonymous even with an organisation's name before them ("Pentagon officials", "CIA sources"). */
export const ALWAYS_ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'insider', 'insiders', 'people', 'person', 'someone', 'aides',
  'staffers', 'employees', 'experts', 'analysts', 'observers', 'critics', 'diplomats', 'others',
]);

/** Words that make a run of capitalised words an organisation, a place or a title rather than a person. */
export const NON_PERSON_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'inc', 'ltd', 'corp', 'co', 'company', 'group',
  'council', 'city', 'town', 'county', 'province', 'state', 'states', 'government', 'ministry', 'department',
  'agency', 'office', 'university', 'college', 'school', 'institute', 'association', 'union', 'party', 'police',
  'service', 'services', 'news', 'press', 'times', 'post', 'star', 'journal', 'globe', 'mail', 'herald', 'sun',
  'network', 'bank', 'board', 'commission', 'committee', 'court', 'house', 'senate', 'parliament', 'congress',
  'canada', 'canadian', 'american', 'america', 'united', 'national', 'federal', 'provincial', 'international',
  'centre', 'center', 'hospital', 'foundation', 'society', 'club', 'league', 'team', 'airport', 'street', 'avenue',
  'road', 'highway', 'park', 'river', 'lake', 'island', 'north', 'south', 'east', 'west', 'new', 'day', 'year',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'july', 'september', 'october', 'november', 'december', 'christmas', 'twitter',
  'facebook', 'instagram', 'youtube', 'cbc', 'cbs', 'cnn', 'nbc', 'abc', 'bbc', 'reuters', 'ap', 'tv', 'radio',
  'church', 'museum', 'library', 'festival', 'award', 'awards', 'cup', 'open', 'championship', 'series', 'tour',
  'act', 'bill', 'law', 'plan', 'project', 'program', 'programme', 'fund', 'report', 'review', 'district', 'region',
  'regional', 'health', 'authority', 'corporation', 'force', 'forces', 'army', 'navy', 'military', 'white', 'ottawa',
  'toronto', 'vancouver', 'montreal', 'calgary', 'edmonton', 'quebec', 'ontario', 'alberta', 'british', 'columbia',
  'washington', 'london', 'york', 'china', 'chinese', 'mexico', 'mexican', 'u.s', 'u.s.', 'uk', 'eu', 'europe',
  'european', 'prime', 'minister', 'president', 'premier', 'mayor', 'secretary', 'chief', 'director', 'ceo',
  'general', 'senator', 'governor', 'leader', 'coach', 'judge', 'justice', 'sen', 'gov', 'rep', 'dr', 'mr', 'mrs',
  'ms', 'prof', 'former', 'deputy', 'acting', 'interim', 'associate', 'assistant', 'executive', 'vice', 'head',
  'spokesperson', 'spokesman', 'spokeswoman', 'it', 'its', 'this', 'that', 'there', 'but', 'if', 'when', 'while',
  'as', 'so', 'then', 'we', 'i', 'you', 'they', 'he', 'she', 'his', 'her', 'their', 'our', 'my', 'your', 'what',
  'why', 'how', 'who', 'after', 'before', 'since', 'though', 'although', 'because', 'still', 'yet', 'now', 'some',
  'many', 'most', 'all', 'several', 'both', 'every', 'each', 'other', 'others', 'liberal', 'liberals', 'conservative',
  'conservatives', 'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'ndp', 'gop', 'mp', 'mps',
  'mla', 'mpp', 'labour', 'tory', 'tories', 'green', 'affairs', 'read', 'more', 'watch', 'related', 'photo', 'video',
  'story', 'continues', 'advertisement', 'click', 'here', 'sign', 'up', 'subscribe', 'share', 'comment', 'comments',
  'story', 'breaking', 'update', 'editor', 'editors', 'note', 'analyst', 'viewpoint', 'commissioner', 'attorney',
  'constable', 'sergeant', 'superintendent', 'inspector', 'officer', 'captain', 'lieutenant', 'colonel', 'councillor',
  'councilor', 'trustee', 'article', 'continued', 'below', 'chair', 'chairman', 'chairwoman', 'founder', 'owner', 'manager', 'professor', 'doctor',
]);

/** Titles that come before a name and are not part of it ("Prime Minister Ada Okafor"). */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'gov', 'rep', 'sir', 'dame', 'lord', 'lady', 'rev', 'gen', 'lt', 'col',
  'capt', 'sgt', 'insp', 'const', 'det', 'supt', 'president', 'premier', 'minister', 'mayor', 'senator', 'governor',
  'coach', 'judge', 'justice', 'chief', 'director', 'secretary', 'chancellor', 'councillor', 'councilor', 'prime',
]);

/** Words that may sit between a subject and its speech verb ("Trump reportedly said", "she later told"). */
export const SPEECH_ADVERBS = [
  'also', 'later', 'then', 'reportedly', 'allegedly', 'once', 'previously', 'recently', 'again', 'further',
  'simply', 'only', 'publicly', 'privately', 'repeatedly', 'often', 'frequently', 'has', 'had', 'have', 'would',
  'will', 'could', 'has since', 'was', 'is', 'quickly', 'flatly', 'bluntly', 'candidly', 'proudly', 'firmly',
  'angrily', 'calmly', 'quietly', 'finally', 'just', 'earlier', 'recalls', 'even', 'once',
];
