/**
 * Common given names (English-speaking countries', then the commonest German, French, Spanish and Italian ones, which
 * the foreign-language pages need: German capitalises every noun, so a known given name is what marks a person there),
 * by the gender they usually go with: a capitalised run that starts with one is a person,
 * and "he"/"she" then skips people of the other gender. Not exhaustive (an unknown first name is merely
 * unknown), and a usual gender is only a hint, so the quotation attributor never relies on it alone.
 */
import { wordSet } from '../text/words';

const MALE = `aaron abdul adam adrian ahmed alan albert alex alexander alexandre alexei  ali allan amir andre
andrei andrew andy angelo anthony antonio arnold arthur barry ben benjamin bernard bill billy blake bob bobby brad
bradley brandon brendan brent brett brian bruce bryan caleb calvin cameron carl carlos chad charles charlie chris
christian christopher chuck clark claude clayton colin conor craig curtis dale damon dan daniel danny darren 
dave david dean dennis derek devin dominic don donald doug douglas duncan dustin dwight earl ed eddie edward 
emmanuel eric erik ethan evan felix fernando francis francisco frank franklin fred frederick gabriel garry gary
gavin geoff geoffrey george gerald gilbert glen glenn gordon graham grant greg gregory  gus guy 
harold harry harvey hassan hector henry howard hugh ian isaac ivan jack jacob jake james jamie jared jason javier
jay jean jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jorge jose
joseph josh joshua juan julian justin karl keith ken kenneth kevin kim kirk kurt kyle lance larry lawrence lee
leo leon leonard lewis liam lloyd logan louis lucas luis luke malcolm marc marcel marco marcus mario mark martin
marty matt matthew maurice max michael michel miguel mike mitch mitchell mohamed mohammed muhammad murray nathan
neil nicholas nick nigel noah norman oliver omar oscar owen patrick paul pedro peter phil philip pierre rafael ralph
randy ray raymond reginald ricardo richard rick ricky rob robert roberto robin rod roger ron ronald ross roy russell
ryan sam samuel scott sean sebastian sergei seth shane shawn simon stan stanley stefan stephen steve steven stuart
ted terry theodore thomas tim timothy todd tom tommy tony travis trevor tyler victor vincent vladimir walter wayne
wesley will william  yves zach zachary
abe abraham al alberto alejandro alfred alfredo allen alvin ambrose andres angus anton armando arturo austin barney
bart ben bernie bert bertrand bill bo boris boyd brady brock bud burt byron cecil cedric chester chet clarence
clay cliff clifford clint clyde cody cole conrad cory cornelius cyrus dalton damian darius darrell darryl
dean demetrius desmond dick dirk dmitri dominick donnie drew dylan eduardo edwin elias elijah elliot elliott elmer
emil emilio enrique ernest ernesto ernie eugene everett ezra floyd forrest francois fritz gene gerard gerry gil
gonzalo gustavo hal hank hans herbert herman hernan hiram homer horace hubert hunter igor ira irving isaiah
jacques jaime jamal jeb jeremiah jesus joey jonah jose jules junior keenan kelvin kendall kent kirk kurt lamar
lane leland leroy lester levi lionel lorenzo lou lowell lyle mac manuel marshall marvin mathew mel
melvin micah mick mickey miles milton mitt mo moe morris moses nate ned nelson newt nicolas nolan norm orrin
otis pablo pat percy perry pete preston quentin ralph ramon randall randolph raul reggie reid reince rex reuben rhett
rich richie rocco rodney rolando roman ronnie rory rudy rufus russ rusty salvador sammy sandy saul sergio sherrod
sid sidney sol spencer stewart sylvester ted teddy terrence thad tobias toby trey troy ty ulysses vance vern vernon
vic vince wade wallace walt ward warren weldon wendell wes wilbur willard willie winston xavier zeke
rand barack barron corey sheldon rahm beto joaquin hakeem tad khizr robby rupert merrick ari chip freddy antonin
raynard geert pascal channing saeed trent abdullah massimo federico woodrow elvis syed
achim alexej andreas armin bastian benedikt bernd bodo detlef dieter egon ekkehard fabian florian frieder gerd
gerhard gernot gottfried günter günther hagen hannes heiko heiner heinrich heinz helge helmut holger horst hubertus
ingo jens joachim jochen johannes jonas jörg jürgen kai klaus konrad lars lothar lukas lutz manfred markus matthias
maximilian moritz niklas nils olaf ottmar philipp rainer ralf reinhard reiner rüdiger sigmar sönke sven thorsten
tobias torsten udo ulf ulrich uwe volker werner wilfried winfried wolfgang
alain anatole arnaud aurélien baptiste benoît bruno cédric christophe clément damien didier édouard étienne fabrice
fabien florent franck frédéric gaël gilles grégoire guillaume hervé jean-claude jean-luc jean-marc jean-marie
jean-michel jean-paul jean-pierre jérôme jérémie joël julien laurent loïc ludovic mathieu maxime mickaël nicolas
olivier patrice philippe raphaël régis rémi rémy romain sébastien stéphane sylvain thibault thierry yann yannick
álvaro andrés ángel césar esteban fabián gerardo guillermo ignacio íñigo iñigo joaquín josé leonardo mariano
martín nicolás óscar ramón raúl rodrigo santiago tomás
alessandro antonello carlo dario enrico fabio franco gianni giorgio giovanni giuseppe luca luigi matteo paolo
pietro silvio stefano umberto vittorio
`;

