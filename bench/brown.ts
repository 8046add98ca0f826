/**
 * Turns a Brown corpus file ("The/at jury/nn said/vbd ./.") back into prose. In the files a blank
 * line ends a paragraph, a tab starts one, and a line whose every token is tagged `-hl` is a headline.
 */
export function brownToProse(tagged: string): string {
  const out: string[] = [];
  for (const block of tagged.split(/\n\s*\n/)) {
    const sentences: string[][] = [];
    for (const line of block.split('\n')) {
      const tokens = line.trim().split(/\s+/).filter((token) => token.length > 0).map(splitTag);
      if (tokens.length === 0) continue;
      if (tokens.every((token) => token.tag.endsWith('-hl'))) {
        // A headline stands apart as a markdown heading, so docent reads it as the section title.
        if (sentences.length > 0) out.push(joinWords(sentences.splice(0).flat()));
        out.push(`## ${joinWords(tokens.map((token) => token.word))}`);
      } else {
        sentences.push(tokens.map((token) => token.word));
      }
    }
    if (sentences.length > 0) out.push(joinWords(sentences.flat()));
  }
  return `${out.join('\n\n')}\n`;
}

function splitTag(token: string): { word: string; tag: string } {
  const slash = token.lastIndexOf('/');
  return slash <= 0 ? { word: token, tag: '' } : { word: token.slice(0, slash), tag: token.slice(slash + 1) };
}

/** Joins tokens with spaces, then glues punctuation and the corpus's `` '' quotes back to their words. */
function joinWords(words: readonly string[]): string {
  return words
    .map((word) => (word === '``' ? '“' : word === "''" ? '”' : word))
    .join(' ')
    .replace(/ ([.,;:!?)\]”])/g, '$1')
    .replace(/([(\[“]) /g, '$1');
}
