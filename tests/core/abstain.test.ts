import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';
import { renderAnswer } from '../../src/format/discord.ts';
import { answerJson } from '../../src/format/json.ts';

/** A made-up town report: every rule below is one a reader of any document would agree with. */
const REPORT: KnowledgeDocument = {
  file: 'town.md',
  slug: 'town',
  meta: { title: 'Town report' },
  bodyLine: 1,
  body: [
    'The town council approved a new library in 2019, paid for by a bond of 12 million dollars.',
    '',
    'Human capital matters: the council trains 300 nurses a year at the county college.',
    '',
    'Bus fares fell by half after the council bought electric buses for the northern routes.',
    '',
    'Farmers along the river grow rice and keep ducks; the harvest festival is held every October.',
    '',
    'The old mill by the bridge became a museum of weaving, open on weekends.',
    '',
    'Three new clinics opened in the eastern villages, each with a doctor and two nurses.',
    '',
    'The school district hired 40 teachers and rebuilt the gymnasium after the flood.',
    '',
    'A cycling path now links the station to the market square and the river park.',
    '',
    'The transport plan and its Outline of the Vision for 2040 promise trams on every main road.',
    '',
    'The ferry crew counted heads: 48 aboard, 2 short of the limit.',
  ].join('\n'),
} as unknown as KnowledgeDocument;

const knowledge = buildKnowledge([REPORT]);

/** The report with other paragraphs for its body. */
const reportOf = (paragraphs: readonly string[]) => buildKnowledge([{ ...REPORT, body: paragraphs.join('\n\n') } as KnowledgeDocument]);
/** A paragraph on another topic, beside a test's own in `reportOf`: the question's words are then in some passages, not in every one, as in a real document. */
const buses = 'Bus fares fell by half after the council bought electric buses.';
/** A test's own sentence with the other-topic paragraph after it. */
const besideBuses = (sentence: string) => reportOf([sentence, buses]);

/** Each question is answered, its first passage holding the text given with it. */
function expectAnsweredWith(knowledgeBase: ReturnType<typeof buildKnowledge>, questions: readonly (readonly [string, string])[]): void {
  for (const [question, text] of questions) {
    const found = answerQuestion(knowledgeBase, question);
    expect(found.kind === 'answer' && found.results[0]?.passage.text).toContain(text);
  }
}

/** The coverage bar some fixtures below were written against: their tests pin a specific check, not the bar. */
const BAR_04 = { answer: { abstain: { minCoverage: 0.4 } } };