const FEMALE = `abigail ada adriana agnes alexandra alexis alice alicia alison allison alyssa amanda amber amelia amy
ana andrea angela angelina anita ann anna anne annie april ashley audrey barbara beatrice becky belinda beth bethany
betty beverly bonnie brenda brittany brooke caitlin camille carla carmen carol caroline carolyn carrie catherine
cathy charlotte chelsea cheryl chloe christina christine cindy claire clara claudia colleen connie courtney crystal
cynthia daisy dana danielle  debbie deborah denise diana diane donna doris dorothy eileen elaine eleanor
elena elise elizabeth ella ellen emily emma erica erin esther eva evelyn faith fiona florence frances gabrielle gail
gillian gina gloria grace hailey hannah harriet heather heidi helen holly irene isabel isabella jackie jacqueline
jane janet janice jasmine jean  jennifer jenny jessica jill joan joanne jody josephine joy joyce judith judy
julia julie june karen kate katherine kathleen kathryn kathy katie katy kay kayla kelly kim kimberly kristen kristin
laura lauren leah  leslie lillian linda lindsay lisa lois lori lorraine louise lucille lucy lydia lynn madison
marcia margaret maria marie marilyn marion  martha mary maxine megan  melanie melissa  michelle
mildred miranda molly monica  nadia nancy naomi natalie natasha nicole nina nora olivia pamela patricia paula
pauline peggy penny phyllis priya rachel rebecca regina renee rita roberta rosa rose rosemary ruth sally samantha
sandra sara sarah shannon sharon sheila shelby shirley sophia sophie stacey stella stephanie sue susan suzanne
sylvia tamara tanya teresa theresa tiffany tina tracy valerie vanessa vera veronica victoria virginia wanda wendy
whitney yvonne zoe
abby addie adele adrienne aileen aimee alana alberta alexa alina allie alma alta amalia amelie amira andrea angie
anya arlene ava barb bernadette bernice bette betsy bianca billie blanche brianna bridget brigid candace candice
cara carly carol carole cassandra cecilia celeste celia chantal charlene cherie cheyenne christa ciara claudette
cora corinne dawn deanna debra delia della desiree dina dolores dominique edith edna effie elisa eliza ellie elsa
elsie emilia erika estelle ethel eugenia eunice fatima fay felicia flora francesca freda georgia geraldine gertrude
gina ginger giselle gwen gwendolyn haley harriet hattie hazel hilda hillary huma ida imogen ingrid iris isabelle
ivy jade janelle janie jeanette jeanne jeannie jenna jo joann jocelyn johanna jolene josie juanita julianne juliet
kamala karin karla kathrine katrina kelli kellyanne kendra kirsten krista kristina lacey lana latoya laurie
lena leona lila lilly lily liz liza lola loretta lorna louisa lucia luisa lynda lynne mabel mackenzie madeleine
madeline mae maggie mamie mandy marcy margie margo marguerite mariah marianne marisa marjorie marlene maureen mavis
maya meg melinda mercedes meredith mia michele mindy minnie miriam misty mona nadine nan nell nellie nikki nora
norma odessa olga opal paige patsy patti peggy petra phoebe polly rae ramona reba robyn rochelle rosalind
rosie roxanne ruby sabrina sadie selena serena shana shari sherri sherry shirley sonia sonya stacy suzy tammy tara
tess tessa thelma tracey trisha ursula vicki vickie viola violet vivian wilma yolanda
dianne melania ivanka ivana lara omarosa kayleigh bristol tulsi patty melanne tashfeen joni shonda libby pascale
mariam monique marina lesley susanne betsey
angelika anja anke annalena annegret antje birgit brigitte christa dagmar elke franziska gabriele gerda gisela
gudrun hannelore heike helga hildegard ilse jana jutta karoline katharina katja katrin kerstin lieselotte luise
manuela margit martina monika nina renate sabine sahra silke simone stefanie svenja tanja ulla ulrike ursel ute
waltraud wiebke
agnès anaïs aurélie béatrice bérénice brigitte cécile céline chloé christiane clémence delphine élisabeth élodie
émilie fanny florence françoise geneviève hélène isabelle josiane laetitia léa lucie manon marie-france marion
marlène martine mathilde mélanie nathalie noémie océane rachida ségolène solène sylvie valérie véronique
begoña beatriz consuelo inés lucía mercedes montserrat nerea pilar rocío soledad sofía yolanda ximena
alessandra chiara elisa federica giorgia giulia ilaria laura paola roberta silvia valentina
`;

