import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * Vendor bundles for the compiled start: each package below joined by esbuild into one ES module under
 * `dist/node_modules/<name>/`, where Node looks first when code in `dist/` imports the package, so the
 * compiled bot, CLI and shards load one file instead of hundreds. Nothing of docent's is bundled: its
 * code is what tsc emits from the sources the tests run, and each bundle is the installed package's own
 * code, checked after bundling to export every name an import of the installed package sees. Without a
 * bundle (deleted, or never built) Node simply finds the package in the project's node_modules.
 *
 * Why: discord.js and its dependencies are about 600 CommonJS files, and an ES module importing CommonJS
 * makes Node resolve, read and wrap each file, then lex the whole re-export chain again for its names; zod
 * is 95 ES modules and yaml 72 CommonJS files. Bundled, a start from the snapshot spends about 160 ms less
 * of its main thread's CPU on discord.js and 55 ms less on zod and yaml (README, "Production build").
 */

/** The packages bundled: the ones a start imports before 'ready' whose many files cost most to load. */
const VENDORED_PACKAGES: readonly string[] = ['discord.js', 'zod', 'yaml'];

/**
 * Put before each bundle. The packages are CommonJS inside (zod aside): esbuild's ES module output has no
 * `require` for Node's built-ins ("Dynamic require of "buffer" is not supported") nor the file names
 * CommonJS code may read, so they are made as Node makes them for a module, here the bundle's own.
 */
const BANNER = [
  "import { createRequire as __vendorCreateRequire } from 'node:module';",
  "import { dirname as __vendorDirname } from 'node:path';",
  "import { fileURLToPath as __vendorFileURLToPath } from 'node:url';",
  'const require = __vendorCreateRequire(import.meta.url);',
  'const __filename = __vendorFileURLToPath(import.meta.url);',
  'const __dirname = __vendorDirname(__filename);',
].join('\n');

/**
 * Optional native add-ons the packages try to load and do without (discord.js's zlib-sync, ws's bufferutil and
 * utf-8-validate): left as imports, so they resolve from the project's node_modules when installed, as before.
 */
const EXTERNAL = ['zlib-sync', 'bufferutil', 'utf-8-validate'];

/** esbuild's target: the oldest Node the bot runs on (package.json `engines`). */
const TARGET = 'node20';

/** What a bundle depends on besides its input files, hashed: a change here rebuilds every bundle. */
const RECIPE = createHash('sha256').update(JSON.stringify({ banner: BANNER, external: EXTERNAL, target: TARGET })).digest('hex');

export interface VendorOptions {
  /** The compiled output (`dist/`): the bundles go to its `node_modules/`. */
  readonly distDir: string;
  /** The packages to bundle; default `VENDORED_PACKAGES`. */
  readonly packages?: readonly string[];
}

export type VendorResult =
  | { readonly kind: 'up-to-date' }
  | { readonly kind: 'bundled'; readonly packages: readonly string[]; readonly bytes: number; readonly ms: number };

/** The stamp beside the bundles: what they were made from, so a build with nothing changed skips them. */
interface Stamp {
  /** `RECIPE` when the bundles were made. */
  readonly recipe: string;
  readonly packages: readonly string[];
  /** Every file esbuild read (and esbuild itself), by path: [size, mtime in ms]. */
  readonly inputs: Readonly<Record<string, readonly [number, number]>>;
}

const STAMP_FILE = '.vendor.json';

/**
 * Makes the bundles in `distDir/node_modules/`, unless the stamp there says they were made from the same
 * recipe, packages and input files (size and mtime of each: an `npm install` that changes a package
 * rebuilds). Throws when compiled code imports a vendored package's subpath (`zod/mini`), which a bundle
 * does not hold; when bundling fails; or when a bundle lacks a name the package exports. The old bundles
 * are removed first, so a failed build leaves none and the code falls back to the installed packages.
 */
