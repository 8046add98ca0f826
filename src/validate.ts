import { resolve } from 'node:path';
import { readKnowledgeDir } from './core/documents/load.ts';
import { loadConfigOrExplain } from './env.ts';

/** `npm run validate`: lints the knowledge directory with the reload's own loader; non-zero on any problem. */
async function main(): Promise<number> {
  const config = await loadConfigOrExplain();
  if (config === null) return 2;
  const dir = resolve(config.KNOWLEDGE_DIR);
  const { documents, problems } = await readKnowledgeDir(dir);
  for (const problem of problems) {
    process.stdout.write(`${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}\n`);
  }
  process.stdout.write(`${documents.length} document(s) valid, ${problems.length} problem(s) in ${dir}\n`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`validate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
