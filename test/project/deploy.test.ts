// scripts/deploy.mjs, run as npm run deploy runs it, in a scratch folder with a copy of build/: which project
// file it uses, what it refuses, the clasp command line it runs (a stand-in clasp records it), and, with the
// real clasp 3 offline, that clasp would push exactly the files of build/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DEPLOY = path.join(ROOT, 'scripts/deploy.mjs');
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnopq';

/** A folder like a checkout after npm test: build/ copied, and a clasp that only writes down its arguments. */
function checkout(): { dir: string; calls: string; fake: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-deploy-'));
  fs.cpSync(path.join(ROOT, 'build'), path.join(dir, 'build'), { recursive: true });
  const calls = path.join(dir, 'clasp-calls.json');
  const fake = path.join(dir, 'fake-clasp.js');
  fs.writeFileSync(
    fake,
    `require('fs').appendFileSync(${JSON.stringify(calls)}, JSON.stringify(process.argv.slice(2)) + '\\n');
     process.exit(Number(process.env.FAKE_CLASP_EXIT || 0));`,
  );
  return { dir, calls, fake };
}

/** Runs the deploy script in `where` (a checkout), with its stand-in clasp unless `env` names another. */
function deploy(where: { dir: string; fake: string }, args: string[], env: Record<string, string> = {}) {
  const { dir, fake } = where;
  const result = spawnSync(process.execPath, [DEPLOY, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CLASP_BIN: fake, HOME: dir, USERPROFILE: dir, ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const claspCalls = (file: string) =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
    : [];

const writeProject = (dir: string, name: string, config: object) =>
  fs.writeFileSync(path.join(dir, name), JSON.stringify(config));

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'build/Code.js')))
    throw new Error('run npm run build first (npm test does)');
});

describe('npm run deploy (scripts/deploy.mjs)', () => {
  it.each([
    ['dev', '.clasp-dev.json', 'npx clasp create --type sheets --title "KR Tracker (test)" --rootDir build'],
    [
      'prod',
      '.clasp-prod.json',
      'npx clasp create --parentId <the spreadsheet id, from its URL> --title "KR Tracker" --rootDir build',
    ],
    ['addon', '.clasp-addon.json', 'npx clasp create --type standalone --title "KR Tracker" --rootDir build'],
  ])('without a project file for %s, says how to make one and pushes nothing', (target, file, create) => {
    const where = checkout();
    const result = deploy(where, [target]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`No ${file}`);
    expect(result.err).toContain(create);
    expect(claspCalls(where.calls)).toEqual([]);
  });

  it('pushes build/ with the target’s project file and -f, so the manifest question cannot skip the push', () => {
    const where = checkout();
    const { dir, calls } = where;
    writeProject(dir, '.clasp-dev.json', { scriptId: SCRIPT_ID, rootDir: 'build' });
    const result = deploy(where, ['dev']);
    expect(result.code).toBe(0);
    expect(claspCalls(calls)).toEqual([['-P', '.clasp-dev.json', 'push', '-f']]);
    const files = fs
      .readdirSync(path.join(dir, 'build'))
      .filter((name) => /\.(js|html)$|^appsscript\.json$/.test(name));
    expect(result.out).toContain(`Pushing ${files.length} files of build/ with .clasp-dev.json`);
  });

  it('keeps what clasp create wrote into .clasp.json as the target’s file, and puts .clasp.json back as committed', () => {
    const where = checkout();
    const { dir, calls } = where;
    const committed = fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8');
    writeProject(dir, '.clasp.json', { scriptId: SCRIPT_ID, rootDir: 'build', parentId: ['1Sheet'] });
    const result = deploy(where, ['prod']);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.clasp.json'), 'utf8')).toBe(committed);
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.clasp-prod.json'), 'utf8'))).toEqual({
      scriptId: SCRIPT_ID,
      rootDir: 'build',
      parentId: ['1Sheet'],
    });
    expect(result.out).toContain('Kept the project clasp just created as .clasp-prod.json');
    expect(claspCalls(calls)).toEqual([['-P', '.clasp-prod.json', 'push', '-f']]);
  });

  it('does not take the committed .clasp.json (no scriptId) for a project', () => {
    const where = checkout();
    fs.copyFileSync(path.join(ROOT, '.clasp.json'), path.join(where.dir, '.clasp.json'));
    const result = deploy(where, ['dev']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('No .clasp-dev.json');
    expect(claspCalls(where.calls)).toEqual([]);
  });

  it.each([
    [{ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'build' }, 'has no real scriptId'],
    [{ rootDir: 'build' }, 'has no real scriptId'],
    [{ scriptId: SCRIPT_ID, rootDir: '.' }, 'it must be "build"'],
    [{ scriptId: SCRIPT_ID, rootDir: 'src' }, 'it must be "build"'],
  ])('refuses %j', (config, text) => {
    const where = checkout();
    const { dir, calls } = where;
    writeProject(dir, '.clasp-dev.json', config);
    const result = deploy(where, ['dev']);
    expect(result.code).toBe(1);
    expect(result.err).toContain(text);
    expect(claspCalls(calls)).toEqual([]);
  });

  it('fails when clasp fails (not logged in, say), instead of reporting a push that did not happen', () => {
    const where = checkout();
    const { dir } = where;
    writeProject(dir, '.clasp-dev.json', { scriptId: SCRIPT_ID, rootDir: 'build' });
    const result = deploy(where, ['dev'], { FAKE_CLASP_EXIT: '1' });
    expect(result.code).toBe(1);
    expect(result.err).toContain('clasp push failed (exit 1). Logged in? npx clasp login');
  });

  it('with --check asks the real clasp 3, offline, and it would push exactly the files of build/', () => {
    const where = checkout();
    const { dir } = where;
    writeProject(dir, '.clasp-dev.json', { scriptId: SCRIPT_ID, rootDir: 'build' });
    const real = path.join(ROOT, 'node_modules/@google/clasp/build/src/index.js');
    const result = deploy(where, ['dev', '--check'], { CLASP_BIN: real });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const built = fs
      .readdirSync(path.join(ROOT, 'build'))
      .filter((name) => /\.(js|html)$|^appsscript\.json$/.test(name));
    expect(result.out).toContain(`clasp would push the ${built.length} files of build/ to .clasp-dev.json`);
    for (const name of built) expect(result.out).toContain(`build/${name}`);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it.each([
    ['deploy', 'dev'],
    ['deploy:prod', 'prod'],
    ['deploy:addon', 'addon'],
  ])('%s checks types and lint, tests (which builds), then pushes the %s target', (script, target) => {
    expect(pkg.scripts[script]).toBe(`npm run check && npm test && node scripts/deploy.mjs ${target}`);
    expect(pkg.scripts.check).toBe('npm run typecheck && npm run lint');
    expect(pkg.scripts.test).toMatch(/^npm run build && /);
  });

  it('commits .clasp.json with rootDir build and no scriptId, so clasp create accepts it, and no target file', () => {
    const tracked = spawnSync('git', ['ls-files', '.clasp*.json'], { cwd: ROOT, encoding: 'utf8' }).stdout;
    expect(tracked.trim()).toBe('.clasp.json');
    // clasp create refuses "whenever a .clasp.json with a scriptId key exists" (create-script.js, project.js).
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8'))).toEqual({ rootDir: 'build' });
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(
      /^\.clasp\*\.json\n!\.clasp\.json$/m,
    );
  });
});