describe('answerQuestion when the documents do not hold the answer', () => {
  it.each([
    ['what is the capital of australia', 'one shared word ("capital") in a question about a place the report never names'],
    ['how do volcanoes erupt', 'no word of the question is in the report'],
    ['best pizza recipe with mozzarella', 'another topic altogether'],
    ['which ducks live in the park', 'each passage holds one of its two words: the ducks are on the farms, the park by the station'],
    ['is there a library in the museum', 'the library and the museum are in different passages, neither says the other holds it'],
    ['how many nurses does the county college in ohio train', 'the report\'s college trains nurses, but it never names Ohio'],
    ['what is the tallest bridge in the world', 'the report has a bridge, but "tallest" and "world" are asked about too, if everyday words'],
  ])('says "%s" is not in the documents (%s)', (question) => {
    const answer = answerQuestion(knowledge, question);
    expect(answer.kind).toBe('no-match');
  });

  it('offers the passages that shared a word as "might be related", never as the answer', () => {
    const answer = answerQuestion(knowledge, 'what is the capital of australia');
    expect(answer.kind === 'no-match' && answer.related.map((result) => result.passage.text)).toEqual([expect.stringContaining('Human capital')]);
    const json = answerJson(knowledge, answer);
    expect(json.results).toEqual([]);
    expect('related' in json && json.related[0]?.text).toContain('Human capital');
    const reply = renderAnswer(answer, [], false);
    expect(reply.content).toMatch(/isn't in my documents[\s\S]*Might be related/);
  });

  it('still answers a question in words of its own when a passage holds three of its specific words', () => {
    // "weary" and "commuters" are rare English the report lacks; electric, buses and fares say which passage it is about.
    const answer = answerQuestion(knowledge, 'did the electric buses cut fares for weary commuters');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('Bus fares fell by half');
  });

  it('answers a question naming a number the report writes once, whatever word stands beside it ("figure")', () => {
    const answer = answerQuestion(knowledge, 'what is the 40 figure');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('The school district hired 40 teachers');
  });

  it('counts a word the report never uses as met by its synonym in a passage ("instructors" by "teachers", "deluge" by "flood")', () => {
    // Only "hired" is the report's own word; "bleachers" is met by nothing, so the synonyms must carry the question.
    const answer = answerQuestion(knowledge, 'were instructors hired after the deluge ruined the bleachers');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('The school district hired 40 teachers');
  });

  it('counts a word as met by its synonym of two words the passage writes ("sommeliers" by "wine waiters")', () => {
    const cellar = reportOf(['Wine waiters are something else again: most of them, the world over, hold the customer guilty until proved innocent.', buses]);
    expectAnsweredWith(cellar, [['how do sommeliers treat the customers they serve', 'Wine waiters']]);
  });

  it('counts a word as met by a synonym of a word derived from it ("punished" by "the penalty", punishment\'s synonym)', () => {
    const court = reportOf(['The harbor court has spoken: the penalty on the ferryman is lifted, and he may sail again.', buses]);
    expectAnsweredWith(court, [['is the ferryman still being punished', 'the penalty on the ferryman']]);
  });

  it('still answers when the only words missing from the documents are everyday English', () => {
    // "want" and "know" are not in the report, but say nothing about the topic: library and bond are.
    const answer = answerQuestion(knowledge, 'i want to know how the library bond was paid');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('library');
  });

  it('still answers when the words missing from the documents describe what they name', () => {
    // "noisy" and "cramped" are rare English the report lacks, but say what the buses are like; electric and buses say which passage.
    const answer = answerQuestion(knowledge, 'are the electric buses noisy and cramped');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('electric buses');
  });

  it('answers a question of one topic word whose other words are everyday verbs the documents lack ("drop" for "fell")', () => {
    // "Fares" names the topic; "drop" only says, in the asker's words, what the report says with "fell".
    const answer = answerQuestion(knowledge, 'why did fares drop');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('Bus fares fell by half');
    // A rare verb the documents lack names an act they would have to tell of: the museum of weaving says nothing of who invented it.
    expect(answerQuestion(knowledge, 'who invented weaving').kind).toBe('no-match');
  });

  it('reads an irregular form the documents lack as its base is read ("spent" as "spend"), not as a rare word of its own', () => {
    // The index meets "spent" as "spend"; how common it is must be read so too: WordNet counts lemmas, never the form.
    const asBase = answerQuestion(knowledge, 'what did the council spend on the library');
    const asForm = answerQuestion(knowledge, 'what was spent on the library');
    expect(asBase.kind === 'answer' && asBase.results[0]?.passage.text).toContain('new library');
    expect(asForm.kind === 'answer' && asForm.results[0]?.passage.text).toContain('new library');
  });

  it('searches an irregular verb form WordNet lists as a word of its own ("kept") with its base\'s synonyms, as the regular form is', () => {
    const report = reportOf([
      'The registers of births and deaths are filed by the district office, and copies go to the capital each spring.',
      'The village chiefs and their clerks were responsible for maintaining the registers of births in each district.',
      'The old mill by the bridge became a museum of weaving, open on weekends.',
    ]);
    // "kept" is an adjective of its own in WordNet ("unbroken"); as "keep" it is "maintain", the chiefs' passage.
    expectAnsweredWith(report, [
      ['who keeps the registers of births', 'The village chiefs'],
      ['who kept the registers of births', 'The village chiefs'],
    ]);
  });

  it('declines "how is X V-ed" of an irregular participle ("paid") from a passage naming X and no such act, as it does a regular one ("compensated")', () => {
    // The ferry crew is named, its pay never: "paid" is read as "pay", the verb, as the index stems it.
    expect(answerQuestion(knowledge, 'how is the ferry crew compensated').kind).toBe('no-match');
    expect(answerQuestion(knowledge, 'how is the ferry crew paid').kind).toBe('no-match');
  });

  it('answers a question whose "people" a passage leaves unmet from the passage that meets its other word ("what do people collect" by "Collecting stamps")', () => {
    const report = reportOf([
      'Collecting stamps, coins and old bottles costs little, and the club meets on Fridays.',
      'Many people in the town keep a garden, and the things they grow are sold at the market.',
      buses,
    ]);
    // "People" stands for anyone: the collecting passage answers without it, as it would "what does one collect".
    expectAnsweredWith(report, [['what do people collect', 'Collecting stamps, coins']]);
    // A passage that meets "people" still needs the question's other word: the garden passage says nothing of cooking.
    expect(answerQuestion(report, 'what do people cook').kind).toBe('no-match');
  });

  it('answers a question about "the writer" from a passage the writer tells in the first person ("my three brothers"), not from a quoted "I"', () => {
    const memoir = reportOf([
      'When the war came, my three brothers and I were sent to an aunt in the country.',
      'The aunt kept bees and sold their honey in the town on Saturdays.',
      buses,
    ]);
    // The text's "I" is its writer: "my" names the writer whose brothers are counted.
    expectAnsweredWith(memoir, [['how many brothers does the writer have', 'my three brothers']]);
    // A quoted "I" is another speaker's: a text told of others says nothing of its writer's brothers.
    const told = reportOf(['"My three brothers and I were sent away," the farmer said of the war.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    expect(answerQuestion(told, 'how many brothers does the writer have').kind).toBe('no-match');
  });

  it('answers a "how much money" of documents that never write "money" from the sum they state, not from a passage stating none', () => {
    const grants = reportOf(['That spring the council made a $40,000 grant to Walter Kowalski, who keeps the harbour inn.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    // The sum stated meets "money", one of the question's two words, as "Kowalski" is the other.
    expectAnsweredWith(grants, [['how much money went to kowalski', '$40,000 grant']]);
    const praised = reportOf(['That spring the council praised Walter Kowalski, who keeps the harbour inn.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    expect(answerQuestion(praised, 'how much money went to kowalski').kind).toBe('no-match');
  });

  it('answers a "how much does X cost" from a sum said of X, not from the price of another thing its sentence names', () => {
    const coach = reportOf(['The coach had cost Vernon $2,300, and it was the pride of the Santa Cruz road.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    expectAnsweredWith(coach, [['how much did vernon\'s coach cost', '$2,300']]);
    // The sentence names Vernon and his coach and prices no seat on it.
    expect(answerQuestion(coach, 'how much did a seat on vernon\'s coach cost').kind).toBe('no-match');
    // "It" after a sentence naming the seat prices the seat.
    const seat = reportOf(['A seat on Vernon\'s coach was the dearest in the county. It cost $12 to ride to Santa Cruz.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    expectAnsweredWith(seat, [['how much did a seat on vernon\'s coach cost', '$12']]);
  });

  it('answers a "how long has" from the start of the span said without a number ("since the Civil War"), not from a "since" that means "because"', () => {
    const inn = reportOf(['The harbour inn has been famous for its oysters since the Civil War.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    expectAnsweredWith(inn, [['how long has the inn been famous for oysters', 'since the Civil War']]);
    // "Since" opening a clause with no perfect before it gives a reason, not a start: the question stays unanswered.
    const reason = reportOf(['The harbour inn serves oysters every night, since the bay is close by.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    expect(answerQuestion(reason, 'how long has the inn been serving oysters').kind).toBe('no-match');
  });

  it('answers a yes/no question, or a "what … by", whose later "when" joins a clause from a passage with no date, but holds "can you tell me when" to a date', () => {
    const sweets = reportOf(['There is always an open market for homemade candies, in spite of low calorie diets.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    // "Will anyone buy …" asks yes or no; "when everyone is dieting" says in what case, and asks for no date.
    expectAnsweredWith(sweets, [['will anyone sell homemade candies when everyone is dieting', 'open market for homemade candies']]);
    // "By when" after "what" ends the question's preposition ("what does he steer by"), and asks for no date either.
    const fog = reportOf(['In thick fog the keeper steers by the sound of the bell on the reef.', 'The aunt kept bees and sold their honey in the town on Saturdays.', buses]);
    expectAnsweredWith(fog, [['what does the keeper steer by when the fog is thick', 'the sound of the bell']]);
    // Put to "you", the "when" is what is asked: a passage with no time does not tell it.
    expect(answerQuestion(sweets, 'can you tell me when the candies market opens').kind).toBe('no-match');
  });

  it('answers a question whose everyday word the documents say in their own word ("job" as "task"), where every other word is met', () => {
    const report = reportOf([
      'The task of the librarian is to lend books to the children of the town.',
      'The old mill by the bridge became a museum of weaving, open on weekends.',
      'Bus fares fell by half after the council bought electric buses for the northern routes.',
    ]);
    expectAnsweredWith(report, [['what is the job of the librarian', 'The task of the librarian']]);
    // The same words and one more the passage does not meet: the task passage says nothing of the mill.
    expect(answerQuestion(report, 'what job did the librarian do at the mill').kind).toBe('no-match');
    // "Exists" is of the stem of "existence", a sense of "world", but a verb: it names no world the mountains are in.
    const hills = reportOf(['The gap between the mountain villages and the town still exists.', buses]);
    expect(answerQuestion(hills, 'what is the tallest mountain in the world').kind).toBe('no-match');
  });

  it('answers a question whose noun a passage names by a kind of it ("roads" as "highways"), beside a word it meets', () => {
    const works = reportOf([
      'Highways go to the county, bridges to the river board, and the parks to the town.',
      'The old road to the mill floods every spring, and the bus cannot pass.',
      'Bus fares fell by half after the council bought electric buses for the northern routes.',
    ]);
    expectAnsweredWith(works, [['who will look after the roads and the bridges', 'Highways go to the county']]);
    // The kind in a sentence of its own says nothing of the bridges the other sentence names.
    const apart = reportOf([
      'Highways go to the county. The river board, in the end, keeps the bridges.',
      'The old road to the mill floods every spring, and the bus cannot pass.',
      'Bus fares fell by half after the council bought electric buses for the northern routes.',
    ]);
    expect(answerQuestion(apart, 'who will look after the roads and the bridges').kind).toBe('no-match');
    // A kind of an act or an idea is said of other things as often: a course is no education named.
    const school = reportOf([
      'A course in weaving goes to the county, and the bridges to the river board.',
      'Education in the town was free until the mill closed.',
      'Bus fares fell by half after the council bought electric buses for the northern routes.',
    ]);
    expect(answerQuestion(school, 'who will look after the education and the bridges').kind).toBe('no-match');
  });

  it('answers "what N" from a passage naming one of N beside a word it meets ("what document" by "a certificate")', () => {
    const club = (given: string) =>
      reportOf([
        `Give each new volunteer ${given} at the spring dinner.`,
        'A member who leaves the club returns the key to the boathouse.',
        'Bus fares fell by half after the council bought electric buses for the northern routes.',
      ]);
    expectAnsweredWith(club('a certificate of service'), [['what document does each volunteer get', 'a certificate of service']]);
    // A passage naming no document gives none, whatever it gives the volunteer.
    expect(answerQuestion(club('a warm handshake'), 'what document does each volunteer get').kind).toBe('no-match');
  });

  it('answers a question whose noun a passage that meets enough of its words names by a kind of it, short of the coverage without it ("beginners" as "newcomer")', () => {
    const others = ['The ferry to the island leaves twice a day in summer.', 'The broadcast of the council meeting ran late.', 'Listeners wrote in about the bridge repairs.'];
    const question = 'did the broadcast please longtime listeners or beginners';
    expectAnsweredWith(reportOf(['The broadcast satisfied neither the confirmed listener nor the inquisitive newcomer, for all its jazz.', ...others]), [[question, 'inquisitive newcomer']]);
    // The newcomer in a sentence of its own is not said to be pleased or not by the broadcast (judged at the
    // coverage bar the fixture was written against, 0.4: at 0.35 or 0.33 it is answered; the kind read beside is the rule here).
    expect(answerQuestion(reportOf(['The broadcast satisfied neither the confirmed listener nor the old hands. An inquisitive newcomer came late to the jazz.', ...others]), question, BAR_04).kind).toBe('no-match');
  });

  it('answers a question whose everyday noun the documents lack a passage names by a name of its kind ("the country" as "Denmark"), beside a word it meets', () => {
    const others = ['The ferry to the island leaves twice a day in summer.', buses];
    const question = 'were there any other universities in the country';
    expectAnsweredWith(reportOf(['The university was the only one in Denmark, and its chairs were few.', ...others]), [[question, 'only one in Denmark']]);
    // A name of another kind ("Oersted", a person) names no country.
    expect(answerQuestion(reportOf(['The university was the only one Oersted knew, and its chairs were few.', ...others]), question).kind).toBe('no-match');
  });

  it('answers a question whose word is used in a rarer sense from a passage whose word names it in its own usual sense ("old stables" as "the former stables")', () => {
    const others = ['The old ferry to the island leaves twice a day in summer.', buses];
    const question = 'what is shown in the old stables';
    const found = answerQuestion(reportOf(['Past the gate, the former stables now house a collection of carriages and saddles.', ...others]), question);
    expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text)).toContainEqual(expect.stringContaining('former stables'));
    // "Great" is "old" only in a sense of "old" ("a good old time"), none of its own: no old stables are named.
    expect(answerQuestion(reportOf(['Past the gate, the great stables now house a collection of carriages and saddles.', ...others]), question).kind).toBe('no-match');
  });

  it('answers a question whose noun the documents lack from a passage that names it by its related noun and takes it up by "they" in the next sentence', () => {
    const others = ['The old ferry to the island leaves twice a day in summer.', buses];
    const question = 'how many states do the kids come from';
    const said = (pronoun: string) => reportOf([`The school is home to 60 children, ages eight to fourteen. From fourteen states and three countries ${pronoun} to spend the winter.`, ...others]);
    expectAnsweredWith(said('they come'), [[question, 'From fourteen states']]);
    // "He" takes up one person, not the children: the states are then said of someone else.
    expect(answerQuestion(said('he comes'), question).kind).toBe('no-match');
  });

  it.each([
    ['what sort of man was samuel pepys', 'Samuel Pepys certainly was'],
    ['what was remarkable about her trill', 'a trill almost unprecedented'],
  ])('answers "%s": a kind of person or a trait asked is the question\'s frame, and the passage need not write it', (question, expected) => {
    // "Remarkable", a word the documents use elsewhere, and "man", a noun they lack, would each want a second word met.
    const others = ['The old ferry leaves twice a day in summer.', 'A remarkable storm closed the harbour.', 'Bus fares fell by a remarkable half after the council bought electric buses.'];
    const report = reportOf(['He should be, as Samuel Pepys certainly was, a patient teacher of every pupil.', 'Her singing showed strain, though she revealed a trill almost unprecedented in years of performance.', ...others]);
    expectAnsweredWith(report, [[question, expected]]);
  });

  it('answers "what date is X this year" from a passage that names the year by its number, not by the word', () => {
    const others = [buses, 'The old ferry to the island leaves twice a day in summer, and all year round on weekends when the sea is calm.'];
    const question = 'what date is the regatta this year';
    expectAnsweredWith(reportOf(['The Regatta opens on Saturday, September 9, 1961, at the harbour.', ...others]), [[question, 'September 9, 1961']]);
    // A date with no year names none: "this year" is then unmet, and the regatta alone is one word of two.
    expect(answerQuestion(reportOf(['The Regatta opens on Saturday, September 9, at the harbour.', ...others]), question).kind).toBe('no-match');
  });

  it('answers "when was X built" from a sentence that tells a way of building it ("erected"), not another act', () => {
    const others = ['The ferry to the island leaves twice a day in summer.', 'Fish prices at the market fell by half after the new quay opened.'];
    const question = 'when was the harbour monument built';
    expectAnsweredWith(reportOf(['In the square stands the Harbour Monument, erected in 1931, facing the sea.', ...others]), [[question, 'erected in 1931']]);
    expect(answerQuestion(reportOf(['In the square stands the Harbour Monument, painted in 1931, facing the sea.', ...others]), question).kind).toBe('no-match');
  });

  it.each([
    ['what is the role of the museum', 'museum'],
    ['tell me more about the museum', 'museum'],
    ['what does the report say about weaving', 'weaving'],
    ['i would like to know about the museum', 'museum'],
    ['what will happen to the museum', 'museum'],
    // "targets" names the kind of answer asked for (a goal), not its topic: the report says "promise" for the 2040 plan.
    ['what are the targets for 2040', 'Vision for 2040'],
  ])('answers "%s": the words that frame a question are not what it asks about', (question, expected) => {
    const answer = answerQuestion(knowledge, question);
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain(expected);
  });

  it('answers "how often": the words ask for a frequency, and "often" elsewhere in the documents is no topic of its own', () => {
    // The report says "often" of the market and the buses; the census passage says how often without the word.
    const census = buildKnowledge([{ ...REPORT, body: `${REPORT.body}\n\nA full count of the people, the census, takes place every ten years.\n\nStalls at the market often sell out by noon.\n\nBuses often run late in winter.` } as KnowledgeDocument]);
    const answer = answerQuestion(census, 'how often is the census done');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('every ten years');
  });

  it('answers a question that asks for an attribute ("what color", "what is the weight of") from a passage that gives its value', () => {
    const ferry = reportOf([
      'The new ferry is painted bright red, with a white stripe under the windows.',
      'A barge, retired in 2019, carries 12 tons of freight on its last trips.',
      buses,
    ]);
    // "Red" is a color and "12 tons" a weight: the passage answers without naming the attribute asked for.
    expectAnsweredWith(ferry, [['what color is the ferry', 'bright red'], ['what is the weight of the freight', '12 tons']]);
    // An attribute the question does not open by asking for is still a word it asks about: no passage on the buses says a color.
    expect(answerQuestion(ferry, 'why did the buses change color').kind).toBe('no-match');
  });

  it('answers "what part does X play" as it answers "what role does X play": the words ask for a role, not about one', () => {
    const body = ['The town council approved a new library.', 'The ferry crew decides the timetable; the council only sets the fares.', 'Farmers along the river grow rice.'].join('\n\n');
    const ferry = buildKnowledge([{ ...REPORT, body } as KnowledgeDocument]);
    expectAnsweredWith(ferry, [['what part does the crew play', 'decides the timetable']]);
  });

  it('answers "who led …": an irregular form of a word ("led", of "lead") is that word, not a name the documents lack (LED)', () => {
    const answer = answerQuestion(knowledge, 'who led the school district after the flood');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('The school district hired 40 teachers');
  });

  it.each([
    ['why couldn\'t the mill stay a mill', '"couldn\'t" is "could" and "not"'],
    ['what is beside the old mill', '"beside" is a preposition, not a name the report lacks'],
    ['does the museum run itself', '"itself" points back at the museum'],
    ['is anything held in october', '"anything" asks what, it names nothing'],
  ])('answers "%s": a function word WordNet does not list is no word the report lacks (%s)', (question) => {
    expect(answerQuestion(knowledge, question).kind).toBe('answer');
  });

  it('answers a "when" from a passage that gives the day of a month without its year: a reader sees the date', () => {
    // No year anywhere, so the timeline cannot date the day: a reader still sees when.
    const body = ['The town council approved a new library.', buses, 'On March 3 the ferry crew began the winter timetable.'].join('\n\n');
    const ferry = buildKnowledge([{ ...REPORT, body } as KnowledgeDocument]);
    const answer = answerQuestion(ferry, 'when did the ferry start its winter timetable');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('On March 3');
  });

  it('answers a "when" from a passage that tells the time from now or from another time, with no date', () => {
    const body = ['The town council approved a new library.', buses, 'In a few years the ferry crew will sail a second boat.', 'The mill became a museum.'].join('\n\n');
    const ferry = buildKnowledge([{ ...REPORT, body } as KnowledgeDocument]);
    const answer = answerQuestion(ferry, 'when will the ferry crew sail a second boat');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('In a few years');
    // A passage with no time in it still does not say when.
    expect(answerQuestion(ferry, 'when did the mill become a museum').kind).toBe('no-match');
  });

  it('answers a "when" from a passage that tells it by another event in a clause of time ("when …", "until …"), with no date', () => {
    const body = ['The town council approved a new library.', buses, 'The ferry crew stops the winter timetable when the ice on the river breaks.', 'The mill became a museum.'].join('\n\n');
    const ferry = buildKnowledge([{ ...REPORT, body } as KnowledgeDocument]);
    const answer = answerQuestion(ferry, 'when does the ferry crew stop the winter timetable');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('when the ice on the river breaks');
    expectAnsweredWith(reportOf(['The council kept the bridge closed until the flood had passed.', 'The mill became a museum.']), [['when did the council open the bridge', 'until the flood had passed']]);
    // A passage that tells no time at all still does not say when.
    expect(answerQuestion(ferry, 'when did the mill become a museum').kind).toBe('no-match');
  });

  it('answers "who did X marry" only from a passage that says the marrying, by the verb or by a spouse\'s noun ("took a wife, Ellen Marsh")', () => {
    // A passage naming the harbour master and no marrying names no one he married.
    const career = reportOf(['The harbour master Tom Reed trained at the university library before he ran the ferry office.', buses]);
    expect(answerQuestion(career, 'who did tom reed marry').kind).toBe('no-match');
    expect(answerQuestion(career, 'who was tom reed married to').kind).toBe('no-match');
    // A text tells whom someone married by the spouse's noun far more often than by the verb.
    const spouse = ['The harbour master Tom Reed trained at the university library and soon took a wife, Ellen Marsh, a teacher in the town.', buses];
    expectAnsweredWith(reportOf(spouse), [['who did tom reed marry', 'a wife, Ellen Marsh']]);
    expectAnsweredWith(reportOf(['The harbour master Tom Reed trained at the university library and married Ellen Marsh in the chapel.', buses]), [['who did tom reed marry', 'married Ellen Marsh']]);
  });

  it('does not answer a "when" asking an event\'s time from a clause of condition: only a circumstance asked is told by one', () => {
    const busy = reportOf(['The ferry crew got busy if the river was high and muddy.', 'The mill became a museum.']);
    expect(answerQuestion(busy, 'when did the ferry crew get busy').kind).toBe('no-match');
    expectAnsweredWith(busy, [['when is the ferry crew most busy', 'if the river was high']]);
  });

  it('answers a "when" from a paragraph telling its time from the one before ("Soon after, …"), which dates it; not where that one dates nothing', () => {
    const question = 'when did the ferry crew sell the old boat';
    expectAnsweredWith(reportOf(['In 1958 the harbor froze hard and the river closed.', 'Soon after, the ferry crew sold the old boat.', buses]), [[question, 'Soon after']]);
    expect(answerQuestion(reportOf(['The harbor froze hard and the river closed.', 'Soon after, the ferry crew sold the old boat.', buses]), question).kind).toBe('no-match');
  });

  it('does not answer a "when" from a clause of time whose verb is the act asked: the act is then the time of another', () => {
    // "Before they leave" says the leaving as the time the permits are bought, and no time of it.
    const permits = reportOf(['Visitors from the valley buy their permits at the ferry office before they leave for the islands.', 'The mill became a museum.']);
    expect(answerQuestion(permits, 'when did the visitors leave the valley').kind).toBe('no-match');
    // A clause of another verb tells the time of the act asked by it.
    expectAnsweredWith(reportOf(['Visitors from the valley leave for the islands before they buy their permits at the ferry office.', 'The mill became a museum.']), [['when did the visitors leave the valley', 'before they buy']]);
  });

  it.each([
    { question: 'when do the ferry crew paint the boat', stating: 'By the middle of the summer the ferry crew paint the boat white.', naming: 'The ferry crew paint the boat white with a brush.', answer: 'By the middle of the summer' },
    { question: 'when does the harbor club meet', stating: 'The harbor club meets in the old mill during March.', naming: 'The harbor club meets in the old mill by the bridge.', answer: 'during March' },
    { question: 'when does the choir rehearse in the old mill', stating: 'The choir rehearses in the old mill on Tuesday evenings.', naming: 'The choir rehearses in the old mill by the bridge.', answer: 'on Tuesday evenings' },
    // A time on the clock tells when, as it tells "what time".
    { question: 'when did the ferry crew leave the old mill', stating: "The ferry crew left the old mill before nine o'clock.", naming: 'The ferry crew left the old mill by the bridge.', answer: "before nine o'clock" },
    { question: 'when did the ferry crew paint the boat', stating: 'The ferry crew painted the boat after they returned from the river.', naming: 'The ferry crew painted the boat with a brush by the river.', answer: 'after they returned' },
    // "Then" takes its time from the sentence before, which names no ferry crew; without it the time is another thing's.
    { question: 'when do the ferry crew wear wool coats', stating: 'Except when the river freezes, the boat runs all year. Then the ferry crew wear wool coats.', naming: 'Except when the river freezes, the boat runs all year. The ferry crew wear wool coats.', answer: 'Then the ferry crew' },
    // A year a paragraph opens on as its subject dates the sentences after it; a year that only dates its own sentence does not.
    { question: 'when did the ferry crew paint the boat white', stating: '1958 was a hard year on the river. The ferry crew painted the boat white.', naming: 'In 1958 the river froze hard. The ferry crew painted the boat white.', answer: 'The ferry crew painted' },
    // So does the year of the sentence just before, where the sentence points back at its time ("that autumn", "then").
    { question: 'when did the ferry crew sell the old boat', stating: 'In 1958 the harbor froze hard. The ferry crew then sold the old boat.', naming: 'In 1958 the harbor froze hard. The ferry crew sold the old boat to a farmer.', answer: 'then sold' },
    // So does a time told on from it that the timeline keeps no date for ("soon after", "that same day", "the following spring").
    { question: 'when did the ferry crew sell the old boat', stating: 'In 1958 the harbor froze hard. Soon after, the ferry crew sold the old boat.', naming: 'In 1958 the harbor froze hard. The ferry crew sold the old boat to a farmer.', answer: 'Soon after, the ferry' },
    { question: 'when did the ferry crew sell the old boat', stating: 'In 1958 the harbor froze hard. That same day the ferry crew sold the old boat.', naming: 'In 1958 the harbor froze hard. The ferry crew sold the old boat to a farmer.', answer: 'That same day' },
    // A present "when … most / more … than" asks a circumstance, which a clause of condition or of time tells.
    { question: 'when is the ferry crew most busy', stating: 'The ferry crew is busy if the river is high and muddy.', naming: 'The ferry crew is busy on the river by the bridge.', answer: 'if the river is high' },
    { question: 'when does a ferry make more sense than the bridge', stating: 'A ferry makes sense as they cross with carts.', naming: 'A ferry makes sense for the farmers with carts.', answer: 'as they cross' },
    // A century after a word of time dates the event; a century describing a thing ("sixteenth-century looms") does not.
    { question: 'when did the weavers come to the old mill', stating: 'The weavers came to the old mill from Flanders in the sixteenth century.', naming: 'The weavers came to the old mill from Flanders with sixteenth-century looms.', answer: 'in the sixteenth century' },
    { question: 'when did the weavers work in the old mill', stating: 'The weavers worked in the old mill in the fifteenth and sixteenth centuries.', naming: 'The weavers worked in the old mill for many centuries.', answer: 'fifteenth and sixteenth centuries' },
    { question: 'how many ducks nest under the mill', stating: 'Several dozen ducks nest under the mill by the bridge.', naming: 'Wild ducks nest under the mill by the bridge.', answer: 'Several dozen ducks' },
    { question: 'how many tickets has the weaving museum sold', stating: 'The weaving museum has sold tickets in the thousands since the mill closed.', naming: 'The weaving museum has sold tickets at the door since the mill closed.', answer: 'in the thousands' },
    // "One" before the noun counted is its count; "one of" is a pronoun's, as is "one" before a noun not asked.
    { question: 'how many keepers does the harbor club need', stating: 'Perhaps one keeper, with help from the members, could run the harbor club.', naming: 'The harbor club, one of the oldest in town, needs keepers for the old mill.', answer: 'one keeper' },
    { question: 'how many patented looms are worth buying', stating: 'Not one patented loom in ten is worth buying, the weavers say.', naming: 'Patented looms are worth buying, the weavers say; one day the old mill will hold them.', answer: 'one patented loom' },
    // So is any number in words before it, where the figures read none ("two duties": a thing of no kind they count).
    { question: 'how many duties does the keeper of the harbor club have', stating: 'These two duties of the keeper of the harbor club cannot be separated.', naming: 'The duties of the keeper of the harbor club cannot be separated.', answer: 'two duties' },
    { question: 'how many of the old boats are still afloat', stating: 'Of the old boats in the harbor, two or three are still afloat.', naming: 'Of the old boats in the harbor, some are still afloat.', answer: 'two or three' },
    { question: 'how many members of the harbor club live by the river', stating: 'Of the members of the harbor club more than half are farmers who live by the river.', naming: 'Of the members of the harbor club many are farmers who live by the river.', answer: 'more than half' },
    { question: 'how many people live in the river towns', stating: 'The river towns are few, but their people make up over half of the population of the valley.', naming: 'The river towns are few, but their people make up much of the population of the valley.', answer: 'over half of the population' },
    { question: 'how long does it take to repair the mill roof', stating: 'It will take the carpenters some time, perhaps weeks, to repair the mill roof.', naming: 'The carpenters repair the mill roof with oak shingles.', answer: 'perhaps weeks' },
    { question: 'how far from the harbor did the comet pass', stating: 'The comet passed the harbor at a distance of nearly a light-year, the astronomers said.', naming: 'The comet passed the harbor in the night, the astronomers said.', answer: 'nearly a light-year' },
    { question: 'how long did the flood at the old mill last', stating: 'The flood at the old mill lasted for a couple of days in March.', naming: 'The flood at the old mill reached the second floor in March.', answer: 'a couple of days' },
    { question: 'how many came to the harbor club regatta', stating: 'An audience of at least a couple of thousands came to the harbor club regatta.', naming: 'An audience of townspeople came to the harbor club regatta.', answer: 'a couple of thousands' },
    { question: 'how long has the harbor club met in the old mill', stating: 'For a number of years the harbor club has met in the old mill.', naming: 'The harbor club has met in the old mill by the bridge.', answer: 'For a number of years' },
    // An amount of a thing not counted, told by a word of degree before it.
    { question: 'how much freedom do the harbor club keepers have', stating: 'The harbor club keepers have considerable freedom in running the old mill.', naming: 'The harbor club keepers have their freedom in running the old mill.', answer: 'considerable freedom' },
    // A fragment finishes the sentence before it; "say" before a number is the writer's estimate.
    { question: 'how big is the harbor club fleet', stating: 'The size of the harbor club fleet is hard to tell. Perhaps 40.', naming: 'The size of the harbor club fleet is hard to tell. Nobody counts.', answer: 'Perhaps 40' },
    { question: 'how big is the harbor club fleet', stating: 'The estimates of the harbor club fleet vary widely. Say forty.', naming: 'The estimates of the harbor club fleet vary widely. Ask the keepers.', answer: 'Say forty' },
    // A degree told by its bound, as a reader takes a limit for the answer where the writer gives no value.
    { question: 'how big is the mill pond', stating: 'The keepers say the mill pond is less than a square mile, and shallow.', naming: 'The keepers say the mill pond is fed by the river, and shallow.', answer: 'less than a square mile' },
    { question: 'how high can the harbor club keeper rise', stating: 'The harbor club keeper may rise in rank, but not to exceed the club secretary.', naming: 'The harbor club keeper may rise in rank among the members.', answer: 'not to exceed' },
  ])('answers "$question" from a passage telling the time or the amount in words ("$answer"), not one telling none', ({ question, stating, naming, answer }) => {
    expectAnsweredWith(reportOf([stating, buses]), [[question, answer]]);
    // The passage names what is asked about and tells no time or amount: it does not say when or how many.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it('does not answer a "how far" from a bound of another measure ("less than thirty minutes"), nor a "how big" from a comparison with no amount', () => {
    expect(answerQuestion(reportOf(['The harbor ferry can sail to the island in less than thirty minutes.', buses]), 'how far can the harbor ferry sail').kind).toBe('no-match');
    expect(answerQuestion(reportOf(['The keepers say the mill pond is less than ideal for swimming.', buses]), 'how big is the mill pond').kind).toBe('no-match');
  });

  it('reads a fragment after the sentence naming the topic only as long as the options passed allow (`fragmentMaxWords`)', () => {
    const fleet = reportOf(['The size of the harbor club fleet is hard to tell. Perhaps 40.', buses]);
    expect(answerQuestion(fleet, 'how big is the harbor club fleet', { answer: { abstain: { fragmentMaxWords: 2 } } }).kind).toBe('answer');
    expect(answerQuestion(fleet, 'how big is the harbor club fleet', { answer: { abstain: { fragmentMaxWords: 0 } } }).kind).toBe('no-match');
    // So for a "when": "Early in 1959." finishes the sentence naming the regatta, in three words, not in two.
    const regatta = reportOf(['The harbor club held its first regatta after the flood. Early in 1959.', buses]);
    expect(answerQuestion(regatta, 'when did the harbor club hold its first regatta', { answer: { abstain: { fragmentMaxWords: 3 } } }).kind).toBe('answer');
    expect(answerQuestion(regatta, 'when did the harbor club hold its first regatta', { answer: { abstain: { fragmentMaxWords: 2 } } }).kind).toBe('no-match');
  });

  it('answers a "how many" from a number in words before a list of describing words and the noun asked ("seventeen ivory, metal, wood, and stone carvings"), not from one a clause goes on after ("seventeen of the old boats, and stone carvings")', () => {
    const question = 'how many carvings did the harbor club sell';
    expectAnsweredWith(besideBuses('At the fair the harbor club sold seventeen ivory, metal, wood, and stone carvings.'), [[question, 'seventeen ivory']]);
    // "Seventeen of the old boats, and stone carvings" is no list: a clause goes on after the number, and counts boats.
    expect(answerQuestion(besideBuses('At the fair the harbor club sold seventeen of the old boats, and stone carvings too.'), question).kind).toBe('no-match');
  });

  it('answers a "how many" of persons from a bare number in words held in the place the question names ("with twelve in the launch"), not a "how many" of things', () => {
    const launch = besideBuses('At seven the harbor club launch left the pier with twelve in the launch.');
    expectAnsweredWith(launch, [['how many people rode in the harbor club launch', 'twelve in the launch']]);
    expect(answerQuestion(launch, 'how many people rode in the harbor club launch', { answer: { abstain: { countHeldIn: 0 } } }).kind).toBe('no-match');
    // Twelve in the launch are persons aboard it, no count of its engines.
    expect(answerQuestion(launch, 'how many engines did the harbor club launch have').kind).toBe('no-match');
  });

  it('reads a "when did X V its … N" as asking when the N was made, not when anything was N-ed ("set up its new rower ranking" by "instituted, early in 1959"), where "when did the X regatta end" still asks the end', () => {
    const ranking = besideBuses('The harbor club instituted, early in 1959, a system of four levels for its rowers.');
    expectAnsweredWith(ranking, [['when did the harbor club set up its new rower ranking', 'early in 1959']]);
    // "The harbor club regatta" is the subject, before any verb: its "end" is the event asked, which a beginning does not date.
    expect(answerQuestion(besideBuses('The harbor club regatta began in 1959 on the river.'), 'when did the harbor club regatta end').kind).toBe('no-match');
  });

  it('reads a "when did X V to P" as asking when X did V, said by its verb or by where it went ("went to the islands"), not any time X is named at', () => {
    const question = 'when did the weavers travel to the islands';
    // The dated sentence names the weavers and another act; the islands are named only in a sentence with no time.
    const another = besideBuses('In 1958 the weavers painted the old mill white. The islands were far away from the harbor.');
    expect(answerQuestion(another, question).kind).toBe('no-match');
    expectAnsweredWith(besideBuses('In 1958 the weavers went to the islands for the first time.'), [[question, 'In 1958 the weavers went']]);
  });

  it('reads a name the passages write capitalised as a name, though WordNet uses its word mostly as a verb ("tom bend"): "when did tom bend travel to the islands" asks when he went, not any time he is named at', () => {
    const question = 'when did tom bend travel to the islands';
    const another = besideBuses('In 1958 Tom Bend painted the old mill white. The islands were far away from the harbor.');
    expect(answerQuestion(another, question).kind).toBe('no-match');
    // Read by WordNet alone, "tom bend" is no noun phrase, and any time near his name dates the question.
    expect(answerQuestion(another, question, { answer: { abstain: { nameCapitalShare: 0 } } }).kind).toBe('answer');
    expectAnsweredWith(besideBuses('In 1958 Tom Bend went to the islands for the first time.'), [[question, 'In 1958 Tom Bend went']]);
  });

  it('answers a question whose thing a sentence meeting another of its words names by a near kind ("mom" by "mother", "dogs" by "two Great Danes"), not by a kind over many ("wool" by "fabrics")', () => {
    const withDogs = (sentence: string) => reportOf([sentence, buses, 'Dogs are welcome at the fair.']);
    const cases = [
      [withDogs('Traveling through the hills with two Great Danes, we covered 900 miles.'), 'how far did they drive through the hills with their dogs', 'two Great Danes'],
      [besideBuses('The mother slept by the stove in the old mill.'), 'where did the mom sleep', 'The mother slept'],
      [besideBuses('The wrongdoer was punished with a fine of ten dollars.'), 'how were the criminals punished', 'The wrongdoer'],
    ] as const;
    for (const [knowledgeBase, question, text] of cases) {
      expectAnsweredWith(knowledgeBase, [[question, text]]);
      expect(answerQuestion(knowledgeBase, question, { answer: { abstain: { nearKindSteps: 0 } } }).kind).toBe('no-match');
    }
    // Fabrics, of 173 kinds in WordNet, are no wool in particular.
    expect(answerQuestion(besideBuses('Fabrics are dried slowly in the shade of the old mill.'), 'how is wool dried').kind).toBe('no-match');
  });

  it('answers a question whose one-word compound a passage says by its own last part, its kind, in any sentence ("folksongs" by "Songs"), not where the document names another kind by it ("bumblebee" for "honeybee")', () => {
    const withSongs = reportOf(['The choir met by the bridge at nine. Songs were sung in the old mill until midnight.', buses]);
    expectAnsweredWith(withSongs, [['where were the folksongs sung', 'Songs were sung in the old mill']]);
    expect(answerQuestion(withSongs, 'where were the folksongs sung', { answer: { abstain: { ownHeadSteps: 0 } } }).kind).toBe('no-match');
    // The document's bumblebees are another kind of bee: its "worker bees" may be theirs, not the honeybee's.
    const withBumblebees = reportOf(['Bumblebees nest under the old mill by the bridge.', 'The worker bees live about a month in the summer.', buses]);
    expect(answerQuestion(withBumblebees, 'how long does a honeybee live').kind).toBe('no-match');
  });

  it('answers "what did X say about Y" by what X said, though Y names a measure ("weight", "who earn the most"), and still declines the measure asked outright', () => {
    const withPaper = reportOf(['The harbor paper wrote of the mayor at the fair: "He is not stout. He is not plump. He is fat."', buses]);
    for (const question of ["what did the harbor paper say about the mayor's weight", 'what does the harbor paper say about mayors who earn the most']) {
      expectAnsweredWith(withPaper, [[question, 'The harbor paper wrote of the mayor']]);
      expect(answerQuestion(withPaper, question, { answer: { abstain: { saidAboutAsked: 0 } } }).kind).toBe('no-match');
    }
    // Asked the weight itself, the paper's words state none.
    expect(answerQuestion(withPaper, 'how much does the mayor weigh').kind).toBe('no-match');
  });

  it('does not answer a "how many" of persons from a range in words a unit follows, a measure, nor from a half of a thing or of a whole not asked', () => {
    expect(answerQuestion(reportOf(['The harbor club has met in the old mill over the last three or four years.', buses]), 'how many members did the harbor club have').kind).toBe('no-match');
    // A bounded half that qualifies a participle says how far a thing went, not how many of a group.
    expect(answerQuestion(reportOf(['The old mill of the harbor club was about half rebuilt by its members last spring.', buses]), 'how many members did the harbor club have').kind).toBe('no-match');
    // A bounded half of a whole the question does not name is a part of that thing, not a count of the group asked.
    expect(answerQuestion(reportOf(['The harbor club rebuilt the old mill at about half of its old size.', buses]), 'how many members did the harbor club have').kind).toBe('no-match');
  });

  it.each([
    {
      question: 'how many members does the harbor club have',
      stating: 'The harbor club met in the old mill by the bridge. Its 40 members rebuilt the roof.',
      apart: 'The harbor club met in the old mill by the bridge. A carpenter mended the roof of the mill. A storm later brought down 40 trees along the river.',
      answer: '40 members',
    },
    {
      question: 'when did the harbor club move into the old mill',
      stating: 'The harbor club moved into the old mill by the bridge in 1952. A carpenter mended its roof.',
      apart: 'The harbor club moved into the old mill by the bridge. A carpenter mended its roof and painted its doors. The river flooded the market square in 1952.',
      answer: 'in 1952',
    },
    {
      // The sentence after the one naming the club goes on about it in a pronoun: its number is the club's.
      question: 'how many members does the harbor club have',
      stating: 'The harbor club met in the old mill by the bridge. It counted 40 at its spring meeting.',
      apart: 'The harbor club met in the old mill by the bridge. Last spring 40 ducks nested under the mill.',
      answer: 'It counted 40',
    },
  ])('answers "$question" only from a passage whose number or date stands in a sentence naming what is asked, or the next', ({ question, stating, apart, answer }) => {
    expectAnsweredWith(reportOf([stating, buses]), [[question, answer]]);
    // The number or the date is of another thing, two sentences from the club: the passage does not say it of the club.
    expect(answerQuestion(reportOf([apart, buses]), question).kind).toBe('no-match');
  });

  it('answers "when did the harbor club close pier 2" from a sentence naming the pier, not one holding a 2 of something else', () => {
    expectAnsweredWith(reportOf(['The harbor club closed pier 2 for repairs until the ice on the river broke.', buses]), [['when did the harbor club close pier 2', 'until the ice']]);
    // The date stands by "2 sacks of cement", no pier: the passage does not say when the pier was closed.
    const apart = 'The harbor club closed its pier 2 for repairs. Volunteers mixed 2 sacks of cement until dark.';
    expect(answerQuestion(reportOf([apart, buses]), 'when did the harbor club close pier 2').kind).toBe('no-match');
  });

  it.each([
    { naming: 'The harbor ferry sails on Route 9 from the pier to the market square.', why: 'a label' },
    { naming: 'The harbor ferry Mary 2 sails from the pier to the market square.', why: 'a name' },
  ])('answers "how many people ride the harbor ferry" from a number that counts, not one that names ($why)', ({ naming }) => {
    expectAnsweredWith(reportOf(['The harbor ferry sails from the pier with 48 aboard at rush hour.', buses]), [['how many people ride the harbor ferry', '48 aboard']]);
    // The ferry's route or its name holds a number, and it says nothing of how many ride it.
    expect(answerQuestion(reportOf([naming, buses]), 'how many people ride the harbor ferry').kind).toBe('no-match');
  });

  it.each([
    { stating: 'The harbor raid killed 83 sailors on the night of the storm.', why: 'by their own word' },
    { stating: 'The harbor raid killed 83 men on the night of the storm.', why: 'by another word for persons' },
  ])('answers "how many sailors were killed in the harbor raid" from a count of persons ($why), not from a count of another thing in the raid\'s sentence', ({ stating }) => {
    expectAnsweredWith(reportOf([stating, buses]), [['how many sailors were killed in the harbor raid', stating.slice(0, 30)]]);
    // The raid's sentence counts its ships, and says nothing of how many sailors died.
    expect(answerQuestion(reportOf(['The harbor raid sank 17 ships on the night of the storm.', buses]), 'how many sailors were killed in the harbor raid').kind).toBe('no-match');
  });

  it.each([
    { naming: 'The harbor raid began on 6 June at the docks of the old town.', why: 'a day of a month' },
    { naming: 'The harbor raid began at 6:30 at the docks of the old town.', why: 'a time of day' },
    { naming: 'The harbor raid struck the 7th Fleet at the docks of the old town.', why: 'an ordinal' },
    { naming: 'The harbor raid was flown in B-17 bombers over the docks of the old town.', why: "a model's number" },
    { naming: '(2) The harbor raid struck at the docks of the old town.', why: "a list's number" },
    { naming: 'The harbor raid came in 1943, in World War 2, at the docks of the old town.', why: 'a year before a stop' },
  ])('answers "how many sailors were killed in the harbor raid" from a count, not from a number that counts nothing ($why)', ({ naming }) => {
    const question = 'how many sailors were killed in the harbor raid';
    expectAnsweredWith(reportOf(['The harbor raid killed 83 sailors on the night of the storm.', buses]), [[question, 'The harbor raid killed 83 sail']]);
    // The raid's sentence dates it, ranks a fleet, names a plane or numbers a list: it says nothing of how many died.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it.each([
    { naming: 'The harbor raid cost the navy $2 million at the docks of the old town.', why: 'a sum of money' },
    { naming: 'The harbor raid was a 40-minute strike at the docks of the old town.', why: 'a duration' },
    { naming: 'The harbor raid ended a 300-mile flight at the docks of the old town.', why: 'a length' },
    { naming: 'The harbor raid cut shipping by 15% at the docks of the old town.', why: 'a share of nothing named' },
  ])('answers "how many sailors were killed in the harbor raid" from a count, not from a measure said of the raid ($why)', ({ naming }) => {
    const question = 'how many sailors were killed in the harbor raid';
    expectAnsweredWith(reportOf(['The harbor raid killed 83 sailors on the night of the storm.', buses]), [[question, 'The harbor raid killed 83 sail']]);
    // The raid's sentence tells what it cost, how long it lasted, how far it came or how much it cut: no count of sailors.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it('answers "how many soldiers went aboard" from a count said in another word for a person ("six men"), and declines it where the number counts a thing', () => {
    // The documents write "soldiers" only of others: the count of the men aboard is in the writer's word for them.
    const parade = 'The soldiers of the old fort marched in the parade.';
    expectAnsweredWith(reportOf(['A detachment of six men went aboard.', parade, buses]), [['how many soldiers went aboard', 'six men went aboard']]);
    expect(answerQuestion(reportOf(['A detachment of six crates went aboard.', parade, buses]), 'how many soldiers went aboard').kind).toBe('no-match');
  });

  it('answers "how many soldiers went aboard" from "people", a plural English writes as its own word, counted by a number ("sixty people went aboard")', () => {
    const parade = 'The soldiers of the old fort marched in the parade.';
    expectAnsweredWith(reportOf(['At dawn sixty people went aboard.', parade, buses]), [['how many soldiers went aboard', 'sixty people went aboard']]);
    expect(answerQuestion(reportOf(['At dawn sixty crates went aboard.', parade, buses]), 'how many soldiers went aboard').kind).toBe('no-match');
  });

  it('answers "how long does the boiler take to heat the water" from the next sentence going on in a pronoun after a short opening ("Most mornings, it took forty minutes")', () => {
    const question = 'how long does the boiler take to heat the water';
    expectAnsweredWith(reportOf(['The old boiler heated the water in the cellar of the mill. Most mornings, it took forty minutes.', buses]), [[question, 'forty minutes']]);
    // One that goes on with a noun of its own after the opening is about that: the stove's time is not the boiler's.
    expect(answerQuestion(reportOf(['The old boiler heated the water in the cellar of the mill. Most mornings, the stove took forty minutes.', buses]), question).kind).toBe('no-match');
  });

  it('answers "how many statues were taken from the hall" from a count in words whose noun follows modifiers a comma sets off ("seventeen ivory, wood, and stone statues")', () => {
    const question = 'how many statues were taken from the hall';
    const taken = 'The thieves entered the hall. From the cabinet they took seventeen ivory, wood, and stone statues.';
    expectAnsweredWith(reportOf([taken, 'The statues of the park were cleaned in spring.', buses]), [[question, 'seventeen ivory, wood, and stone statues']]);
  });

  it('answers "how many raiders did the sheriff bring down" from a number left as the object of a past verb ("the sheriff felled two"), and declines it where the number is an age', () => {
    const question = 'how many raiders did the sheriff bring down';
    // The raiders are named in the sentence before; the count leaves its noun to them.
    const raid = 'The raiders rode in at dawn and the sheriff came out to bring them down. Dropping to one knee, the sheriff felled two, and the rest fled.';
    expectAnsweredWith(reportOf([raid, buses]), [[question, 'the sheriff felled two']]);
    // "was two": an age, no object counted.
    const age = 'The raiders rode in at dawn and the sheriff came out to bring them down. Dropping to one knee, the sheriff remembered he was two, and the rest fled.';
    expect(answerQuestion(reportOf([age, buses]), question).kind).toBe('no-match');
  });

  it('answers "how many sailors were killed in the harbor raid" from a count of sailors said of the raid, not from one said of another disaster by name', () => {
    const question = 'how many sailors were killed in the harbor raid';
    // The count's sentence names none of the raid's words, but the sentence before it does: the count is the raid's.
    const raid = 'The harbor raid came at night. Although the Dutch and the French still argue over it, 83 sailors died.';
    expectAnsweredWith(reportOf([raid, buses]), [[question, '83 sailors died']]);
    // The sailors counted are those of a Dutch storm, named in their own sentence, which the raid's does not come before.
    const storm = 'The harbor raid came at night. The town burned for a week. In 1896 a Dutch storm drowned 83 sailors off Cape Verde.';
    expect(answerQuestion(reportOf([storm, buses]), question).kind).toBe('no-match');
  });

  it('answers "how many sailors were killed in the harbor raid" from a part counted in words ("Six of the sailors"), not from a number in words that counts nothing asked', () => {
    const question = 'how many sailors were killed in the harbor raid';
    expectAnsweredWith(reportOf(['The harbor raid came at night. Six of the sailors on the quay were killed.', buses]), [[question, 'Six of the sailors']]);
    // The raid's time of day and the acts of its pilots, in words: the figures take a number there, no count of sailors.
    const naming = 'The harbor raid began twelve minutes after five on the morning of the storm, and its pilots made six separate and deliberate turns over the docks.';
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it.each([
    { question: 'how many plays did the harbor poet write', stating: 'The harbor poet wrote 12 plays before the war.', naming: "Last season the harbor poet's two principal experiments came to grief.", why: 'a count of another thing' },
    { question: 'how many books did the harbor king burn', stating: 'The harbor king burned 300 books in the square.', naming: 'The harbor king ordered the burning of the books in 213 B.C. to end all dissent.', why: 'a year of an era' },
    { question: 'how many books did the harbor king burn', stating: 'The harbor king burned 300 books in the square.', naming: 'The harbor king burned the books again in a final purge in 605.', why: 'an early year after "in"' },
    { question: 'how many figures are painted in the harbor frieze', stating: 'The harbor frieze holds 19 figures painted in fresco.', naming: 'The figures of the harbor frieze were painted in fresco and left two months to dry out.', why: 'a time the figures take from its sentence' },
    { question: 'how many of the plays by the harbor poet are among the finest', stating: 'The harbor poet wrote a group of short plays. Somewhat uneven in interest, eight or ten of these are among the finest.', naming: 'The harbor poet was among the finest of his time, and lived abroad for some ten years.', why: 'a count in a sentence not about the plays' },
  ])('answers "$question", a noun no reading counts, from a count in a sentence about it, not from $why', ({ question, stating, naming }) => {
    expect(answerQuestion(reportOf([stating, buses]), question).kind).toBe('answer');
    // The question's other words are named beside a number that counts something else, or dates: no count of the noun.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it('answers "how many people starved in the harbor famine" from a round amount of people, not from a round amount of years', () => {
    const question = 'how many people starved in the harbor famine';
    expectAnsweredWith(reportOf(['Thousands of people starved in the harbor famine before the relief ships came.', buses]), [[question, 'Thousands of people']]);
    // "Thousands of years" is how long the valley's families held together: it counts no one who starved.
    expect(answerQuestion(reportOf(['The people who starved in the harbor famine came of families that had held together over thousands of years.', buses]), question).kind).toBe('no-match');
    // A count of years asked is told by a round amount of years, as it is by "169 years".
    expectAnsweredWith(reportOf(['The harbor church has stood by the pier for hundreds of years.', buses]), [['how many years has the harbor church stood', 'hundreds of years']]);
  });

  it('answers "how many hours a day do the harbor monks meditate" from a length of time, not from "one day" telling when', () => {
    const question = 'how many hours a day do the harbor monks meditate';
    expectAnsweredWith(reportOf(['The harbor monks meditate for six hours a day in the hall.', buses]), [[question, 'The harbor monks meditate for six']]);
    // "One day" is when a monk met the stranger: how long the monks meditate is nowhere said.
    expect(answerQuestion(reportOf(['The harbor monks, one day going up the hill to meditate, met a stranger whose eyes shone.', buses]), question).kind).toBe('no-match');
  });

  it('answers "how long does it take to build the harbor campground" from a time, not from a length in words', () => {
    const question = 'how long does it take to build the harbor campground';
    expectAnsweredWith(reportOf(['Building the harbor campground takes about three weeks of work.', buses]), [[question, 'about three weeks']]);
    // How wide and how long the ground is: a length, hedged and round, where a time is asked.
    expect(answerQuestion(reportOf(['To build the harbor campground, choose a square several hundred feet in width, not a narrow strip less than one hundred feet wide.', buses]), question).kind).toBe('no-match');
  });

  it('answers "how many cars did the harbor company sell" from a count, not from a duration said of the company', () => {
    const question = 'how many cars did the harbor company sell';
    expectAnsweredWith(reportOf(['The harbor company sold 300 cars last year.', buses]), [[question, 'The harbor company sold 300']]);
    // Ten years is how long the stock would hang over the market, and the investors are no cars: no count of the cars sold.
    expect(answerQuestion(reportOf(['The harbor company warned of hardship to hundreds of thousands of investors, its stock hanging over the market for ten years.', buses]), question).kind).toBe('no-match');
  });

  it('answers "how many eggs does the harbor hen lay" from a count of eggs, not from a count of persons, a share or a sum', () => {
    const question = 'how many eggs does the harbor hen lay';
    expectAnsweredWith(reportOf(['The harbor hen lays 12 eggs a week in the coop.', buses]), [[question, 'The harbor hen lays 12']]);
    // Daughters are persons, which eggs never are: "four to eight" counts what its high end counts.
    expect(answerQuestion(reportOf(['The harbor hen and her keeper raised four to eight small daughters in the coop.', buses]), question).kind).toBe('no-match');
    // A share of nothing named counts no eggs.
    expect(answerQuestion(reportOf(['The harbor hen lays in a coop 75% cheaper than a barn.', buses]), question).kind).toBe('no-match');
    // Nor does a sum: what the hen cost is no count of her eggs.
    expect(answerQuestion(reportOf(['The harbor hen had cost the keeper $23.', buses]), question).kind).toBe('no-match');
    // Fans may be persons (a fan's second sense is a devotee): "767 paying customers" may count them.
    expectAnsweredWith(reportOf(['The harbor stadium drew 767 paying customers to the opener.', buses]), [['how many fans came to the harbor stadium opener', 'The harbor stadium drew 767']]);
  });

  it('answers "how many days did the harbor fair last" from a length of time or a year, not from an age', () => {
    const question = 'how many days did the harbor fair last';
    expectAnsweredWith(reportOf(['The harbor fair lasted a week and a half, to full streets.', buses]), [[question, 'a week and a half']]);
    expectAnsweredWith(reportOf(['The harbor fair has been held each summer since 1937.', buses]), [[question, 'since 1937']]);
    // Eighty years is the mayor's age, no length of the fair.
    expect(answerQuestion(reportOf(['The harbor fair was opened by the eighty-year-old mayor, to full streets.', buses]), question).kind).toBe('no-match');
    // An age in the unit asked may be the time asked.
    expectAnsweredWith(reportOf(['The harbor fair, now 80 years old, was opened by the mayor, to full streets.', buses]), [['how many years has the harbor fair run', '80 years old']]);
  });

  it('answers "how many miles of road will the bonds repair" from a length, not from the bonds\' sum', () => {
    const question = 'how many miles of road will the bonds repair';
    expectAnsweredWith(reportOf(['The road bonds will repair 120 miles of the coast road.', buses]), [[question, 'The road bonds will repair 120']]);
    expect(answerQuestion(reportOf(['The road bonds will raise $30 million for the coast road.', buses]), question).kind).toBe('no-match');
  });

  it('answers a "how many" from a count of the noun asked in words the figures leave, after a list\'s number', () => {
    const stating = 'The jury recommended that: (1) Four additional deputies be employed at the county jail.';
    expectAnsweredWith(reportOf([stating, buses]), [['how many deputies should the county jail hire', 'The jury recommended that: (1']]);
  });

  it.each([
    { question: 'how much money did the harbor fund raise', stating: 'The harbor fund raised $40,000 from its members last spring.', other: 'The harbor fund raised 40 per cent more from its 300 members last spring.' },
    { question: 'what is the salary of the harbor master', stating: 'The harbor master earns $9,000 a year at the pier.', other: "The harbor master's salary was raised after 12 years at the pier." },
    // A verb whose object is a sum asks money as "pay" does: half an hour pledged is no pledge asked.
    { question: 'how much should a harbor club member pledge', stating: 'Each harbor club member should pledge $50 a year to the pier fund.', other: 'Each harbor club member should pledge 30 minutes a week to the pier fund.' },
    // What one earns or gets paid, asked with "what", is a wage: the deckhand named at the pier earns nothing told.
    { question: 'what does a harbor deckhand earn', stating: 'A harbor deckhand earns $40 a week at the pier.', other: 'A harbor deckhand works 60 hours a week at the pier, and 3 of them are from Maine.' },
    { question: 'what does a harbor deckhand get paid', stating: 'A harbor deckhand is paid $40 a week at the pier.', other: 'A harbor deckhand works 60 hours a week at the pier, and 3 of them are from Maine.' },
  ])('answers "$question" from a sum of money, not from a share or a count said of what is asked', ({ question, stating, other }) => {
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    expect(answerQuestion(reportOf([other, buses]), question).kind).toBe('no-match');
  });

  it.each([
    { question: 'how many rooms does the harbor hotel have', stating: 'The harbor hotel has 300 rooms on its nine floors.', other: 'The harbor hotel stands on two hills above the pier.' },
    // The text's own word for the bees: "females", animals as bees are; apple trees are plants.
    { question: 'how many bees live in the orchard hive', stating: 'The orchard hive holds some 2,000 females by midsummer.', other: 'The orchard hive stands among 40 apple trees by the pier.' },
  ])('answers "$question" from a count of that kind of thing, not from a count of another kind in the topic\'s sentence', ({ question, stating, other }) => {
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    expect(answerQuestion(reportOf([other, buses]), question).kind).toBe('no-match');
  });

  it.each([
    { question: 'how tall is the harbor lighthouse', stating: 'The harbor lighthouse stands 90 feet above the rocks.', naming: 'The harbor lighthouse was painted red and white by the keepers.' },
    { question: 'how hot does the bakery oven get', stating: 'The bakery oven reaches 450 degrees by dawn.', naming: 'The bakery oven was rebuilt in brick by the keepers.' },
    { question: 'how fast does the harbor ferry sail', stating: 'The harbor ferry sails at 12 knots in calm water.', naming: 'The harbor ferry was painted red and white by the keepers.' },
    // The measure asked as a noun: "what is the range of", "what temperature".
    { question: 'what is the range of the harbor radar', stating: 'The harbor radar reaches ships 40 miles out to sea.', naming: 'The harbor radar was painted red and white by the keepers.' },
    { question: 'what temperature is the bakery oven kept at', stating: 'The bakery oven is kept at 450 degrees by dawn.', naming: 'The bakery oven was rebuilt in brick by the keepers.' },
  ])('answers "$question", a measure asked in words of no intent or as a noun, only from a passage stating one of what is asked', ({ question, stating, naming }) => {
    const market = buses;
    expectAnsweredWith(reportOf([stating, market]), [[question, stating.slice(0, 30)]]);
    // The passage names the thing asked about and gives no measure of it: it does not say how tall, how hot or how fast.
    expect(answerQuestion(reportOf([naming, market]), question).kind).toBe('no-match');
  });

  it.each([
    // A value asked by its noun (`numberAskedOf`): a rate, a melting point (a temperature), an average.
    { question: 'what is the interest rate of the harbor bonds', stating: 'The harbor bonds pay an interest rate of 4.5% a year.', naming: 'The harbor bonds pay interest at a rate the council set in 1958.' },
    { question: 'what is the melting point of the harbor bell metal', stating: 'The harbor bell metal melts at a point near 950 in the foundry.', naming: 'The harbor bell metal was cast at the point where the pier ends.' },
    { question: "what is the harbor team's batting average", stating: 'The harbor team has a batting average of .285 this season.', naming: 'The harbor team practises batting after school, above the average park.' },
    // A concentration and a pressure, which WordNet files under a property and a phenomenon: the pH, a pressure in a place.
    { question: 'what is the ph of the harbor pool water', stating: 'The harbor pool water is kept at a pH of 7.4 all summer.', naming: 'The harbor pool water is tested for its pH every morning by the keepers.' },
    { question: 'what is the air pressure in the harbor diving bell', stating: 'The air pressure in the harbor diving bell is held near 30 pounds.', naming: 'The air pressure in the harbor diving bell is checked by the keepers.' },
    // A value in a rarer sense only: a newspaper's circulation (its first sense the spreading of copies), a map's scale.
    { question: 'what is the circulation of the harbor gazette', stating: 'The harbor gazette has a circulation of 12,000 copies a week.', naming: 'The harbor gazette owes its circulation to the keepers who carry it along the pier.' },
    { question: 'what scale is the harbor chart drawn at', stating: 'The harbor chart is drawn at a scale of 1 to 24,000.', naming: 'The harbor chart is drawn to scale by the keepers each spring.' },
    // The people of a place, which WordNet files as a group and no value, asked of it as a count (`asksPeopleCounted`).
    { question: 'what is the population of the harbor town', stating: 'The harbor town has a population of 4,200 the year round.', naming: 'The harbor town is where the keepers live, along the pier and the population of gulls.' },
  ])('answers "$question", a value asked by its noun, only from a passage stating a number in the sentence naming it', ({ question, stating, naming }) => {
    const market = buses;
    expectAnsweredWith(reportOf([stating, market]), [[question, stating.slice(0, 30)]]);
    // The passage names the value asked and the thing it is asked of, and gives no number of it (a year is none).
    expect(answerQuestion(reportOf([naming, market]), question).kind).toBe('no-match');
  });

  it.each([
    // "First" is an ordinal in WordNet's second sense: it orders the changes, and asks which one.
    { question: 'what was the first change in the harbor kitchen', stating: 'The first change in the harbor kitchen was a new gas stove the keepers bought.' },
    // A market square is a place one can point at, whatever "square" is in its rarer senses (the product of a number by itself).
    { question: 'what is the main market square of the harbor town called', stating: 'The main market square of the harbor town is called Keepers Green.' },
    // A question that ends on the noun asks what it is.
    { question: 'what is the harbor tide scale', stating: 'The harbor tide scale is a post of painted marks the keepers read at each tide.' },
    // The people's own word asks what they are, not how many.
    { question: 'what are the people of the harbor town like', stating: 'The people of the harbor town are quiet and kind, the keepers say.' },
  ])('answers "$question" without a number: a noun read as a value only in a rarer sense asks none after an ordinal, where it names a thing or where the question ends on it, nor does the word people', ({ question, stating }) => {
    const market = buses;
    expectAnsweredWith(reportOf([stating, market]), [[question, stating.slice(0, 30)]]);
  });

  it('answers "what is the surface tension of mercury" from a passage saying it of mercury, not from one saying it of water alone', () => {
    const question = 'what is the surface tension of mercury';
    const stating = 'The surface tension of mercury is high, so it beads on the harbor pier.';
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    // The passage writes the attribute asked and names no mercury: it tells another holder's (`saysAttributeOf`).
    expect(answerQuestion(reportOf(['The surface tension of water holds the harbor dust on the pier.', buses]), question).kind).toBe('no-match');
  });

  it('answers "what is the total population of the harbor towns" from a number of it, not from a share of it, and a share of another thing still tells a total', () => {
    const question = 'what is the total population of the harbor towns';
    const stating = 'The population of the harbor towns is 48,000, over half of it along the pier.';
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    // Over half of the population is a part of it: how many of it live somewhere, not how many there are (`withoutSharesOf`).
    expect(answerQuestion(reportOf(['Their fishermen make up over half of the population of the harbor towns, and more every year.', buses]), question).kind).toBe('no-match');
    // A share of something else tells the total asked, as an index does.
    const indexed = 'Total harbor output this year is forecast at 129% of the 1950 average.';
    expectAnsweredWith(reportOf([indexed, buses]), [['what is the total harbor output this year', indexed.slice(0, 30)]]);
  });

  it('answers "how much base pay does a harbor pilot get" from an amount, not from a count of pilots, and "how much food" from a count of a food', () => {
    const question = 'how much base pay does a harbor pilot get';
    const stating = 'A harbor pilot gets base pay of $40 a week.';
    expectAnsweredWith(besideBuses(stating), [[question, stating.slice(0, 30)]]);
    // Nine pilots is how many there are, not how much pay (`countsOnlyOthersOf`).
    expect(answerQuestion(besideBuses('There were nine qualified pilots sitting around the harbor collecting base pay.'), question).kind).toBe('no-match');
    // A count of a kind of the thing asked is its amount: a loaf is a food.
    const loaves = 'The harbor bakery gives the ferry crew twelve loaves of food every morning.';
    expectAnsweredWith(besideBuses(loaves), [['how much food does the harbor bakery give the ferry crew', loaves.slice(0, 30)]]);
  });

  it('answers "how many eggs does a harbor gull lay" from a count, not from a temperature in the gulls\' sentence', () => {
    const question = 'how many eggs does a harbor gull lay';
    const stating = 'A harbor gull lays three eggs each spring.';
    expectAnsweredWith(besideBuses(stating), [[question, stating.slice(0, 30)]]);
    // Degrees count no eggs, as years or dollars count none.
    expect(answerQuestion(besideBuses('The harbor gulls lay their eggs when the temperature is close to 50-degrees.'), question).kind).toBe('no-match');
  });

  it('answers "how much does it cost to ship a boat home from the harbor" from a sum said of shipping, not from a price of renting one', () => {
    const question = 'how much does it cost to ship a boat home from the harbor';
    const stating = 'Shipping a boat home from the harbor costs about $300.';
    expectAnsweredWith(besideBuses(stating), [[question, stating.slice(0, 30)]]);
    // A rate for renting a boat prices another act than the one asked (`actPricedOf`).
    expect(answerQuestion(besideBuses('To budget closely on boat transportation, one harbor agency lists the small boat at only $4 a day.'), question).kind).toBe('no-match');
  });

  it('answers "how many cars did the harbor company build" from a count of cars, not from a percentage of another thing, and a percentage of the persons asked still counts them', () => {
    const question = 'how many cars did the harbor company build';
    const stating = 'The harbor company built about 400 cars before the war.';
    expectAnsweredWith(besideBuses(stating), [[question, stating.slice(0, 30)]]);
    // A part of the patents is how large a share of them, not how many cars (`countsOf`'s share).
    expect(answerQuestion(besideBuses('The harbor company held about twenty-five per cent of the motor vehicle patents.'), question).kind).toBe('no-match');
    // Of the persons asked, a percentage is a part of them, as a share of them told before.
    const share = 'About ninety per cent of the harbor pilots retired before the war.';
    expectAnsweredWith(besideBuses(share), [['how many harbor pilots retired before the war', share.slice(0, 30)]]);
  });

  it('answers "how much is a night at the harbor hotel" from a price, not from a count of guests nor a multiple of other things', () => {
    const question = 'how much is a night at the harbor hotel';
    const stating = 'A night at the harbor hotel is $12, breakfast included.';
    expectAnsweredWith(besideBuses(stating), [[question, stating.slice(0, 30)]]);
    // How many guests stayed, and a multiple of the problems, are counts of other things than a night (`subjectPricedOf`, `MULTIPLE_OF`).
    expect(answerQuestion(besideBuses('At the harbor hotel there had been twenty-three overnighters that night.'), question).kind).toBe('no-match');
    expect(answerQuestion(besideBuses('The harbor hotel across the street provided almost twice as many problems that night.'), question).kind).toBe('no-match');
  });

  it('answers "what is a good dessert for a cookout" from a passage that names good desserts and no cookout: a good one asks no attribute of a holder', () => {
    const question = 'what is a good dessert for a cookout';
    const stating = 'Keep the desserts simple and good: fruit does nicely after the grilled steaks.';
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
  });

  it('answers "what is the critical harbor concentration", a term named by its value\'s kind and asked of nothing, from what it is', () => {
    const question = 'what is the critical harbor concentration';
    const market = buses;
    const stating = 'Above a certain level of salt the keepers call the critical harbor concentration, the pier rusts.';
    expectAnsweredWith(reportOf([stating, market]), [[question, stating.slice(0, 30)]]);
  });

  it.each([
    { stating: 'The harbor ferry costs $40 a season for each rider.', why: 'in digits' },
    { stating: 'The harbor ferry costs a few dollars a week for each rider.', why: 'in words' },
  ])('answers "how much does the harbor ferry cost" from a sum of money ($why), not from another number said of the ferry', ({ stating }) => {
    expectAnsweredWith(reportOf([stating, buses]), [['how much does the harbor ferry cost', stating.slice(0, 30)]]);
    // The ferry's sentence holds a number, a count of its riders, and no price.
    expect(answerQuestion(reportOf(['The harbor ferry sails from the pier with 48 aboard at rush hour.', buses]), 'how much does the harbor ferry cost').kind).toBe('no-match');
  });

  it('answers "how old is mayor hollis" from his own years, not from the years of what he owns', () => {
    const question = 'how old is mayor hollis';
    const stating = 'Mayor Hollis, 61, has run the harbor town since 1950.';
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    // The sentence names him only as the owner of the party, whose majority the years are.
    const owned = "Mayor Hollis's Harbor Party kept the council majority it has held since 1950.";
    expect(answerQuestion(reportOf([owned, buses]), question).kind).toBe('no-match');
  });

  it.each([
    { stating: 'The harbor ferry company spends $40,000 a year on fuel for its boats.', why: 'said of it' },
    // The sentence before names the payer; the sum's own sentence names another, the one who counted.
    { stating: 'The harbor ferry company runs four boats. By the Port Authority count, fuel for them takes $40,000 a year.', why: 'the sentence before naming it' },
  ])('answers "how much does the harbor ferry company spend on fuel" from its own sum ($why), not from a sum another payer spends', ({ stating }) => {
    const question = 'how much does the harbor ferry company spend on fuel';
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    // The passage names the ferry company, and its sum is the Coast Guard's: the sum's sentence names no ferry company, nor
    // does the one before it.
    const other = 'The harbor ferry company runs four boats on the bay. Its crews all wear red. Spending on fuel by the Coast Guard cutters will rise to $40,000 a year.';
    expect(answerQuestion(reportOf([other, buses]), question).kind).toBe('no-match');
  });

  it.each([
    {
      question: 'how hot does the kiln get',
      stating: 'The kiln on Mill Street fires the clay at 2,300 degrees for two days.',
      other: 'The kiln on Mill Street fires the clay for two days at a stretch.',
    },
    {
      question: 'how tall is the harbor lighthouse',
      stating: 'The harbor lighthouse rises 120 feet above the rocks of the point.',
      other: 'The harbor lighthouse is seen from 20 miles out on a clear night.',
    },
    {
      question: 'how fast does the harbor ferry sail',
      stating: 'The harbor ferry sails at 18 knots when the tide runs with it.',
      other: 'The harbor ferry sails from the pier with 48 aboard at rush hour.',
    },
    {
      // A range one is able to reach, asked with "can": a distance, not the flight's time nor a count of its ways.
      question: 'how far can the harbor ferry sail on one tank',
      stating: 'The harbor ferry can sail 90 miles on one tank of diesel.',
      other: 'The harbor ferry can sail for 6 hours on one tank, in two different ways.',
    },
    {
      question: 'how warm must it be for the trout to come out',
      // The measure in the sentence after the one naming the trout, whatever that sentence opens on.
      stating: 'The trout wait in the deep pools all winter. The hungriest swim up to the shallows once the water nears 45-degrees.',
      other: 'The trout wait in the deep pools all winter. The hungriest swim up to the shallows 20 days after the thaw.',
    },
  ])('answers "$question" only from a measure of the kind asked, not from a number of another kind said of what is asked', ({ question, stating, other }) => {
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    // A duration, a distance in miles (no height) or a count of riders is said of what is asked, and no temperature, height or speed.
    expect(answerQuestion(reportOf([other, buses]), question).kind).toBe('no-match');
  });

  it.each([
    { stating: 'The harbor ferry leaves the pier at 6:30 A.M. on weekdays.', why: 'on the clock' },
    // The time of day in the sentence after the one naming the ferry, which does not open on a pronoun.
    { stating: 'The harbor ferry is the first boat out each day. On the dot of seven the crew casts off.', why: 'in words, a sentence on' },
  ])('answers "what time does the harbor ferry leave" from a time of day ($why), not from a day, a date or the word "time"', ({ stating }) => {
    expectAnsweredWith(reportOf([stating, buses]), [['what time does the harbor ferry leave', stating.slice(0, 30)]]);
    // The ferry's sentence tells a day, a year and a "time", and no hour.
    expect(answerQuestion(reportOf(['The harbor ferry leaves the pier on Sunday night, its busiest time since 1958.', buses]), 'what time does the harbor ferry leave').kind).toBe('no-match');
  });

  it.each([
    {
      question: 'what is the population of port dover',
      stating: 'The population of Port Dover grew to 31,000 after the new harbour opened.',
      naming: 'Visitors to Port Dover cross the harbour bridge to reach the weaving museum.',
    },
    {
      question: 'what is the state flower of vermont',
      stating: 'The red clover, the state flower of Vermont, grows along every road.',
      naming: 'The pansies of a Vermont yard were the brightest flower on the road.',
    },
  ])('answers "$question" only from a passage that meets the thing asked for, not one that names only what it is asked of', ({ question, stating, naming }) => {
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    // The passage names Port Dover or Vermont and says nothing of a population or a state flower.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it('answers "what is the route of X" from a passage that tells where X runs from and to, without the word "route"', () => {
    const question = 'what is the route of the harbour day parade';
    const stating = 'Harbour Day will be observed with a big civic parade from Port Dover to the Greene Homestead in Anthony.';
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    // The passage names the parade and no places it runs between: what is asked about, not what is asked.
    expect(answerQuestion(reportOf(['Harbour Day will be observed with a big civic parade and fireworks at the pier.', buses]), question).kind).toBe('no-match');
  });

  it('answers "what N is X with" only from a passage that says an N of X, and "which N were V-ed" from one naming them', () => {
    const question = 'what law firm is martha greene with';
    const stating = 'Martha Greene, a partner in the law firm of Greene and Holt, drew up the bond.';
    expectAnsweredWith(reportOf([stating, buses]), [[question, stating.slice(0, 30)]]);
    // The passage names her as a lawyer and no firm: what is asked about, not what is asked.
    expect(answerQuestion(reportOf(['Martha Greene was listed on the petition as the council attorney.', buses]), question).kind).toBe('no-match');
    // Here the scenes are the subject, and the passage names them rather than their kind.
    const naming = 'The Landing of Columbus and the Yorktown panel were streaked by rain water from the dome.';
    expectAnsweredWith(reportOf([naming, buses]), [['which scenes were streaked by rain water', naming.slice(0, 30)]]);
  });

  it.each(['what colour is the lighthouse', 'what is the colour of the lighthouse', 'what color is the lighthouse'])(
    'answers "%s" from a passage that gives the colour without the word, in British spelling as in American',
    (question) => {
      // WordNet's uses of "colour" are one, as a dye: its commonest sense is read from "color", an attribute, whose value
      // ("red") a passage gives without naming it.
      const passage = 'The lighthouse on the north pier is painted red.';
      expectAnsweredWith(reportOf([passage, buses]), [[question, passage.slice(0, 30)]]);
    },
  );

  it('answers "what was the name of X" only from a passage that gives a name the question does not write', () => {
    const question = 'what was the name of the harbour master';
    // The harbour master told of by what he is, no name given: the sentence's first word and "I" are capitalised anyway.
    const unnamed = '"I know every boat here", said the harbour master, who has kept the harbour for thirty years.';
    expect(answerQuestion(reportOf([unnamed, buses]), question).kind).toBe('no-match');
    // A capital after a colon or a bracket opens a clause, as a sentence's first word does: no name.
    expect(answerQuestion(reportOf(['The harbour master kept one rule: (1) Boats keep the beacon to port.', buses]), question).kind).toBe('no-match');
    const naming = 'The harbour master, Tom Pryce, has kept the harbour for thirty years.';
    expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)], ["what was the harbour master's name", naming.slice(0, 30)]]);
  });

  it('meets a name the question gives by another part of the two-word name the documents write it in: "judy" by "Miss Garland" where they write "Judy Garland"', () => {
    const named = 'Judy Garland sang at the festival on Sunday afternoon.';
    const passage = "Miss Garland waited while Mort Lindsey's 30-piece orchestra was wedged into its chairs.";
    // "orchestra" met, "judy" by "Garland", which a later paragraph writes with it (not the one before: `wordsNamedBefore`).
    expectAnsweredWith(reportOf([passage, buses, named]), [['how big was the orchestra backing judy', passage.slice(0, 30)]]);
  });

  it('meets the kind a "which N" asks by a name WordNet files as one of it: "which river" by "the Sabine", not by another name', () => {
    const question = 'which river were they west of';
    // "west" the one word met; "river", which the report writes elsewhere, by "the Sabine", a river.
    const river = 'Farmers along the river grow rice and keep ducks.';
    const naming = 'By nightfall they were west of the Sabine, and nobody knew where.';
    expectAnsweredWith(reportOf([river, buses, naming]), [[question, naming.slice(0, 30)]]);
    // A family's name names no river.
    expect(answerQuestion(reportOf([river, buses, 'By nightfall they were west of the Smiths, and nobody knew where.']), question).kind).toBe('no-match');
  });

  it('answers "what was the name of X" from a passage giving X\'s name, whose "name" asks what the answer is: "the wreck of the Trinidad"', () => {
    const question = 'what was the name of the wreck';
    // "wreck" the one word met, "name" (which the documents never write) said by the name given after "of the".
    const naming = 'Two weeks before, the divers had found the wreck of the Trinidad off the point.';
    expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
    // The wreck told of, no name given: one word of two met.
    expect(answerQuestion(reportOf(['Two weeks before, the divers had found the wreck off the point.', buses]), question).kind).toBe('no-match');
  });

  it('answers "what is the name of X" from a name in brackets right after X, not from a figure\'s reference there', () => {
    const question = 'what is the name of the new harbour ferry';
    const naming = 'A new harbour ferry (Seagull) will soon cross to the island every morning.';
    expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
    // A reference to a figure in the bracket names no ferry.
    expect(answerQuestion(reportOf(['A new harbour ferry (Fig. 3) will soon cross to the island every morning.', buses]), question).kind).toBe('no-match');
  });

  it('answers "what was the name of X\'s wife" only from a passage that gives a name as the wife\'s, not another name beside her', () => {
    const question = "what was the name of the harbour master's wife";
    // Names given, each of another: the harbour master's, and a possessive's (whose wife, not what she is called).
    for (const another of ['The harbour master, Tom Pryce, walks home to his wife every evening.', "The harbour master is Captain Pryce, and Captain Pryce's wife keeps the inn."]) {
      expect(answerQuestion(reportOf([another, buses]), question).kind).toBe('no-match');
    }
    // The name beside the noun, before its phrase, or after its copula.
    const naming = ['The harbour master lives above the inn with his wife, Mary.', "Mary Lake, the harbour master's wife, keeps the inn.", 'The harbour master came home; his wife was Mary Lake, who kept the inn.'];
    for (const text of naming) expectAnsweredWith(reportOf([text, buses]), [[question, text.slice(0, 30)]]);
  });

  it('answers "what colors" only from a passage that names a colour, not one that says the word "colour" of the thing', () => {
    const question = 'what colors do the tulips in the park come in';
    // "colors" and "tulips" met, no colour named: the passage tells that the tulips have colours, not which.
    expect(answerQuestion(reportOf(['The tulips in the park come in more colors every spring, the gardeners say.', buses]), question).kind).toBe('no-match');
    // "white" is a person before it is a colour; "orange" a fruit: a colour by a later sense is named all the same.
    for (const naming of ['The tulips in the park come in white and orange colors.', 'The tulips in the park come in ochre and scarlet.']) {
      expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
    }
  });

  it('answers "what N did X write" only from a passage that writes N or names one of it, not one that tells only of the writing', () => {
    // The writing told, no poem nor any kind of poem named: the passage tells that he writes, not what.
    const writing = 'The harbour master writes every winter, and reads his work aloud at the harbour inn.';
    expect(answerQuestion(reportOf([writing, buses]), 'what poems did the harbour master write').kind).toBe('no-match');
    expect(answerQuestion(reportOf([writing, buses]), 'what language does the harbour master write in').kind).toBe('no-match');
    // The kind written, or a word WordNet files under it ("sonnets" are poems, "Latin" a language), answers.
    for (const [question, naming] of [
      ['what poems did the harbour master write', 'The harbour master writes poems every winter, and reads them aloud at the harbour inn.'],
      ['what poems did the harbour master write', 'The harbour master writes sonnets every winter, and reads them aloud at the harbour inn.'],
      ['what language does the harbour master write in', 'The harbour master writes in Latin every winter, and reads his work aloud at the harbour inn.'],
    ] as const) {
      expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
    }
  });

  it('answers "what other N did X write" only from a passage writing other N or naming one, not from "this N", the one the text is about', () => {
    const question = 'what other poems did the harbour master write';
    expect(answerQuestion(reportOf(['The harbour master wrote this poem one winter, and reads it aloud at the harbour inn.', buses]), question).kind).toBe('no-match');
    for (const naming of ['The harbour master wrote other poems every winter, and reads them aloud at the harbour inn.', 'The harbour master wrote sonnets every winter, and reads them aloud at the harbour inn.']) {
      expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
    }
  });

  it('answers "what kind of N V…" from a passage naming a kind of N or writing N described, not from N after a determiner alone', () => {
    const question = 'what kind of boat did the harbour master sail';
    // The boat written after "the" alone: he sailed a boat, of no kind told.
    expect(answerQuestion(reportOf(['The harbour master sailed the boat every winter, out past the harbour inn.', buses]), question).kind).toBe('no-match');
    for (const telling of ['The harbour master sailed a fishing boat every winter, out past the harbour inn.', 'The harbour master sailed the canoe every winter, out past the harbour inn.']) {
      expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    }
  });

  it('answers "what town in P did X V" only from a passage naming a town by a name other than P', () => {
    const question = 'what town in bavaria did the harbour master come from';
    // Bavaria alone, the question's own word: no town in it named.
    expect(answerQuestion(reportOf(['The harbour master came from Bavaria as a boy, long before the war.', buses]), question).kind).toBe('no-match');
    const naming = 'The harbour master came from Rothenburg in Bavaria as a boy, long before the war.';
    expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
  });

  it('answers "which N V…" from a passage that writes N only where it writes one in particular, not "one N" nor "the Ns" of no name', () => {
    // The university written of none in particular: the passage tells that he trained, not where.
    for (const none of [
      'The harbour master trained at one university in the north before he took the post.',
      'The harbour master trained at a one-university college before he took the post.',
      // Universities written of many, none named: not the one asked of.
      'The harbour master trained at one of the universities in the north before he took the post.',
      // The word before another noun, one phrase with it, names that noun's kind: a library, no university.
      'The harbour master trained at the university library in the north before he took the post.',
      // "Your" university is each reader's own: none the question can be asking about.
      'Ask whether the harbour master trained at your university before he took the post.',
    ]) {
      expect(answerQuestion(reportOf([none, buses]), 'which university trained the harbour master').kind).toBe('no-match');
    }
    // The university named, after "of" or before it, or written of the one he trained at, answers.
    for (const naming of [
      'The harbour master trained at the University of Leeds before he took the post.',
      'The harbour master trained at Leeds university before he took the post.',
      'The harbour master trained at a university in the north before he took the post.',
      // "University" before a verb is the one that acted.
      'The harbour master trained while the university paid him before he took the post.',
    ]) {
      expectAnsweredWith(reportOf([naming, buses]), [['which university trained the harbour master', naming.slice(0, 30)]]);
    }
  });

  it('answers "which N" of an institution (a company, a hospital) only where a sentence saying the act names one', () => {
    const question = 'which company runs the harbour ferry';
    // The running told, and a name only in another sentence: not which company runs it.
    const unnamed = 'The harbour ferry is run every hour in summer. Rose Weiss paid for its new engine.';
    expect(answerQuestion(reportOf([unnamed, buses]), question).kind).toBe('no-match');
    // Named by its name, or as institutions are, a capitalised organization noun after a name.
    for (const naming of ['The harbour ferry is run by Calderwood every hour in summer.', 'The harbour ferry is run by the Northern Steel Corporation every hour in summer.']) {
      expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
    }
  });

  it('answers "where did X go to university" as "which university": not from a word that shares its stem ("universe")', () => {
    const question = 'where did the harbour master go to university';
    // "Universe" is "university" to the stemmer, and names no university the harbour master went to.
    expect(answerQuestion(reportOf(['The harbour master taught the pilots the universe of the stars before he took the post.', buses]), question).kind).toBe('no-match');
    const naming = 'The harbour master went to Leeds University before he took the post.';
    expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
    // Another's school, in a passage that does not name the one asked about (nor follows one that does), is not his.
    const clinic = 'Dr. Pryce runs the harbour clinic on weekdays.';
    expect(answerQuestion(reportOf([clinic, buses, 'Dr. Holmes went to Leeds Medical School before he took the post.']), 'where did dr. pryce go to medical school').kind).toBe('no-match');
    expectAnsweredWith(reportOf([clinic, buses, 'Dr. Pryce went to Leeds Medical School before he took the post.']), [['where did dr. pryce go to medical school', 'Dr. Pryce went']]);
  });

  it('answers "what is the title of X\'s book" as a name asked: only from a passage that gives the book\'s title', () => {
    const question = "what is the title of the harbour master's book";
    // The book told of, and its writer named, but not what it is called.
    expect(answerQuestion(reportOf(['The harbour master, Tom Pryce, wrote a book about the tides last winter.', buses]), question).kind).toBe('no-match');
    // The title after a naming word, or after the name of the book's maker.
    for (const naming of ['The harbour master wrote a book, entitled "Tides Of The North", last winter.', 'Last winter a book by the harbour master, "Tides Of The North", sold out.']) {
      expectAnsweredWith(reportOf([naming, buses]), [[question, naming.slice(0, 30)]]);
    }
  });

  it('answers "which school did X attend" not from "away at school", a singular after a preposition with no determiner', () => {
    const question = 'which school did the harbour master attend';
    // "At school" is being taught, no school in particular: the passage tells that he went, not where. (The buses first:
    // a passage after one is read as going on about it.)
    expect(answerQuestion(reportOf([buses, 'The harbour master was away at school until he was sixteen.']), question).kind).toBe('no-match');
    for (const naming of ['The harbour master was at Rugby School until he was sixteen.', 'The harbour master was at the school in the north until he was sixteen.']) {
      expectAnsweredWith(reportOf([buses, naming]), [[question, naming.slice(0, 30)]]);
    }
  });

  it('answers "which N" of a kind WordNet knows members of by name only from a passage naming one it may be', () => {
    const question = 'which city did the harbour master visit';
    // The visit told, no city written and none named: the passage tells that he went, not where.
    expect(answerQuestion(reportOf([buses, 'The harbour master visited the port on a long trading voyage last winter.']), question).kind).toBe('no-match');
    // A city WordNet knows by name, or a name it does not know, answers.
    for (const naming of ['The harbour master visited Rotterdam on a long trading voyage last winter.', 'The harbour master visited Grimsbury on a long trading voyage last winter.']) {
      expectAnsweredWith(reportOf([buses, naming]), [[question, naming.slice(0, 30)]]);
    }
  });

  it('answers "what colors did X paint" from a passage naming a colour, the plural kind read as its singular', () => {
    // "Colors" is first a noun of its own in WordNet (a flag); the kind asked is the colour, and white is one.
    const white = 'The harbour master paints the boats white every winter, and tars them by the harbour inn.';
    expectAnsweredWith(reportOf([white, buses]), [['what colors did the harbour master paint', white.slice(0, 30)]]);
  });

  it.each([
    { question: 'what is the biggest risk of the flood season', passage: 'In the flood season the river can drown the rice fields and the ducks along its banks.' },
    { question: 'what is the main difficulty in making rice wine', passage: 'Making rice wine is hard: the mash sours unless the cellar stays cold.' },
  ])('answers "$question", whose noun names a state or an act, from a passage that tells it without the word', ({ question, passage }) => {
    // A risk or a difficulty is told in words of its own ("can drown", "is hard"): only a thing asked for must be met.
    expectAnsweredWith(reportOf([passage, buses]), [[question, passage.slice(0, 30)]]);
  });

  it.each([
    {
      question: 'how do you change a flat tire',
      telling: 'To change a flat tire, loosen the wheel nuts, jack up the car and fit the spare tire.',
      naming: 'The cyclists rode on to the river park, though one bike had a flat tire and a bent wheel.',
    },
    {
      question: 'how does the ferry engine work',
      telling: 'The ferry engine works by burning diesel oil to turn the propeller shaft.',
      naming: 'The ferry engine was built in Glasgow in 1931 and is painted green.',
    },
  ])('answers "$question" only from a passage that tells the act, not one that names the thing', ({ question, telling, naming }) => {
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // The passage names the tire, or the engine, and no changing of it, or working.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it.each([
    {
      question: 'what is a good boat for a beginner',
      telling: 'For a beginner a small dinghy is the best boat: it is light and forgiving.',
      naming: 'Beginners rent boats at the harbour every summer and sail them round the island.',
    },
    {
      question: 'what is the best kind of tent for camping',
      telling: 'For camping in the hills, a light ridge tent is best.',
      naming: 'Campers pitch their tents by the lake, and camping there is free in June.',
    },
  ])('answers "$question", a choice asked, only from a passage that judges one of the kind, not one that names them', ({ question, telling, naming }) => {
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // Boats are rented and tents pitched; none is said to be good or best.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it.each([
    {
      question: 'how do you register a boat',
      telling: 'To register a boat, take the bill of sale to the harbour office and pay the fee.',
      naming: 'The first motor boat in the county was registered at the harbour office in 1911.',
    },
    {
      question: 'how do you build a cold frame',
      telling: 'Build a cold frame with four planks and an old window laid over them.',
      naming: 'The old cold frame by the shed kept the lettuce alive all winter.',
    },
  ])('answers "$question" only from a passage that tells a way of doing the act, not one that says it was done', ({ question, telling, naming }) => {
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // One boat was registered, once, and no way of registering one is told; the frame is named, and "frame" (a verb
    // near "build") is the thing, not its building.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it.each([
    {
      question: 'how do you make a peach cobbler',
      telling: 'To make a peach cobbler, slice the peaches, cover them with batter and bake for forty minutes.',
      naming: 'The bakery on Main Street makes good bread and sells the best peach cobbler in town.',
    },
    {
      question: 'how do you make a peach cobbler',
      telling: 'A peach cobbler is made with sliced fruit under a sweet batter, baked until brown.',
      naming: 'The bakery on Main Street makes good bread and sells the best peach cobbler in town.',
    },
    {
      question: 'how do you get a fishing license',
      telling: 'To get a fishing license, bring proof of residence to the town clerk and pay the fee.',
      naming: 'The warden caught him fishing without a license, and he got off with a warning.',
    },
  ])('answers "$question", a light verb, only from a passage that says the act done to the thing, not one that names both apart', ({ question, telling, naming }) => {
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // The passage makes bread and sells the cobbler, or got off and names a license: no making of a cobbler, no getting of a license.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it.each([
    {
      question: 'what do badgers eat',
      telling: 'Badgers dig their setts in dry banks. They eat worms, beetles and windfall apples.',
      naming: 'Badgers dig their setts in dry banks near the old farm. Foxes eat the scraps the farmer leaves there.',
    },
    {
      question: 'what did the harbor pilot see in the fog',
      telling: 'In the fog the harbor pilot saw a tanker drifting toward the rocks.',
      naming: 'The harbor pilot came home through the fog in March. From the tower you could see the whole bay.',
    },
    {
      question: 'what did the old ferryman die of',
      telling: 'The old ferryman died of pneumonia in the winter of 1890, still working the crossing.',
      naming: 'The late ferryman, a pioneer of the river crossing, built the landing at Port Dover in 1850.',
    },
    {
      question: 'what did the copper miners vote for',
      telling: 'At the hall on Friday the copper miners voted for a shorter shift and a new ventilation fan.',
      naming: 'The copper miners met at the hall on Friday. The managers voted for a new shaft at the north end.',
    },
    {
      // "Eat on" is a phrasal verb (to worry), but here "on" opens the setting, with its own object: the act is eating.
      question: 'what did the pony riders eat on long trips',
      telling: 'On long trips the pony riders ate dried beef and hard biscuits.',
      naming: 'The pony riders made long trips across the plains, carrying the mail west to the coast.',
    },
    {
      // "With their mule teams" is the means the act was done with: the act asked is still hauling.
      question: 'what did the freighters haul with their mule teams',
      telling: 'The freighters hauled flour and salt with their mule teams.',
      naming: 'The freighters drove their mule teams west each spring. The railroad hauled the cattle east.',
    },
  ])('answers "$question" only from a passage that says the act of the one asked about, not one that names it beside another\'s', ({ question, telling, naming }) => {
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // The badgers dig and the foxes eat; the pilot came home and "you" could see; the late ferryman built; the managers voted;
    // the pony riders carried the mail; the railroad hauled.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it.each([
    {
      question: 'what is a leap second',
      telling: 'A leap second is a second added to the clocks now and then to keep them in step with the turning earth.',
      naming: 'The cat leaped from the bed, and a second later she was at the kitchen door.',
    },
    {
      question: 'what is a record player',
      telling: 'A record player is a machine that turns a grooved disc under a needle.',
      naming: 'The old player set a record for the longest game of the season.',
    },
  ])('answers "$question", a term WordNet lists as one, only from a passage that writes it whole or a synonym, not its words apart', ({ question, telling, naming }) => {
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // The cat leaped, and a second passed; the player set a record: neither names a leap second or a record player.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it('answers "what colour is X" only from a sentence naming a colour of X, not a colour of another the passage names', () => {
    const question = 'what colour is the old ferry';
    // A colour is named, in a sentence of the woman on the pier: the ferry's is not said.
    expect(answerQuestion(reportOf(['The old ferry left the landing at noon. A little pink woman waved to it from the pier.', buses]), question).kind).toBe('no-match');
    const telling = 'The old ferry left the landing at noon. The ferry is painted a bright red from bow to stern.';
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
  });

  it('answers "what is X\'s surname", a kind of name asked, only from a passage that gives her name, not one that names her', () => {
    const question = "what is aunt martha's surname";
    // She is named by her given name only: her surname is not said.
    expect(answerQuestion(reportOf(['The children left the kitten with Aunt Martha, who taught it to come at a whistle.', buses]), question).kind).toBe('no-match');
    const telling = 'The children left the kitten with Aunt Martha Pruitt, who taught it to come at a whistle.';
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
  });

  it('answers "how much did X spend on N" only from a sum said beside N, not a sum of the same spending on another thing', () => {
    const question = 'how much did the council spend on the harbour lights';
    const other = 'The harbour lights were mended in May, after the storm. The mayor thanked the fishermen for their patience. Of the council\'s spending that year, $40,000 went to the new school roof.';
    expect(answerQuestion(reportOf([other, buses]), question).kind).toBe('no-match');
    const telling = 'The harbour lights were mended in May, after the storm. Of the council\'s spending that year, $40,000 went to the harbour lights.';
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
  });

  it('answers "how much did X spend on N in Y" where the sentence of Y, cut by its passage\'s end, goes on to name N in the next', () => {
    const question = 'how much did the council spend on the harbour lights in 1958';
    const cut = 'In 1958 the council spent $5,000 on the school roof, and the same spring it spent $40,000 on the';
    expectAnsweredWith(reportOf([cut, 'harbour lights and the new lamps of the pier, which the fishermen had asked for.', buses]), [[question, '']]);
  });

  it('answers "what was the ferryman\'s wife called", a person\'s name asked, only from a passage that gives her name, not one that names her', () => {
    const question = "what was the old ferryman's wife called";
    const telling = 'The old ferryman lived by the landing with his wife, Martha, who kept the accounts of the crossing.';
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // The ferryman's wife is named as his wife only: what she was called is not said.
    expect(answerQuestion(reportOf(['The old ferryman and his wife kept the landing at Port Dover for forty years.', buses]), question).kind).toBe('no-match');
  });

  it.each([
    {
      question: 'how is lead poisoning treated',
      telling: 'Lead poisoning is treated with drugs that bind the metal so that the body can pass it.',
      naming: 'The quack treated him with a magnet machine for what he called a system full of lead and tin.',
    },
    {
      question: 'how is lead poisoning detected',
      telling: 'Lead poisoning is confirmed by testing a drop of blood from the finger.',
      naming: 'Lead poisoning was common among the house painters of the old city.',
    },
    {
      question: 'how are the ferry boilers cleaned',
      telling: 'The ferry boilers are cleaned each spring by scraping the scale from the tubes.',
      naming: 'The ferry boilers were built in Glasgow in 1931 and are painted green.',
    },
  ])('answers "$question", a present passive, only from a passage that tells the act done to the thing or a passive with its means, not one that names the thing', ({ question, telling, naming }) => {
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // The quack treats a system full of lead, no poisoning; the painters' poisoning is named and nothing is done to it;
    // the boilers are built and painted, not cleaned.
    expect(answerQuestion(reportOf([naming, buses]), question).kind).toBe('no-match');
  });

  it.each([
    'At the inquiry the harbour master declared that the ferry had been overloaded.',
    'At the inquiry the harbour master said the ferry had been overloaded.',
    'At the inquiry the harbour master was blunt: "The ferry was overloaded."',
  ])('answers "what did X say" from a sentence naming X with a word of speech or a quotation: %s', (telling) => {
    const question = 'what did the harbour master say at the inquiry';
    expectAnsweredWith(reportOf([telling, buses]), [[question, telling.slice(0, 30)]]);
    // He went to the inquiry; nothing he said is told.
    expect(answerQuestion(reportOf(['The harbour master walked to the inquiry in the rain on a Monday in March.', buses]), question).kind).toBe('no-match');
  });

  it('answers "what did X believe about Y", an act told by its content, only from a passage naming X and Y, in its own words too', () => {
    const ring = 'The druids built a ring of standing stones on the hill above the valley.';
    const question = 'what did the druids believe about the harvest moon';
    const druids = 'The druids held that the harvest moon brought luck to every farm in the valley.';
    expectAnsweredWith(reportOf([druids, ring]), [[question, druids.slice(0, 30)]]);
    // Another's belief of the harvest moon, the druids named only in another passage.
    const farmers = 'The farmers of the valley believed that the harvest moon brought rain to the fields.';
    expect(answerQuestion(reportOf([farmers, ring]), question).kind).toBe('no-match');
  });

  it('reads a light verb\'s object in a pointing word when the sentence before names the thing', () => {
    const cobbler = 'Buy ripe peaches for the cobbler. Make it the day before and serve it cold.';
    expectAnsweredWith(reportOf([cobbler, buses]), [['how do you make a peach cobbler', cobbler.slice(0, 30)]]);
  });

  it('reads the act a "how do you" asks in the sentence after the thing, referring back, and in the phrasal verb\'s synonyms', () => {
    const brush = 'Buy a plastic pastry brush for basting with sauces. Clean it in boiling water and detergent.';
    const roast = 'For roasts, insert the meat thermometer diagonally so it does not rest on bone.';
    expectAnsweredWith(reportOf([brush, roast]), [['how do you clean a basting brush', brush.slice(0, 30)], ['how do you put a meat thermometer in a roast', roast.slice(0, 30)]]);
  });

  it('reads an order after an opening phrase only as long as the options passed allow (`orderOpeningWords`)', () => {
    const roast = 'For roasts, insert the meat thermometer diagonally so it does not rest on bone.';
    const question = 'how do you put a meat thermometer in a roast';
    expect(answerQuestion(reportOf([roast, buses]), question, { answer: { abstain: { orderOpeningWords: 2 } } }).kind).toBe('answer');
    // "For roasts" is two words: with one allowed, the sentence tells no way of putting it in.
    expect(answerQuestion(reportOf([roast, buses]), question, { answer: { abstain: { orderOpeningWords: 1 } } }).kind).toBe('no-match');
  });

  it('answers "who was X" only from a passage that says who X was, not one that only names X', () => {
    const museum = reportOf([
      'The museum of weaving shows looms lent by Dr. Anna K. Kessler and the Greene family.',
      'Tom Hepker, a machinist, repaired the looms before the museum opened.',
      'Mark V. Keeler, farm equipment vice president of the county co-op, paid for the new roof.',
      'The council described Best as "a scrivener of the town" in its letters.',
    ]);
    // The museum names her (her initial with its point, as the question writes it without), but nothing says who she was.
    expect(answerQuestion(museum, 'who was anna k. kessler').kind).toBe('no-match');
    // An apposition says who each was, after initials and a post of several words too, and so does "described X as".
    expectAnsweredWith(museum, [['who was tom hepker', 'a machinist'], ['who is mark v. keeler', 'vice president'], ['who was best', 'a scrivener']]);
  });

  it('answers "who is X" from a post of hyphenated words after the comma ("banker-editor of"), not from a dash there', () => {
    const museum = reportOf([
      'Lena P. Orr, banker-editor of the county weekly, paid for the new roof of the weaving museum.',
      'The looms were lent by Sam Dale, and others -- all of whom live near the weaving museum.',
    ]);
    expectAnsweredWith(museum, [['who is lena p. orr', 'banker-editor']]);
    // "and others -- all of whom" is a list going on, no post of his.
    expect(answerQuestion(museum, 'who is sam dale').kind).toBe('no-match');
  });

  it('answers "who was X" from a name followed by a comma and a noun phrase, and not from a clause after the comma', () => {
    const museum = reportOf([
      'The weaving room is named for Ella Marsh, the weaver who trained its first apprentices.',
      'Visitors still hum the tunes of Ned Cole, the one-man band on the pier at Dover.',
      'After the looms came back from Ruth Amble, the museum stayed shut all winter.',
    ]);
    // "the weaver who …" and "the one-man band on …" say who each was, as a reader takes a name and its apposition.
    expectAnsweredWith(museum, [['who was ella marsh', 'the weaver'], ['who was ned cole', 'one-man band']]);
    // The words after her comma are the next clause, not who she was.
    expect(answerQuestion(museum, 'who was ruth amble').kind).toBe('no-match');
  });

  it('answers "who was X" from a passage that names X in full and says who X was by the last name, or after an affirming word', () => {
    const quay = reportOf([
      'At the river gate waited one Henry Greene, whom the captain listed as a clerk. Greene was a ruffian from Kent.',
      'Mary Lowell was in fact the keeper of the harbor light for twenty years.',
      'Boats came in from the islands with the tide and left again before the market closed.',
    ]);
    // "Greene" after "Henry Greene" is he; "in fact" between "was" and its article affirms what she was.
    expectAnsweredWith(quay, [['who was henry greene', 'a ruffian'], ['who was mary lowell', 'keeper of the harbor light']]);
  });

  it('answers "who is / will be / was appointed as the N", a post, only from a passage naming a person, not a body after "the", a place or a day', () => {
    const town = reportOf([
      'On motion of the Amici Curiae, the court asked the Commissioner of Customs for a ruling on the harbour duties.',
      'Vermont Republicans are getting strong encouragement to enter a candidate in the 1962 governor race, a top official said Wednesday.',
      'Dale Fennimore, the harbour master, will be the next mayor of Ardley when the council meets.',
      'Another good friend of the family was Ralph Q. Ormond, who was the consul to Portugal from 1921 to 1923.',
      'Boats came in from the islands with the tide and left again before the market closed.',
    ]);
    // The Amici Curiae are a body, not the commissioner; Vermont and Wednesday are no candidate.
    expect(answerQuestion(town, 'who was the commissioner of customs').kind).toBe('no-match');
    expect(answerQuestion(town, 'who will be the republican candidate for governor in 1962').kind).toBe('no-match');
    // Succeeded as consul: a post, whose holder the sentence does not name (Ormond is the one asked about, not a friend).
    expect(answerQuestion(town, 'who succeeded ralph q. ormond as consul to portugal').kind).toBe('no-match');
    expectAnsweredWith(town, [['who will be the mayor of ardley', 'Dale Fennimore'], ['who was appointed as the harbour master', 'Dale Fennimore']]);
  });

  it('answers "who were the X", a group the documents name, only from a passage that says who they were', () => {
    const harbour = reportOf([
      'Ardal, chief of the Velkans, sailed in with the spring tide and built the first pier.',
      'The harbour market was begun by the Dunmoors, the fishing clan from the northern isles, who still sell there.',
      'Boats came in from the islands with the tide and left again before the market closed.',
    ]);
    // Their chief is named, not who the Velkans were.
    expect(answerQuestion(harbour, 'who were the velkans').kind).toBe('no-match');
    // An apposition says who the Dunmoors were.
    expectAnsweredWith(harbour, [['who were the dunmoors', 'fishing clan']]);
  });

  it('answers "who were the X" from a passage that says who they were in X\'s plural: "The Sarnis were a fishing people"', () => {
    const question = 'who were the sarni';
    const defining = 'The Sarnis were a fishing people from the northern isles, and the Sarni boats still land at the quay.';
    expectAnsweredWith(reportOf([defining, buses]), [[question, 'fishing people']]);
    // A passage naming them in passing says nothing of who they were.
    expect(answerQuestion(reportOf(['Ardal traded with the Sarni every spring at the quay.', buses]), question).kind).toBe('no-match');
  });

  it('answers "what is X" from "X is another …", one more of a kind the text has named', () => {
    const question = 'what is a stern lantern';
    const defining = 'The stern lantern is another light the ferry crew must keep burning all night on the river.';
    expectAnsweredWith(reportOf(['The bow lantern is a light the ferry crew hang forward.', defining, buses]), [[question, 'another light']]);
  });

  it('answers what a kind of thing is, does or how it works only from a passage that says what it is, not one that names it', () => {
    const harbour = reportOf([
      'The trawlers came back after the storm with fish whose stomachs were swollen with bottom-living diatoms.',
      'The harbour radar, a set of rotating aerials on the breakwater, follows the trawlers at night.',
      'A chiropractor treated the skipper for his back, and the weaving museum opened on weekends.',
      'Research on the reconnaissance satellite SAMOS will grow next year, with the harbour defences.',
      'The council promises every pupil a 15-minute bus ride to school from the harbour.',
    ]);
    // Diatoms and a chiropractor are named in passing: nothing says what they are or do.
    expect(['what are diatoms', 'what does a chiropractor do'].map((question) => answerQuestion(harbour, question).kind)).toEqual(['no-match', 'no-match']);
    // An apposition says what radar is; "the weaving museum" is the report's own, and so is a thing it names with a
    // number; SAMOS is a name the report gives its kind.
    expectAnsweredWith(harbour, [
      ['how does radar work', 'rotating aerials'],
      ['what is the weaving museum', 'weaving museum'],
      ['what is a 15-minute bus ride', 'bus ride'],
      ['what is samos', 'satellite SAMOS'],
    ]);
  });

  it('answers "what is X" from a gloss in brackets after X, not from a passage naming X with no gloss', () => {
    const glossed = 'After the storm the skipper ate laver (seaweed pressed into thin sheets) with his rice at the quay.';
    expectAnsweredWith(reportOf([glossed, buses]), [['what is laver', 'seaweed pressed']]);
    // No bracket, or a bracket that opens an aside ("see below"), glosses nothing.
    for (const named of ['After the storm the skipper ate laver with his rice at the quay.', 'After the storm the skipper ate laver (see below) with his rice at the quay.']) {
      expect(answerQuestion(reportOf([named, buses]), 'what is laver').kind).toBe('no-match');
    }
  });

  it('answers "what is X", where the documents write X only as a name, only from a passage that tells what X is', () => {
    const harbour = reportOf([
      'The new harbour guard came fresh out of ROTC, and the trawlers welcomed him at the quay.',
      'Kelpfest, the summer fair of the harbour, fills the breakwater with stalls every August.',
      'The trawlers now radio HARCOM (the harbour command) at dusk and at dawn.',
      'The Harbour Pilots Association (HPA) meets in the old mill on Mondays.',
      'The skipper takes the drug Krebiozen for his back, against the doctor\'s advice.',
      'The quay shop sells three sauces: Tidewater, Saltmarsh Gold and Kelp Relish, each in stone jars.',
    ]);
    // ROTC is named in passing: nothing says what it is.
    expect(answerQuestion(harbour, 'what is rotc').kind).toBe('no-match');
    // A definition, a bracket after the name or the long name before it, a kind before it, a series it is one of.
    expectAnsweredWith(harbour, [
      ['what is kelpfest', 'summer fair'],
      ['what is harcom', 'harbour command'],
      ['what is hpa', 'Pilots Association'],
      ['what is krebiozen', 'the drug Krebiozen'],
      ['what is saltmarsh gold made of', 'three sauces'],
    ]);
  });

  it('answers "what is the X", where the documents write X as a name, only from a passage that tells what X is', () => {
    const harbour = reportOf([
      'The columns of the chapel came from the Temple of Neptune at the old port, the others from the quay.',
      'The compass was useless because of the nearness of the magnetic North Pole, and the trawlers turned back.',
      'The ferry stops at the Salt Tower. Actually a lighthouse, it was built by the monks to guard the bar.',
      'The capital of the harbour district is the town of Kelp, where the trawlers sell their catch.',
      'Today the "Harbour Rule" of "one net to a boat" is kept by every trawler on the quay.',
    ]);
    // The temple and the pole are named in passing: nothing says what they are.
    expect(['what is the temple of neptune', 'what is the magnetic north pole'].map((question) => answerQuestion(harbour, question).kind)).toEqual(['no-match', 'no-match']);
    // The next sentence says what the tower is, a quotation after "of" what the rule holds; "the capital of ..." asks
    // the report's own capital, with a lower-case head.
    expectAnsweredWith(harbour, [
      ['what is the salt tower', 'Actually a lighthouse'],
      ['what is the harbour rule', 'one net to a boat'],
      ['what is the capital of the harbour district', 'town of Kelp'],
    ]);
  });

  it('answers what X means, stands for or is famous for only from a passage that glosses X or says its fame, not one that names X', () => {
    const harbour = reportOf([
      'Brevet Captain Lowell walked the harbour guard along the quay in the storm.',
      'The trawlers radio HARCOM at dusk and at dawn from the breakwater.',
      'The Inn of the Tides is by the old mill on the quay, across from the ferry.',
      'Kelpfest, which means "kelp feast", fills the breakwater with stalls every August.',
      'The pilots radio the NHC (Northern Harbour Command) before they cross the bar.',
      'Saltmarsh Gold, famous for its smoky taste, is sold in stone jars at the quay shop.',
    ]);
    // Each is named in passing: nothing says what it means or what it is known for.
    const named = ['what does brevet mean', 'what does harcom stand for', 'what is the inn of the tides famous for'];
    expect(named.map((question) => answerQuestion(harbour, question).kind)).toEqual(['no-match', 'no-match', 'no-match']);
    // A gloss after the name, its long name in brackets, a word of fame in the clause that names it.
    expectAnsweredWith(harbour, [
      ['what does kelpfest mean', 'kelp feast'],
      ['what does nhc stand for', 'Northern Harbour Command'],
      ['what is saltmarsh gold famous for', 'smoky taste'],
    ]);
  });

  it('reads what tells what X is around X only as far as the options passed allow (`termContextReach`)', () => {
    const pilots = reportOf(['Kelpfest, which means "kelp feast", fills the breakwater with stalls every August.', 'Saltmarsh Gold, famous for its smoky taste, is sold in stone jars at the quay shop.', buses]);
    const asked = ['what does kelpfest mean', 'what is saltmarsh gold famous for'];
    expect(asked.map((question) => answerQuestion(pilots, question, { answer: { abstain: { termContextReach: 80 } } }).kind)).toEqual(['answer', 'answer']);
    // Nothing read around the name: the gloss after it and the word of fame beside it are not seen.
    expect(asked.map((question) => answerQuestion(pilots, question, { answer: { abstain: { termContextReach: 0 } } }).kind)).toEqual(['no-match', 'no-match']);
  });

  it('answers what X is known for from a passage saying what X is right after naming it, not of a noun X hangs on', () => {
    const said = (sentence: string) => reportOf([sentence, buses]);
    expectAnsweredWith(said('We sailed on to Marro. Marro is the oldest fishing port of the coast and still its busiest.'), [['what is marro known for', 'oldest fishing port']]);
    expectAnsweredWith(said('The late Victor Seigner, a pioneer in harbour dredging, left the yard to his sons.'), [['what was victor seigner known for', 'pioneer in harbour dredging']]);
    // The apposition is the harbourmaster's, whose office Marro names: nothing is said of what Marro is.
    expect(answerQuestion(said('Among the guests was Joan Pryce of the Marro Pilots Office, one of the finest harbourmasters of the coast.'), 'what is the marro pilots office known for').kind).toBe('no-match');
  });

  it('answers "what is X" from a dash\'s apposition ("baklava -- a sweet, flaky cake"), not from a passage that only names X', () => {
    expectAnsweredWith(reportOf(['The quay shop sells baklava -- a sweet, flaky cake -- to the ferry crew.', buses]), [['what is baklava', 'a sweet, flaky cake']]);
    expect(answerQuestion(reportOf(['The quay shop sells baklava and coffee to the ferry crew.', buses]), 'what is baklava').kind).toBe('no-match');
  });

  it('answers "what is X" from an apposition opening on "another" or an indefinite carried on by "to", not from a clause after "the"', () => {
    expectAnsweredWith(reportOf(['Each trawler flies a "storm pennant", another small flag to warn the ferry crew of a gale.', buses]), [['what is a storm pennant', 'another small flag']]);
    // "the crew decided to": the clause's subject and its verb, nothing said of the pennant.
    expect(answerQuestion(reportOf(['Past the storm pennant, the crew decided to turn back.', buses]), 'what is a storm pennant').kind).toBe('no-match');
  });

  it('answers "what is X" from an absolute clause\'s gloss ("X being our word for …"), not from a passage that only names X', () => {
    expectAnsweredWith(reportOf(['No trawl line is left on the quay, trawl line being our word for a long line of baited hooks.', buses]), [['what is a trawl line', 'baited hooks']]);
    expect(answerQuestion(reportOf(['No trawl line is left on the quay after the catch is landed.', buses]), 'what is a trawl line').kind).toBe('no-match');
  });

  it('answers "what does X mean", X a common noun of the documents, from a gloss after X as well as from a definition', () => {
    expectAnsweredWith(reportOf(['At the quay shop "alfresco" does not mean cheap -- it means out of doors, on the breakwater benches.', buses]), [['what does alfresco mean', 'out of doors']]);
    expect(answerQuestion(reportOf(['The quay shop serves alfresco lunches on the breakwater benches.', buses]), 'what does alfresco mean').kind).toBe('no-match');
  });

  it('answers "what does X mean" from a passage that says what is called X, X in quotes after "said to be" or "called"', () => {
    const stating = 'Boats kept in the harbour through two winters before their refit were said to be "double wintered".';
    expectAnsweredWith(reportOf([stating, buses]), [['what does double wintered mean', stating.slice(0, 30)]]);
    // The words before X say nothing of what it means: X named, not glossed.
    expect(answerQuestion(reportOf(['The harbour master read out the list of boats that were "double wintered".', buses]), 'what does double wintered mean').kind).toBe('no-match');
  });

  it('answers a "what" whose clause holds a "how much" or "how long" as the "what" it is, asking no amount', () => {
    const harbour = reportOf([
      'One simple way of measuring the rise of the tide is to mark the pier posts with white paint.',
      'The weather at the bar will decide the length of the ferry season each year.',
      buses,
    ]);
    expectAnsweredWith(harbour, [
      ['what is a simple way to measure how much the tide rises', 'mark the pier posts'],
      ['what will decide how long the ferry season lasts', 'weather at the bar'],
    ]);
  });

  it('answers a "how much" or "when" asked of what someone did from a passage that opens going on about them after the one before named them', () => {
    const kessler = 'Marta Kessler reached the harbour late on Tuesday, two days after the storm had closed the road.';
    const radar = 'The harbour radar follows the trawlers at night from the breakwater.';
    // "The tall weaver": a reader knows from the passage before that she is Kessler, and the sum and the date are hers.
    expectAnsweredWith(reportOf([kessler, 'The tall weaver paid 300 dollars for the looms of the old mill.', radar]), [['how much did kessler pay', '300 dollars']]);
    expectAnsweredWith(reportOf([kessler, 'The couple married on June 3, 1950, in the chapel by the quay.', radar]), [['when did kessler marry', 'June 3, 1950']]);
    // A passage opening on something else may be about anyone: its sum is not hers.
    expect(answerQuestion(reportOf([kessler, 'At the auction a weaver paid 300 dollars for the looms of the old mill.', radar]), 'how much did kessler pay').kind).toBe('no-match');
    // A place's name after "in" is no doer: the looms counted in a passage that does not name the Kessler mill may be any mill's.
    const mill = 'The Kessler mill by the river wove sails for the fleet until the storm.';
    expect(answerQuestion(reportOf([mill, 'The old looms by the river numbered 40 before the storm.', radar]), 'how many looms were in kessler').kind).toBe('no-match');
  });

  it('answers about someone from a passage that goes on about them in other words after the passage before named them', () => {
    const harbour = reportOf([
      'Marta Kessler reached the harbour late on Tuesday, two days after the storm had closed the road.',
      'The tall weaver now hopes to rebuild the looms of the old mill and to teach apprentices there.',
      'The fishing fleet sold its catch at the quay market, where prices fell after the storm.',
      'The harbour radar follows the trawlers at night from the breakwater.',
    ]);
    // The passage says "the tall weaver": a reader knows from the one before that she is Kessler.
    for (const question of ['what will kessler rebuild', 'whom will kessler teach']) {
      const found = answerQuestion(harbour, question);
      expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text).join(' ')).toContain('rebuild the looms');
    }
  });

  it('answers about someone the passage before names by a surname that is also an everyday word, written only as a name there', () => {
    const harbour = (named: string) =>
      reportOf([
        `The council sent for ${named} after the storm had closed the road to the harbour.`,
        'The tall weaver now hopes to rebuild the looms of the old mill and to teach apprentices there.',
        'The fishing fleet sold its catch at the quay market, where prices fell after the storm.',
        'The harbour radar follows the trawlers at night from the breakwater.',
      ]);
    // "Mercer" within a sentence and never "mercer": the text makes it a name, though to WordNet it is a cloth dealer.
    const found = answerQuestion(harbour('Mercer, the weaver from the hills,'), 'what will mercer rebuild');
    expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text).join(' ')).toContain('rebuild the looms');
    // Where the text writes it in small letters too, it is the everyday word: "the tall weaver" is no one named.
    expect(answerQuestion(harbour('the mercer, the weaver Mercer'), 'what will mercer rebuild').kind).toBe('no-match');
  });

  it('answers about a body from a passage that goes on in "its" after the passage before coined its acronym in brackets', () => {
    const survey = (coined: string) =>
      reportOf([
        `The harbour trust pays for ${coined}, which counts the seals and the terns on the outer banks.`,
        'Each spring its wardens walk the banks at low tide. Its findings are reported every year in the Harbour Gazette.',
        buses,
      ]);
    // "(HARBOSO)" after the name it stands for names one body, as a capitalised name would: "its findings" are its.
    const found = answerQuestion(survey('the Harbour Bird Survey Office (HARBOSO)'), 'where does harboso publish what it finds');
    expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text).join(' ')).toContain('Harbour Gazette');
    // A word in capitals the text does not coin may be a term, which a passage about it would write again.
    expect(answerQuestion(survey('a survey office, HARBOSO in the trust\'s papers,'), 'where does harboso publish what it finds').kind).toBe('no-match');
  });

  it('answers "when did X live" from a life\'s span in brackets after X\'s name, not from another span', () => {
    const history = (named: string) =>
      reportOf([
        `The harbour chart was redrawn by a Flemish surveyor, ${named}, who sounded every channel of the estuary.`,
        buses,
      ]);
    // Two years in brackets after the name are the years of his life: when he lived, was born, died.
    expectAnsweredWith(history('Joris Vandermaele (1612-1671)'), [['when did joris vandermaele live', '(1612-1671)'], ['when did vandermaele die', '(1612-1671)']]);
    // A span after another name is not his, and one of three centuries is an age's, not a life's.
    expect(answerQuestion(history('a pupil of Pieter Claes (1612-1671)'), 'when did joris vandermaele live').kind).toBe('no-match');
    expect(answerQuestion(history('Joris Vandermaele (1612-1911)'), 'when did joris vandermaele live').kind).toBe('no-match');
  });

  it('answers about someone a passage leaves to two passages back, where the passage between goes on about him ("The aging mayor")', () => {
    const council = (between: string) =>
      reportOf([
        'Mayor Ostrander lost his majority on the harbour council in the spring vote.',
        between,
        'Young Clara Weiss, the port engineer, probably will take the chair long denied her.',
        buses,
      ]);
    // "The aging mayor" goes on about Ostrander, so the passage after it is still about him.
    const found = answerQuestion(council('The aging mayor in all likelihood will be retired before the summer.'), 'who will probably succeed ostrander');
    expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text).join(' ')).toContain('Clara Weiss');
    // A passage between that opens on another name has moved on from him.
    expect(answerQuestion(council('Gulls nested on the old ferry pier again this year.'), 'who will probably succeed ostrander').kind).toBe('no-match');
  });

  it('answers about someone named two passages back, where the passage between goes on in "she" and names no one', () => {
    const story = (between: string) =>
      reportOf([
        'For eleven winters Marguerite kept the lighthouse on the north spit.',
        between,
        'Her hair was red as rust, and she wore it in one long braid.',
        buses,
      ]);
    // "she" and "her" between name no one else, so the "her" after them is still Marguerite's.
    const found = answerQuestion(story('But the nights were long out there, and she counted the ships that passed her lamp.'), "what color was marguerite's hair");
    expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text).join(' ')).toContain('red as rust');
    // A passage between that names another has moved on to her: the nearest name is then his.
    expect(answerQuestion(story('But the nights were long out there, and the keeper Tobias counted the ships with her.'), "what color was marguerite's hair").kind).toBe('no-match');
  });

  it('answers of "the huge dredger" from the passage after the one that brings in "the old 40-ton steam dredger", which goes on as "this"', () => {
    const minutes = (after: string) => reportOf(['At last the harbour board came to the question of the old 40-ton steam dredger.', after, buses]);
    // "this" stands for the dredger just brought in, though words stand between its article and its noun, here and in the question.
    const found = answerQuestion(minutes('Was not this sold chiefly to please the fishermen, who had complained of the noise for years?'), 'why did they sell the huge dredger');
    expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text).join(' ')).toContain('please the fishermen');
    // A passage that names things of its own, and no pronoun, has moved on from the dredger.
    expect(answerQuestion(minutes('Were the ferries sold chiefly to please the fishermen, who had complained of the noise for years?'), 'why did they sell the huge dredger').kind).toBe('no-match');
  });

  it('answers of "the skiff" two passages after the one that brings it in, where the passage between goes on in "he" and "him"', () => {
    const log = (between: string) => reportOf(['At dawn the keeper saw the old skiff drifting past the point, its sail in rags.', between, 'And why was it being followed by so many gulls, circling low and crying?', buses]);
    const found = answerQuestion(log('He called out twice, but no one answered him from the deck.'), 'what was following the skiff');
    expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text).join(' ')).toContain('so many gulls');
    // A passage between that refers back to nothing has moved on from the skiff.
    expect(answerQuestion(log('The lighthouse bell rang across the empty bay.'), 'what was following the skiff').kind).toBe('no-match');
  });

  it('answers of a list item from the word its lead writes: "the greenhouse" in the sentence that opens the list, or the heading over it', () => {
    const club = (lead: string) =>
      reportOf([lead, '## 1)', 'Wrap the water pipes in old blankets before the first frost.', '## 2)', 'Stack straw bales along the north wall.', '## 3)', 'Burn a paraffin lamp on the coldest nights, well away from the seedlings.', buses]);
    const found = answerQuestion(club('At the spring meeting the garden club heard how members keep the greenhouse warm through the winter. The following have been found effective.'), 'what kind of lamp is lit in the greenhouse');
    expect(found.kind === 'answer' && found.results[0]?.passage.text).toContain('paraffin lamp');
    // A paragraph that announces no list is no lead: the items below it are not read with it.
    expect(answerQuestion(club('At the spring meeting the garden club heard how members keep the greenhouse warm through the winter. Three members spoke.'), 'what kind of lamp is lit in the greenhouse').kind).toBe('no-match');
    // The heading a list of bullets sits under is its lead too.
    const underHeading = reportOf(['The garden club met in March.', '## Keeping the greenhouse warm', '- Wrap the water pipes in old blankets before the first frost.', '- Stack straw bales along the north wall.', '- Burn a paraffin lamp on the coldest nights, well away from the seedlings.', buses]);
    const listed = answerQuestion(underHeading, 'what kind of lamp is lit in the greenhouse');
    expect(listed.kind === 'answer' && listed.results[0]?.passage.text).toContain('paraffin lamp');
  });

  it('answers a "how many times" by a word that is a count of times ("once or twice"), which says its "times", not by a bare "once"', () => {
    // The mill's "early times" makes "times" a word of the documents, which a passage must meet or say otherwise.
    const walk = (climb: string) => reportOf(['The old mill by the bridge became a museum of weaving.', climb, 'The mill has stood by the river since early times.', buses]);
    const slipped = walk('The climb grew steeper and she slipped once or twice on the wet stones of the mill race.');
    expectAnsweredWith(slipped, [['how many times did she slip', 'slipped once or twice']]);
    expect(answerQuestion(slipped, 'how many times did she slip', { answer: { abstain: { timesInWord: 0 } } }).kind).toBe('no-match');
    // A bare "once" is as often "formerly": it counts no times.
    expect(answerQuestion(walk('The mayor, once a miller, slipped on the wet stones of the mill race.'), 'how many times did the mayor slip').kind).toBe('no-match');
  });

  it('answers of "the book" from the passage after the one that brings a book in, which goes on about it as "her title"', () => {
    const review = (brought: string) =>
      reportOf([
        `Once in a long while comes ${brought} that holds a reader for a whole winter. "Salt Marsh Year" by Edna Farrow is just that.`,
        '"I went down to the salt marsh alone", begins the old ballad from which Farrow takes her title, and she keeps faith with it.',
        buses,
      ]);
    const found = answerQuestion(review('a book'), 'where does the book get its title');
    expect(found.kind === 'answer' && found.results.slice(0, 3).map((result) => result.passage.text).join(' ')).toContain('old ballad');
    // A passage before that brings in a film is not about the book asked of.
    expect(answerQuestion(review('a film'), 'where does the book get its title').kind).toBe('no-match');
  });

  it('answers who founded, built or invented X only from a passage that states the origin, not one that names X', () => {
    const town = reportOf([
      'The old mill by the bridge became a museum of weaving, open on weekends.',
      'The ferry service across the river was founded in 1921 by the Greene family.',
      'The covered footbridge at the market square was planned and supervised in the building by Anna Kessler.',
      buses,
    ]);
    // The museum of weaving is named, with every word asked, but nothing says who founded it, nor when.
    const museumOrigin = ['who founded the museum of weaving', 'when was the museum of weaving founded'];
    expect(museumOrigin.map((question) => answerQuestion(town, question).kind)).toEqual(['no-match', 'no-match']);
    // The verb, or another word of origin ("the building"), states it.
    expectAnsweredWith(town, [['who founded the ferry service', 'Greene family'], ['when was the ferry service founded', '1921'], ['who designed the covered footbridge', 'Anna Kessler']]);
  });

  it('answers a "who" only from a passage that names a person about what it asks: a name, a title and a name, a word for people', () => {
    // The nets and their mending are named, but nobody who mends them.
    expect(answerQuestion(besideBuses('The nets are mended on the quay every spring, before the boats go out.'), 'who mends the nets').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('Anna Kessler mends the nets on the quay every spring.'), [['who mends the nets', 'Anna Kessler']]);
    expectAnsweredWith(besideBuses('The nets are mended on the quay by Mayor Grant every spring.'), [['who mends the nets', 'Mayor Grant']]);
    expectAnsweredWith(besideBuses('The nets are mended on the quay by the fishermen every spring.'), [['who mends the nets', 'the fishermen']]);
    // A post asked for is held by someone with a name: the post named again, or the people beside it, is no answer.
    expect(answerQuestion(besideBuses('The harbor master and his deputies sign every permit for the quay.'), 'who is the harbor master').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The harbor master, Joan Pryce, signs every permit for the quay.'), [['who is the harbor master', 'Joan Pryce']]);
  });

  it('answers who holds a post only from a sentence that says the post with a person named', () => {
    // The harbor and a person are named, but not as its master.
    expect(answerQuestion(besideBuses('The harbor master signs every permit for the quay. Joan Pryce mends the nets in the harbor.'), 'who is the harbor master').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The harbor master signs every permit for the quay. Joan Pryce is the harbor master.'), [['who is the harbor master', 'Joan Pryce']]);
    // A related word for a body, not a person, does not say the post: a government is no governor.
    expect(answerQuestion(besideBuses('The harbor government, with Joan Pryce, signs every permit for the quay.'), 'who is the harbor governor').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The harbor governor, Joan Pryce, signs every permit for the quay.'), [['who is the harbor governor', 'Joan Pryce']]);
    // The post is the last word after "the", a noun there though English uses "judge" mostly as a verb: the trial and a
    // person are named, but no one as its judge.
    expect(answerQuestion(besideBuses('At the harbor trial Joan Pryce spoke for the town.'), 'who was the judge at the harbor trial').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('At the harbor trial the judge, Joan Pryce, spoke for the town.'), [['who was the judge at the harbor trial', 'Joan Pryce']]);
    // A place in the line of holders asked is said with the post: a harbor master named is not said to be the first.
    expect(answerQuestion(besideBuses('The harbor master, Joan Pryce, signs every permit for the quay.'), 'who was the first harbor master').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The first harbor master, Joan Pryce, signed every permit for the quay.'), [['who was the first harbor master', 'Joan Pryce']]);
  });

  it('answers who holds a post from a sentence naming its office, the post with "-ship": "under the editorship of"', () => {
    expectAnsweredWith(besideBuses('The harbor almanac, under the general editorship of Joan Pryce, lists every tide of the year.'), [['who is the general editor of the harbor almanac', 'Joan Pryce']]);
    expectAnsweredWith(besideBuses('During the chairmanship of Joan Pryce the harbor board met every month.'), [['who was the chairman of the harbor board', 'Joan Pryce']]);
    // The office is the post's own word: a friendship or a membership says no editor.
    expect(answerQuestion(besideBuses('The harbor almanac grew out of the friendship of Joan Pryce and the printers.'), 'who is the general editor of the harbor almanac').kind).toBe('no-match');
  });

  it('answers who holds a post of two words asked without "the", "vice president", only where both are said', () => {
    // The club's president is named, and "vice" nowhere beside "president": nobody is said to be its vice president.
    expect(answerQuestion(besideBuses('The Marro rowing club elected President Joan Pryce in the spring.'), "who was marro's vice president").kind).toBe('no-match');
    expect(answerQuestion(besideBuses('The Marro rowing club elected President Joan Pryce in the spring.'), 'who was vice president of the marro rowing club').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The Marro rowing club elected Vice President Joan Pryce in the spring.'), [["who was marro's vice president", 'Joan Pryce']]);
    expectAnsweredWith(besideBuses('The Marro rowing club elected Joan Pryce its vice-president in the spring.'), [['who was vice president of the marro rowing club', 'Joan Pryce']]);
  });

  it('answers who made a work only from a sentence that says the making beside the person: the act, "by" a name, a credit line', () => {
    // The play and a person are named, but he acts in it: nobody is said to have written it.
    expect(answerQuestion(besideBuses('Victor Seigner plays the lead in The Harbor Widow, a comedy in three acts.'), 'who wrote the harbor widow').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('Victor Seigner wrote The Harbor Widow, a comedy in three acts.'), [['who wrote the harbor widow', 'Victor Seigner']]);
    expectAnsweredWith(besideBuses('The Harbor Widow, a comedy in three acts by Victor Seigner, opens tonight.'), [['who wrote the harbor widow', 'Victor Seigner']]);
    expectAnsweredWith(besideBuses('The Harbor Widow, a comedy in three acts | playwright Victor Seigner'), [['who wrote the harbor widow', 'Victor Seigner']]);
  });

  it('answers who wrote a work from a synonym of its agent noun beside it, "author of", and not with the synonym unread', () => {
    // "Wrote" is "write", whose agent noun "writer" has the synonym "author" (`doerNounsOf`), and which the documents
    // write too: "author" meets it only as a synonym of what WordNet derives from its base (`derivedSynonymStems`).
    const comment = reportOf(['A comment on the later novels by modest Victor Seigner, author of "Tallowood", is noteworthy.', 'Joan Pryce wrote to the council about the fares.', buses]);
    expectAnsweredWith(comment, [['who wrote tallowood', 'Victor Seigner']]);
    expect(answerQuestion(comment, 'who wrote tallowood', { answer: { abstain: { doerNounSenses: 0 } } }).kind).toBe('no-match');
  });

  it('answers "who used to V X" as who did V X, not who used something', () => {
    // "Used" is no act the documents say (no passage uses anything), so read as the act it once held the person to a
    // sentence writing "look" (`objectOfUntoldAct`); the act is "look after", told here in other words.
    const county = reportOf(['In the old county the family has always provided for the sick and the poor of the clan.', 'Later the farms of the county were sold.', buses]);
    expectAnsweredWith(county, [['who used to look after the sick in the county', 'the family']]);
  });

  it('answers who wrote a song from "by" a name, not from "sung by" a name, which credits its singer', () => {
    const ballad = 'The Harbor Widow, a ballad sung by Victor Seigner, closes the evening.';
    expect(answerQuestion(besideBuses(ballad), 'who wrote the harbor widow').kind).toBe('no-match');
    expectAnsweredWith(besideBuses(ballad), [['who sang the harbor widow', 'Victor Seigner']]);
    expectAnsweredWith(besideBuses('The Harbor Widow, a ballad by Victor Seigner, closes the evening.'), [['who wrote the harbor widow', 'Victor Seigner']]);
  });

  it('answers who made a work from "by" a name after the work\'s own word, not after a noun of another thing, whose maker it credits', () => {
    // The libretto is Victor Seigner's; nobody is said to have directed the staging.
    expect(answerQuestion(besideBuses('The Harbor Widow was staged last night, set to a libretto by Victor Seigner.'), 'who directed the staging of the harbor widow').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The Harbor Widow was staged last night, the staging by Victor Seigner.'), [['who directed the staging of the harbor widow', 'Victor Seigner']]);
  });

  it('answers who directed or illustrated a work (a rarer sense of making) only where the act is said, and who conducted it from a programme line', () => {
    // The play and a person are named, but he acts in it, and the book's author is named, not its illustrator.
    expect(answerQuestion(besideBuses('Victor Seigner plays the lead in The Harbor Widow, a comedy in three acts.'), 'who directed the harbor widow').kind).toBe('no-match');
    expect(answerQuestion(besideBuses('Joan Pryce ought to win a prize for The Harbor Widow stories.'), 'who illustrated the harbor widow stories').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The Harbor Widow, a comedy in three acts directed by Victor Seigner, opens tonight.'), [['who directed the harbor widow', 'Victor Seigner']]);
    expectAnsweredWith(besideBuses('Joan Pryce illustrated The Harbor Widow stories with pen drawings.'), [['who illustrated the harbor widow stories', 'Joan Pryce']]);
    // Conducting is performing, which a programme credits without the verb: not held to it.
    expectAnsweredWith(besideBuses('The Harbor Widow, a comedy with songs, opens tonight, Victor Seigner at the piano.'), [['who conducted the harbor widow', 'Victor Seigner']]);
  });

  it('answers who made a work from a sentence that says it is the person\'s: "in his stage settings", "Name\'s stage settings"', () => {
    const stage = (sentence: string) => reportOf(['The Harbor Widow opened last night at the Marro Playhouse.', sentence, buses]);
    expectAnsweredWith(stage('Victor Seigner, in his stage settings for The Harbor Widow, often uses a scrim curtain.'), [['who designed the stage settings of the harbor widow', 'Victor Seigner']]);
    expectAnsweredWith(stage("Victor Seigner's stage settings for The Harbor Widow often use a scrim curtain."), [['who designed the stage settings of the harbor widow', 'Victor Seigner']]);
    // Named beside the settings, not as their maker: he only praises them.
    expect(answerQuestion(stage('Victor Seigner praised the stage settings of The Harbor Widow.'), 'who designed the stage settings of the harbor widow').kind).toBe('no-match');
  });

  it('answers who sang a part from a cast list\'s "Name as Part", and not who wrote the work from it', () => {
    const cast = besideBuses('Joan Pryce as Marietta and Victor Seigner as Tobias were new to the cast; both have sung these parts here before.');
    expectAnsweredWith(cast, [['who sang marietta', 'Joan Pryce as Marietta']]);
    // The part is named, and no one beside it: nobody is said to have sung it.
    expect(answerQuestion(besideBuses('Marietta is a good part; the others were new to the cast, and have sung these parts here before.'), 'who sang marietta').kind).toBe('no-match');
    // A performer credited with the title part did not write the work.
    expect(answerQuestion(besideBuses('Victor Seigner as Tobias was new to the cast; the part was written for a bass.'), 'who wrote tobias').kind).toBe('no-match');
  });

  it('answers who made a work only where the making and the work stand in one clause: not another work made beside it', () => {
    // He wrote another play; The Harbor Widow is named a comma away, as what it ranks next to.
    expect(answerQuestion(besideBuses('Victor Seigner wrote The Gull in three acts, next to The Harbor Widow the finest comedy of the season.'), 'who wrote the harbor widow').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('Victor Seigner wrote The Harbor Widow in three acts, next to The Gull the finest comedy of the season.'), [['who wrote the harbor widow', 'Victor Seigner']]);
    // ", or" names the same work again: the making is said of it.
    expectAnsweredWith(besideBuses('Victor Seigner wrote The Gull, or The Harbor Widow as it was first billed, in three acts.'), [['who wrote the harbor widow', 'Victor Seigner']]);
    // A sea discovered is no ocean, though WordNet relates the words: the act is said of the thing as the question names it.
    expect(answerQuestion(besideBuses('Joan Pryce discovered a warm sea in 1610, hoping for the Calder Ocean.'), 'who discovered the calder ocean').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('Joan Pryce discovered the Calder Ocean in 1610, hoping for a passage west.'), [['who discovered the calder ocean', 'Joan Pryce']]);
    // A word for persons a comma before a name is an apposition, no credit line: the princess is not said to have written it.
    expect(answerQuestion(besideBuses('The Harbor Widow opened in the spring, when the young princess, Joan Pryce, came to the town.'), 'who wrote the harbor widow').kind).toBe('no-match');
  });

  it('answers a "who" from the sentence after a question the text asks about its topic, the question\'s answer, whatever it opens on', () => {
    const asked = 'Are the nets right for the boat you mean to sail? If you are not sure, get help from your harbour master or another old hand.';
    expectAnsweredWith(besideBuses(asked), [['who can tell me if the nets are right for my boat', 'harbour master']]);
    // Said, not asked: the next sentence, opening on no pronoun, may be about anything.
    const told = 'The nets must be right for the boat you mean to sail. If you are not sure, get help from your harbour master or another old hand.';
    expect(answerQuestion(besideBuses(told), 'who can tell me if the nets are right for my boat').kind).toBe('no-match');
  });

  it('answers who made a work from its passive, "was written by", however many commas stand between the work and the act', () => {
    // The work, an apposition, then its passive: the clause that says the act does not name the work.
    const passive = 'Thus "The Harbor Widow", the most often sung of the harbour ballads, was written by a young schoolmaster, Victor Seigner.';
    expectAnsweredWith(besideBuses(passive), [['who wrote the harbor widow', 'Victor Seigner']]);
    // The act said by the passive of another thing named after it: the ballad is not said to be written.
    expect(answerQuestion(besideBuses('The songbook, thin and worn, was written by a young schoolmaster, Victor Seigner, long before The Harbor Widow.'), 'who wrote the harbor widow').kind).toBe('no-match');
  });

  it('answers "when did X die" only from a dated sentence that says the dying, in any of its forms or words', () => {
    // A date said of the miller, but of his mill, not of his death.
    expect(answerQuestion(besideBuses('The miller Josiah Hale built the weir by the old mill in 1841.'), 'when did josiah hale die').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The miller Josiah Hale died at the old mill in 1862.'), [['when did josiah hale die', '1862']]);
    expectAnsweredWith(besideBuses('After the death of Josiah Hale in 1862, the old mill was sold.'), [['when did josiah hale die', '1862']]);
    // The death of another ("of his father"), in a sentence naming him: his father's death is dated, not his.
    expect(answerQuestion(besideBuses('By the death of his father in 1841, the miller Josiah Hale came into the old mill.'), 'when did josiah hale die').kind).toBe('no-match');
    // The dying dated in a sentence on another, two sentences after the miller's: his clerk's death, not his.
    const clerk = 'The miller Josiah Hale kept the old mill for forty years. His clerk at the mill was a young man named Tom Pryce.';
    expect(answerQuestion(besideBuses(`${clerk} Not long before his death in 1862, Pryce sold the weir.`), 'when did josiah hale die').kind).toBe('no-match');
    expectAnsweredWith(besideBuses(`${clerk} Not long before his death in 1862, Hale sold the weir.`), [['when did josiah hale die', '1862']]);
    expectAnsweredWith(besideBuses('The miller Josiah Hale kept the old mill for forty years. Not long before his death in 1862, he sold the weir.'), [['when did josiah hale die', '1862']]);
    // His death is the time the selling is told by, and "a few years ago" the selling's date: no date of the death.
    expect(answerQuestion(besideBuses('The miller Josiah Hale kept the old mill for forty years. A few years ago, not long before his death, Hale sold the weir.'), 'when did josiah hale die').kind).toBe('no-match');
  });

  it('answers "when did X end" of a noun phrase X only from a dated sentence that says the ending, though "end" is mostly a noun', () => {
    // A date said of the fair, but of its opening.
    expect(answerQuestion(besideBuses('The Calder harbor fair opened by the old mill in 1841, with a brass band.'), 'when did the calder harbor fair end').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The Calder harbor fair ended by the old mill in 1862, with a brass band.'), [['when did the calder harbor fair end', '1862']]);
  });

  it('answers "when did X V ... their N" from a date told in the text\'s own words: a last word after a possessive is an object, no event', () => {
    const library = reportOf([
      'For those who like poetry, the Calder library makes it possible to hear poets reading their own work. The program was instituted in 1940, and the records are sold at the old mill.',
      buses,
    ]);
    expectAnsweredWith(library, [['when did the calder library start recording poets reading their work', '1940']]);
  });

  it('answers "when did X begin" from a dated sentence that says X came to be, as well as one saying it began', () => {
    expectAnsweredWith(besideBuses('In 1958 it became possible to open a reading room for the blind at the Calder library.'), [['when did the reading room for the blind begin', '1958']]);
    // A date said of the room, but of its painting: no beginning.
    expect(answerQuestion(besideBuses('In 1958 the reading room for the blind at the Calder library was painted white.'), 'when did the reading room for the blind begin').kind).toBe('no-match');
  });

  it('answers a "what year" from a year the dated sentence writes, not from a day whose year only the page\'s date gives', () => {
    const news = (sentence: string) => buildKnowledge([{ ...REPORT, meta: { title: 'Town report', published: '1961-08-01' }, body: [sentence, buses].join('\n\n') } as KnowledgeDocument]);
    const question = 'what year did josiah hale buy his calder farm';
    expectAnsweredWith(news('Josiah Hale bought his Calder farm in 1948, beside the old mill.'), [[question, '1948']]);
    // "July 9" is dated 1961 by the page, and writes no year: the reader sees the day of a burglary, no year of buying.
    expect(answerQuestion(news('Sometime on Saturday evening, July 9, burglars jimmied a window of Josiah Hale\'s farm in Calder.'), question).kind).toBe('no-match');
  });

  it('answers a "when" in the past only from a date told as done, and one in the future only from a date to come', () => {
    const news = (sentence: string) => buildKnowledge([{ ...REPORT, meta: { title: 'Town report', published: '1961-08-01' }, body: [sentence, buses].join('\n\n') } as KnowledgeDocument]);
    // A date to come, of the rally, is no date of Hale's election.
    const rally = news('Party leaders expect a crowd at a rally to be held Sept. 8 in Calder, at which newly elected Mayor Josiah Hale will speak.');
    expect(answerQuestion(rally, 'when was josiah hale elected mayor').kind).toBe('no-match');
    expectAnsweredWith(rally, [['when will the rally in calder be held', 'Sept. 8']]);
    expectAnsweredWith(news('Josiah Hale was elected mayor of Calder on July 9, at a rally by the old mill.'), [['when was josiah hale elected mayor', 'July 9']]);
    // A clause of time told in the past dates no opening to come.
    const fair = news('When the Calder guild first called for a harbor fair, the town cheered; the fair will open by the old mill.');
    expect(answerQuestion(fair, 'on what date will the calder harbor fair open').kind).toBe('no-match');
  });

  it('answers a passive "when was X V-ed" only from a dated sentence that says the event, or X undergoing something', () => {
    // A date said of the guild, but of what it did, not of its founding.
    expect(answerQuestion(besideBuses('In 1841 the Millers Guild hired Josiah Hale to run the old mill.'), 'when was the millers guild founded').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The Millers Guild was founded at the old mill in 1841.'), [['when was the millers guild founded', '1841']]);
    // "Found", the past of "find", is no founding.
    expect(answerQuestion(besideBuses('In 1841 the Millers Guild found a new home by the old mill. Its founders had long wished for one.'), 'when was the millers guild founded').kind).toBe('no-match');
    // The event in the text's own words: the guild undergoing it, dated.
    expectAnsweredWith(besideBuses('The Millers Guild was reviewed and reorganized at the old mill in 1841.'), [['when was the millers guild overhauled', '1841']]);
  });

  it('answers "when was X first V-ed" only from a dated sentence that tells a first time, not another time', () => {
    // A performance last season is no first performance.
    expect(answerQuestion(besideBuses('The Harbor Widow was performed at the Calder Opera House in 1958, to a full hall.'), 'when was the harbor widow first performed').kind).toBe('no-match');
    // Another's first time, the act said without the work, is not the work's.
    expect(answerQuestion(besideBuses('The Harbor Widow was performed at the Calder Opera House in 1958. The Calder Opera House had first performed an opera in 1858.'), 'when was the harbor widow first performed').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The Harbor Widow was first performed at the Calder Opera House in 1858, to a full hall.'), [['when was the harbor widow first performed', '1858']]);
    expectAnsweredWith(besideBuses('The Harbor Widow was performed at its Calder Opera House premiere in 1858, to a full hall.'), [['when was the harbor widow first performed', '1858']]);
    // "First" after an article asks about a first thing, which any date of it answers.
    expectAnsweredWith(besideBuses('The Harbor Widow opened the Calder Opera House in 1858, to a full hall.'), [['when did the harbor widow open the first opera house', '1858']]);
    // A first thing in the text, "the first" before another noun, is no first time of the act asked; "the first
    // landing" (the act's noun) and "the first time" are.
    expect(answerQuestion(besideBuses('The first dress rehearsal of the Harbor Widow was held at the Calder Opera House in 1858.'), 'when did the harbor widow first land at calder').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The Harbor Widow made the first landing at the Calder quay in 1858, to a full hall.'), [['when did the harbor widow first land at calder', '1858']]);
    expectAnsweredWith(besideBuses('The Harbor Widow came to the Calder quay for the first time in 1858, to a full hall.'), [['when did the harbor widow first land at calder', '1858']]);
  });

  it('answers "when did X become Y" only from a dated sentence that says Y', () => {
    expect(answerQuestion(besideBuses('In 1841 the island colony of Marro sent its first grain ship to the mainland. Its people wished to be independent of the mainland.'), 'when did marro become independent').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('In 1841 the island colony of Marro won its independence from the mainland.'), [['when did marro become independent', '1841']]);
    // "Made into" a thing is becoming it.
    expect(answerQuestion(besideBuses('In 1841 the novel Marro was printed by a mainland press. Its readers have long asked for a film of it.'), 'when was marro made into a film').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('In 1841 the novel Marro was turned into a film by a mainland studio.'), [['when was marro made into a film', '1841']]);
  });

  it('answers "where was X born" and "where did X grow up" only from a passage that says the birth or the growing up', () => {
    // Josiah Hale named, with what he did and where, but no birth: "bear witness" is "bear", and no birth.
    const named = besideBuses('Josiah Hale came to the old mill in Rowley to bear witness for the weavers of the valley.');
    expect(answerQuestion(named, 'where was josiah hale born').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('Josiah Hale was born in Rowley and came to the old mill as a weaver.'), [['where was josiah hale born', 'Rowley']]);
    // The birth said in a noun of the verb's: "birthplace".
    expectAnsweredWith(besideBuses('Rowley, the birthplace of Josiah Hale, keeps the old mill where he wove.'), [['where was josiah hale born', 'Rowley']]);
    // A phrasal verb is met by its own words, not by the verb's other senses ("turning" for "grow").
    expect(answerQuestion(besideBuses('Josiah Hale came to the old mill in Rowley, turning out cloth for the weavers of the valley.'), 'where did josiah hale grow up').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('Josiah Hale grew up in Rowley and came to the old mill as a weaver.'), [['where did josiah hale grow up', 'Rowley']]);
  });

  it('answers "where did X V in P" only from a passage that says the V, as "where did X V" is', () => {
    // Josiah Hale named in a place, but no working: the setting "in his youth" does not make the question's verb any word.
    const named = besideBuses('Josiah Hale came to the old mill in Rowley to bear witness for the miners of the valley.');
    expect(answerQuestion(named, 'where did josiah hale work in his youth').kind).toBe('no-match');
    expectAnsweredWith(besideBuses('Josiah Hale worked at the old mill in Rowley and came to the valley as a weaver.'), [['where did josiah hale work in his youth', 'Rowley']]);
  });

  it('reads "devised by" as an origin, of the thing devised and not of its maker\'s employer', () => {
    const harbour = reportOf([
      'The flood alarm relies on a float gauge devised in 1950 by Commander Hale of the River Survey staff.',
      buses,
    ]);
    // "Devised" states who first made the gauge, though the question asks who invented it.
    expectAnsweredWith(harbour, [['who invented the float gauge', 'Commander Hale']]);
    // The River Survey is named only as where its maker worked: the sentence says nothing of who founded it, nor when.
    expect(['who founded the river survey', 'when was the river survey founded'].map((question) => answerQuestion(harbour, question).kind)).toEqual(['no-match', 'no-match']);
  });

  it('answers a "how long" from a passage that gives the duration in words: "an hour and a half" is as much a duration as "90 minutes"', () => {
    const body = ['The town council approved a new library.', 'The children of the school play outdoors for an hour and a half in all weathers.', buses].join('\n\n');
    const school = buildKnowledge([{ ...REPORT, body } as KnowledgeDocument]);
    const answer = answerQuestion(school, 'how long do the children play outdoors');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('an hour and a half');
  });

  it.each([
    {
      rule: 'a number in words with a word that rounds it ("nearly one-half") is an amount; a bare number word ("One of the experts") is not',
      question: 'by how much would the experts depositions have been shortened',
      stating: 'The examiner would have shortened the depositions of the experts nearly one-half.',
      lacking: 'One of the experts read the depositions of the court aloud.',
      answer: 'nearly one-half',
    },
    {
      rule: 'the word that asks for a measure ("weigh") is met by the measure stated ("close to 200 pounds"), not by any number',
      question: 'how much does hansen weigh now',
      stating: 'The tall catcher Hansen checked in close to 200 pounds this spring.',
      lacking: 'Hansen batted third in all 12 games of the spring series.',
      answer: 'close to 200 pounds',
    },
  ])('answers a "how much" from a passage that states the amount asked in its own form: $rule', ({ question, stating, lacking, answer }) => {
    expectAnsweredWith(reportOf([stating, lacking, buses]), [[question, answer]]);
    // With the stating sentence gone, the passage left says no amount of the kind asked: declined.
    expect(answerQuestion(reportOf([lacking, buses]), question).kind).toBe('no-match');
  });

  it('counts an acronym the documents spell out as one word: "who founded the tta" names one thing, not three', () => {
    const authority = buildKnowledge([{ ...REPORT, body: `${REPORT.body}\n\nThe Town Transport Authority runs the ferry and the electric buses.` } as KnowledgeDocument]);
    expect(answerQuestion(authority, 'who founded the tta').kind).toBe('no-match');
    const answer = answerQuestion(authority, 'what does the tta run');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('Town Transport Authority');
  });

  it('counts a name of several words as one word: "rhode island" met alone is one shared word, not two', () => {
    const state = buildKnowledge([{ ...REPORT, body: `Rhode Island owns 900 cars, kept in a motor pool at Providence.\n\n${REPORT.body}` } as KnowledgeDocument]);
    // The passage on Rhode Island's cars holds the place and nothing of a speed limit (the ferry's limit is another).
    expect(answerQuestion(state, 'what is the speed limit in rhode island').kind).toBe('no-match');
    const answer = answerQuestion(state, 'how many cars does rhode island own');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('900 cars');
  });

  it('answers a question with a typo the speller takes to a word of the documents: the typo is no name', () => {
    const answer = answerQuestion(knowledge, 'how many nurses does the councill train');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('300 nurses');
  });

  it('answers a name the documents write in another form ("Europe" as "European") as fully as ranking counts it', () => {
    // Twelve passages on the county's spending make "county" common, so the name carries most of the question's weight.
    const spending = ['library', 'nurses', 'buses', 'rice', 'mill', 'teachers', 'clinics', 'trams', 'parks', 'markets', 'bridges', 'schools']
      .map((thing, at) => `The county spent ${at + 2} million dollars on ${thing} in ${2000 + at}.`);
    const county = buildKnowledge([{ ...REPORT, body: [...spending, 'The county, with a population comparable to that of a small European country, is to become a model.'].join('\n\n') } as KnowledgeDocument]);
    const answer = answerQuestion(county, 'the county has as many people as europe');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('small European country');
  });

  it('answers a question that says who asks before a colon: the asker\'s name is no topic the documents lack', () => {
    const answer = answerQuestion(knowledge, 'Priyanka asks, privately: how many nurses does the council train');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('300 nurses');
    expect(answerQuestion(knowledge, 'how many nurses does the council of priyanka train').kind).toBe('no-match');
  });

  it('answers a question whose topic words the documents hold', () => {
    const answer = answerQuestion(knowledge, 'how many nurses does the council train');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('300 nurses');
  });

  it.each([
    ['how many nurses does ohio train', 'it names a place the report never names; "nurses" and "train" do not make it about the town'],
    ['how many nurses does the county college in guangxi train', 'it names a place WordNet does not know either: a word no dictionary holds is a name'],
    ['when did the german council approve a library', 'it names a people the report never names, by the adjective WordNet writes capitalised: "German" is a name as "Germany" is'],
    ['what did the council approve in 2021', 'the report dates its approval 2019: a passage of another year does not answer for 2021'],
    ['when did the old mill become a museum', 'the passage on the mill gives no date, and "when" asks for one'],
    ['how many ducks do the farmers keep', 'the passage on the farmers holds no figure, and "how many" asks for one'],
  ])('declines "%s" (%s)', (question) => {
    const answer = answerQuestion(knowledge, question);
    expect(answer.kind).toBe('no-match');
    // The passage that shared the words is still offered, as "might be related".
    expect(answer.kind === 'no-match' && answer.related.length).toBeGreaterThan(0);
  });

  it.each([
    ['what did the council approve in 2019', 'new library'],
    ['when did the council approve the library', 'new library'],
    ['how many teachers did the school district hire', '40 teachers'],
    // "48 aboard" is no figure the extractor reads (a count with no noun), but a reader sees the number asked for.
    ['how many people were aboard the ferry', '48 aboard'],
    // The year names a plan's horizon, no event the timeline dates: it still says what year the plan looks to.
    ['what year does the transport plan look ahead to', 'Vision for 2040'],
  ])('answers "%s" from the passage that holds the year or fact asked for', (question, expected) => {
    const answer = answerQuestion(knowledge, question);
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain(expected);
  });

  it('answers a question of a year from a passage that writes the year in words, and not of another year', () => {
    // A writer spells out a year that opens a sentence: "1958" asked is met by "Nineteen fifty-eight", as by its digits.
    const mill = reportOf(['Nineteen fifty-eight was a hard year for the harbor club, which rebuilt the old mill.', buses]);
    expectAnsweredWith(mill, [['how did the harbor club do in 1958', 'Nineteen fifty-eight']]);
    expect(answerQuestion(mill, 'how did the harbor club do in 1957').kind).toBe('no-match');
    expect(answerQuestion(reportOf(['Nineteen members of the harbor club rebuilt the old mill.', buses]), 'how did the harbor club do in 1958').kind).toBe('no-match');
  });

  it('answers "where is X" only from a passage that names a place about X, not one that names X with a firm and its hours', () => {
    const question = 'where is the weaving museum';
    expectAnsweredWith(reportOf(['The weaving museum stands in the old mill by the bridge.', buses]), [[question, 'in the old mill']]);
    expectAnsweredWith(reportOf(['The weaving museum moved to Savannah after the flood.', buses]), [[question, 'to Savannah']]);
    expectAnsweredWith(reportOf(['The weaving museum is run by the harbor club, at Port Dover.', buses]), [[question, 'at Port Dover']]);
    // A place's noun capitalised after a name English does not know.
    expectAnsweredWith(reportOf(['The weaving museum, Lunan Street, Luqiao District, opens every weekend.', buses]), [[question, 'Luqiao District']]);
    // The museum named, with who runs it and when it opens: no place.
    expect(answerQuestion(reportOf(['The weaving museum, run by Martha Greene, opens every weekend.', buses]), question).kind).toBe('no-match');
  });

  it('answers "where is X" of two words only from a sentence naming X by both, or going on about it, not one naming a thing by one of them', () => {
    const question = 'where is the weaving museum';
    // Another museum: the sentence with the place names a museum, not the weaving museum.
    const another = reportOf(['The harbor club teaches weaving every weekend. Its members also keep a museum at Port Dover.', buses]);
    expect(answerQuestion(another, question).kind).toBe('no-match');
    expectAnsweredWith(reportOf(['The weaving museum opened last spring. It stands in the old mill by the bridge.', buses]), [[question, 'in the old mill']]);
  });

  it('answers "where is the N of X" only from a sentence naming the N, not one placing X\'s other doings', () => {
    const question = 'where is the office of the harbor club';
    // The club's dinner has a place; its office none.
    const dinner = reportOf(['The office of the harbor club sends out the notices. The harbor club holds its dinner at Port Dover.', buses]);
    expect(answerQuestion(dinner, question).kind).toBe('no-match');
    expectAnsweredWith(reportOf(['The office of the harbor club is at Port Dover, by the ferry.', buses]), [[question, 'at Port Dover']]);
  });

  it('answers "where was X V-ed" only from a sentence saying the event with a place, not one placing another doing', () => {
    const question = 'where was the harbor bell tested';
    // The testing is said, and a place in the next sentence: the makers' shop, not the testing's place.
    const shop = reportOf(['The harbor bell was tested twice last spring. Its makers keep a shop at Port Dover.', buses]);
    expect(answerQuestion(shop, question).kind).toBe('no-match');
    expectAnsweredWith(reportOf(['The harbor bell was tested twice last spring at Port Dover.', buses]), [[question, 'at Port Dover']]);
  });

  it('answers "what year" only from a passage that gives a year, not one that tells when by a clause of time or a century', () => {
    const question = 'what year did the harbor club rebuild the old mill';
    const byClause = reportOf(['When the flood had passed, the harbor club rebuilt the old mill.', buses]);
    expectAnsweredWith(reportOf(['The harbor club rebuilt the old mill in 1958.', buses]), [[question, 'in 1958']]);
    expect(answerQuestion(byClause, question).kind).toBe('no-match');
    expect(answerQuestion(reportOf(['Late in the nineteenth century the harbor club rebuilt the old mill.', buses]), question).kind).toBe('no-match');
    // A "when" asks no year: the clause of time tells it.
    expectAnsweredWith(byClause, [['when did the harbor club rebuild the old mill', 'When the flood']]);
  });

  it('answers "when was X founded" from a passage that tells the founding, not one that says "find" ("founded" is no "found" of "find")', () => {
    const question = 'when was the harbor club founded';
    expectAnsweredWith(reportOf(['The harbor club was founded in 1921 by the ferry crew.', buses]), [[question, 'founded in 1921']]);
    // With "findings" and no "founded" in the documents, the search takes "founded" for "find" ("found").
    const findings = 'The council sent its findings on the ferry to the harbor board.';
    expect(answerQuestion(reportOf(['The harbor club will find the mill too dear when the fares fall.', findings, buses]), question).kind).toBe('no-match');
  });

  it('answers "what is the oldest N" only from a passage that ranks N by age, not one that names an old N; a rank of an idea in any words', () => {
    const question = 'what is the oldest covered bridge in the county';
    expectAnsweredWith(reportOf(['The Mill River bridge is the oldest covered bridge in the county, built of oak.', buses]), [[question, 'the oldest covered bridge']]);
    expectAnsweredWith(reportOf(['No covered bridge in the county is older than the Mill River bridge, built of oak.', buses]), [[question, 'older than']]);
    // The bridge named old, and another first: no rank of bridges by age.
    const named = reportOf(['The old covered bridge over the Mill River carries the first county road, built of oak.', buses]);
    expect(answerQuestion(named, question).kind).toBe('no-match');
    // A comparative with no one compared ranks nothing: an older road is not the oldest bridge.
    expect(answerQuestion(reportOf(['The covered bridge over the Mill River carries an older county road, built of oak.', buses]), question).kind).toBe('no-match');
    // A factor is no thing one can point at: the passage says which one weighs most in words of its own.
    expectAnsweredWith(reportOf(['For county rents next year, the question, as always, is the supply of new houses.', buses]), [['what is the biggest factor for county rents next year', 'the supply of new houses']]);
  });

  it('judges English questions on an English document that quotes a Chinese name', () => {
    // A translated essay's notes give an author's name in Chinese: its questions are still English questions on English words.
    const quoting = buildKnowledge([{ ...REPORT, body: `${REPORT.body}\n\nThe museum guide was written by Wang Ming (王明).` } as KnowledgeDocument]);
    expect(answerQuestion(quoting, 'what is the capital of australia').kind).toBe('no-match');
    expect(answerQuestion(quoting, 'how many nurses does the council train').kind).toBe('answer');
  });

  it('never abstains with minCoverage 0', () => {
    const answer = answerQuestion(knowledge, 'what is the capital of australia', { answer: { abstain: { minCoverage: 0 } } });
    expect(answer.kind).toBe('answer');
  });
});

describe('answerQuestion for a value said in another form', () => {
  it('answers "how much money was bet at the regatta" from the sum stated, which writes no "money"', () => {
    const question = 'how much money was bet at the regatta';
    const council = 'The council spent its money on the new pier.';
    expectAnsweredWith(reportOf([council, '## Regatta Day', 'A crowd of 3,000 bet $12,500 on the races.']), [[question, 'bet $12,500']]);
    // A bet with no sum says nothing of how much.
    expect(answerQuestion(reportOf([council, '## Regatta Day', 'A crowd of 3,000 bet heavily on the races.']), question).kind).toBe('no-match');
  });

  it('answers "how much bigger are the harbor club\'s new sailboats" from a multiple in words, not from "bigger" alone', () => {
    const question = "how much bigger are the harbor club's new sailboats";
    const bought = 'The harbor club bought new sailboats last spring.';
    expectAnsweredWith(reportOf([`${bought} They are half again the size of the old dinghies.`]), [[question, 'half again the size']]);
    expect(answerQuestion(reportOf([`${bought} They are bigger and faster than the old dinghies.`]), question).kind).toBe('no-match');
  });

  it('answers "how long is the harbor ferry crossing" from a run of sentences going on about the ferry in pronouns, not from one about another thing', () => {
    const question = 'how long is the harbor ferry crossing';
    const crosses = 'The harbor ferry crosses to the island in the morning.';
    expectAnsweredWith(reportOf([`${crosses} It leaves from the old pier by the mill. It takes about forty minutes in calm weather.`]), [[question, 'forty minutes']]);
    // The run is broken by a sentence about the island: the minutes are the keeper's walk.
    expect(answerQuestion(reportOf([`${crosses} The island keeps a lighthouse. Its keeper walks about forty minutes to town.`]), question).kind).toBe('no-match');
  });

  it('answers "how fast does the sonar pulse travel through sea water" from a speed in metres a second', () => {
    expectAnsweredWith(reportOf(['The sonar pulse travels through sea water at about 1500 meters per second.']), [['how fast does the sonar pulse travel through sea water', '1500 meters per second']]);
  });

  it('answers "how high should X be" from the height said "high enough" for what it serves, not from "too high" alone', () => {
    expectAnsweredWith(besideBuses('Keep the grill high enough above the coals so that dripping fat cannot flare up into the meat.'), [['how high should the grill be above the coals', 'high enough']]);
    expectAnsweredWith(besideBuses('The grill sits too high above the coals to sear a steak, so lower it.'), [['how high should the grill be above the coals', 'too high']]);
    // No clause says what the height is enough for, nor what it is too high for: no height told.
    expect(answerQuestion(besideBuses('Lower the grill over the coals if it is too high, and sprinkle ashes on them.'), 'how high should the grill be above the coals').kind).toBe('no-match');
  });

  it('answers "how old is X" from X said to be as old as another thing, not from "as old as" after a participle', () => {
    expectAnsweredWith(besideBuses('The bell tower of the abbey is nearly as old as the first church built on the hill.'), [['how old is the bell tower', 'as old as the first church']]);
    // "Kept as old as" says how the tower is kept, not how old it is.
    expect(answerQuestion(besideBuses('The bell tower of the abbey was kept as old as the monks could manage.'), 'how old is the bell tower').kind).toBe('no-match');
  });

  it('answers "how long is X" from a length or a time said of X, or X said a share as long as another', () => {
    const river = (...sentences: string[]) => reportOf([...sentences, buses]);
    expectAnsweredWith(river('The Ouse River runs some 140 miles from the moors to the Humber.'), [['how long is the ouse river', '140 miles']]);
    expectAnsweredWith(river('Its great novel is often compared to the Ouse River saga of the north. About one-third as long, it is more concise.'), [['how long is the ouse river saga', 'one-third as long']]);
  });

  it('declines "how long is X" where a number only stands for X', () => {
    // The 4 stands for the river in a diagram: a number, no length.
    const river = reportOf(['For the rivers, the 4 represented the Tees, and the 6, the Ouse River in the north.', buses]);
    expect(answerQuestion(river, 'how long is the ouse river').kind).toBe('no-match');
  });

  it('answers "when was X first V-ed" from the earliest time said ("as early as the 6th century B.C.")', () => {
    const sky = reportOf(['As early as the 6th century B.C. the earth was seen to be spherical by sailors.', buses]);
    expectAnsweredWith(sky, [['when was the earth first seen to be a sphere', '6th century B.C.']]);
  });

  it('answers "when does X meet" from the day it is scheduled for, not from "today" alone', () => {
    expectAnsweredWith(besideBuses('The harbor board session scheduled for today will meet in the old customs house.'), [['when does the harbor board session meet', 'scheduled for today']]);
    expect(answerQuestion(besideBuses('The harbor board session will meet in the old customs house, as boards do today.'), 'when does the harbor board session meet').kind).toBe('no-match');
  });
  it('answers who did an act the documents never tell only from a sentence naming the whole of what it was done to', () => {
    const pageant = reportOf([
      'This is a contest of the State Queen Pageant, held each autumn in the old armory. Governor John Notte proclaimed Valley Queen Week for the whole state.',
      'The patents committee of Hanch, Dale and Smith met monthly in Detroit to settle the claims of the members.',
    ]);
    // Nothing says anyone won: the governor is named beside a state and a queen, not with the pageant.
    expect(answerQuestion(pageant, 'who won the state queen pageant').kind).toBe('no-match');
    // Nothing says anyone sat either, but the committee is named whole with its members.
    expectAnsweredWith(pageant, [['who sat on the patents committee', 'Hanch, Dale and Smith']]);
  });
  it('reads an irregular form of an English word as that word, not as a look-alike the documents hold ("sank" is no "San")', () => {
    const harbor = reportOf(['The schooner beat its way into the wind on a tack toward San Clemente, where the fishermen waited.', buses]);
    const sank = answerQuestion(harbor, 'what was the schooner carrying when it sank');
    // Only the schooner is met: nothing says it sank, nor what it carried.
    expect(sank.kind).toBe('no-match');
  });
  it('offers a declined question as "did you mean" with its words read as the search read them: a misspelling corrected, an irregular form not ("sank" is no "San")', () => {
    const harbor = reportOf(['The schooner beat its way into the wind on a tack toward San Clemente, where the fishermen waited.', buses]);
    const sank = answerQuestion(harbor, 'what was the schoonr carrying when it sank');
    expect(sank.kind === 'no-match' && sank.suggestions[0]).toBe('schooner carrying sank');
  });
  it('answers a question fixed at the present ("today") only from a passage that speaks of its own present', () => {
    const question = 'how many provinces does the empire have today';
    // Another time's count: the Han dynasty's provinces are not the empire's today.
    expect(answerQuestion(besideBuses('During the Han dynasty the empire was divided into nine provinces, each with its own governor.'), question).kind).toBe('no-match');
    // A "now" said of another thing than the provinces is no present of theirs.
    expect(answerQuestion(besideBuses('During the Han dynasty the empire was divided into nine provinces. Farmers along the river now grow rice.'), question).kind).toBe('no-match');
    expectAnsweredWith(besideBuses('The empire is now divided into twelve provinces, each with its own governor.'), [[question, 'twelve provinces']]);
  });
});

describe('answerQuestion of a question set in a place ("in italy")', () => {
  // A travel guide naming Italy and Spain: its rental ages are said of Europe at large and of Spain.
  const guide = reportOf([
    'You must be at least twenty-one years old to rent a car from most agencies in Europe.',
    'In Spain you must be twenty-three years old to rent a car, and carry an international permit.',
    'Italy has the lowest rental fees in Europe, and Fiats of every size are easy to find there.',
    'Gasoline costs more than at home, and the roads of the south are narrow.',
    'The horses ran on a fast track before a crowd that had come down from Baltimore to Bowie for the holiday.',
    'The crowd of 8,280 bet $842,617 on the card, a record for the meeting.',
  ]);

  it('declines it where the passage holding the rest names another place or none: Europe at large says nothing of Italy', () => {
    expect(answerQuestion(guide, 'how old do you have to be to rent a car in italy').kind).toBe('no-match');
    expectAnsweredWith(guide, [['how old do you have to be to rent a car in spain', 'twenty-three years old']]);
  });

  it('still answers one whose "at" names a person in WordNet ("bet at bowie"), where the passage goes on about the meeting there', () => {
    expectAnsweredWith(guide, [['how much money was bet at bowie', '$842,617']]);
  });
});

describe('answerQuestion of a phrasal verb the documents never write', () => {
  // Workers and insurance are in half the passages each: the question's rare word the documents lack weighs the most.
  const benefits = reportOf([
    'Many firms now ask workers to share the premiums of their group insurance, which they value more once they pay part of it.',
    'Insurance: have the accounting department break down the cost of the plan before you renew it.',
    'Insurance that pays only upon death is seldom what an employee wants most.',
    'Review the insurance of the company cars each spring.',
    'Workers on the night shift get a hot meal at the plant.',
    'Uniforms for the bowling team benefit only a few workers.',
    'Bereavement leave for workers should be limited to three days and to near relatives.',
    'A company newsletter printed in two colours costs twice as much as one in black.',
  ]);

  it('answers a question whose verb is a phrasal verb made of a noun ("chip in"): what it asks about is in the documents\' words', () => {
    expectAnsweredWith(benefits, [['should workers chip in for insurance', 'share the premiums']]);
  });

  it('still declines a question whose noun the documents lack names the thing asked ("chess opening", "wine stain")', () => {
    // Judged at the coverage bar the fixture was written against (0.4): at 0.35 or 0.33 it is answered.
    for (const question of ['what is a good chess opening for workers', 'how do workers remove a wine stain from uniforms']) expect(answerQuestion(benefits, question, BAR_04).kind).toBe('no-match');
  });
});
