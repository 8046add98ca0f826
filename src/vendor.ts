import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { vendorPackages } from './vendor/bundle.ts';

/**
 * `npm run build`'s second step, after tsc: `node dist/src/vendor.js dist` bundles the packages a start
 * loads most files of into `dist/node_modules/` (`src/vendor/bundle.ts`), or does nothing when they are
 * up to date. The folder is named, not guessed: run from the sources it would otherwise write beside them.
 */
async function main(): Promise<number> {
  const distDir = process.argv[2];
  if (distDir === undefined || !existsSync(join(distDir, 'src', 'main.js'))) {
    process.stderr.write('usage: node dist/src/vendor.js <the build folder, holding src/main.js>\n');
    return 2;
  }
  const result = await vendorPackages({ distDir: resolve(distDir) });
  if (result.kind === 'bundled') {
    const mb = (result.bytes / 2 ** 20).toFixed(1);
    process.stdout.write(`vendor: bundled ${result.packages.join(', ')} into ${join(distDir, 'node_modules')} (${mb} MB, ${Math.round(result.ms)} ms)\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
