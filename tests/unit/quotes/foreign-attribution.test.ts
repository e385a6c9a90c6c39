/**
 * Who said it, on German, French and Spanish pages: the inverted verb after the quote, a verb introducing it,
 * "laut"/"selon"/"según", pronouns (and the subject Spanish leaves out), unnamed sources; and quoted titles or
 * scare-quoted words that have no speaker.
 */
import { describe, expect, it } from 'vitest';
import {
  findForeignSpeakerCue,
  isForeignAnonymous,
  type ForeignQuoteLanguage,
} from '../../../lib/core/quotes/foreign-attribution';
import { findQuotes } from '../../../lib/core/quotes/extract-quotes';
import { PeopleIndex } from '../../../lib/core/quotes/people';
import { FOREIGN_SPEECH } from '../../../lib/core/data/foreign-speech';
import { quotesIn, scanInto } from './quotes-of';
import { pairQuoteMarks } from '../../../lib/core/quotes/quote-marks';

/** The cue around the first quotation of a sentence, cut the way the extractor cuts it. */
function cueIn(lang: ForeignQuoteLanguage, sentence: string) {
  const [span] = pairQuoteMarks(sentence).spans;
  if (!span) throw new Error(`no quotation in: ${sentence}`);
  const quoted = sentence.slice(span.start, span.end);
  return findForeignSpeakerCue(
    lang,
    sentence.slice(0, span.markStart),
    sentence.slice(span.markEnd),
    /[.!?…]\s*$/u.test(quoted),
  );
}

/** The speaker phrase, marked when it is a pronoun. */
function speaker(lang: ForeignQuoteLanguage, sentence: string): string | null {
  const cue = cueIn(lang, sentence);
  return cue ? (cue.pronoun ? `pronoun:${cue.phrase}` : cue.phrase) : null;
}

