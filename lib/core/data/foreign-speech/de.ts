/**
 * German words for the quotation attributor: reporting verbs conjugated from lemma lists (present, past, plural,
 * participle), separable ones with their particle ("teilte ... mit"), pronouns, noun-phrase words, and the nouns of
 * unnamed sources ("Insider", "aus Regierungskreisen").
 */
import { wordSet, type ForeignSpeechWords } from './types';

/** Weak reporting verbs by stem; `*` marks a stem without "ge-" in its participle (erklärt, kommentiert). */
const WEAK_STEMS = `
sag frag antwort meld mein *erklär *beton *bericht *erzähl *bestätig *behaupt *erläuter *versicher *bekräftig
*appellier *beklag *kritisier *kommentier *argumentier *erwider *entgegn *ergänz *präzisier *resümier *bilanzier *twitter warn
forder mahn klag schimpf lob hoff glaub *bedauer *verlang *zitier *verkünd *beteuer *bemerk *konstatier
`;
/** Strong and mixed verbs: present, past, past plural, present plural, then the participle. */
const STRONG = [
  ['schreibt', 'schrieb', 'schrieben', 'schreiben', 'geschrieben'],
  ['ruft', 'rief', 'riefen', 'rufen', 'gerufen'],
  ['findet', 'fand', 'fanden', 'finden', 'gefunden'],
  ['widerspricht', 'widersprach', 'widersprachen', 'widersprechen', 'widersprochen'],
  ['unterstreicht', 'unterstrich', 'unterstrichen', 'unterstreichen', 'unterstrichen'],
  ['befindet', 'befand', 'befanden', 'befinden', 'befunden'],
  ['weiß', 'wusste', 'wussten', 'wissen', 'gewusst'],
  ['denkt', 'dachte', 'dachten', 'denken', 'gedacht'],
  ['spricht', 'sprach', 'sprachen', 'sprechen', 'gesprochen'],
  ['verspricht', 'versprach', 'versprachen', 'versprechen', 'versprochen'],
  ['empfiehlt', 'empfahl', 'empfahlen', 'empfehlen', 'empfohlen'],
];
/** Separable verbs: present and past forms of the stem, and the particle that closes the clause. */
const SEPARABLE: [string[], string][] = [
  [['teilt', 'teilte', 'teilen', 'teilten'], 'mit'],
  [['fügt', 'fügte', 'fügen', 'fügten'], 'hinzu'],
  [['räumt', 'räumte', 'räumen', 'räumten'], 'ein'],
  [['gibt', 'gab', 'geben', 'gaben'], 'zu'],
  [['stellt', 'stellte', 'stellen', 'stellten'], 'klar'],
  [['führt', 'führte', 'führen', 'führten'], 'aus'],
  [['schränkt', 'schränkte', 'schränken', 'schränkten'], 'ein'],
  [['kündigt', 'kündigte', 'kündigen', 'kündigten'], 'an'],
  [['gibt', 'gab', 'geben', 'gaben'], 'an'],
  [['hält', 'hielt', 'halten', 'hielten'], 'entgegen'],
  [['lässt', 'ließ', 'lassen', 'ließen'], 'wissen'],
];

function weakForms(entry: string): { finite: string[]; final: string[] } {
  const noGe = entry.startsWith('*');
  const stem = noGe ? entry.slice(1) : entry;
  // "antwort" + e + t: stems ending in t/d (or consonant + n) take a linking e.
  const e = /(?:[td]|[^aeiouälr]n)$/.test(stem) ? 'e' : '';
  const participle = (noGe ? '' : 'ge') + stem + e + 't';
  const infinitive = /(?:er|el)$/.test(stem) ? stem + 'n' : stem + 'en';
  return {
    finite: [stem + e + 't', stem + e + 'te', stem + e + 'ten', infinitive],
    final: [participle, infinitive],
  };
}

const weak = WEAK_STEMS.split(/\s+/).filter(Boolean).map(weakForms);
const separableForms: Record<string, string[]> = {};
for (const [forms, particle] of SEPARABLE) for (const f of forms) (separableForms[f] ??= []).push(particle);

export const GERMAN_SPEECH: ForeignSpeechWords = {
  verbs: [
    ...new Set([
      ...weak.flatMap((w) => w.finite),
      ...STRONG.flatMap((s) => s.slice(0, 4)),
      ...Object.keys(separableForms),
    ]),
  ],
  clauseFinalVerbs: [
    ...new Set([
      ...weak.flatMap((w) => w.final),
      ...STRONG.map((s) => s[4]),
      'mitgeteilt',
      'mitteilen',
      'hinzugefügt',
      'hinzufügen',
      'eingeräumt',
      'klargestellt',
      'angekündigt',
      'ausgeführt',
      'wissen',
    ]),
  ],
  pronouns: { er: 'he', sie: 'she', 'sie:pl': 'they' },
  determiners: wordSet(`der die das den dem des ein eine einer eines einem einen sein seine ihr ihre dessen deren`),
  phraseWords: wordSet(`von van de der den zu`),
  phraseStops: wordSet(`
    in im am an auf aus bei beim mit nach seit vor über unter gegenüber zum zur für gegen um durch ohne bis
    und oder aber doch denn sondern weil dass ob wenn als wie während nachdem bevor da so auch noch schon dazu
    darauf daraufhin dann jetzt nun heute gestern morgen zuletzt kürzlich bereits damals später
    der die das dem den des ein eine einer einem einen
    es man wir ich ihr uns mir ihm ihn ihnen dir dich sich
    hat habe hatte ist sei war wird wurde sind seien waren werden
  `),
  invertingOpeners: wordSet(`
    dazu darauf daraufhin dann danach damals demnach deshalb deswegen daher dort hier jetzt nun heute gestern
    später zudem außerdem auch anschließend schließlich später zuletzt kürzlich bereits noch erst so zunächst
    zuvor darin darüber davon dagegen trotzdem allerdings immerhin inzwischen mittlerweile jedoch
    weiter weiterhin ferner überdies zugleich gleichzeitig dabei ebenso ebenfalls zusätzlich ergänzend abschließend
  `),
  accordingTo: String.raw`(?:[Ll]aut|[Nn]ach\s+(?:Angaben|Aussage|Aussagen|Worten|Einschätzung|Ansicht|Meinung)\s+(?:von|des|der))`,
  accordingToAfter: String.raw`zufolge`,
  viewOf: '',
  studyAuthors: wordSet(`forscher forscherinnen autoren autorinnen wissenschaftler wissenschaftlerinnen`),
  definitePlural: wordSet(`die`),
  anonymousHeads: wordSet(`
    insider insidern insiderin kreise kreisen quelle quellen informant informantin informanten beobachter beobachterin
    experte experten expertin expertinnen kritiker kritikerin diplomat diplomaten diplomatin beamte beamter beamten
    beamtin mitarbeiter mitarbeiterin mitarbeitern vertraute vertrauter vertrauten teilnehmer teilnehmerin
    teilnehmern sprecher sprecherin mitglied mitglieder mitgliedern funktionär funktionäre funktionären umfeld
    umfelds verantwortliche verantwortlichen ermittler ermittlern anwohner augenzeuge augenzeugen zeuge zeugen
    person personen
  `),
  separable: separableForms,
};
