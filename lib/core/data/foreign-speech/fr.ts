/**
 * French words for the quotation attributor: reporting verbs conjugated from lemma lists (present, passé composé,
 * passé simple, imparfait, and the future that narration uses for what came next: "« Q », ajoutera X"; the inverted "-t-il" forms are read by the attributor), pronouns, noun-phrase words, and
 * the nouns of unnamed sources ("une source proche du dossier", "selon des sources").
 */
import { wordSet, type ForeignSpeechWords } from './types';

/** Regular -er reporting verbs, by stem (déclar-er). */
const ER_STEMS = `
déclar affirm expliqu indiqu précis ajout soulign estim assur confi racont rappel insist
lanc annonc avou regrett dénonc martel comment témoign résum observ not gliss interrog demand tweet
constat résum avanc tranch ironis nuanc plaid protest argument souffl détaill confirm jug déplor
analys critiqu évoqu abond répliqu rétorqu fustig lâch salu anticip concéd suggér complét tempér
tanc cingl tacl raill clam proclam accus interpell soupir alert rapport relat exhort
`;
/**
 * Reporting verbs used reflexively ("« Q », s’inquiète X", "se désole-t-elle", "s’est interrogé X"), by -er stem; the
 * forms take their pronoun, elided before a vowel.
 */
const REFLEXIVE_ER_STEMS = `interrog inquiét étonn félicit indign désol remémor emport insurg agac amus justifi
exprim expliqu défend interrog demand`;
/** Irregular verbs: present 3sg, present 3pl, participle, passé simple 3sg, imparfait 3sg, future 3sg. */
const IRREGULAR = [
  ['dit', 'disent', 'dit', 'dit', 'disait', 'dira'],
  ['écrit', 'écrivent', 'écrit', 'écrivit', 'écrivait', 'écrira'],
  ['conclut', 'concluent', 'conclu', 'conclut', 'concluait', 'conclura'],
  ['reconnaît', 'reconnaissent', 'reconnu', 'reconnut', 'reconnaissait', 'reconnaîtra'],
  ['admet', 'admettent', 'admis', 'admit', 'admettait', 'admettra'],
  ['prévient', 'préviennent', 'prévenu', 'prévint', 'prévenait', 'préviendra'],
  ['soutient', 'soutiennent', 'soutenu', 'soutint', 'soutenait', 'soutiendra'],
  ['répond', 'répondent', 'répondu', 'répondit', 'répondait', 'répondra'],
  ['poursuit', 'poursuivent', 'poursuivi', 'poursuivit', 'poursuivait', 'poursuivra'],
  ['avertit', 'avertissent', 'averti', 'avertit', 'avertissait', 'avertira'],
  ['réagit', 'réagissent', 'réagi', 'réagit', 'réagissait', 'réagira'],
  ['promet', 'promettent', 'promis', 'promit', 'promettait', 'promettra'],
  ['s’exclame', 's’exclament', 'exclamé', 's’exclama', 's’exclamait', 's’exclamera'],
  ['convient', 'conviennent', 'convenu', 'convint', 'convenait', 'conviendra'],
  ['assène', 'assènent', 'asséné', 'asséna', 'assénait', 'assènera'],
  ['met en garde', 'mettent en garde', 'mis en garde', 'mit en garde', 'mettait en garde', 'mettra en garde'],
  ['fait écho', 'font écho', 'fait écho', 'fit écho', 'faisait écho', 'fera écho'],
  ['fait valoir', 'font valoir', 'fait valoir', 'fit valoir', 'faisait valoir', 'fera valoir'],
  ['renchérit', 'renchérissent', 'renchéri', 'renchérit', 'renchérissait', 'renchérira'],
  ['reprend', 'reprennent', 'repris', 'reprit', 'reprenait', 'reprendra'],
  ['défend', 'défendent', 'défendu', 'défendit', 'défendait', 'défendra'],
];

/** Present, passé simple and imparfait of a regular -er stem; c and g keep their sound before a and o. */
function erForms(stem: string): { finite: string[]; participle: string } {
  const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  // "rappeler" and "marteler" write "rappelle", "martèle" where the ending is silent; an é in the last syllable
  // opens to è there ("concéder" -> "concède", "s’inquiéter" -> "s’inquiète").
  const opened = /é[^aeiouyéèêâîôû]+$/u.test(stem) ? stem.replace(/é([^aeiouyéèêâîôû]+)$/u, 'è$1') : null;
  const silent = stem === 'rappel' ? 'rappell' : stem === 'martel' ? 'martèl' : (opened ?? stem);
  const future = opened ? stem + 'era' : silent + 'era';
  return {
    finite: [silent + 'e', silent + 'ent', soft + 'a', soft + 'ait', soft + 'aient', stem + 'èrent', future],
    participle: stem + 'é',
  };
}

