import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measuresAskedFor, statesMeasure, type Measure } from '../../../src/core/search/measure.ts';

/** The phrases as they were tried before perf69, every one at every question, in this order: the oracle. */
const ASKED_PLAINLY: readonly (readonly [RegExp, readonly Measure[]])[] = [
  [/\bhow tall\b/, ['height']],
  [/\bhow (?:far|high|deep|wide|low)\b/, ['length']],
  [/\bhow long\b.*\b(?:take|takes|took|taking|last|lasts|lasted)\b/, ['duration']],
  [/\bhow long\b/, ['length', 'duration']],
  [/\bhow old\b/, ['age', 'duration']],
  [/^how much (?:money )?(?:do|does|did|would|will|is|was|were|are|has|have|had|should|could|can)\b.*\b(?:cost|pay|paid|paying|spend|spent|spending|charge|charged|charging|worth|pledged?|pledging|donated?|donating|earn(?:s|ed|ing)?|invest(?:s|ed|ing)?|lend(?:s|ing)?|lent|borrow(?:s|ed|ing)?|owed?|owing)\b/, ['money']],
  [/^what (?:do|does|did|would|will|is|was|were|are)\b.*\b(?:cost|worth)\b|^what (?:do|does)\b.*\bearns?\b|^what (?:do|does|did|would|will)\b.*\b(?:get|got|be) paid\b(?! (?:for|with|in)$)/, ['money']],
  [/^what(?:'s| is| was| are| were)? (?:the )?(?:average )?(?:price|cost|salary|wage|fee)s?\b/, ['money']],
  [/\bhow (?:heavy|light)\b|\bweigh(?:s|ed|t)?\b/, ['weight']],
  [/\bhow fast\b/, ['speed', 'duration']],
  [/\bhow (?:hot|cold|warm)\b/, ['temperature']],
  [/^(?:at |to )?what(?:'s| is| was| are| were)? (?:the )?(?:height|length|depth|width|distance|range)\b/, ['length']],
  [/^(?:at |to )?what(?:'s| is| was| are| were)? (?:the )?speed\b/, ['speed']],
  [/^(?:at |to )?what(?:'s| is| was| are| were)? (?:the )?temperature\b/, ['temperature']],
  [/^(?:at |by )?what time\b(?! zones?\b| of\b)/, ['clock']],
];
const measuresAskedPlainly = (question: string) => ASKED_PLAINLY.find(([phrase]) => phrase.test(question.toLowerCase()))?.[1] ?? [];

/** Words of the phrases and words holding theirs ("somehow", "whatever", "overweight"), to be put together at random. */
const PIECES = ['how', 'what', 'at', 'to', 'by', 'the', 'is', "'s", 'does', 'did', 'much', 'money', 'tall', 'far', 'long', 'old', 'take', 'last', 'cost', 'paid', 'get', 'for', 'earns', 'weigh', 'weight', 'heavy', 'fast', 'hot', 'price', 'average', 'range', 'speed', 'temperature', 'time', 'zone', 'of', 'somehow', 'whatever', 'overweight', 'How', 'WHAT'];

describe('measuresAskedFor', () => {
  it('asks for the measures the phrases tried in order asked for, skipping those whose word is missing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', '', '-')), { maxLength: 10 }), (pieces) => {
        const question = pieces.map(([piece, separator]) => piece + separator).join('');
        expect(measuresAskedFor(question)).toEqual(measuresAskedPlainly(question));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['how far did he hit the ball', ['length']],
    ['how high above the water was the arch', ['length']],
    ['how tall is the dome of the church', ['height']],
    ['how long was the game', ['length', 'duration']],
    // What takes or lasts takes a time, never a length.
    ['how long does it take to build a campground', ['duration']],
    ['how long does a patent last', ['duration']],
    ['how old was she when she started', ['age', 'duration']],
    ['how much does the shortstop weigh now', ['weight']],
    ['how many games did they lose', []],
    ['how much did the bridge cost', ['money']],
    ['what is the price of gold today', ['money']],
    ['how much was william coombs paid', ['money']],
    ['how much should a new member pledge to the church budget', ['money']],
    ['how much does a harbor pilot earn', ['money']],
    ['how much did the founders invest', ['money']],
    // A share asked ("6 per cent") and a payment told in words ("a nominal royalty") are no price asked.
    ['how much commission does a realtor charge on a sale', []],
    ['what did pool members pay to use one another\'s inventions', []],
    ['how much would it cost to develop high thrust-to-weight engines', ['money']],
    ['what time does the april 30 ceremony start', ['clock']],
    ['at what time did the band meet', ['clock']],
    ['what time zone is beijing in', []],
    ['what time of year do pansies bloom', []],
    // A salary or a fee is a price of work.
    ['what is the salary of a department chairman', ['money']],
    ['what are the fees of the harbor pilots', ['money']],
    // What one earns or is paid, asked with "what", is a wage; "what did he earn" may be a medal, "what was he paid for" a service.
    ['what does a harbor pilot earn as a deckhand', ['money']],
    ['what does a county agent get paid', ['money']],
    ['what did the harbor pilot get paid for the tow', ['money']],
    ['what did the harbor pilot earn at anzio', []],
    ['what will the harbor pilot get paid for', []],
  ])('reads "%s" as asking for %j', (question, measures) => {
    expect(measuresAskedFor(question)).toEqual(measures);
  });
});

describe('statesMeasure', () => {
  it.each([
    ['a blast off the fence 375 feet deep into left', ['length'], true],
    ['the 2-hour-and-27-minute contest', ['duration'], true],
    ['the crossing took eighteen weeks, and he was sick a month of it', ['duration'], true],
    ['the 22-year-old shortstop', ['age'], true],
    ['checked in close to 200 pounds', ['weight'], true],
    // "A couple of" is an amount, as "a few" is.
    ['a crisis erupted in the province for a couple of days this month', ['duration'], true],
    // "One day" opening a clause tells when a story's act happened, no length of time; "for one day", "one day a week" do.
    ['One day he followed the town band to a picnic', ['duration'], false],
    ['Hwang Pah, one day going up Mount Tien Tai, met with a monk', ['duration'], false],
    ['the fair lasted for one day', ['duration'], true],
    ['we set aside one day a week for the teen-agers', ['duration'], true],
    ['paid $7.20 straight in the $4,500 purse', ['length', 'duration'], false],
    ['five batters faced him in the sixth', ['length'], false],
    ['Oilcloth only costs about 79-cents a yard', ['money'], true],
    ['Sir Edward paid forty pounds', ['money'], true],
    // A share is no sum, though "cent" names a coin.
    ['nearly 40 per cent of those who joined were lost', ['money'], false],
    ['keep 85 to 90 per-cent of their new members', ['money'], false],
    ['at the rate of $.07 per mile', ['money'], true],
    ['it would cost perhaps a billion dollars', ['money'], true],
    ['the pool takes eight years to pay off in nine feet of water', ['money'], false],
    // A height in feet or storeys, not in the miles of a distance travelled.
    ['The highest waves, 55 feet, occurred at Pololu Valley', ['height'], true],
    ['a 12-story office building', ['height'], true],
    ['Traveling through the South -- over 16,000 miles -- with two Great Danes', ['height'], false],
    ['when the temperature is close to 50-degrees', ['temperature'], true],
    ['cooled to 42 degrees', ['temperature'], true],
    // A time of day on the clock, with its half of the day, in hours, or as noon; not a day, a count nor the word "time".
    ['the Juniors Class at Westminster was held at 4:45 p.m.', ['clock'], true],
    ['By 3:00 A.M. they reached his house', ['clock'], true],
    ["At 6 o'clock on the morning of August 12", ['clock'], true],
    ['he took off on the dot of seven', ['clock'], true],
    ['meet at my hotel at noon on Sunday', ['clock'], true],
    ['Others meet on Sunday night, at the mid-week service', ['clock'], false],
    ['At one time about 10,000 people lived there', ['clock'], false],
    ['the Sunday school hour to be the most practical time', ['clock'], false],
  ])('in "%s", a measure of %j: %s', (text, measures, expected) => {
    expect(statesMeasure(text, measures as Parameters<typeof statesMeasure>[1])).toBe(expected);
  });
});