describe('German', () => {
  it('reads the inverted subject after the quote', () => {
    expect(speaker('de', '„Wir werden alle Optionen prüfen“, sagte Müller am Montag in Berlin.')).toBe('Müller');
    expect(speaker('de', '„Das ist ein schwerer Fehler“, kritisierte die Grünen-Politikerin Anna Weber.')).toBe(
      'Anna Weber',
    );
    expect(speaker('de', '»Das war knapp«, erzählt der 48-Jährige.')).toBe('der 48-Jährige');
  });

  it('drops the role before a name and stops at the object after it', () => {
    expect(speaker('de', '„Das reicht nicht“, sagt der Parteienrechtler Martin Morlok, Professor in Düsseldorf.')).toBe(
      'Martin Morlok',
    );
    expect(speaker('de', '„Es wird teurer“, sagte Bundesverkehrsminister Scheuer.')).toBe('Scheuer');
    expect(speaker('de', '„Die Liste wird länger“, sagte Allendorf der Frankfurter Allgemeinen Zeitung.')).toBe(
      'Allendorf',
    );
    expect(speaker('de', '„So geht es nicht“, sagt der Experte Ulrich Müller von LobbyControl.')).toBe('Ulrich Müller');
    expect(speaker('de', '„Wir bleiben dabei“, sagte Ursula von der Leyen in Brüssel.')).toBe('Ursula von der Leyen');
  });

  it('reads "anticipe" (predicts) as a French reporting verb, its subject inverted after a place', () => {
    expect(speaker('fr', '« Cela créerait trop de problèmes », anticipe à Pékin Andy Rothman.')).toBe('Andy Rothman');
  });

  it('reads a verb of three words ("met en garde", "a mis en garde") and a subject after an elided article', () => {
    expect(speaker('fr', '« Cela entraînerait une guerre commerciale », met en garde l’économiste Eswar Prasad.')).toBe(
      'Eswar Prasad',
    );
    expect(speaker('fr', '« Il a tort sur toute la ligne », a mis en garde Marie Dupont.')).toBe('Marie Dupont');
    expect(speaker('fr', "« Nous partons », a dit l'avocat de la famille.")).toBe("l'avocat de la famille");
  });

  it('reads "a-t-il convenu" (he granted) and "avait-il asséné" (he asserted) as French reporting verbs', () => {
    expect(speaker('fr', '« A ce stade, on émet beaucoup de réserves », a-t-il convenu.')).toBe('pronoun:he');
    expect(speaker('fr', '« La politique de patience stratégique est terminée », avait-il asséné.')).toBe('pronoun:he');
  });

  it('reads an abbreviated title before a name as part of the phrase, not the end of a sentence', () => {
    expect(speaker('de', '„Nein, das machen wir nicht“, sagte Prof. Anna Schmidt von der Universität.')).toBe(
      'Anna Schmidt',
    );
    expect(
      speaker('fr', '« Les comptes me forcent à demander des sacrifices », avait expliqué M. Passos Coelho.'),
    ).toBe('M. Passos Coelho');
    expect(speaker('es', '«Esperamos que todo salga bien», dijo el Dr. García. Luego se fue.')).toBe('Dr. García');
  });

  it('reads "er" after the verb as the subject, and the word before it as an adverb', () => {
    expect(speaker('de', 'Weiter schrieb er: „Wir werden das nicht hinnehmen.“')).toBe('pronoun:he');
    expect(speaker('de', 'Ergänzend sagte sie: „Wir werden klagen.“')).toBe('pronoun:she');
    expect(speaker('de', 'Müller sagte: „Wir werden klagen.“')).toBe('Müller');
  });

  it('needs the particle of a separable verb', () => {
    expect(speaker('de', '„Die Prüfung dauert an“, teilte das Ministerium am Montag mit.')).toBe('das Ministerium');
    expect(speaker('de', '„Das war ein Fehler“, räumte er später ein.')).toBe('pronoun:he');
    expect(
      speaker('de', 'Auch eine Frage zur Sprache gibt es in der Umfrage: „Wie wichtig ist Ihnen das?“'),
    ).toBeNull();
  });

  it('reads "so X" after and between commas before the quote', () => {
    expect(speaker('de', '„Ich freue mich sehr auf den Chor“, so Emanuel Scobel.')).toBe('Emanuel Scobel');
    expect(speaker('de', 'Die Produkte würden, so das Gericht, „zu kommerziellen Zwecken präsentiert“.')).toBe(
      'das Gericht',
    );
  });

  it('reads a verb that introduces the quote, in either word order', () => {
    expect(speaker('de', 'Der Minister hat gesagt: „Wir halten Kurs.“')).toBe('Der Minister');
    expect(speaker('de', 'Dazu sagte Müller: „Das ist nicht verhandelbar.“')).toBe('Müller');
    expect(
      speaker('de', 'So behauptete der frühere FPÖ-Chef Hans-Christian Strache: „Es gibt ein paar Vermögende.“'),
    ).toBe('Hans-Christian Strache');
  });

  it('gives er and sie as pronouns, sie as they with a plural verb', () => {
    expect(speaker('de', '„Wir sind bereit“, sagte er.')).toBe('pronoun:he');
    expect(speaker('de', '„Ich bin bereit“, sagte sie der Nachrichtenagentur dpa.')).toBe('pronoun:she');
    expect(speaker('de', '„Wir sind bereit“, sagten sie.')).toBe('pronoun:they');
    expect(speaker('de', 'Sie erklärt: „Ich habe das noch einmal aufgegriffen.“')).toBe('pronoun:she');
  });

  it('reads laut X and X zufolge', () => {
    expect(speaker('de', 'Laut Angela Merkel ist „die Lage ernst, aber beherrschbar“.')).toBe('Angela Merkel');
    expect(speaker('de', 'Dem Bericht zufolge sei „kein Schaden entstanden“.')).toBe('Dem Bericht');
  });

  it('reads "ließ X wissen" and a quoted phrase spoken of before the verb', () => {
    expect(speaker('de', '„Der Thron ist kein Ruhekissen“, ließ der König seinen Sohn wissen.')).toBe('der König');
    expect(speaker('de', 'Vom „größten Projekt seit der Bahnreform“ sprach Bundesverkehrsminister Scheuer.')).toBe(
      'Scheuer',
    );
  });

  it('takes no speaker from the next sentence or from a title that is the subject', () => {
    expect(speaker('de', '„Wir kommen wieder.“ Laut Polizei waren 200 Menschen auf der Straße.')).toBeNull();
    expect(speaker('de', 'Der Film „Das Boot“ erzählt die Geschichte einer U-Boot-Besatzung.')).toBeNull();
  });

  it('finds no speaker for titles and scare quotes', () => {
    expect(
      speaker('de', 'Unter dem Titel „Politik im Netz“ veranstaltet die Stiftung am Samstag eine Tagung.'),
    ).toBeNull();
    expect(
      speaker('de', 'In ihrem Buch „Den Sinn des Lebens finden“ beschreibt Bettina Lemke zehn Punkte.'),
    ).toBeNull();
    expect(speaker('de', 'Vier Sitze werden mit „mangelhaft“ bewertet.')).toBeNull();
    expect(
      speaker('de', 'Dann schickt Gezer eine Nachricht an Fichtner und Geyer: „Es ist schlimmer als gedacht.“'),
    ).toBeNull();
  });
});