const er = ER_STEMS.split(/\s+/).filter(Boolean).map(erForms);

/** The reflexive pronoun of a verb form: "s’" before a vowel or a mute h ("s’étonne"), else "se " ("se désole"). */
const reflexive = (form: string) => (/^[aeiouyéèêâîôûh]/u.test(form) ? [`s’${form}`, `s'${form}`] : [`se ${form}`]);
const reflexiveEr = [...new Set(REFLEXIVE_ER_STEMS.split(/\s+/).filter(Boolean))].map(erForms);
/** The compound past of a reflexive verb takes être, its participle agreeing with the subject: "s’est inquiétée". */
const reflexivePast = reflexiveEr.flatMap(({ participle }) =>
  ['s’est', "s'est", 's’était', "s'était"].flatMap((aux) =>
    ['', 'e', 's', 'es'].map((end) => `${aux} ${participle}${end}`),
  ),
);
const participles = [...new Set([...er.map((f) => f.participle), ...IRREGULAR.map((i) => i[2])])];
/** Auxiliaries of the compound past: "a déclaré", "avait expliqué", "ont affirmé". */
const AUXILIARIES = ['a', 'ont', 'avait', 'avaient', 'aura'];

export const FRENCH_SPEECH: ForeignSpeechWords = {
  verbs: [
    ...new Set([
      ...er.flatMap((f) => f.finite),
      ...IRREGULAR.flatMap((i) => [i[0], i[1], i[3], i[4], i[5]]),
      ...AUXILIARIES.flatMap((a) => participles.map((p) => `${a} ${p}`)),
      ...reflexiveEr.flatMap((f) => f.finite.flatMap(reflexive)),
      ...reflexivePast,
    ]),
  ],
  clauseFinalVerbs: participles,
  pronouns: { il: 'he', elle: 'she', ils: 'they', elles: 'they', on: 'they' },
  determiners: wordSet(`le la les l’ l' un une des du de d’ d' son sa ses leur leurs ce cette ces`),
  phraseWords: wordSet(`
    de du des d’ d' la le les l’ l' et
    haut haute hauts hautes ancien ancienne anciens anciennes nouveau nouvelle jeune premier première
    ministre président présidente directeur directrice porte-parole secrétaire général générale maire député
    députée sénateur sénatrice avocat avocate chef cheffe responsable fondateur fondatrice patron patronne
    professeur professeure chercheur chercheuse spécialiste économiste sociologue historien historienne
    politologue conseiller conseillère militant militante habitant habitante même mêmes
  `),
  phraseStops: wordSet(`
    à au aux en dans sur sous par pour avec sans lors pendant après avant depuis vers chez contre selon devant
    et ou mais donc car que qui dont où quand lorsque si comme alors puis encore aussi déjà
    hier aujourd’hui demain lundi mardi mercredi jeudi vendredi samedi dimanche récemment
    est était sera a avait ont sont se
  `),
  invertingOpeners: new Set(),
  accordingTo: String.raw`(?:[Ss]elon\s+les\s+(?:termes|mots|propos|paroles)(?:\s+mêmes)?\s+de|[Ss]elon|[Dd]’après|[Dd]'après|[Aa]ux\s+dires\s+d(?:e|u|es)|[Dd]e\s+l[’']avis|[Àà]\s+en\s+croire)`,
  accordingToAfter: '',
  viewOf: '[Pp]our',
  studyAuthors: wordSet(`chercheurs chercheuses auteurs scientifiques`),
  definitePlural: wordSet(`les`),
  anonymousHeads: wordSet(`
    source sources proche proches responsable responsables expert experts experte expertes observateur
    observateurs observatrice diplomate diplomates fonctionnaire fonctionnaires conseiller conseillers
    conseillère membre membres entourage témoin témoins initié initiés interlocuteur interlocuteurs
    porte-parole cadre cadres dirigeant dirigeants analyste analystes spécialiste spécialistes habitant
    habitants riverain riverains enquêteur enquêteurs officiel officiels
  `),
  separable: {},
};
