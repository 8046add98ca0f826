import { resolve } from 'node:path';
import { readKnowledgeDir } from './core/documents/load.ts';
import { loadConfigOrExplain } from './env.ts';

/** `npm run validate`: lints the knowledge directory with the reload's own loader; non-zero on any problem. */
async function main(): Promise<number> {
  const config = await loadConfigOrExplain();
  if (config === null) return 2;
  const dir = resolve(config.KNOWLEDGE_DIR);
  const { documents, problems, warnings } = await readKnowledgeDir(dir);
  // Problems keep a file out; warnings (keys not read, other file types, skipped folders) do not.
  // Both in file order, then line order, as an editor lists them.
  const reports = [
    ...problems.map((problem) => ({ ...problem, level: 'problem' })),
    ...warnings.map((warning) => ({ ...warning, level: 'warning' })),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  for (const report of reports) {
    process.stdout.write(`${report.file}${report.line === undefined ? '' : `:${report.line}`}: ${report.level}: ${report.message}\n`);
  }
  process.stdout.write(`${documents.length} document(s) valid, ${problems.length} problem(s), ${warnings.length} warning(s) in ${dir}\n`);
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
