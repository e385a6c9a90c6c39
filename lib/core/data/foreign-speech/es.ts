/**
 * Spanish words for the quotation attributor: reporting verbs conjugated from lemma lists (present, preterite,
 * imperfect, perfect), pronouns, noun-phrase words, and the nouns of unnamed sources ("fuentes cercanas",
 * "según fuentes del ministerio").
 */
import { wordSet, type ForeignSpeechWords } from './types';

/** Regular -ar reporting verbs, by stem (afirm-ar). */
const AR_STEMS = `
afirm explic señal asegur añad agreg indic declar coment subray destac apunt manifest relat precis
matiz pregunt lament critic denunci expres enfatiz resalt aclar puntualiz tuite anunci recalc
reiter remarc sentenci ironiz brome valor cuestion opin zanj inform comunic detall argument replic
ratific estim consider asever alert acot
analiz tante reflexion apostill remach razon reivindic avis reclam revel quej sincer
`;
/** Regular -er and -ir verbs, by stem (respond-er, admit-ir, insist-ir). */
const ER_IR_STEMS = `respond admit insist coincid incid exig resum`;
/** Irregular verbs: present 3sg, present 3pl, preterite 3sg, preterite 3pl, imperfect 3sg, participle. */
const IRREGULAR = [
  ['dice', 'dicen', 'dijo', 'dijeron', 'decía', 'dicho'],
  ['sostiene', 'sostienen', 'sostuvo', 'sostuvieron', 'sostenía', 'sostenido'],
  ['advierte', 'advierten', 'advirtió', 'advirtieron', 'advertía', 'advertido'],
  ['reconoce', 'reconocen', 'reconoció', 'reconocieron', 'reconocía', 'reconocido'],
  ['recuerda', 'recuerdan', 'recordó', 'recordaron', 'recordaba', 'recordado'],
  ['cuenta', 'cuentan', 'contó', 'contaron', 'contaba', 'contado'],
  ['concluye', 'concluyen', 'concluyó', 'concluyeron', 'concluía', 'concluido'],
  ['escribe', 'escriben', 'escribió', 'escribieron', 'escribía', 'escrito'],
  ['prosigue', 'prosiguen', 'prosiguió', 'prosiguieron', 'proseguía', 'proseguido'],
  ['exclama', 'exclaman', 'exclamó', 'exclamaron', 'exclamaba', 'exclamado'],
  ['sugiere', 'sugieren', 'sugirió', 'sugirieron', 'sugería', 'sugerido'],
  ['defiende', 'defienden', 'defendió', 'defendieron', 'defendía', 'defendido'],
  ['confiesa', 'confiesan', 'confesó', 'confesaron', 'confesaba', 'confesado'],
  ['contrapone', 'contraponen', 'contrapuso', 'contrapusieron', 'contraponía', 'contrapuesto'],
  ['expone', 'exponen', 'expuso', 'expusieron', 'exponía', 'expuesto'],
  ['describe', 'describen', 'describió', 'describieron', 'describía', 'descrito'],
  ['continúa', 'continúan', 'continuó', 'continuaron', 'continuaba', 'continuado'],
];

/** Third-person present, preterite and imperfect, and the participle, of a regular -ar stem. */
function arForms(stem: string): string[] {
  return [stem + 'a', stem + 'an', stem + 'ó', stem + 'aron', stem + 'aba', stem + 'aban', stem + 'ado'];
}
/** The same forms of a regular -er or -ir stem. */
function erIrForms(stem: string): string[] {
  return [stem + 'e', stem + 'en', stem + 'ió', stem + 'ieron', stem + 'ía', stem + 'ían', stem + 'ido'];
}

const regular = [
  ...AR_STEMS.split(/\s+/).filter(Boolean).map(arForms),
  ...ER_IR_STEMS.split(/\s+/).filter(Boolean).map(erIrForms),
];
const participles = [...new Set([...regular.map((f) => f[f.length - 1]), ...IRREGULAR.map((i) => i[5])])];
/** Auxiliaries of the perfect: "ha dicho", "había explicado", "han asegurado". */
const AUXILIARIES = ['ha', 'han', 'había', 'habían'];

export const SPANISH_SPEECH: ForeignSpeechWords = {
  verbs: [
    ...new Set([
      ...regular.flatMap((f) => f.slice(0, -1)),
      ...IRREGULAR.flatMap((i) => i.slice(0, 5)),
      ...AUXILIARIES.flatMap((a) => participles.map((p) => `${a} ${p}`)),
    ]),
  ],
  clauseFinalVerbs: participles,
  pronouns: { él: 'he', ella: 'she', ellos: 'they', ellas: 'they' },
  determiners: wordSet(`el la los las un una unos unas lo su sus este esta estos estas`),
  phraseWords: wordSet(`
    de del la las los y
    alto alta altos altas exministro exministra expresidente expresidenta ministro ministra presidente presidenta
    director directora portavoz secretario secretaria general alcalde alcaldesa diputado diputada senador
    senadora abogado abogada jefe jefa responsable fundador fundadora profesor profesora investigador
    investigadora experto experta economista sociólogo socióloga historiador historiadora politólogo politóloga
    consejero consejera vecino vecina activista analista delegado delegada gobernador gobernadora
    mismo misma mismos mismas dicho dicha dichos dichas
  `),
  phraseStops: wordSet(`
    a al en con sin por para durante tras ante desde hacia hasta contra según sobre entre mediante
    y o pero que quien quienes cuyo cuya donde cuando si como mientras aunque porque pues también ya además
    ayer hoy mañana lunes martes miércoles jueves viernes sábado domingo recientemente
    es era será ha había han son se le les
  `),
  invertingOpeners: new Set(),
  accordingTo: String.raw`(?:[Ss]egún|[Dd]e\s+acuerdo\s+con|[Ee]n\s+palabras\s+de|[Aa]\s+juicio\s+de|[Aa]\s+decir\s+de)`,
  accordingToAfter: '',
  viewOf: '[Pp]ara',
  studyAuthors: wordSet(`investigadores investigadoras autores autoras científicos científicas`),
  definitePlural: wordSet(`los las`),
  anonymousHeads: wordSet(`
    fuente fuentes allegado allegados allegada allegadas cercano cercanos responsable responsables experto
    expertos experta expertas observador observadores analista analistas diplomático diplomáticos funcionario
    funcionarios funcionaria portavoz portavoces miembro miembros entorno testigo testigos vecino vecinos
    asesor asesores asesora cargo cargos dirigente dirigentes investigador investigadores especialista
    especialistas
  `),
  separable: {},
};
