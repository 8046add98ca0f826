import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePacedRounds } from './e2e.ts';
const prof = process.argv[2] === 'prof';
const root = await mkdtemp(join(tmpdir(), 'paced-'));
const dir = join(root, 'article');
await cp(process.argv[3] || fileURLToPath(new URL('../knowledge/', import.meta.url)), dir, { recursive: true });
if (prof) await mkdir(join(root, 'prof'));
const r = await measurePacedRounds(dir, { warmup: 500, inFlight: 32, pacedRate: Number(process.argv[4] ?? 400), pacedRounds: 10, pacedSeconds: 1.5 }, prof ? join(root, 'prof') : undefined);
console.log('p99:', r.rounds.map((x) => x.p99Ms.toFixed(1)).join(' '), ' p50:', r.rounds.map((x) => x.p50Ms.toFixed(1)).join(' '), ' under 20:', r.rounds.filter((x) => x.p99Ms < 20).length, 'botCores', r.rounds.map((x) => x.botCores?.toFixed(2)).join(' '));
console.log('bot CPU ms per answer', (r.rounds.reduce((a, x) => a + (x.botCores ?? 0) * x.seconds * 1000, 0) / r.rounds.reduce((a, x) => a + x.answered, 0)).toFixed(3), r.problems.slice(0, 3), r.complaints.slice(0, 3));
if (r.profile) {
  console.log('busy', r.profile.busySamples, r.profile.busyShare.toFixed(2));
  console.log('self:\n  ' + r.profile.bySelf.map((x) => `${(x.share * 100).toFixed(1)}% ${x.name}`).join('\n  '));
  console.log('total:\n  ' + r.profile.byTotal.map((x) => `${(x.share * 100).toFixed(1)}% ${x.name}`).join('\n  '));
  console.log('place:\n  ' + r.profile.byPlace.map((x) => `${(x.share * 100).toFixed(1)}% ${x.name}`).join('\n  '));
}
