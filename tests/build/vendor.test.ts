// The vendor bundles of the compiled start (`src/vendor/bundle.ts`), made here for yaml alone (small and
// quick) into a build folder of the test's own: the bundle is the package, one file; an unchanged build
// skips it; a changed package rebuilds it; compiled code that imports a subpath fails the build.
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as installedYaml from 'yaml';
import { vendorPackages } from '../../src/vendor/bundle.ts';

/** esbuild and the check import on a busy machine. */
const TIMEOUT_MS = 60_000;
const DOCUMENT = 'title: Fengqiao\nyear: 1963\ntags: [mediation, "civil disputes"]\n';

let distDir: string;
beforeEach(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'docent-vendor-'));
  await mkdir(join(distDir, 'src'));
  await writeFile(join(distDir, 'src', 'main.js'), "import { parseDocument } from 'yaml';\n");
});
afterEach(async () => {
  await rm(distDir, { recursive: true, force: true });
});

describe('vendorPackages', () => {
  it('bundles a package into one ES module under node_modules/ that exports what the package exports and parses alike', async () => {
    const result = await vendorPackages({ distDir, packages: ['yaml'] });
    expect(result.kind).toBe('bundled');
    const bundleDir = join(distDir, 'node_modules', 'yaml');
    expect(JSON.parse(await readFile(join(bundleDir, 'package.json'), 'utf8'))).toMatchObject({ name: 'yaml', type: 'module', exports: './index.js' });
    const bundled = (await import(pathToFileURL(join(bundleDir, 'index.js')).href)) as typeof installedYaml;
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(installedYaml).sort());
    expect(bundled.parseDocument(DOCUMENT).toJS()).toEqual(installedYaml.parseDocument(DOCUMENT).toJS());
    // One file: none of the package's own modules is read from node_modules at run time.
    expect(await readFile(join(bundleDir, 'index.js'), 'utf8')).not.toMatch(/require\(["']\.{1,2}\//);
  }, TIMEOUT_MS);

  it('skips an unchanged build and rebuilds when a file of the package changes', async () => {
    await vendorPackages({ distDir, packages: ['yaml'] });
    expect((await vendorPackages({ distDir, packages: ['yaml'] })).kind).toBe('up-to-date');
    // A stamp input's mtime moved, as an `npm install` of another version moves it.
    const stampFile = join(distDir, 'node_modules', '.vendor.json');
    const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as { inputs: Record<string, [number, number]> };
    const [input] = Object.keys(stamp.inputs).filter((path) => path.includes('/node_modules/yaml/'));
    stamp.inputs[input ?? ''] = [stamp.inputs[input ?? '']?.[0] ?? 0, 0];
    await writeFile(stampFile, JSON.stringify(stamp));
    expect((await vendorPackages({ distDir, packages: ['yaml'] })).kind).toBe('bundled');
    // Another list of packages is another build.
    expect((await vendorPackages({ distDir, packages: ['yaml', 'stemmer'] })).kind).toBe('bundled');
    await utimes(join(distDir, 'src', 'main.js'), new Date(), new Date());
    expect((await vendorPackages({ distDir, packages: ['yaml', 'stemmer'] })).kind).toBe('up-to-date');
  }, TIMEOUT_MS);

  it('fails the build, naming the file, when compiled code imports a subpath of a bundled package', async () => {
    await writeFile(join(distDir, 'src', 'front-matter.js'), "import { Composer } from 'yaml/dist/compose/composer.js';\n");
    await expect(vendorPackages({ distDir, packages: ['yaml'] })).rejects.toThrow(/src\/front-matter\.js imports yaml\/dist\/compose\/composer\.js/);
  }, TIMEOUT_MS);
});