describe('French', () => {
  it('reads the inverted subject and the hyphenated pronoun', () => {
    expect(speaker('fr', '« Nous ne céderons pas », a déclaré le ministre de l’Intérieur Gérald Darmanin.')).toBe(
      'Gérald Darmanin',
    );
    expect(speaker('fr', '« Pour certains d’entre eux on est très interrogatif », a ajouté Laurent Fabius.')).toBe(
      'Laurent Fabius',
    );
    expect(speaker('fr', '« C’est un choix difficile », explique-t-elle.')).toBe('pronoun:she');
    expect(speaker('fr', '« Rien n’est décidé », a-t-il ajouté.')).toBe('pronoun:he');
    expect(speaker('fr', '« Je pars », dit-il.')).toBe('pronoun:he');
  });

  it('reads the inverted subject after the clitic of whom it was said to (round 15, Libération)', () => {
    expect(speaker('fr', '« La violence ne se justifie pas », lui a répondu le ministre.')).toBe('le ministre');
    expect(speaker('fr', '« Nous partirons demain », m’a confié Marie Dupont.')).toBe('Marie Dupont');
    // (The name stops at "en", which ends a speaker's phrase far more often than it continues one.)
    expect(speaker('fr', '« Aucun comportement ne le justifie », lui a fait écho la République en marche.')).toMatch(
      /^la République/,
    );
    expect(speaker('fr', '« Rien n’est décidé », leur a-t-il expliqué.')).toBe('pronoun:he');
  });

  it('reads past a day or an adverb between the verb and its subject (round 16)', () => {
    expect(speaker('fr', '« Nous ne céderons rien », a déclaré mardi le ministre du Travail, Olivier Dussopt.')).toBe(
      'Olivier Dussopt',
    );
    expect(speaker('fr', '« Nous ne céderons rien », a récemment déclaré le ministre.')).toBe('le ministre');
  });

  it('reads "de l’avis de" and "à en croire" as "selon" (round 27, Le Figaro)', () => {
    expect(speaker('fr', 'De l’avis de Jean Martin, « la réforme est morte et personne ne la regrettera ».')).toBe(
      'Jean Martin',
    );
    expect(speaker('fr', 'À en croire Marie Dupont, « la réforme est morte et personne ne la regrettera ».')).toBe(
      'Marie Dupont',
    );
  });

  it('reads a verb introducing the quote with "que", and "selon les termes de"', () => {
    expect(speaker('fr', 'Le ministre a affirmé que « rien ne sera décidé avant l’été ».')).toBe('Le ministre');
    expect(
      speaker('fr', 'La démocratie exige, selon les termes mêmes de Martha Nussbaum, « une attention égale ».'),
    ).toBe('Martha Nussbaum');
    // Only the clause before "que": "Rappelons" opens the sentence, the attendus speak.
    expect(
      speaker('fr', 'Rappelons que, concernant les revues, les attendus précisent aussi que « la section a estimé ».'),
    ).not.toBe('Rappelons');
  });

  it('gives a view opening its sentence with "Pour" to the person named, and only to a name', () => {
    // Round 15 (internetactu.net): "Pour Eyal, « … »" went to the speaker of the quote before.
    expect(speaker('fr', 'Pour Eyal, « une application est réussie quand elle répond aux besoins ».')).toBe('Eyal');
    expect(speaker('fr', 'Pour Tristan Harris également : « il y a un conflit fondamental ».')).toBe('Tristan Harris');
    expect(speaker('fr', 'Pour cela, « il faut revenir aux origines ».')).toBeNull();
    expect(speaker('fr', 'Pour la première fois, « la ville respire ».')).toBeNull();
  });

  it('skips a dative and takes a name in apposition', () => {
    expect(speaker('fr', '« La situation est grave », a déclaré à l’AFP le maire de Lyon.')).toBe('le maire de Lyon');
    expect(speaker('fr', '« Nous verrons », estime le porte-parole du gouvernement, Olivier Véran.')).toBe(
      'Olivier Véran',
    );
    expect(speaker('fr', '« Les chiffres sont bons », indique Marie Dupont, porte-parole de la mairie.')).toBe(
      'Marie Dupont',
    );
  });

  it('reads a verb before the quote and selon', () => {
    expect(speaker('fr', 'Le ministre a déclaré : « Nous irons jusqu’au bout. »')).toBe('Le ministre');
    expect(speaker('fr', 'Il explique : « Ce n’est pas une question d’argent. »')).toBe('pronoun:he');
    expect(
      speaker('fr', 'Les blessés sont « les plus vulnérables », selon le ministère des Affaires étrangères.'),
    ).toBe('le ministère des Affaires étrangères');
  });

  it('reads the future tense narration uses and the common verbs of analysis and reply', () => {
    expect(speaker('fr', '« Ce délai est regrettable », ajoutera Céline Morel aux assises.')).toBe('Céline Morel');
    expect(speaker('fr', '« Rien ne change », dira le maire de Lyon.')).toBe('le maire de Lyon');
    expect(speaker('fr', '« Les médias ont tardé », analyse Paul Martin.')).toBe('Paul Martin');
    expect(speaker('fr', '« C’est faux », rétorque la ministre.')).toBe('la ministre');
  });

  it('finds no speaker for titles and scare quotes', () => {
    expect(speaker('fr', 'Le site « Les Jours » a entrepris de décrypter la communication du président.')).toBeNull();
    expect(
      speaker(
        'fr',
        'D’un côté une « urgence absolue », pour laquelle un agent pourra se passer de l’avis de la CNCTR.',
      ),
    ).toBeNull();
  });
  it('reads reflexive and literary reporting verbs, and adverbs between the auxiliary and its participle (round 34)', () => {
    // (franceinfo: five quotes of four named politicians went to the person quoted before them.)
    expect(speaker('fr', '« Vous franchissez la ligne », a notamment tancé la députée Claire Martin.')).toBe(
      'Claire Martin',
    );
    expect(speaker('fr', '« C’est une faute », a renchéri le patron du parti, Paul Girard, sur la radio.')).toBe(
      'Paul Girard',
    );
    expect(speaker('fr', '« Où allons-nous ? », s’est de son côté interrogé Marc Petit sur France Inter.')).toBe(
      'Marc Petit',
    );
    expect(speaker('fr', '« C’est fini », s’est inquiétée la ministre.')).toBe('la ministre');
    expect(speaker('fr', '« J’ai entendu le vent », se remémore une habitante.')).toBe('une habitante');
    expect(speaker('fr', '« Rien ne presse », concède le maire.')).toBe('le maire');
    expect(speaker('fr', '« Il n’a rien vu », avait alors répondu à l’AFP son avocat, Jean Morel.')).toBe('Jean Morel');
    expect(speaker('fr', 'Le ministre a fait valoir que « la loi était claire ».')).toBe('Le ministre');
    // Near miss: "s’est demandé" in a sentence with no quote of its own before it is no attribution.
    expect(speaker('fr', 'Il a cité « Le Monde » et s’est demandé pourquoi.')).toBeNull();
  });

  it('gives a quote that is the object of a reporting verb to the verb’s subject', () => {
    expect(speaker('fr', 'Laura Frémy analyse « la fabrique d’une voix » dans les années 70.')).toBe('Laura Frémy');
    expect(speaker('es', 'El ministro denunció «una campaña de odio».')).toBe('El ministro');
    // Near miss: a quote inside a relative clause is no object of the main verb.
    expect(speaker('es', 'El libro, que cuenta «la historia de un pueblo», fue un éxito.')).toBeNull();
  });
});

