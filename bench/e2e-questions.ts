/**
 * What the end-to-end load asks: questions about the article as a reader would put them (some
 * misspelt), and a small document whose answer changes between two editions while /reload runs.
 */
export const ARTICLE_QUESTIONS: readonly string[] = [
  'how many civil disputes has fengqiao mediated',
  'what is the common prosperity demonstration zone',
  'how big is the income gap between urban and rural residents in zhejiang',
  "how long have rural residents' incomes ranked first",
  'what is the per capita disposable income of zhejiang',
  'how does zhejiang expand the middle income group',
  'what is the mountain and sea cooperation project',
  'how does the digital economy drive growth',
  'what does the plan say about public services equalization',
  'which private enterprises are mentioned, like wahaha',
  'how is ecological civilization part of the plan',
  'what is the fengqiao experience',
  'when was the demonstration zone opinion issued',
  'what are the four strategic positions',
  'what share of the population is rural',
  "is zhejiang's population as big as a european country's",
  'zhejaing rurl incom',
  'prosperty demonstraton zone goals for 2025',
  'what will happen by 2035',
  'how are grassroots governance and social harmony improved',
];

/** Asked about the beacon document; every answer quotes its one paragraph, colour included. */
export const BEACON_QUESTIONS: readonly string[] = [
  'what colour is the harbour beacon',
  'harbour beacon paint colour',
  'which way do boats keep the harbour beacon',
];

export const BEACON_FILE = 'beacon.md';

/** The two editions: the quote (its colour) and the citation (its title) tell which one a reply came from. */
export const EDITIONS = [
  { name: 'A', colour: 'blue' },
  { name: 'B', colour: 'green' },
] as const;

export type Edition = (typeof EDITIONS)[number];

export function beaconDocument(edition: Edition): string {
  return `---\ntitle: Harbour guide, edition ${edition.name}\n---\nThe harbour beacon is painted ${edition.colour}. Boats keep the beacon to port when they enter.\n`;
}

/** The edition a reply's quote and its citation each come from (null when the reply shows none). */
export function editionsOf(description: string, footer: string): { quote: string | null; citation: string | null } {
  // Matched words are bold in the quote ("**painted** blue"), so markup may stand between the two.
  const colour = /painted\W{0,6}(blue|green)\b/.exec(description)?.[1] ?? null;
  return {
    quote: EDITIONS.find((edition) => edition.colour === colour)?.name ?? null,
    citation: /Harbour guide, edition ([AB])\b/.exec(footer)?.[1] ?? null,
  };
}
