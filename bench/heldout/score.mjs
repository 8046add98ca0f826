#!/usr/bin/env node
// Scores the held-out gold sets beside this script with ../shared/eval/score.mjs (which joins --gold with its
// own folder, so the path is made relative to it), each document alone in a temporary knowledge folder.
//   node bench/heldout/score.mjs [name] [figures|timeline]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`bench/heldout: ${scorer} is absent; the scorer lives in shared/ beside the repository`);
  process.exit(2);
}
const [onlyName, onlyWhat] = process.argv.slice(2);
const names = readdirSync(here).filter((name) => statSync(join(here, name)).isDirectory() && (!onlyName || name === onlyName));
for (const name of names) {
  const knowledge = mkdtempSync(join(tmpdir(), `heldout-${name}-`));
  try {
    copyFileSync(join(here, name, `${name}.txt`), join(knowledge, `${name}.txt`));
    // A folder written for questions alone (no figures.json or timeline.json) has nothing for the scorer.
    for (const what of (onlyWhat ? [onlyWhat] : ['figures', 'timeline']).filter((file) => existsSync(join(here, name, `${file}.json`)))) {
      const gold = relative(dirname(scorer), join(here, name));
      const run = spawnSync('node', [scorer, what, '--gold', gold], { cwd: root, env: { ...process.env, KNOWLEDGE_DIR: knowledge }, encoding: 'utf8' });
      const lines = run.stdout.trim().split('\n');
      console.log(`${name} ${lines.at(-1)}`);
      if (process.env.VERBOSE) console.log(lines.slice(0, -1).join('\n'));
    }
  } finally {
    // Every set is scored on every pass: a folder left behind each time filled /tmp with thousands.
    rmSync(knowledge, { recursive: true, force: true });
  }
}