describe('Spanish', () => {
  it('reads reflexive and more reporting verbs, "desde" a body, and a name after a long description (round 34)', () => {
    // (20minutos: "se lamenta X", "analiza X", "confiesa X", "coincide … el portavoz …, X" went to earlier speakers.)
    expect(speaker('es', '«Vivir de alquiler es imposible», se lamenta Rubén Llamas, vecino del barrio.')).toBe(
      'Rubén Llamas',
    );
    expect(speaker('es', '«Hay casos nuevos», analiza Armenteros.')).toBe('Armenteros');
    expect(speaker('es', '«Se ha comprobado», confiesa la doctora.')).toBe('la doctora');
    expect(speaker('es', '«Hay que valorarlo», tantea.')).toBe('pronoun:');
    expect(
      speaker(
        'es',
        '«Llega tarde», coincide a este respecto el portavoz del Sindicato de Técnicos (Gestha), José Mollinedo.',
      ),
    ).toBe('José Mollinedo');
    expect(speaker('es', '«Hay que actuar rápido», señalan desde la UME.')).toBe('la UME');
    expect(speaker('es', '«Se acabó», dijo el ministro de Hacienda Juan Pérez.')).toBe('Juan Pérez');
    // Near miss: a reflexive verb with no subject may be impersonal, and names no one.
    expect(speaker('es', '«Vivir de alquiler es imposible», se explica en el informe.')).toBeNull();
  });

  it('keeps a particle inside a given name and prefers the person a pronoun’s own sentence introduced', () => {
    const quotes = quotesIn(
      'es',
      '«Son reinfecciones en menor tiempo», analiza Armenteros.',
      'Con él coincide María del Mar Tomás, portavoz de la Sociedad Española de Enfermedades Infecciosas y Microbiología Clínica (Seimc): «Las olas llegaban cada tres meses», contrapone.',
      '«La cuarta dosis aumenta la protección», afirma.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Armenteros', 'María del Mar Tomás', 'María del Mar Tomás']);
  });

  it('reads "las mismas fuentes" (the same sources) as unnamed', () => {
    expect(isForeignAnonymous('es', 'las mismas fuentes')).toBe(true);
    expect(speaker('es', '«Hay que vigilar», agregan las mismas fuentes.')).toBe('las mismas fuentes');
  });
  it('reads the inverted subject after the quote', () => {
    expect(speaker('es', '«No vamos a subir los impuestos», dijo el ministro.')).toBe('el ministro');
    expect(speaker('es', '«Es un día histórico», afirmó Pedro Sánchez en rueda de prensa.')).toBe('Pedro Sánchez');
    expect(speaker('es', '«Hay que esperar», señaló la alcaldesa de Madrid, Manuela Carmena.')).toBe('Manuela Carmena');
    expect(speaker('es', '“Todo está en orden”, aseguró la portavoz.')).toBe('la portavoz');
    expect(speaker('es', '«Todo está en orden», le respondió el ministro.')).toBe('el ministro');
    expect(speaker('es', 'Para Francisco, «el silencio ya no es posible».')).toBe('Francisco');
  });

  it('reads a name in apposition to a description, a title before a surname, and past an object pronoun (round 33)', () => {
    expect(speaker('es', 'La precandidata presidencial, Vicky Dávila, dijo: “Este cree que va a ganar votos”.')).toBe(
      'Vicky Dávila',
    );
    expect(speaker('es', 'Por su parte, el exalcalde Quintero le respondió: “Respeto a Bolívar”.')).toBe('Quintero');
    expect(speaker('fr', 'Le ministre lui a répondu : « Nous allons continuer ».')).toBe('Le ministre');
    // Near miss: a description alone stays the speaker.
    expect(speaker('es', 'El ministro le respondió: “Todo está en orden”.')).toBe('El ministro');
  });

  it('gives a definite role at a body to the person the article named in it, not to an unnamed source (round 34)', () => {
    // (20minutos: three quotes of "el portavoz de la SEMG" were flagged as an unnamed source's at "high".)
    const paragraphs = [
      'Lorenzo Armenteros, portavoz de la Sociedad Española de Médicos Generales y de Familia (SEMG), habló ayer.',
      'El verano trae más contagios de lo que se esperaba en julio.',
      '“Nadie lo puede saber, es una presunción por el histórico”, advierte el portavoz de la SEMG.',
      '“No se puede prever”, advierte el portavoz de la SEMIC.',
    ];
    const quotes = quotesIn('es', ...paragraphs);
    expect(quotes.map((q) => [q.speaker, q.attribution])).toEqual([
      ['Lorenzo Armenteros', 'named'],
      // Near miss: another body's spokesman, never named, stays unnamed.
      ['el portavoz de la SEMIC', 'anonymous'],
    ]);
  });

  it('reads "estimó", "consideró", "aseveró" as reporting verbs (round 32)', () => {
    expect(speaker('es', '“Se van a secar”, estimó Chacín.')).toBe('Chacín');
    expect(speaker('es', '“Es un error”, consideró la diputada.')).toBe('la diputada');
    expect(speaker('es', '“No pasa el camión”, aseveró Gabriel Martínez.')).toBe('Gabriel Martínez');
  });

  it('gives a quotation the paragraph after closes without reopening it to the speaker named there (round 32)', () => {
    // (El Pitazo: “... becerros. / Nuestra preocupación ... meses”, estimó Chacín. The first piece had no speaker.)
    const paragraphs = [
      'Dijo que los productores debieron paralizar una parte del ordeño en sus unidades de producción.',
      '“Se originó una situación imprevista. Buena parte del rebaño dejó de ser ordeñado.',
      'Nuestra preocupación es que estos animales se van a secar en un lapso de nueve meses”, estimó Chacín.',
    ];
    const quotes = quotesIn('es', ...paragraphs);
    expect(quotes.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['Se originó una situa', 'Chacín'],
      ['Nuestra preocupación', 'Chacín'],
    ]);
  });

  it('reads past an adverb or a day, and a description before the name in apposition (round 16)', () => {
    expect(
      speaker(
        'es',
        '«Somos una nación de inmigrantes», dijo recientemente el presidente de Estados Unidos, Barack Obama.',
      ),
    ).toBe('Barack Obama');
    expect(
      speaker(
        'es',
        '«No vamos a comentar las cifras», advertía este jueves la portavoz de Asuntos Económicos de la CE, Annika Breidthardt.',
      ),
    ).toBe('Annika Breidthardt');
    expect(speaker('es', '«No vamos a comentar las cifras», dijo ayer el ministro.')).toBe('el ministro');
  });

  it('reads "X ha insistido en que «…»" and where the words come from ("Desde X señalan que")', () => {
    expect(
      speaker('es', 'El líder de Podemos ha insistido en numerosas ocasiones en que «hay que feminizar la política».'),
    ).toBe('El líder de Podemos');
    expect(speaker('es', 'Desde prensa del partido señalan que «estos puestos no implican nada».')).toBe(
      'prensa del partido',
    );
    expect(speaker('es', 'Desde comunicación del partido informan que «la decisión todavía no es definitiva».')).toBe(
      'comunicación del partido',
    );
  });

  it('gives a pronoun cue for the subject the verb leaves out', () => {
    expect(speaker('es', '«Fue un error», explicó en una entrevista con este diario.')).toBe('pronoun:');
    expect(speaker('es', '«Nadie me avisó», dijo ella.')).toBe('pronoun:she');
  });

  it('reads a verb before the quote and según', () => {
    expect(speaker('es', 'El ministro dijo: «No hay marcha atrás».')).toBe('El ministro');
    expect(speaker('es', 'Según el presidente del club, «el equipo está listo».')).toBe('el presidente del club');
  });

  it('reads según only where it attributes, not "according to the rules" later in the sentence', () => {
    expect(
      speaker('es', 'Propician «un proceso de autonomía», y lo hacen cada año según sus normas y costumbres.'),
    ).toBeNull();
  });

  it('finds no speaker for titles and scare quotes', () => {
    expect(speaker('es', 'La película «Mar adentro» se estrenó en 2004.')).toBeNull();
    expect(speaker('es', 'El llamado «impuesto al sol» desapareció en 2018.')).toBeNull();
  });
});