export async function vendorPackages(options: VendorOptions): Promise<VendorResult> {
  const packages = options.packages ?? VENDORED_PACKAGES;
  const vendorDir = join(options.distDir, 'node_modules');
  await refuseSubpathImports(options.distDir, packages);
  if (await isFresh(join(vendorDir, STAMP_FILE), packages)) return { kind: 'up-to-date' };

  const started = performance.now();
  // Removed before the packages are imported below: this module, compiled into dist/, must find the installed ones.
  await rm(vendorDir, { recursive: true, force: true });
  const staging = `${vendorDir}.tmp`;
  await rm(staging, { recursive: true, force: true });
  const { build } = await import('esbuild');
  const inputs: Record<string, readonly [number, number]> = {};
  let bytes = 0;
  for (const name of packages) {
    const exported = await exportedNames(name);
    const outfile = join(staging, name, 'index.js');
    const result = await build({
      stdin: { contents: entrySource(name, exported), resolveDir: import.meta.dirname, sourcefile: `vendor-${name}.mjs`, loader: 'js' },
      absWorkingDir: import.meta.dirname,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: TARGET,
      external: EXTERNAL,
      banner: { js: BANNER },
      outfile,
      metafile: true,
      logLevel: 'error',
    });
    for (const input of Object.keys(result.metafile.inputs)) {
      if (input.startsWith('<stdin>') || input.startsWith('vendor-')) continue;
      const path = resolve(import.meta.dirname, input);
      inputs[path] = await sizeAndTime(path);
    }
    await writeFile(join(staging, name, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module', exports: './index.js' })}\n`);
    bytes += (await stat(outfile)).size;
    await checkExports(name, outfile, exported);
  }
  const esbuildFile = createRequire(import.meta.url).resolve('esbuild');
  inputs[esbuildFile] = await sizeAndTime(esbuildFile);
  const stamp: Stamp = { recipe: RECIPE, packages, inputs };
  await writeFile(join(staging, STAMP_FILE), `${JSON.stringify(stamp)}\n`);
  await rename(staging, vendorDir);
  return { kind: 'bundled', packages, bytes, ms: performance.now() - started };
}

/** The names an import of the installed package sees ('default' included when there is one). */
async function exportedNames(name: string): Promise<readonly string[]> {
  const names = Object.keys((await import(name)) as object);
  const invalid = names.filter((exported) => exported !== 'default' && !/^[A-Za-z_$][\w$]*$/.test(exported));
  if (invalid.length > 0) throw new Error(`vendor: ${name} exports names that are not identifiers: ${invalid.join(', ')}`);
  return names;
}

/** An entry that re-exports each name, so the bundle's exports are static (an ES module's): no lexing at import. */
function entrySource(name: string, exported: readonly string[]): string {
  const named = exported.filter((each) => each !== 'default');
  const quoted = JSON.stringify(name);
  return `export { ${named.join(', ')} } from ${quoted};\n${exported.includes('default') ? `export { default } from ${quoted};\n` : ''}`;
}

/** Imports the bundle and fails unless it exports every name of the package, each defined as in the package. */
async function checkExports(name: string, bundleFile: string, exported: readonly string[]): Promise<void> {
  const bundle = (await import(pathToFileURL(bundleFile).href)) as Record<string, unknown>;
  const installed = (await import(name)) as Record<string, unknown>;
  const wrong = exported.filter((each) => !(each in bundle) || typeof bundle[each] !== typeof installed[each]);
  if (wrong.length > 0) throw new Error(`vendor: the bundle of ${name} lacks or changes ${wrong.slice(0, 10).join(', ')}`);
}

async function isFresh(stampFile: string, packages: readonly string[]): Promise<boolean> {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(await readFile(stampFile, 'utf8')) as Stamp;
  } catch {
    return false;
  }
  if (stamp.recipe !== RECIPE || JSON.stringify(stamp.packages) !== JSON.stringify(packages)) return false;
  for (const [path, [size, mtimeMs]] of Object.entries(stamp.inputs)) {
    const now = await sizeAndTime(path).catch(() => null);
    if (now === null || now[0] !== size || now[1] !== mtimeMs) return false;
  }
  return true;
}

async function sizeAndTime(path: string): Promise<readonly [number, number]> {
  const { size, mtimeMs } = await stat(path);
  return [size, mtimeMs];
}

/**
 * A bundle holds the package's main entry only: compiled code importing `zod/mini` would find the bundle's
 * folder and fail at start with ERR_PACKAGE_PATH_NOT_EXPORTED, while the tests, on the sources, pass.
 */
async function refuseSubpathImports(distDir: string, packages: readonly string[]): Promise<void> {
  const escaped = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const subpath = new RegExp(`(?:from|import\\()\\s*['"]((?:${escaped.join('|')})/[^'"]*)['"]`);
  for (const file of await compiledFiles(distDir)) {
    const match = subpath.exec(await readFile(file, 'utf8'));
    if (match !== null) {
      throw new Error(`vendor: ${relative(distDir, file)} imports ${match[1]}, which the bundle of its package does not hold; import the package's main entry`);
    }
  }
}

/** The compiled .js files under `dir`, the bundles excepted. */
async function compiledFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('node_modules')) files.push(...(await compiledFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.js')) files.push(path);
  }
  return files;
}
