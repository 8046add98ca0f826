/**
 * `npx tsx bench/scale-misses.ts [--sizes 5000] [--examples 5]`: why docent misses the source passage of a
 * known-item query of the scale bench (the same bases and the same 1,000 queries as `scale.ts`, seed 13). Each
 * miss is one of: refused with no content word (every word a stop word), refused because no passage meets a typed
 * word, refused by the coverage rule (`abstain.ts`), the source not among the retrieval candidates
 * (`rank.candidates`, by BM25 on content stems), or ranked below the top 10. A refused query also says whether its
 * source was among the candidates, so the rule that refused it is seen apart from retrieval. Printed by kind of
 * query (window, typo, common words only), with a few examples of each cause.
 */
import { answerQuestion } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { parseQuery } from '../src/core/search/query.ts';
import { rankPassages } from '../src/core/search/rank.ts';
import { ensureLargeCorpus } from './corpus.ts';
import { seededRandom } from './random.ts';
import { scaleInputs } from './scale-corpus.ts';
import { drawQueries, findsSource, sameTextGroups, DEFAULT_QUERY_DRAW, type KnownItemQuery } from './scale-queries.ts';

/** The scale bench's seed (bench/run.ts): the same bases and queries. */
const SEED = 13;
const TOP = 10;

/** What became of a query. */
type Outcome =
  | 'hit'
  | 'refused: no content word'
  | 'refused: no passage meets a typed word'
  | 'refused: coverage'
  | 'source not among candidates'
  | 'ranked below 10';

/** What became of one query, and whether its source was among the candidates. */
function classifyQuery(knowledge: Knowledge, query: KnownItemQuery, sameText: ReadonlyMap<string, ReadonlySet<string>>): { outcome: Outcome; sourceAmongCandidates: boolean } {
  const parsed = parseQuery(query.text, knowledge.index, knowledge.lexicon, knowledge.options.search);
  const evidence = { hasFigure: (id: string) => knowledge.figuresByPassage.has(id), hasDate: (id: string) => knowledge.timelineByPassage.has(id) };
  const candidates = rankPassages(knowledge.index, parsed, evidence, Number.MAX_SAFE_INTEGER, knowledge.lexicon, knowledge.options).map((result) => result.passage.id);
  const sourceAmongCandidates = findsSource(candidates, query, sameText, candidates.length);
  const answer = answerQuestion(knowledge, query.text, { limit: TOP });
  if (answer.kind === 'answer') {
    const ids = answer.results.map((result) => result.passage.id);
    if (findsSource(ids, query, sameText, TOP)) return { outcome: 'hit', sourceAmongCandidates };
    return { outcome: sourceAmongCandidates ? 'ranked below 10' : 'source not among candidates', sourceAmongCandidates };
  }
  if (parsed.terms.length === 0) return { outcome: 'refused: no content word', sourceAmongCandidates };
  if (answer.kind === 'no-match' && answer.related.length === 0) return { outcome: 'refused: no passage meets a typed word', sourceAmongCandidates };
  return { outcome: 'refused: coverage', sourceAmongCandidates };
}

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : (process.argv[at + 1] ?? fallback);
}

async function main(): Promise<void> {
  const sizes = argument('--sizes', '5000').split(',').map(Number);
  const examples = Number(argument('--examples', '5'));
  const { documents } = await readKnowledgeDir(await ensureLargeCorpus());
  for (const input of scaleInputs(documents, sizes, seededRandom(SEED))) {
    const queries = drawQueries(input.passages, seededRandom(SEED + input.passages.length), DEFAULT_QUERY_DRAW);
    const knowledge = buildKnowledge(input.documents);
    const sameText = sameTextGroups(input.passages);
    const counts = new Map<string, number>();
    const shown = new Map<string, string[]>();
    const kinds = new Map<string, number>();
    for (const query of queries) {
      const { outcome, sourceAmongCandidates } = classifyQuery(knowledge, query, sameText);
      const key = `${outcome}${outcome.startsWith('refused') ? (sourceAmongCandidates ? ' (source among candidates)' : ' (source not among candidates)') : ''}`;
      kinds.set(query.kind, (kinds.get(query.kind) ?? 0) + 1);
      counts.set(`${query.kind}\t${key}`, (counts.get(`${query.kind}\t${key}`) ?? 0) + 1);
      const list = shown.get(key) ?? [];
      if (outcome !== 'hit' && list.length < examples) list.push(`${query.kind}: "${query.text}"`);
      shown.set(key, list);
    }
    console.log(`\n${input.name} (${input.passages.length.toLocaleString('en-US')} passages), ${queries.length} queries`);
    const keys = [...new Set([...counts.keys()].map((key) => key.split('\t')[1] ?? ''))].sort();
    const kindNames = [...kinds.keys()].sort();
    console.log(['outcome', ...kindNames.map((kind) => `${kind} (${kinds.get(kind)})`), 'all'].join(' | '));
    for (const key of keys) {
      const perKind = kindNames.map((kind) => counts.get(`${kind}\t${key}`) ?? 0);
      console.log([key, ...perKind.map(String), String(perKind.reduce((sum, count) => sum + count, 0))].join(' | '));
    }
    for (const key of keys) for (const line of shown.get(key) ?? []) console.log(`  ${key} — ${line}`);
  }
}

if (process.argv[1]?.endsWith("scale-misses.ts")) await main();