describe('unnamed sources', () => {
  it('sets the phrase of an anonymous source', () => {
    expect(speaker('de', '„Das ist beschlossene Sache“, hieß es aus Regierungskreisen.')).toBe('Regierungskreisen');
    expect(speaker('de', '„Das macht Sebastian K.“, sagt uns die Quelle.')).toBe('die Quelle');
    expect(speaker('fr', '« Le dossier est clos », affirme une source proche du dossier.')).toBe('une source');
    expect(speaker('es', '«No habrá acuerdo», aseguran fuentes cercanas a la negociación.')).toBe('fuentes');
    expect(speaker('es', 'Según fuentes del ministerio, «la decisión está tomada».')).toBe('fuentes del ministerio');
  });

  it('relays a named speaker through an unnamed source', () => {
    const cue = cueIn('fr', 'Selon des sources diplomatiques, le ministre a déclaré : « Nous partirons. »');
    expect(cue?.phrase).toBe('le ministre');
    expect(cue?.relayedBy).toBe('des sources');
  });

  it('tells unnamed sources from named people and bodies', () => {
    expect(isForeignAnonymous('de', 'Regierungskreisen')).toBe(true);
    expect(isForeignAnonymous('de', 'ein Sprecher des Ministeriums')).toBe(true);
    expect(isForeignAnonymous('de', 'ein Parteimitglied')).toBe(true);
    expect(isForeignAnonymous('de', 'Insidern')).toBe(true);
    expect(isForeignAnonymous('de', 'eine mit den Vorgängen vertraute Person')).toBe(true);
    expect(isForeignAnonymous('de', 'ein ranghoher Beamter')).toBe(true);
    expect(isForeignAnonymous('de', 'Regierungssprecher Steffen Seibert')).toBe(false);
    expect(isForeignAnonymous('de', 'ein Siemens-Sprecher')).toBe(false);
    expect(isForeignAnonymous('de', 'Martin Morlok')).toBe(false);
    expect(isForeignAnonymous('de', 'das Ministerium')).toBe(false);
    expect(isForeignAnonymous('fr', 'une source proche du dossier')).toBe(true);
    expect(isForeignAnonymous('fr', 'un haut responsable')).toBe(true);
    expect(isForeignAnonymous('fr', 'le porte-parole Olivier Véran')).toBe(false);
    expect(isForeignAnonymous('fr', 'le ministre')).toBe(false);
    expect(isForeignAnonymous('es', 'fuentes cercanas a la negociación')).toBe(true);
    expect(isForeignAnonymous('es', 'un alto cargo del ministerio')).toBe(true);
    expect(isForeignAnonymous('es', 'Pedro Sánchez')).toBe(false);
    // The authors of the study the story reports on are on its record; researchers met by chance are not (round 16).
    expect(isForeignAnonymous('es', 'los investigadores')).toBe(false);
    expect(isForeignAnonymous('es', 'unos investigadores')).toBe(true);
    expect(isForeignAnonymous('de', 'die Forscher')).toBe(false);
  });
});

