import type { UnitRead } from './unit-reads.ts';
import type { NumberToken } from './numbers.ts';
import { wordNetLexicon } from '../search/lexicon.ts';

/**
 * "Norman B. Wiley, 38, of …", "his daughter, Christine, 11, who …": a name, then the bare number set off by commas;
 * "Ervin Lang, then 28," with a word that says when.
 */
const NAME_BEFORE_AGE = /(?:\p{Lu}[\p{L}'’.-]*|\))\s*,\s*(?:(?:then|now|also)\s+)?$/u;
const AFTER_AGE = /^\s*(?:[,.;]|\s+and\s)/;

/**
 * "aged fifteen when he entered Oxford", "at age 12", "mature at about the age of two" (the bound before "the age"): the
 * number is an age whatever follows; so is the one a life reaches ("I'll live to be 105", "he lived to be ninety-six"),
 * as nothing else is lived to.
 */
const AGED_BEFORE = /\b(?:aged|(?:live|lives|lived|living)\s+to\s+be|at\s+(?:(?:about|around|approximately|roughly|nearly|almost|some)\s+)?(?:the\s+)?age(?:\s+of)?)\s+$/i;
/**
 * "between the ages of 1 and 12", "students from the ages of 12 to 18", "60 children, ages eight to fourteen": the
 * plural "ages" before a number says the number and the one its range runs to are years of a life, as "at the age of"
 * does for one. Only lower case, so no "Middle Ages" or "Ages" of a title.
 */
const AGES_BEFORE = /(?:^|[^\p{L}])ages\s+(?:of\s+)?$/u;
/** "between the ages of": the "between" that makes "1 and 12" one range, as "between 1 and 12" is. */
const BETWEEN_AGES_BEFORE = /\bbetween\s+the\s+ages\s+of\s+$/i;

/** Whether the words before a number name the ages it and its range's end are. */
function isAgesBefore(before: string): boolean {
  return AGES_BEFORE.test(before.slice(-20));
}

/** Whether "between the ages of" stands before a number, so "and" after it joins the ends of one range of ages. */
export function isBetweenAgesBefore(before: string): boolean {
  return BETWEEN_AGES_BEFORE.test(before.slice(-30));
}

/** Nouns of a person whose years a text may give. */
const PERSON = String.raw`(?:boy|girl|child|baby|infant|youth|lad|lass|man|woman|schoolboy|schoolgirl|son|daughter|widow|widower|bride|student|apprentice)`;
/** A relative, whose years a text gives as it gives a person's: "her widowed mother, 80", "her uncle, 76". */
const RELATIVE = String.raw`(?:mother|father|husband|wife|brother|sister|uncle|aunt|nephew|niece|cousin|grand(?:mother|father|son|daughter)|(?:son|daughter|brother|sister|mother|father)-in-law|stepson|stepdaughter|stepmother|stepfather)`;
/**
 * "her widowed mother, 80", "her maiden aunt, also 80 and bedridden": a person or a relative named by whose they are,
 * where a name would stand, then the bare number set off by commas.
 */
const RELATIVE_BEFORE_AGE = new RegExp(String.raw`\b(?:his|her|their|whose|my|our|your)\s+(?:[\p{Ll}-]+\s+)?(?:${PERSON}|${RELATIVE})\s*,\s*(?:(?:then|now|also)\s+)?$`, 'u');
/**
 * "a schoolboy of eleven, wrote", "a huge young man of twenty-four,", "the Russian competitor of 16 has": a person
 * described by the years they had, any noun whose commonest sense WordNet files as a person but a relative's ("a mother of
 * four" counts her children).
 */
const PERSON_OF_BEFORE = /\b(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s+of\s+$/iu;
const PERSON_WORD = new RegExp(String.raw`^${PERSON}$`, 'i');
const RELATIVE_WORD = new RegExp(String.raw`^(?:${RELATIVE}|parent)$`, 'i');
/**
 * What ends a person's years after "of": what ends an age elsewhere, or a word of the clause going on ("a boy of fifteen
 * with a fuzzy face", "the competitor of 16 has"), as no noun follows a bare number; not "of" ("a member of one of").
 */
const AFTER_PERSON_OF = /^(?:\s*(?:[,.;:?!)]|--)|\s+(?!of\b)\p{Ll})/u;

/** Whether the words before a number name a person of those years ("a boy of", "the Russian competitor of"). */
function isPersonOf(before: string): boolean {
  const noun = PERSON_OF_BEFORE.exec(before.slice(-40))?.[1];
  return noun !== undefined && (PERSON_WORD.test(noun) || (!RELATIVE_WORD.test(noun) && wordNetLexicon().namesPerson(noun, false)));
}
/**
 * "at seventy he was a poet", "at 26, she feels", "before his death at ninety-five": "at" a number a person's clause
 * follows, or a life's turn is said at, is an age. From 13 up only, as "at ten he went to bed" is a clock's hour.
 */
const AT_AGE_BEFORE = /\bat\s+(?:(?:about|around|nearly|almost)\s+)?$/i;
const LIFE_TURN_AT_BEFORE = /\b(?:death|died|dies|married|remarried|retired)\s+at\s+$/i;
const PERSON_CLAUSE_AFTER = /^\s*,?\s*(?:he|she|I|we|they|you)\s/;
const MIN_AGE_AT = 13;
/** "If your child is under 19 or is a student" (the bound read apart): a number a person is, an age. */
const PERSON_IS_BEFORE = new RegExp(String.raw`\b${PERSON}\s+(?:is|was|be)\s+(?:not\s+)?$`, 'iu');
/**
 * "bear the first young when they are three", "until she was 12": a bare number a clause of time says its subject is,
 * an age (a person's pronoun, or "they"; "when it is 40" may be a temperature or a price).
 */
const WHEN_ONE_IS_BEFORE = /\b(?:when|until|till|before|after|once|by the time)\s+(?:he|she|they|we|you|I)\s+(?:is|are|was|were|becomes?|became|turns?|turned)\s+$/i;
/**
 * "She was forty-nine", "He was perhaps thirty-two, nicely set up", "she's ninety-six": a bare number one person is said
 * to be, with no clause of time, is an age all the same (one person: "we were six" counts them; "it was 40" may be a
 * temperature or a price; "I was one" is one of some).
 */
const ONE_PERSON_IS_BEFORE = /(?<![\p{L}'’])(?:(?:he|she|I|you)\s+(?:is|am|are|was|were)|(?:he|she)['’]s|I['’]m|you['’]re)\s+(?:(?:perhaps|probably|maybe|then|now|only|just|barely|already|still)\s+)?$/iu;
/**
 * What ends such an age: a stop, "and" or "or", a dash or a closing mark ("till he was ten -- beginning", "till he was
 * nearly fifty” (Early Life"), or the next clause's subject, a pronoun or a name ("When he was eight he began", "Before
 * he was forty Griffith had"), none of which a number counts.
 */
const AFTER_BOUNDED_AGE = /^(?:\s*(?:[,.;:”"’)]|--|—)|\s+(?:and|or|he|she|they|we|you|I|it)\s|\s+\p{Lu})/u;

/**
 * A person's age: as the press writes it, in apposition after the name or a relative ("Norman B. Wiley, 38, of …",
 * "her uncle, 76,", digits only), or after "aged" or "a schoolboy of", in digits or words. At most 120.
 */
export function readAge(before: string, after: string, token: NumberToken): UnitRead | null {
  // Whole years, or a half ("at the age of two and a half").
  if (!Number.isInteger(token.value * 2) || token.value > 120) return null;
  const age = { unit: 'years', measure: 'age', length: 0 } as const;
  if (AGED_BEFORE.test(before.slice(-20)) || isAgesBefore(before) || (AFTER_PERSON_OF.test(after) && isPersonOf(before))) return age;
  const isSaid = PERSON_IS_BEFORE.test(before.slice(-40)) || WHEN_ONE_IS_BEFORE.test(before.slice(-40)) || (token.value > 1 && ONE_PERSON_IS_BEFORE.test(before.slice(-40)));
  if (isSaid && AFTER_BOUNDED_AGE.test(after)) return age;
  const atAge = LIFE_TURN_AT_BEFORE.test(before.slice(-20)) || (AT_AGE_BEFORE.test(before.slice(-20)) && PERSON_CLAUSE_AFTER.test(after));
  if (atAge && token.value >= MIN_AGE_AT) return age;
  const named = NAME_BEFORE_AGE.test(before) || RELATIVE_BEFORE_AGE.test(before.slice(-60));
  return token.words === undefined && named && AFTER_AGE.test(after) ? age : null;
}
