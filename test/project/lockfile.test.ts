// package-lock.json holds every platform's build of the packages that ship one (Biome, the jest resolver's
// bindings, esbuild), so `npm ci` works on a clean clone on macOS, Windows and Linux alike; and package.json
// pins the Node and npm versions the project supports.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
interface LockedPackage {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const packages: Record<string, LockedPackage> = lock.packages;

/** Where npm finds `dep` for the package at `at` (node_modules/a/node_modules/b …): nearest first, as Node does. */
function resolved(at: string, dep: string): string | undefined {
  const parts = at === '' ? [] : at.split('/node_modules/');
  for (let i = parts.length; i >= 0; i--) {
    const base = parts.slice(0, i).join('/node_modules/');
    const key = `${base ? `${base}/` : ''}node_modules/${dep}`;
    if (packages[key]) return key;
  }
  return undefined;
}

describe('package-lock.json', () => {
  it('is a lockfile npm ci can use (version 3) that agrees with package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(packages['']?.devDependencies).toEqual(pkg.devDependencies);
    expect(packages['']?.dependencies).toEqual(pkg.dependencies);
  });

  it('lists every optional dependency of every package, whatever platform it is for', () => {
    const missing = Object.entries(packages).flatMap(([at, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dep) => resolved(at, dep) === undefined)
        .map((dep) => `${at || '(root)'} → ${dep}`),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    ['@biomejs/cli-', ['darwin-arm64', 'darwin-x64', 'win32-x64', 'win32-arm64', 'linux-x64', 'linux-arm64']],
    [
      '@unrs/resolver-binding-',
      ['darwin-arm64', 'darwin-x64', 'win32-x64-msvc', 'win32-arm64-msvc', 'linux-x64-gnu'],
    ],
    ['@esbuild/', ['darwin-arm64', 'darwin-x64', 'win32-x64', 'win32-arm64', 'linux-x64', 'linux-arm64']],
  ])('has the macOS, Windows and Linux builds of %s*', (prefix, platforms) => {
    for (const platform of platforms) {
      const entry = packages[`node_modules/${prefix}${platform}`];
      expect({ platform, locked: entry !== undefined }).toEqual({ platform, locked: true });
    }
  });
});

describe('package.json', () => {
  it('pins the Node and npm versions: engines for any tool, devEngines that npm itself enforces', () => {
    expect(pkg.engines).toEqual({ node: '>=20.19', npm: '>=10.9' });
    expect(pkg.devEngines).toEqual({
      runtime: { name: 'node', version: '>=20.19', onFail: 'error' },
      packageManager: { name: 'npm', version: '>=10.9', onFail: 'error' },
    });
  });
});