export const MALE_NAMES: ReadonlySet<string> = wordSet(MALE);
export const FEMALE_NAMES: ReadonlySet<string> = wordSet(FEMALE);

/** 'm', 'f', or null when the name is unknown or used for both ("Kim", "Jean", "Robin"). */
export function genderOfFirstName(name: string): 'm' | 'f' | null {
  const n = listedForm(name);
  if (n === null) return null;
  const m = MALE_NAMES.has(n);
  const f = FEMALE_NAMES.has(n);
  return m === f ? null : m ? 'm' : 'f';
}

/** Whether a word is a given name the lists hold. */
export function isKnownFirstName(name: string): boolean {
  return listedForm(name) !== null;
}

const NON_ASCII = /[^ -~]/;
/**
 * The name as the lists hold it: in lower case, and without its accents where only that form is listed ("María" is
 * "maria", "Gérald" "gerald"). (Most words looked up are no names and plain ASCII: those skip the normalising.)
 */
function listedForm(name: string): string | null {
  const n = name.toLowerCase();
  if (MALE_NAMES.has(n) || FEMALE_NAMES.has(n)) return n;
  if (!NON_ASCII.test(n)) return null;
  const bare = n.normalize('NFD').replace(/\p{M}/gu, '');
  return bare !== n && (MALE_NAMES.has(bare) || FEMALE_NAMES.has(bare)) ? bare : null;
}

/**
 * Words the phrase tables count as organisation, place or role words that are also common surnames ("Jennifer
 * Green", "Betty White", "Doris Day"): after a known given name they stay part of the person's name.
 */
export const SURNAME_WORDS: ReadonlySet<string> = wordSet(`
green white day park lake street west north south east law post star sun young black brown house hall rivers
washington london york chase price rice king ford
`);

/**
 * Whether `words[i]`, a word the phrase tables call an organisation or role word, is part of a person's name
 * here: a given name before another capitalised word ("Bill Clinton"), or a surname after a given name ("Jennifer
 * Green").
 */
export function isNameWordInRun(words: readonly string[], i: number): boolean {
  const w = bareWord(words[i]);
  if (isKnownFirstName(w) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? '')) return true;
  return i > 0 && SURNAME_WORDS.has(w.toLowerCase()) && isKnownFirstName(bareWord(words[i - 1]));
}

/** A word without the dots, commas and apostrophes that may trail it. */
function bareWord(w: string): string {
  const last = w.charCodeAt(w.length - 1);
  // Most words end in a letter: no need for the pattern.
  return last === 46 || last === 44 || last === 39 || last === 0x2019 ? w.replace(/[.,’']+$/, '') : w;
}

/** Lower-case particles inside a surname: "Joost van Hoof", "Ana de la Cruz", "Osama bin Laden". */
export const NAME_PARTICLES: readonly string[] = [
  'de',
  'van',
  'von',
  'der',
  'del',
  'da',
  'di',
  'la',
  'le',
  'bin',
  'al',
];
const PARTICLES = new Set(NAME_PARTICLES);
export const isNameParticle = (word: string): boolean => PARTICLES.has(word);
/** The particles as a regex alternation, for patterns that read names. */
export const NAME_PARTICLE_PATTERN = `(?:${NAME_PARTICLES.join('|')})`;