describe('the people a German page names', () => {
  /** A people index set up for German, as the extractor sets it up. */
  function germanPeople(...paragraphs: string[]): PeopleIndex {
    return scanInto(
      new PeopleIndex(FOREIGN_SPEECH.de.phraseStops, true, new Set(['sagt', 'glaubt', 'so'])),
      paragraphs,
    );
  }

  it('takes a noun used alone after a verb for no surname, a name used alone after a reporting verb for one', () => {
    const people = germanPeople(
      'Wenn Influencer Unternehmen verlinken, bezahlen Unternehmen oft dafür.',
      'Fabian Stenger leitet die Firma. Nur Wettbewerb helfe, glaubt Stenger.',
    );
    expect(people.fullName('Unternehmen')).toBeNull();
    expect(people.fullName('Stenger')).toBe('Fabian Stenger');
  });

  it('knows common German, French and Spanish given names', () => {
    const people = germanPeople('Heike Schmoll ist Redakteurin bei der Zeitung.');
    expect(people.fullName('Schmoll')).toBe('Heike Schmoll');
  });
});

describe('findQuotes on de/fr/es pages', () => {
  const quotesOf = (lang: string, text: string) => findQuotes([{ text, start: 0 }], lang);

  it('takes a full name opening its sentence, behind a fronted phrase, for the person "a-t-il dit" stands for', () => {
    // Round 15 (Libération): "M’jid" is no given name the list knows, and "il" went to the speaker before.
    const [, apology] = findQuotes(
      [
        { text: '« Nous condamnons ces actes », écrit le PS dans un communiqué.', start: 0 },
        {
          text: 'Contacté par l’AFP, M’jid El Guerrab a reconnu un geste violent. « Je m’excuse pour la violence du geste », a-t-il dit.',
          start: 80,
        },
      ],
      'fr',
    );
    expect(apology.speaker).toBe('M’jid El Guerrab');
    // Near miss: "il" inverted in a question after a quote is "it", and makes no one a person. (A given name the
    // list does not know, so that only "il" could make him one.)
    const [, question] = findQuotes(
      [
        { text: 'Le livre est paru en mai.', start: 0 },
        {
          text: 'À propos des réseaux, Yanis Chauvier souligne la crise. Face à « l’éther glauque du mot de crise » serait-il à l’œuvre ? « Comment le grain d’une voix fait-il la radio ? »',
          start: 40,
        },
      ],
      'fr',
    );
    expect(question.speaker).not.toBe('Yanis Chauvier');
  });

  it('reads an attribution set inside the marks between commas, as French and Spanish print it', () => {
    // Round 27 (Le Monde): the speaker of « …, affirme X, … » was nobody, or a name from the paragraph before.
    const [shark] = quotesOf(
      'fr',
      '« Des requins qui se mangent entre eux, cela arrive, affirme Bernard Séret, spécialiste des squales. La règle, c’est que le plus gros mange le plus petit. »',
    );
    expect(shark.speaker).toBe('Bernard Séret');
    const [dijo] = quotesOf('es', '«Hay que esperar a los datos, dijo Ana Ruiz, porque todavía no sabemos nada».');
    expect(dijo.speaker).toBe('Ana Ruiz');
    // Near miss: a comma inside the quote that no reporting verb follows names no one.
    const [plain] = quotesOf('fr', '« Nous partons demain, avec les enfants, pour la mer. »');
    expect(plain.speaker).toBeNull();
  });

  it('lists a short German sentence that is mostly capitals, with its speaker (round 17, taz)', () => {
    // German capitalises nouns and a speech addresses people: not a title, with "ist" and "eine" in lower case.
    const [q] = quotesOf('de', '„Das ist eine Sauerei, Herr Laschet“, meinte Kutschaty.');
    expect(q).toMatchObject({ text: 'Das ist eine Sauerei, Herr Laschet', speaker: 'Kutschaty' });
    const [scheuer] = quotesOf(
      'de',
      '„Wir haben heute einen historischen Durchbruch erzielt“, verkündete Andreas Scheuer.',
    );
    expect(scheuer.speaker).toBe('Andreas Scheuer');
  });

  it('names a German speaker without the office before the name, and finds "sie" after two ministers', () => {
    // Round 17 (taz): German capitalises nouns, so "Der Innenminister" ran into the name and hid its gender; and a
    // double surname ("Schulze Föcking") hid "Svenja Schulze" as a person, so "sie" went to the byline.
    const paragraphs = [
      'Die Bundesumweltministerin Svenja Schulze (SPD) hat die Hersteller kritisiert. Am Montag appellierte sie an die Autoindustrie: „Ich fordere schon lange technische Nachrüstungen.“',
      'Der Innenminister Herbert Reul sagte am Mittwoch: „Wir wissen es nicht.“ Später erklärte die Ministerin Christina Schulze Föcking, dass alles geklärt sei. „Das ist eine gute Nachricht für uns alle“, sagte sie.',
    ];
    const quotes = findQuotes(
      paragraphs.map((text, i) => ({ text, start: i * 300 })),
      'de',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Svenja Schulze', 'Herbert Reul', 'Christina Schulze Föcking']);
  });

  it('reads past a dative of two words, an adjective before an apposed name, and a particle after an office (round 20)', () => {
    // "a expliqué au Bien public la jeune femme": to whom, then who.
    const [mother] = quotesOf(
      'fr',
      '« Je ne savais pas que c’était interdit », a expliqué au Bien public la jeune femme.',
    );
    expect(mother.speaker).toBe('la jeune femme');
    // "señaló su homólogo japonés Shinzo Abe": the name, not "su homólogo".
    const [abe] = quotesOf('es', '«Debemos mantener la presión», señaló su homólogo japonés Shinzo Abe.');
    expect(abe.speaker).toBe('Shinzo Abe');
    // "sagt Museumsdirektor Peter de Rijk": the particle after the given name, not after a full name.
    const [rijk] = quotesOf('de', '„Das Böse kam oft schön verpackt daher“, sagt Museumsdirektor Peter de Rijk.');
    expect(rijk.speaker).toBe('Peter de Rijk');
    const [mueller] = quotesOf('de', '„Das ist neu“, sagt Ulrich Müller von der Stiftung.');
    expect(mueller.speaker).toBe('Ulrich Müller');
  });

  it('reads an auxiliary after the quote with its participle closing the clause, and a name followed by where the person is from (round 20, SPIEGEL)', () => {
    const [cakaj] = quotesOf(
      'de',
      '„Albanien ist entschlossen, zur Sicherheit beizutragen“, hatte der amtierende Außenminister Gent Cakaj im Juli in Wien angekündigt.',
    );
    expect(cakaj.speaker).toContain('Gent Cakaj');
    const [surroi] = quotesOf(
      'de',
      'Der Publizist Veton Surroi aus dem Nachbarland Kosovo schrieb laut einem Bericht der Nachrichtenagentur dpa: „Albanien ist in einer paradoxen Lage.“',
    );
    expect(surroi.speaker).toContain('Veton Surroi');
    // Near miss: an auxiliary with no reporting participle at the clause's end reports nothing.
    const [built] = quotesOf(
      'de',
      '„Wir fahren morgen früh zurück nach Hause“, hatte der Architekt im Juli in Wien gebaut.',
    );
    expect(built.speaker).toBeNull();
  });

  it('marks a quotation relayed by an unnamed party member anonymous, and a named minister named', () => {
    const [unnamed] = quotesOf(
      'de',
      '„Das ist für uns nicht akzeptabel“, sagte ein Parteimitglied am Montag in Berlin.',
    );
    expect(unnamed.attribution).toBe('anonymous');
    const [named] = quotesOf('de', '„Das ist für uns nicht akzeptabel“, sagte Finanzministerin Anna Becker am Montag.');
    expect(named).toMatchObject({ attribution: 'named', speaker: 'Anna Becker' });
  });

  it('never takes a preposition or conjunction opening the sentence for part of a name', () => {
    // "Pour X, « Q »": the name after the preposition, not "Pour X".
    const [pour] = quotesOf('fr', 'Pour Paul Martin, « ce qui est nouveau, c’est que c’est acté ». Il insiste.');
    expect(pour.speaker).toBe('Paul Martin');
    // "Chez Brut, ...": a place or a firm after "chez" is nobody; the pronoun is the journalist's named before.
    const [chez] = findQuotes(
      [
        { text: 'Le journaliste Paul Martin passe rarement inaperçu dans les cortèges.', start: 0 },
        { text: 'Chez Brut, le média social, « la question a été abordée dès le début » explique-t-il.', start: 72 },
      ],
      'fr',
    );
    expect(chez.speaker).toBe('Paul Martin');
    // An article opening sentences is no surname, however often it opens them (round 15: "Le" spoke twice).
    const [article] = quotesOf(
      'fr',
      'Le plus grand risque est là. Le succès des services est réel. Le plus dur reste à faire. « Nous devons agir maintenant », explique-t-il.',
    );
    expect(article.speaker).toBeNull();
    const [aber] = quotesOf('de', 'Am Telefon ist sie herzlich. „Wir müssen zusammenhalten.“');
    expect(aber.speaker).toBeNull();
  });

  it('takes no German noun phrase opening a sentence for a person: German capitalises every noun', () => {
    const [question] = quotesOf(
      'de',
      'Speziell Gemüse hat kaum Kalorien und hilft allen, die eine Antwort auf die Frage "Wie nehme ich schnell ab" suchen.',
    );
    expect(question.speaker).toBeNull();
    const [name] = quotesOf(
      'de',
      'Der Fokus im "Internationalen Medienverbund reg.Gen.m.b.H." lag auf freier Software.',
    );
    expect(name.speaker).toBeNull();
    // A person whose surname the article uses alone after a verb still is one, given name unknown or not.
    const quotes = findQuotes(
      [
        { text: '„Man muss aufpassen“, sagt Fabian Stenger, der Chef von Flixbus.', start: 0 },
        { text: 'Nur Wettbewerb helfe der Bahn, glaubt Stenger.', start: 70 },
        { text: '„Warum sollte die Bahn allein etwas bewegen?“, fragt Stenger.', start: 120 },
      ],
      'de',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Fabian Stenger', 'Fabian Stenger']);
  });
});
