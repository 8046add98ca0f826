import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { readKnowledgeDir } from '../../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../../src/core/knowledge.ts';
import type { AnswerOverrides } from '../../src/core/options.ts';
import { parseQuery } from '../../src/core/search/query.ts';
import { readEvalSet, scoreRetrieval } from '../../src/eval/quality.ts';
import { loadArticle } from '../fixtures/article.ts';
import { hasSharedEval, sharedEvalPath } from '../fixtures/shared-eval.ts';
import { documentOf } from '../fixtures/documents.ts';
import { ARTICLE_QUESTIONS } from '../../bench/e2e-questions.ts';

const DEV_SET = sharedEvalPath('dev-questions.json');
const HELD_OUT_SET = fileURLToPath(new URL('../fixtures/heldout-questions.json', import.meta.url));

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = buildKnowledge([(await loadArticle()).document]);
});

const topTexts = (question: string, limit = 10): string[] => {
  const answer = answerQuestion(knowledge, question, { limit });
  return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
};
/** The ranking alone, without abstaining: what the evaluation floors below measure (abstention has its own). */
const rankedTexts = (question: string): string[] => {
  const answer = answerQuestion(knowledge, question, { limit: 10, answer: { abstain: { minCoverage: 0 } } });
  return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
};

describe('answerQuestion ranking on evaluation questions', () => {
  // Floors a little below today's scores, each with its margin: a general change that trades one question for
  // another passes, a broader drop fails and is a regression to explain, not to absorb.
  it.skipIf(!hasSharedEval)('puts the answer first for at least 23 of the 25 development questions and in the top 3 for at least 24', async () => {
    const score = scoreRetrieval(await readEvalSet(DEV_SET), rankedTexts);
    // Today hit@1 0.96 (24 of 25); floor 0.92 leaves one question of margin.
    expect(score.hitAt1, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.92);
    // Today hit@3 1.00 (25 of 25); floor 0.96 leaves one question of margin.
    expect(score.hitAt3, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.96);
  });

  it('puts the answer first for at least 65 of the 80 held-out questions and in the top 3 for at least 68', async () => {
    const score = scoreRetrieval(await readEvalSet(HELD_OUT_SET), rankedTexts);
    // Today hit@1 0.8375 (67 of 80); floor 0.8125 leaves two questions of margin.
    expect(score.hitAt1, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.8125);
    // Today hit@3 0.875 (70 of 80); floor 0.85 leaves two questions of margin.
    expect(score.hitAt3, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('answerQuestion on questions as people type them', () => {
  it.each([
    // [question, a text the first passage must contain (in any case: "Demonstration Zone" holds it), why]
    ['zhejing prosperty demonstraton zone', 'demonstration zone', 'typos are corrected to words of the text'],
    ['rurel residents income ranked first', '36 consecutive years', 'a typo next to the words that matter'],
    ['urban rural income ratio', '1.94:1', 'keywords only'],
    ['city incomes gap with rural residents', '1.94:1', 'city reaches urban through WordNet'],
    ['who founded wahaha', 'Zong Qinghou, founder of Wahaha Group', 'who-question finds the person'],
    ['when was the social construction committee set up', 'On October 21, 2021', 'when-question prefers the dated passage'],
    ['How many major projects were launched in January 2022?', '358 major projects', 'how-many question, stop words and a date'],
  ])('answers "%s" with the passage holding "%s" (%s)', (question, expected) => {
    expect(topTexts(question, 1)[0]?.toLowerCase()).toContain(expected.toLowerCase());
  });

  // The end-to-end load asks these of the bot and stops if one is declined; no hashed set holds them all (a compound
  // read by WordNet's filing once declined "which private enterprises are mentioned, like wahaha").
  it.each(ARTICLE_QUESTIONS)('answers "%s", which the end-to-end load asks of the article', (question) => {
    expect(answerQuestion(knowledge, question).kind).toBe('answer');
  });

  it('never shows two copies of a repeated paragraph', () => {
    const texts = topTexts('people\'s livelihood security system fairer sustainable efficient', 10);
    const copies = texts.filter((text) => /livelihood security system (should|must) be fairer/.test(text));
    expect(copies).toHaveLength(1);
  });

  it('leads a how-many answer with the figure asked for', () => {
    const answer = answerQuestion(knowledge, 'how many civil disputes has fengqiao mediated');
    expect(answer.kind === 'answer' && answer.figures[0]?.raw).toMatch(/1,300/);
  });

  it('leads with the kind of figure asked for: a percentage for "what percentage"', () => {
    const answer = answerQuestion(knowledge, 'what percentage of disputes were resolved at village level');
    expect(answer.kind === 'answer' && answer.figures[0]?.raw).toBe('80%');
  });

  it('shows beside a quoted passage only facts from that passage, unless the question asks for a figure or a date', () => {
    const answer = answerQuestion(knowledge, 'who said the sunset industry can still be revived');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('said Huang Yong');
    expect(answer.kind === 'answer' && [...answer.figures, ...answer.timeline]).toEqual([]);
  });

  it('gives the date of a when-question as a timeline entry', () => {
    const answer = answerQuestion(knowledge, 'when did zhejiang start the thousand village project');
    expect(answer.kind === 'answer' && answer.timeline[0]?.date).toBe('2003');
  });

  it('says so honestly when nothing matches, with suggestions', () => {
    const answer = answerQuestion(knowledge, 'qwxz blorft');
    expect(answer.kind).toBe('no-match');
    expect(answer.kind === 'no-match' && answer.suggestions.length).toBeGreaterThan(0);
  });

  it('offers the corrected question as "did you mean" when only the spelling was off', () => {
    const answer = answerQuestion(knowledge, 'zhejaing');
    expect(answer.kind === 'answer' && answer.corrections).toEqual([{ typed: 'zhejaing', correctedTo: 'zhejiang' }]);
  });

  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['x'.repeat(501), 'too-long'],
  ])('refuses %j as invalid input (%s)', (question, reason) => {
    const answer = answerQuestion(knowledge, question);
    expect(answer.kind === 'invalid' && answer.reason).toBe(reason);
  });

  it('pages through results without repeating one', () => {
    const first = answerQuestion(knowledge, 'common prosperity zhejiang', { limit: 3 });
    const second = answerQuestion(knowledge, 'common prosperity zhejiang', { limit: 3, offset: 3 });
    const ids = (answer: typeof first) => (answer.kind === 'answer' ? answer.results.map((r) => r.passage.id) : []);
    expect(ids(first)).toHaveLength(3);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
  });
});

describe('answerQuestion on a small made-up knowledge base', () => {

  it('counts a number word in the question less than the words that name the topic', () => {
    const small = buildKnowledge([
      documentOf('valleys', 'Two fields and two rivers cross the two valleys, two by two.'),
      documentOf('harbour', 'The port keeps a trade ledger, and a safety ledger beside it.'),
    ]);
    const answer = answerQuestion(small, 'what two ledgers');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe('harbour');
  });

  it.each([
    ['hospital beds per 1000 residents', 'beds', 'the question writes in digits what the passage writes in words'],
    ['which valley has twelve clinics', 'clinics', 'the question writes in words what the passage writes in digits'],
    ['how fast did radio sales grow in the fifties', 'decade', 'the question names in words the decade the passage writes in digits'],
    ['how fast did radio sales grow in the 1950s', 'decade', 'the question writes a decade without the apostrophe the passage gives it'],
  ])('finds "%s" in the passage on %s (%s)', (question, document) => {
    const small = buildKnowledge([
      documentOf('beds', 'In the eastern districts, every thousand residents have six hospital beds, more than the national average.'),
      documentOf('wards', 'Hospital beds for residents were replaced.'),
      documentOf('clinics', 'The upper valley, where most farms are, now has 12 clinics and a pharmacy in every town.'),
      documentOf('roads', 'Valley clinics: new roads.'),
      documentOf('spring', 'Radio sales grew again in the spring, as they always do.'),
      documentOf('decade', 'Radio sales grew by 15% a year through the decade of the 1950\'s.'),
    ]);
    const answer = answerQuestion(small, question);
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe(document);
  });

  it('ranks first for "what time" the passage stating a time of day, not one with more of the words and a "time" or a date', () => {
    const small = buildKnowledge([
      documentOf('times', 'Many times the junior class was held at the show, and in 1958 the junior class was held in the big ring for the first time.'),
      documentOf('clock', 'This year the junior class was held at 4:45 p.m.'),
    ]);
    const answer = answerQuestion(small, 'what time was the junior class held', { answer: { abstain: { minCoverage: 0 } } });
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe('clock');
  });

  it('reads "she" as the pronoun it is, not a topic: the passage that answers the rest of the question comes first', () => {
    const small = buildKnowledge([
      documentOf('judge', 'She judged the junior class in the evening.'),
      documentOf('pony', 'Mrs. Long compared the junior class to a pony club.'),
      documentOf('notes', 'The handlers compared notes after the show.'),
      documentOf('dogs', 'The judges compared the dogs twice.'),
    ]);
    const answer = answerQuestion(small, 'what did she compare the junior class to');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe('pony');
  });

  it.each([
    ['which town has grown', 'harbour', 'the passage writes "growing"'],
    ['which children went to the village school', 'school', 'the passage writes "child" and "go"'],
    ['who drove the ferry', 'ferry', 'the passage writes "drives"'],
  ])('answers "%s" from the passage on %s though it writes the word regularly (%s)', (question, document) => {
    const small = buildKnowledge([
      documentOf('harbour', 'The harbour town keeps growing: its fishing fleet doubled in ten years.'),
      documentOf('school', 'Every child of the village can go to the new school by bus.'),
      documentOf('ferry', 'Old Tom Harlan drives the ferry across the river twice a day.'),
      documentOf('market', 'The market town sells fish, bread and wool on Saturdays.'),
    ]);
    const answer = answerQuestion(small, question);
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe(document);
  });
});

describe('answerQuestion ranking a question word the documents lack, met by their own word for it', () => {
  const town = buildKnowledge([
    documentOf('hall', 'Quiney rode through the rain and the mud of a long wet autumn to the town hall, where the aldermen kept him waiting until dark.'),
    documentOf('mill', 'Quiney sold the old mill by the river, with its wheel, its stones and its stable, to a wool merchant of the town.'),
    documentOf('church', 'Quiney gave a bell to the church, and the whole town came out to hear it rung on a cold morning in March.'),
    documentOf('attorney', 'Quiney rode to London with Thomas Greene, an attorney.'),
    documentOf('market', 'The town market sells wool.'),
    documentOf('fair', 'The town fair is held in May.'),
    documentOf('bridge', 'The bridge was rebuilt in stone.'),
  ]);

  it('ranks the passage saying "attorney" for "lawyer" among the three judged, above passages meeting only "town" besides the name, and answers', () => {
    // The documents never say "lawyer": "attorney" is their way of saying it, met in ranking as abstaining meets it
    // (`missingWordRelatedWeight`). Met as a weaker related word, it ranked fourth, and the three judged, which say
    // nothing of a lawyer, declined the question.
    const answer = answerQuestion(town, 'which lawyer from the town went with quiney');
    expect(answer.kind === 'answer' && answer.results.slice(0, 3).map((result) => result.passage.citation.document)).toContain('attorney');
  });
});

describe('answerQuestion ranking on documents it was not built on', () => {
  const rankedOn = (other: Knowledge) => (question: string): string[] => {
    const answer = answerQuestion(other, question, { limit: 10, answer: { abstain: { minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
  };
  const alone = async (file: string) => buildKnowledge((await readKnowledgeDir(dirname(file))).documents.filter((document) => file.endsWith(document.file)));

  it.skipIf(!hasSharedEval)('puts the answer first for at least 26 of the essay\'s 30 questions and in the top 3 for at least 27', async () => {
    const folder = sharedEvalPath('generalize/wang-mingyuan-northeast/');
    const score = scoreRetrieval(await readEvalSet(`${folder}questions.json`), rankedOn(await alone(`${folder}wang-mingyuan-northeast.txt`)));
    // Today hit@1 0.90 (27 of 30) and hit@3 0.933 (28 of 30); each floor one question below.
    expect(score.hitAt1, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.866);
    expect(score.hitAt3, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.9);
  });

  it('puts the answer first for at least 29 of the farm page\'s 33 questions and in the top 3 for at least 30 (read from the sixth pass)', async () => {
    const folder = fileURLToPath(new URL('../../bench/heldout/farm-machinery-1961/', import.meta.url));
    const score = scoreRetrieval(await readEvalSet(`${folder}questions.json`), rankedOn(await alone(`${folder}farm-machinery-1961.txt`)));
    // Today hit@1 0.909 (30 of 33) and hit@3 0.939 (31 of 33); each floor one question below.
    expect(score.hitAt1, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.878);
    expect(score.hitAt3, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.909);
  });

  it('puts the answer first for at least 26 of the Red River history\'s 30 questions and in the top 3 for at least 28 (read in the eighth pass)', async () => {
    const folder = fileURLToPath(new URL('../../bench/heldout/red-river-trade-1961/', import.meta.url));
    const score = scoreRetrieval(await readEvalSet(`${folder}questions.json`), rankedOn(await alone(`${folder}red-river-trade-1961.txt`)));
    // Today hit@1 0.90 (27 of 30) and hit@3 0.967 (29 of 30); each floor one question below.
    expect(score.hitAt1, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.866);
    expect(score.hitAt3, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.933);
  });

  it('puts the answer first for at least 29 of the state report\'s 40 questions and in the top 3 for at least 37 (read from the ninth pass)', async () => {
    const folder = fileURLToPath(new URL('../../bench/heldout/state-cars-1961/', import.meta.url));
    const score = scoreRetrieval(await readEvalSet(`${folder}questions.json`), rankedOn(await alone(`${folder}state-cars-1961.txt`)));
    // Today hit@1 0.75 (30 of 40) and hit@3 0.95 (38 of 40); each floor one question below.
    expect(score.hitAt1, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.725);
    expect(score.hitAt3, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.925);
  });

  it('puts the answer first for at least 19 of the sports page\'s 35 questions and in the top 3 for at least 26 (read from the eleventh pass)', async () => {
    const folder = fileURLToPath(new URL('../../bench/heldout/sports-page-1961/', import.meta.url));
    const score = scoreRetrieval(await readEvalSet(`${folder}questions.json`), rankedOn(await alone(`${folder}sports-page-1961.txt`)));
    // Today hit@1 0.571 (20 of 35) and hit@3 0.771 (27 of 35); each floor one question below.
    expect(score.hitAt1, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.542);
    expect(score.hitAt3, JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.742);
  });
});

describe('answerQuestion ranking a year the question names', () => {
  const harbour = buildKnowledge([
    documentOf(
      'harbour',
      [
        'The harbour handled 3 million containers at its terminals, the port authority said.',
        '',
        'In 2021 the harbour handled 4 million containers.',
      ].join('\n'),
    ),
  ]);
  const firstOf = (knowledge: Knowledge, question: string) => {
    const answer = answerQuestion(knowledge, question, { answer: { abstain: { minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results[0]?.passage.text : undefined;
  };

  it('puts the passage that names the year first, though another shares more of the other words', () => {
    expect(firstOf(harbour, "how many containers did the port authority's harbour handle at its terminals in 2021")).toContain('4 million');
  });

  it('reads the year of a passage cut mid-sentence in the passage it continues', () => {
    // A sentence longer than a passage is cut where it must: the later parts start in lower case, its year before the cut.
    const berths = Array.from({ length: 60 }, (_, at) => `the crews of berth number ${at + 1}`).join(', ');
    const cut = buildKnowledge([
      documentOf('cut', [`In 2021 the port authority granted ${berths}, and the dockers pensions worth 9 million.`, '', 'Dockers asked for pensions and grants again and again, the port authority said.'].join('\n')),
    ]);
    expect(cut.passages.filter((passage) => /^number/.test(passage.text)).length).toBeGreaterThan(0);
    // The part that holds the pensions comes before the passage on pensions that names no year.
    const answer = answerQuestion(cut, 'dockers pensions 2021', { answer: { abstain: { minCoverage: 0 } } });
    const order = answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
    const continued = order.findIndex((text) => text.endsWith('dockers pensions worth 9 million.'));
    expect(continued).toBeGreaterThanOrEqual(0);
    expect(continued).toBeLessThan(order.findIndex((text) => text.startsWith('Dockers asked')));
  });
  it("reads a passage that names no year as of its document's year of writing (`published`)", () => {
    // A report written in 2021 tells that year's numbers without naming it; a year it names is some other time's.
    const report = (published?: string) => {
      const document = documentOf('report', ['The harbour handled 4 million containers at its terminals.', '', 'In 2021 the harbour terminals were dredged for containers.'].join('\n'));
      return buildKnowledge([published === undefined ? document : { ...document, meta: { ...document.meta, published } }]);
    };
    const question = 'how many containers did the harbour handle at its terminals in 2021';
    expect(firstOf(report('2021-12'), question)).toContain('4 million');
    // Written another year, or at no known time, the passage that names 2021 still comes first.
    expect(firstOf(report('2023'), question)).toBe('In 2021 the harbour terminals were dredged for containers.');
    expect(firstOf(report(), question)).toBe('In 2021 the harbour terminals were dredged for containers.');
  });
});

describe('answerQuestion ranking two words that WordNet lists as one term', () => {
  const sales = buildKnowledge([
    documentOf(
      'sales',
      [
        'Separate phonographs also had a good year at the stores.',
        '',
        'TV sets sold less this year.',
        '',
        'Radio production rose to 16.7 million sets.',
        '',
        'Military electronics grew again, to 5 billion.',
        '',
        'The press reported that transistor sales passed 300 million.',
      ].join('\n'),
    ),
  ]);

  it('meets "record players" in a passage on phonographs, above one that shares only "this year"', () => {
    const answer = answerQuestion(sales, 'how did record players do this year', { answer: { abstain: { minCoverage: 0 } } });
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toMatch(/^Separate phonographs/);
  });

  it('answers "mail carriers" from a passage on postmen: a plural of a compound of "man" is its singular ("postman")', () => {
    const post = buildKnowledge([
      documentOf(
        'post',
        [
          'The Post Office will deliver more junk mail this year.',
          '',
          'The postmen complain that the new mail brings heavy loads for low pay.',
          '',
          'Stamps will cost four cents from January.',
        ].join('\n'),
      ),
    ]);
    const answer = answerQuestion(post, 'why are mail carriers unhappy');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toMatch(/^The postmen/);
  });

  it('does not let a synonym that is one of the two words ("press" for "printing press") meet the other', () => {
    const printing = parseQuery('printing press', sales.index, sales.lexicon, sales.options.search).terms.find((term) => term.typed === 'printing');
    expect(printing?.related).not.toContain('press');
  });
});

describe('answerQuestion ranking a who-question', () => {

  it.each([
    ['who translated the essay', 'Translation by David Owen.', 'Translation by staff.', 'a byline names who did the work'],
    ['who produced the film', 'Producer: Mary Stone, Tom Reed.', 'Producer: staff.', 'a credit line names who did the work'],
  ])('answers "%s" with "%s", not "%s" (%s)', (question, person, office) => {
    // The two lines share the question's word alike; only the one naming a person says who.
    const credits = buildKnowledge([documentOf('person', person), documentOf('office', office)]);
    const answer = answerQuestion(credits, question, { answer: { abstain: { minCoverage: 0 } } });
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toBe(person);
  });

  it('offers the passage that names, in its opening words, the person the one before it described', () => {
    // A story tells what someone did, then names her: the name shares no word with the question.
    const meet = buildKnowledge([
      documentOf(
        'meet',
        [
          'The crowd got a thrill when a slender, bespectacled woman broke the world record in the half-mile run.',
          '',
          'Mrs. Ann Reed, of nearby Dover, a housewife with two children, finished in 2.21.6.',
          '',
          'The mile relay was won by the home team before a crowd of 9,000.',
        ].join('\n'),
      ),
    ]);
    const texts = (question: string) => {
      const answer = answerQuestion(meet, question, { answer: { abstain: { minCoverage: 0 } } });
      return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
    };
    expect(texts('who broke the half mile world record').slice(0, 2)).toContainEqual(expect.stringContaining('Ann Reed'));
    // Only a who-question reads on into the name: "when" is answered by what the question's words meet.
    expect(texts('when was the half mile world record broken')).not.toContainEqual(expect.stringContaining('Ann Reed'));
  });
});

describe('answerQuestion ranking a question about what a term is', () => {
  const trust = buildKnowledge([
    documentOf('funds', 'The Harbour Trust funded the quay and paid the dockers of the new berths.'),
    documentOf('defines', 'The Harbour Trust is a charity of the town that owns the docks.'),
    documentOf('rot', 'Dry rot damaged the old warehouses, the wardens said.'),
    documentOf('said', 'Ann Marlow said the quay opens in spring. Marlow said so again.'),
    documentOf('role', 'Ann Marlow, deputy head of the Harbour Trust, opened the new berths on the north side of the harbour last week.'),
    documentOf('names', 'What the wardens called "dry rot" in their report was a fungus that eats timber.'),
  ]);

  it.each([
    ['what is the harbour trust', 'charity', 'the passage saying "X is a …" defines it'],
    ['dry rot', 'fungus', 'a bare term: the passage that names it ("called X") defines it'],
    ['who is ann marlow', 'deputy head', 'the passage naming her with her post after a comma ("X, deputy head of …") says who she is'],
  ])('answers "%s" with the passage holding "%s" (%s)', (question, expected) => {
    const answer = answerQuestion(trust, question, { answer: { abstain: { minCoverage: 0 } } });
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain(expected);
  });
});

describe('answerQuestion ranking a definition above a shorter passage naming the term in passing', () => {
  // Long definitions among short passages: BM25's length norm puts the passing mention ahead by more than 0.3.
  const herd = buildKnowledge([
    documentOf('passing', 'The drovers sold a black steer with a lineback at the fair.'),
    documentOf('defines', 'A lineback was an animal with a stripe of a different colour from the rest of its body running down its back, from the neck to the tail, a mark of many of the herds the drovers brought north each spring. The drovers prized such animals at the fairs, and the buyers from the eastern towns paid well for a good one, though the ranchers of the plains cared less for colour than for weight.'),
    documentOf('grammar', 'In this town the papers print misplaced modifiers daily.'),
    documentOf('another', 'The misplaced modifier is another species more honoured in the breach than in the observance of the rules, as its place in a sentence seems to make it apply to the wrong word of all the words around it. A verse familiar to every teacher of grammar shows how: the man, his wife, or the poet himself may have been the one who was drunk on that night.'),
    documentOf('rain', 'Rain fell.'),
    documentOf('snow', 'Snow came early.'),
    documentOf('wind', 'The wind rose.'),
  ]);
  const first = (question: string) => {
    const answer = answerQuestion(herd, question, { answer: { abstain: { minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results[0]?.passage.citation.document : undefined;
  };

  it('answers "what is a lineback" with "A lineback was an animal …", not the shorter passage that names one', () => {
    expect(first('what is a lineback')).toBe('defines');
  });

  it('reads "X is another …" as saying what X is: "what is a misplaced modifier"', () => {
    expect(first('what is a misplaced modifier')).toBe('another');
  });
});

describe('answerQuestion on a question asking what lacks something', () => {
  // "without a win" is what "winless" says; the other names the team, the spring and a win.
  const league = buildKnowledge([
    documentOf('winless', 'The Hornets are the only winless team this spring, after six games.'),
    documentOf('strongest', 'The Hornets fielded their strongest team of the spring, and their first win came on Sunday.'),
  ]);

  it('answers "without a win" with the passage saying "winless"', () => {
    const answer = answerQuestion(league, 'are the hornets the only team without a win this spring', { answer: { abstain: { minCoverage: 0 } } });
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe('winless');
  });
});

describe('answerQuestion on a question that names what it measures', () => {
  // Both passages name the homer and hold figures; only one states a distance.
  const game = buildKnowledge([
    documentOf('homer', 'Siebern hit his homer in the sixth as 767 fans watched.'),
    documentOf('distance', 'The homer Siebern hit cleared the fence in left center, 415 feet from the plate.'),
  ]);
  const first = (question: string) => {
    const answer = answerQuestion(game, question, { answer: { abstain: { minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results[0]?.passage.citation.document : undefined;
  };

  it('answers "how far" with the passage stating a distance, not the one whose figures are counts', () => {
    expect(first('how far did siebern hit his homer')).toBe('distance');
  });

  it('still answers "how many" with the counts', () => {
    expect(first('how many fans watched siebern hit his homer')).toBe('homer');
  });
});

describe('answerQuestion on a "how far" whose answer says the act another way', () => {
  // The story's headline and its game paragraph name the homer; the paragraph with the distance says "blasted".
  const story = buildKnowledge([
    documentOf('headline', 'Siebern hits homer'),
    documentOf('game', 'A two-run homer by Siebern tied the game, and single runs in the eighth and ninth won it.'),
    documentOf('distance', 'Lumpe walked, and Siebern blasted the next pitch 415 feet over the scoreboard in right center.'),
  ]);

  it('ranks the passage stating the distance above the one naming the homer without it', () => {
    const answer = answerQuestion(story, 'how far did siebern hit his homer', { answer: { abstain: { minCoverage: 0 } } });
    const order = answer.kind === 'answer' ? answer.results.map((result) => result.passage.citation.document) : [];
    expect(order.indexOf('distance')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('distance')).toBeLessThan(order.indexOf('game'));
  });
});

describe('answerQuestion reading a passage with its story\'s lead', () => {
  // A news page: each story opens with a dateline and a lead ("-- …") naming its subject; the paragraphs under its
  // subheads speak of "the club" or of a player without naming the team again.
  const page = buildKnowledge([
    {
      ...documentOf('page', [
        '## Springfield, May 2',
        '',
        '-- The Hornets lost their fourth straight game tonight, falling to the Rangers by a score of 4 to 2.',
        '',
        '## Late rally',
        '',
        'Tom Baker pitched the final three innings and struck out five batters.',
        '',
        '## Chicago, May 2',
        '',
        '-- The Comets won easily at home before a crowd of nine thousand.',
        '',
        '## Bullpen busy',
        '',
        'Jim Cole pitched the final three innings and kept the visitors scoreless.',
      ].join('\n')),
      file: 'page.txt',
    },
  ]);

  it('ranks the paragraph whose story\'s lead names the team asked about above one of another story', () => {
    const answer = answerQuestion(page, 'who pitched the final innings for the hornets', { answer: { abstain: { minCoverage: 0 } } });
    const ranked = answer.kind === 'answer' ? answer.results.map((result) => result.passage.text.split(' ').slice(0, 2).join(' ')) : [];
    expect(ranked.indexOf('Tom Baker')).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf('Tom Baker')).toBeLessThan(ranked.indexOf('Jim Cole'));
  });
});

describe('answerQuestion reading a passage with its lead-in', () => {
  // A news column's one-line topic sentence names what the paragraph after it is about ("the Service" is the I.R.S.).
  const taxes = buildKnowledge([
    documentOf('taxes', ['Charitable gifts come under closer scrutiny by the I.R.S.', '', 'The Service announced that donors may be asked for a statement from the recipient showing the amount given.', '', 'A rule on state taxes is contested in the courts this autumn.'].join('\n')),
    documentOf('museum', 'The museum asked its donors to visit the new wing before it opens.'),
  ]);
  const order = (question: string) => {
    const answer = answerQuestion(taxes, question, { answer: { abstain: { minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results.map((result) => result.passage.text.split(' ').slice(0, 2).join(' ')) : [];
  };

  it('ranks the paragraph whose lead-in holds the rest of the question above one that holds only what they share', () => {
    // Both hold "ask" and "donors"; only the first stands under a line naming the I.R.S. and charitable gifts.
    const ranked = order('what can the irs ask charitable donors for');
    expect(ranked.indexOf('The Service')).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf('The Service')).toBeLessThan(ranked.indexOf('The museum'));
  });

  it('ranks the paragraph under a topic line on the question above a passage that holds more of its words of another thing: the topic line retrieves it too', () => {
    // Only "donors" of the question is the paragraph's own; the line before it names charitable gifts and the I.R.S.
    // The museum's passage holds "donors" and "gifts" itself, and said nothing the I.R.S. asks.
    const gifts = buildKnowledge([
      documentOf('taxes', ['Charitable gifts come under closer scrutiny by the I.R.S.', '', 'The Service announced that donors may be asked for a statement from the recipient showing the amount given.'].join('\n')),
      documentOf('museum', 'The museum thanked its donors for their gifts at the opening of the new wing.'),
    ]);
    const answer = answerQuestion(gifts, 'what must donors of charitable gifts show the irs', { answer: { abstain: { minCoverage: 0 } } });
    const ranked = answer.kind === 'answer' ? answer.results.map((result) => result.passage.text.split(' ').slice(0, 2).join(' ')) : [];
    expect(ranked.indexOf('The Service')).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf('The Service')).toBeLessThan(ranked.indexOf('The museum'));
  });

  it('answers a question whose words are shared between the paragraph and its lead-in, rather than declining it', () => {
    expect(answerQuestion(taxes, 'can the irs ask donors for proof').kind).toBe('answer');
  });

  it('reads a paragraph that opens by pointing back ("In such an instance") with the one before it, whatever its length; "This year" points at a time', () => {
    const gifts = buildKnowledge([
      documentOf('gifts', [
        'Donors who get tickets to a show in return for a gift must say so when they file their yearly return.',
        '',
        'In such an instance, the deduction is reduced by the value of the benefit received.',
        '',
        'Museums that sell tickets to donors report each sale to the tax office every spring, the auditors said.',
        '',
        'This year, the rules were not changed at all by the new committee.',
      ].join('\n')),
    ]);
    const answer = answerQuestion(gifts, 'donors tickets in return for a gift', { limit: 10, answer: { abstain: { minCoverage: 0 } } });
    const texts = answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
    expect(texts.some((text) => text.startsWith('In such an instance'))).toBe(true);
    expect(texts.some((text) => text.startsWith('This year'))).toBe(false);
  });
});

describe('answerQuestion reading a passage that opens on a personal pronoun or an answering word with the one before it', () => {
  it('ranks "He has the stage presence … What was lacking was …" first for "what was lacking in brandi\'s singing" after a passage naming Brandi', () => {
    const reviews = buildKnowledge([
      documentOf('opera', ['The part of the spy was taken by Anselmo Brandi, new to the company this season.', '', 'He has the stage presence for a villain. What was lacking was a sense of phrase in his singing.'].join('\n')),
      // Another passage holds "lacking" and "singing" too, of another thing: only the pronoun's passage is Brandi's.
      documentOf('choir', 'The singing of the choir was fine in the new hall, though its old organ was lacking in power.'),
    ]);
    const answer = answerQuestion(reviews, "what was lacking in brandi's singing", { answer: { abstain: { minCoverage: 0 } } });
    expect(answer.kind === 'answer' ? answer.results[0]?.passage.text : '').toMatch(/^He has the stage presence/);
  });

  it('ranks "Despite the warning, there was a unanimous vote to enter a candidate" above a vote of another race for "did the club vote to run a candidate for mayor", read with the passage that warned the club', () => {
    const meeting = buildKnowledge([
      documentOf('club', ['At the Elm Street meeting, the club audience was warned that running a candidate for mayor would cost it a petition drive in every ward.', '', 'Despite the warning, there was a unanimous vote to enter a candidate, according to members who attended.'].join('\n')),
      // Another passage holds "vote" and "candidate" as the vote's passage does, of another race: only the passage before says whose vote it is.
      documentOf('school', 'Parents will vote for a candidate for the school board who has taught.'),
    ]);
    const answer = answerQuestion(meeting, 'did the club vote to run a candidate for mayor', { answer: { abstain: { minCoverage: 0 } } });
    const texts = answer.kind === 'answer' ? answer.results.map((result) => result.passage.text) : [];
    expect(texts.findIndex((text) => text.startsWith('Despite the warning'))).toBe(1);
    expect(texts.findIndex((text) => text.startsWith('Parents'))).toBe(2);
  });
});

describe('answerQuestion on a question whose "when" joins a clause', () => {
  const bridge = buildKnowledge([documentOf('bridge', 'The mayor opened the new bridge and said it would carry trams to the harbour within the decade.')]);

  it('answers "what did the mayor say when she opened the bridge" from a passage with no date: it asks what she said', () => {
    expect(answerQuestion(bridge, 'what did the mayor say when she opened the bridge').kind).toBe('answer');
  });

  it.each([
    ['what did the mayor say when she opened the bridge', 'general'],
    ['what does the plan say about folks who earn the least', 'general'],
    ['when did the mayor open the bridge', 'date'],
    ['since when has the bridge carried trams', 'date'],
    ['who opened the bridge', 'person'],
  ])('reads "%s" as a %s question', (question, intent) => {
    expect(parseQuery(question, bridge.index, bridge.lexicon).intent).toBe(intent);
  });
});

describe('answerQuestion meeting a word in another part of speech', () => {
  const small = buildKnowledge([
    documentOf('grasshoppers', 'The grasshoppers ate the crops, and the families moved southward to the river.'),
    documentOf('roads', 'The families moved their carts along the roads, and the roads moved them on, family by family.'),
    documentOf('fairs', 'Farmers of many countries bring their crops to the big European fairs.'),
    documentOf('grain', 'Every year the country buys grain, and the country buys more.'),
    documentOf('investors', 'Few firms would invest in the hill towns, whose roads were poor.'),
    documentOf('hills', 'The hill towns are green all year, hill towns by hill towns.'),
    documentOf('corn', 'Corn grows by the corner of every field in the valley.'),
  ]);
  const first = (question: string) => {
    const answer = answerQuestion(small, question, { answer: { abstain: { minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results[0]?.passage.citation.document : undefined;
  };

  it.each([
    ['why did the families move south', 'grasshoppers', '"southward" is "south" going somewhere: it meets the word, as "moved" meets "move"'],
    ['which country in europe buys crops', 'fairs', '"European" is "Europe" said of a thing'],
    ['why did investors stay away from the hill towns', 'investors', '"investors" are those who invest'],
  ])('answers "%s" from the passage on %s (%s)', (question, document) => {
    expect(first(question)).toBe(document);
  });

  it('takes as forms only the words WordNet relates back to the word, not any word that starts with it', () => {
    const terms = parseQuery('corn in the south of europe', small.index, small.lexicon).terms;
    const formsOf = (stem: string) => terms.find((term) => term.stem === stem)?.forms ?? [];
    expect(formsOf('south')).toEqual(['southward']);
    expect(formsOf('europ')).toEqual(['european']);
    // "corner" starts with "corn" and is no form of it.
    expect(formsOf('corn')).toEqual([]);
  });

  it('meets a verb by the noun of its act, which shares no first letters with it ("destroyed" by "the destruction")', () => {
    const mills = buildKnowledge([
      documentOf('mill', 'The old mill stands on the river bank below the bridge, as it has since 1820, and its wheel still turns.'),
      documentOf('flood', 'The destruction of the mill by the river came in the great flood, which took the dam with it.'),
      documentOf('buses', 'Bus fares fell by half after the council bought electric buses.'),
    ]);
    expect(firstRanked(mills, 'how was the old mill on the river destroyed')).toMatch(/^The destruction of the mill/);
  });

  it('meets a question\'s "die" by a passage\'s "died", which the stemmer alone files apart ("di")', () => {
    const singer = buildKnowledge([
      documentOf('tours', 'The singer toured with a band of gypsy players, and the singer recorded in Paris.'),
      documentOf('death', 'After a long illness the singer died in a village near Fontainebleau, in France.'),
    ]);
    expect(firstRanked(singer, 'where did the singer die')).toMatch(/^After a long illness the singer died/);
  });

  it('meets no question\'s "new" by a passage\'s "news", a word of its own the stemmer would read as a plural', () => {
    const department = buildKnowledge([
      documentOf('press', "The department's news office gives the news of the department to the press each day."),
      documentOf('ideas', 'In the department ideas come from the junior officers.'),
    ]);
    expect(firstRanked(department, 'who has new ideas in the department')).toMatch(/^In the department ideas come/);
  });

  it('reads an act noun as its verb\'s form only where the document files no other word under its stem', () => {
    const formsOfOpposed = (body: string) => {
      const knowledgeBase = buildKnowledge([documentOf('dam', body)]);
      return parseQuery('who opposed the dam', knowledgeBase.index, knowledgeBase.lexicon).terms.find((term) => term.typed === 'opposed')?.forms ?? [];
    };
    expect(formsOfOpposed('The opposition to the dam was led by the farmers.')).toContain('opposit');
    // "opposite" is filed under "opposition"'s stem: read as the act, it would meet "the opposite bank".
    expect(formsOfOpposed('The opposition to the dam was led by the farmers on the opposite bank.')).not.toContain('opposit');
    // A noun used mostly for a thing made ("song") is no act of its verb.
    const songs = buildKnowledge([documentOf('songs', 'She sang two songs, and the singing went on till dawn.')]);
    const sing = parseQuery('who sings', songs.index, songs.lexicon).terms.find((term) => term.typed === 'sings');
    expect(sing?.forms ?? []).not.toContain('song');
  });

  it('neither indexes nor searches a prefix joined by a hyphen: "sub-surface" holds no "sub", "anti-sub" asks about subs', () => {
    const harbour = buildKnowledge([
      documentOf('mines', 'Sub-surface craft and mines guard the harbour mouth.'),
      documentOf('patrol', 'Two subs patrol the coast from the harbour.'),
    ]);
    expect(harbour.index.documentFrequency.get('sub')).toBe(1);
    expect(harbour.index.documentFrequency.get('surfac')).toBe(1);
    const stems = parseQuery('what are the anti-sub patrols for', harbour.index, harbour.lexicon).terms.map((term) => term.stem);
    expect(stems).toContain('sub');
    expect(stems).not.toContain('anti');
  });
});

describe('answerQuestion ranking a why-question', () => {
  const small = buildKnowledge([
    documentOf('town', 'The old mill closed in 1950; the mill town around the mill closed its school soon after.'),
    documentOf('river', 'The mill closed because the river ran dry in the long drought.'),
    documentOf('bakery', 'The bakery on the square sells bread every morning.'),
  ]);
  const first = (question: string) => {
    const answer = answerQuestion(small, question);
    return answer.kind === 'answer' ? answer.results[0]?.passage.citation.document : undefined;
  };

  it('puts the passage that gives a cause first for "why", though another names the question\'s words more often', () => {
    expect(parseQuery('why did the mill close', small.index, small.lexicon).intent).toBe('reason');
    expect(first('why did the mill close')).toBe('river');
  });

  it('takes a passage that names its reason ("The best reason …", "One reason …") as giving a cause', () => {
    const named = buildKnowledge([
      documentOf('town', 'The old mill closed in 1950; the mill town around the mill closed its school soon after.'),
      documentOf('reason', 'The best reason the mill closed was the long drought that dried the river.'),
    ]);
    const answer = answerQuestion(named, 'why did the mill close');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe('reason');
  });

  it('asks no cause of a question without "why"', () => {
    expect(parseQuery('when did the mill close', small.index, small.lexicon).intent).toBe('date');
    expect(first('when did the mill close')).toBe('town');
  });
});

describe('parseQuery', () => {
  it.each([
    ['by what year is the tower finished', 'date', ['tower', 'finish']],
    ['what share of the population is rural', 'quantity', ['popul', 'rural']],
    ['number of working mechanisms', 'quantity', ['work', 'mechan']],
    ['who leads the village', 'person', ['lead', 'villag']],
    ['what is the share of large firms in the north', 'quantity', ['larg', 'firm', 'north']],
    ["what's the total investment of the projects", 'quantity', ['invest', 'project']],
  ])('searches "%s" as a %s question by its topic words only', (question, intent, stems) => {
    const parsed = parseQuery(question, knowledge.index, knowledge.lexicon);
    expect(parsed.intent).toBe(intent);
    expect(parsed.terms.map((term) => term.stem)).toEqual(stems);
  });
});

describe('answerQuestion abstaining on the article', () => {
  const ABSTENTION = fileURLToPath(new URL('../fixtures/abstention/', import.meta.url));
  const answeredShare = async (file: string) => {
    const questions = (JSON.parse(await readFile(`${ABSTENTION}${file}`, 'utf8')) as { q: string }[]).map(({ q }) => q);
    return questions.filter((question) => answerQuestion(knowledge, question).kind === 'answer').length / questions.length;
  };

  // Off-topic questions written without sight of the engine; "tune" was calibrated on from the first pass, heldout,
  // heldout-2 and heldout-3 from the fourth (heldout-2: 36 questions written before the second pass; heldout-3: 45
  // before the third), heldout-4 (44, written before the fourth pass) from the fifth, heldout-5 (44, written before the
  // fifth pass) from the sixth; heldout-6 (44, written before the sixth pass), heldout-7 (34, before the seventh) and
  // heldout-8 (44, before the eighth), heldout-9 (34, before the ninth) and heldout-10 (49, before the tenth) are never
  // tuned on, scored only before and after.
  it.each([
    // Ceilings four questions above today's share answered.
    ['off-topic-tune.json', 0.1, 0.17],
    ['off-topic-heldout.json', 0.05, 0.12],
    ['off-topic-heldout-2.json', 0, 0.12],
    ['off-topic-heldout-3.json', 0.067, 0.156],
    ['off-topic-heldout-4.json', 0.023, 0.114],
    ['off-topic-heldout-5.json', 0.068, 0.159],
    // Written before the sixth pass, never tuned on.
    ['off-topic-heldout-6.json', 0.023, 0.114],
    // 34, written before the seventh pass, never tuned on.
    ['off-topic-heldout-7.json', 0, 0.118],
    // 44, written before the eighth pass, never tuned on.
    ['off-topic-heldout-8.json', 0.023, 0.114],
    // 34, written before the ninth pass, never tuned on.
    ['off-topic-heldout-9.json', 0, 0.118],
    // 49, written before the tenth pass, never tuned on.
    ['off-topic-heldout-10.json', 0.082, 0.164],
  ])('tells most off-topic questions of %s "not in my documents" (today %s answered; ceiling %s)', async (file, _today, ceiling) => {
    expect(await answeredShare(file)).toBeLessThanOrEqual(ceiling);
  });

  // On-topic questions: abstaining declines some hard paraphrases (most of which it ranked wrongly anyway).
  it.each([
    // Floors one (of 40: "who produced the common prosperity video" has been declined since the phrase signal), four
    // (of 80), two (of 50) and two (of 44, written before the fourth pass) questions below today's share answered.
    ['on-topic.json', 0.925, 0.875],
    ['../heldout-questions.json', 0.913, 0.863],
    ['on-topic-heldout.json', 0.98, 0.94],
    ['on-topic-heldout-2.json', 1, 0.95],
    // 46, written before the fifth pass: two below.
    ['on-topic-heldout-3.json', 0.978, 0.934],
    // 46, written before the sixth pass and never tuned on: two below.
    ['on-topic-heldout-4.json', 0.957, 0.913],
    // 35, written before the seventh pass and never tuned on: two below.
    ['on-topic-heldout-5.json', 1, 0.94],
    // 44, written before the eighth pass and never tuned on: two below.
    ['on-topic-heldout-6.json', 1, 0.955],
    // 34, written before the ninth pass and never tuned on: two below.
    ['on-topic-heldout-7.json', 0.971, 0.911],
    // 52, written before the tenth pass and never tuned on: two below.
    ['on-topic-heldout-8.json', 0.788, 0.75],
  ])('still answers most questions of %s that the article answers (today %s; floor %s)', async (file, _today, floor) => {
    expect(await answeredShare(file)).toBeGreaterThanOrEqual(floor);
  });
});

/** The first passage's text by the ranking alone (a knowledge base this small is no ground to judge abstaining on). */
const firstRanked = (knowledge: Knowledge, question: string, overrides: AnswerOverrides = {}) => {
  const answer = answerQuestion(knowledge, question, { ...overrides, answer: { abstain: { minCoverage: 0 } } });
  return answer.kind === 'answer' ? answer.results[0]?.passage.text : undefined;
};

describe('answerQuestion ranking a list of topics', () => {
  const small = buildKnowledge([
    documentOf('report', [
      'This report covers: (A) how the county buys its cars, (B) when county cars are sold, (C) who may drive county cars, and (D) where the cars are kept at night.',
      'Cars are sold after three years of service, when repairs begin to cost more than they save.',
      'The county library opens at nine and closes at six.',
    ].join('\n\n')),
  ]);
  const first = (question: string, topicList?: number) => firstRanked(small, question, topicList === undefined ? {} : { rank: { weights: { topicList } } });

  it('puts the paragraph that tells about a topic before the list that names it among others', () => {
    expect(first('when are cars sold')).toMatch(/^Cars are sold after three years/);
    // Without the rule the list, holding every word of the question, comes first.
    expect(first('when are cars sold', 1)).toMatch(/^This report covers/);
  });
});

describe('answerQuestion ranking a when-question by what its dates date', () => {
  const small = buildKnowledge([
    documentOf('report', [
      'The ferry service has made great progress in its timetables and its ticket sales. Boats carried 9,000 riders in 1959.',
      'The town council set up the ferry in 1948 with two boats.',
      'The library on the square opens at nine and closes at six.',
    ].join('\n\n')),
  ]);
  const first = (question: string, dateElsewhere?: number) => firstRanked(small, question, dateElsewhere === undefined ? {} : { rank: { dateElsewhere } });

  it('puts the passage whose dated sentence names what was asked before one dated a sentence away', () => {
    expect(first('when was the ferry service set up')).toMatch(/^The town council/);
    // Without the rule any date in the passage counts: the first passage, naming the whole "ferry service", wins.
    expect(first('when was the ferry service set up', 1)).toMatch(/^The ferry service has made/);
  });
});

describe('answerQuestion ranking the passage whose one sentence holds the question', () => {
  const small = buildKnowledge([
    documentOf('valley', [
      'Farmers came to the valley early. A mill was built on the river later. Wheat is still the main crop of the valley.',
      'The farmers who settled along the eastern bank carried their wheat each autumn over the stone road to the mill.',
      'The library on the square opens at nine and closes at six.',
    ].join('\n\n')),
  ]);
  const first = (question: string, sentence?: number) => firstRanked(small, question, sentence === undefined ? {} : { rank: { weights: { sentence } } });

  it('puts the passage that says it in one sentence before a shorter one that names the words sentences apart', () => {
    expect(first('do farmers bring wheat to a mill')).toMatch(/^The farmers who settled/);
    // Without the rule the shorter paragraph, holding each word once in a sentence of its own, comes first.
    expect(first('do farmers bring wheat to a mill', 0)).toMatch(/^Farmers came to the valley/);
  });
});

describe('answerQuestion leaving out copies of a passage ranked above', () => {
  const reviews = buildKnowledge([
    documentOf('listing', 'Ring of Bright Water, by Gavin Maxwell, is out now.'),
    documentOf('review', 'Only once in a long while comes such a book. Ring of Bright Water, by Gavin Maxwell, is a haunting chronicle of a man, an otter and a remote cottage in the Highlands.'),
    documentOf('garden', 'The garden pond holds bright water all summer.'),
  ]);
  const documents = (overrides: AnswerOverrides = {}) => {
    const answer = answerQuestion(reviews, 'what is ring of bright water about', { ...overrides, answer: { abstain: { minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results.map((result) => result.passage.citation.document) : [];
  };

  it('shows the review after the short listing line it contains, though the two are marked copies', () => {
    // The listing line's word pairs stand in the review, so the two are one group of copies; the listing ranks first,
    // and the review, which says what the book is about, is still shown.
    expect(reviews.index.passages.items.find((passage) => passage.citation.document === 'listing')?.nearDuplicates).toHaveLength(1);
    expect(documents().slice(0, 2)).toEqual(['listing', 'review']);
  });

  it('leaves the review out when any copy shown above counts, whatever its length (the rule taken out)', () => {
    expect(documents({ rank: { copyMinLengthShare: 0 } })).not.toContain('review');
  });
});

describe('answerQuestion ranking a "what kind of" question', () => {
  const small = buildKnowledge([
    documentOf('flight', [
      'Fogg flew the mail from Concord in his plane, a Curtiss Jenny with a ninety-horsepower motor.',
      'Fogg said his plane was of a kind no other pilot would take up in that kind of weather.',
      'The library on the square opens at nine and closes at six.',
    ].join('\n\n')),
  ]);
  const first = (kindWord?: number) => firstRanked(small, 'what kind of plane did fogg fly', kindWord === undefined ? {} : { rank: { weights: { kindWord } } });

  it('puts the passage naming the plane before one that says "kind" of other things', () => {
    expect(first()).toMatch(/^Fogg flew the mail/);
    // With "kind" weighed as any word, the passage saying it twice comes first.
    expect(first(1)).toMatch(/^Fogg said his plane/);
  });
});

describe('answerQuestion meeting a Roman numeral by the digits the document writes', () => {
  const small = buildKnowledge([
    documentOf('kings', [
      'Charles 12 fought to hold the Baltic provinces for Sweden against Russia.',
      'Charles Darwin sailed on the Beagle and wrote of the finches he found there.',
      'Charles Dickens would fight his publishers and fight the critics for every shilling.',
    ].join('\n\n')),
  ]);

  it('ranks the passage on "Charles 12" first for "charles xii"', () => {
    expect(firstRanked(small, 'what did charles xii fight for')).toMatch(/^Charles 12/);
    expect(parseQuery('charles xii', small.index, small.lexicon).terms.find((term) => term.typed === 'xii')?.related).toContain('12');
  });
});

describe('answerQuestion ranking a "how many" by what its figures count', () => {
  const soldiers = buildKnowledge([
    documentOf('ship', [
      'The soldiers aboard the freighter guarded the gas, the soldiers who went aboard with 100 tons of gas.',
      'Six soldiers went aboard the freighter with the gas and the crew.',
    ].join('\n\n')),
  ]);
  const shares = buildKnowledge([
    documentOf('decree', ['Du Pont held General Motors shares for thirty years.', 'Du Pont held 63,000,000 shares of General Motors stock until the decree.'].join('\n\n')),
  ]);
  const first = (knowledge: Knowledge, question: string, countElsewhere?: number) => firstRanked(knowledge, question, countElsewhere === undefined ? {} : { rank: { countElsewhere } });

  it('puts the passage whose number counts what was asked before one whose numbers count other things', () => {
    expect(first(soldiers, 'how many soldiers went aboard with the gas')).toMatch(/^Six soldiers/);
    // Without the rule any figure meets the question: the passage saying the soldiers and the gas twice, by "100 tons", wins.
    expect(first(soldiers, 'how many soldiers went aboard with the gas', 1)).toMatch(/^The soldiers aboard/);
  });

  it('reads the noun counted as the last of the plurals before it', () => {
    // "general motors shares" counts shares, as "63,000,000 shares" does; read as "motors", neither passage counts it.
    expect(first(shares, 'how many general motors shares did du pont hold')).toMatch(/^Du Pont held 63,000,000/);
    expect(first(shares, 'how many general motors shares did du pont hold', 1)).toMatch(/^Du Pont held General Motors shares for/);
  });
});

describe("answerQuestion taking a passage that holds the question's words only in other forms", () => {
  const sermons = buildKnowledge([
    documentOf('sermons', [
      'The old clergyman would preach every Sunday that each sin is paid for, sooner or later, by the one who commits it.',
      'The church stood at the crossroads, and its bell could be heard across the valley.',
      'They formulate their plans for the harvest fair in the spring, when the roads are dry.',
    ].join('\n\n')),
  ]);
  // A form is a relative of the word's commonest sense too: `relativesHeld` is off where `formsHeld` is set.
  const answered = (question: string, formsHeld?: number, minCoverage?: number) => {
    const answer = answerQuestion(sermons, question, { answer: { ...(formsHeld === undefined ? {} : { formsHeld, relativesHeld: 0 }), ...(minCoverage === undefined ? {} : { abstain: { minCoverage } }) } });
    return answer.kind === 'answer' ? answer.results[0]?.passage.text : answer.kind;
  };

  it('answers from a passage holding two of its words as other forms ("preach" and "sin" for "preacher" and "sinners")', () => {
    expect(answered('what did the preacher warn would happen to sinners')).toMatch(/^The old clergyman would preach/);
    // Without it no passage holds a word of the question by its own stem, and docent says it is not in the documents.
    expect(answered('what did the preacher warn would happen to sinners', 0)).toBe('no-match');
  });

  it('takes no passage holding a single word in another form, which may be another sense ("formulate" for "formula")', () => {
    // Abstaining off (minCoverage 0): the passage is no candidate at all, though one form would let it in.
    expect(answered('what is the formula for the area of a circle', undefined, 0)).toBe('no-match');
    expect(answered('what is the formula for the area of a circle', 1, 0)).toMatch(/^They formulate/);
  });
});

describe("answerQuestion taking a passage that meets two of the question's words by relatives of their commonest senses", () => {
  const essays = buildKnowledge([
    documentOf('essays', [
      'I confess that I am troubled by doubts about execution as a penalty, though I once thought the matter settled.',
      'The hall was full on the first night, and the vocalists were applauded after every aria.',
      'The garden behind the library is open to readers in the summer months.',
    ].join('\n\n')),
  ]);
  // Abstaining off (minCoverage 0): what is asked here is whether the passage is a candidate at all.
  const answered = (question: string, relativesHeld?: number) => {
    const answer = answerQuestion(essays, question, { answer: { ...(relativesHeld === undefined ? {} : { relativesHeld }), abstain: { minCoverage: 0 } } });
    return answer.kind === 'answer' ? answer.results[0]?.passage.text : answer.kind;
  };

  it('answers "capital punishment" from a passage writing "execution" and "penalty", none of its words', () => {
    expect(answered('is he for or against capital punishment')).toMatch(/^I confess that I am troubled/);
    // Without it the passage is dropped for holding no word of the question by its own stem.
    expect(answered('is he for or against capital punishment', 0)).toBe('no-match');
  });

  it('takes no passage met through a rarer sense ("full" is "good" only in its second sense)', () => {
    expect(answered('how good were the other singers')).toBe('no-match');
  });

  it('lists it only among the judged passages: below three that hold the question\'s words it is no "More results" entry', () => {
    const debates = buildKnowledge([
      documentOf('debates', [
        'The capital was crowded with visitors for the debate on punishment.',
        'Punishment of children was the second topic, and the capital papers reported it.',
        'In the capital the debate on punishment went on until midnight.',
        'I confess that I am troubled by doubts about execution as a penalty, though I once thought the matter settled.',
      ].join('\n\n')),
    ]);
    const answer = answerQuestion(debates, 'is he for or against capital punishment', { answer: { abstain: { minCoverage: 0 } } });
    // Three passages holding "capital" and "punishment" fill the judged ones; the fourth, met only by relatives, is left out.
    expect(answer.kind === 'answer' ? answer.results.map((result) => result.passage.text).filter((text) => text.includes('execution')) : answer.kind).toEqual([]);
    expect(answer.kind === 'answer' ? answer.total : 0).toBe(3);
  });
});

describe('answerQuestion ranking first the passage that opens on what is asked about', () => {
  const garden = buildKnowledge([
    documentOf('garden', [
      'Along the fence, roses and pansies get food once a month.',
      'Pansies are gluttons: they want food every week of their long season.',
      'The roses came from a nursery in the next county, where they had been grafted the summer before.',
      'A hedge of privet shelters the vegetable beds from the north wind.',
      'The tomatoes are staked in May and tied every few days as they grow.',
      'Beans climb the poles by the shed, and the peas climb netting beside them.',
      'Compost is turned twice a year, in April and in October.',
      'The lawn is cut on Saturdays, the edges trimmed by hand.',
      'Rain water from the roof fills two barrels by the kitchen door.',
      'Seed catalogues arrive in January and are read through the winter evenings.',
    ].join('\n\n')),
  ]);
  const first = (question: string, opening?: number, knowledge: Knowledge = garden) => firstRanked(knowledge, question, opening === undefined ? {} : { rank: { weights: { opening } } });

  it('puts "Pansies are gluttons" before a passage naming pansies in passing, where both hold the same words', () => {
    expect(first('can you give pansies too much food')).toMatch(/^Pansies are gluttons/);
    // Without the reading the longer passage, naming pansies and food in passing, comes first.
    expect(first('can you give pansies too much food', 0)).toMatch(/^Along the fence/);
  });

  it('does not read a passage opening on what its speaker said as one about the speaker ("Tate said that …")', () => {
    const farm = buildKnowledge([
      documentOf('farm', [
        'Tate said that the orchard wants pruning before the frost, as the county agent, Ann Tate, has told every farm.',
        'Ann Tate is the county agent, who visits every farm in the valley each spring.',
        ...garden.passages.slice(2).map((passage) => passage.text),
      ].join('\n\n')),
    ]);
    // The definition's weight held low (0.3), where the definition alone does not outrank the speech: the opening tells them apart.
    const ranked = (opening: number) => firstRanked(farm, 'who is tate', { rank: { weights: { opening, definition: 0.3 } } });
    expect(ranked(0.2)).toMatch(/^Ann Tate is the county agent/);
    // Both open on "Tate": without the reading the passage of what Tate said comes first, so only the speech's is set aside.
    expect(ranked(0)).toMatch(/^Tate said that/);
    expect(first('who is tate', undefined, farm)).toMatch(/^Ann Tate is the county agent/);
  });
});

describe('answerQuestion reading a pronoun after an opening phrase as one named in the passage before', () => {
  const boat = buildKnowledge([
    documentOf('boat', [
      'Elaine pulled on the tank and the mask while Nick held the wheel.',
      'A moment later, moving awkwardly because of the fins, she dropped backward into the water and was gone.',
      'The water off the point was green and cold, colder than the harbor had been.',
      'The radio played dance music from a station on the mainland.',
      'Gulls followed the boat all the way from the harbor.',
      'The anchor line was coiled on the deck beside the spare tanks.',
      'A schooner beat its way into the wind toward the island.',
      'Nick had never learned to run a boat except on the open sea, Elaine told him.',
    ].join('\n\n')),
  ]);
  const first = (words?: number) => firstRanked(boat, 'how did elaine go into the water', words === undefined ? {} : { rank: { pronounAfterOpeningWords: words } });

  it('puts "A moment later, …, she dropped backward into the water" first, its "she" Elaine of the passage before', () => {
    expect(first()).toMatch(/^A moment later/);
    // Without the reading a passage on the water alone comes first: the one telling what Elaine did names her only by "she".
    expect(first(0)).toMatch(/^The water off the point/);
  });
});

describe('answerQuestion meeting an ordinal word by its digits', () => {
  const show = buildKnowledge([
    documentOf('show', [
      'Judy Marsh, age 12, from Dover, showing a Beagle, was 1st in the Novice Class.',
      'Susan Hale, age 14, from Baltimore, showing a Dachshund, was 3rd. She placed in the Finals last year too.',
      'The judges met in the ring before noon to go over the rules of the class.',
      'In the 20th century the show was held each February at the Garden, with a band playing between the classes.',
      'In the nineteenth century the show was held at the Armory.',
    ].join('\n\n')),
  ]);

  it('answers "who came third" by "… was 3rd" and "what came first" by "… was 1st"', () => {
    expect(firstRanked(show, 'who came third')).toMatch(/^Susan Hale/);
    expect(firstRanked(show, 'which beagle came first')).toMatch(/^Judy Marsh/);
  });

  it('meets "the twentieth century" by "the 20th century"', () => {
    expect(firstRanked(show, 'where was the show held in the twentieth century')).toMatch(/^In the 20th century/);
  });
});
