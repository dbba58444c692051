#!/usr/bin/env node
// npm run deploy / deploy:prod / deploy:addon: pushes build/ to one Apps Script project with clasp 3, named by a
// clasp project file of its own (.clasp-dev.json, .clasp-prod.json, .clasp-addon.json; none is committed).
//
//   node scripts/deploy.mjs <dev|prod|addon>           push (clasp -P <file> push -f)
//   node scripts/deploy.mjs <dev|prod|addon> --check   ask clasp, offline, which files it would push
//
// Why a script and not `clasp push`: clasp asks before overwriting a changed appsscript.json, answers No by
// itself without a terminal and then skips the whole push, exiting 0 ("Skipping push."); `-f` is its way to
// skip that question (build/src/commands/push.js in @google/clasp 3.4). clasp also exits 0 when it finds no
// project file ("Project settings not found."), so the file is checked here first, with what to do if missing.
// The repository's .clasp.json has no scriptId: clasp create refuses to run over one that has
// ("Project file already exists.", build/src/commands/create-script.js), and fills this one in.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGETS = {
  dev: {
    file: '.clasp-dev.json',
    what: 'a test spreadsheet of your own',
    create: 'npx clasp create --type sheets --title "KR Tracker (test)" --rootDir build',
  },
  prod: {
    file: '.clasp-prod.json',
    what: "the office's shared spreadsheet",
    create:
      'npx clasp create --parentId <the spreadsheet id, from its URL> --title "KR Tracker" --rootDir build',
  },
  addon: {
    file: '.clasp-addon.json',
    what: 'a standalone project published as an Editor add-on',
    create: 'npx clasp create --type standalone --title "KR Tracker" --rootDir build',
  },
};

/** Files clasp pushes from build/ (its default extensions: .js/.gs, .html, and appsscript.json). */
const PUSHED = /^(appsscript\.json|.+\.(js|gs|html))$/;

function fail(lines) {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

/** The clasp command line: `node <clasp's bin>`, found from this repository (CLASP_BIN overrides, for tests). */
function clasp(args, options = {}) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bin =
    process.env.CLASP_BIN ??
    path.resolve(here, '..', 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...options });
}

/** What the repository's .clasp.json holds: the content folder, and no scriptId, so clasp create accepts it. */
const COMMITTED_CLASP_JSON = `${JSON.stringify({ rootDir: 'build' }, null, 2)}\n`;

/**
 * The target's project file: there, or made from the .clasp.json that clasp create has just filled in (which is
 * then put back as committed, without a scriptId, ready for the next target's create).
 */
function projectFile(root, name) {
  const target = TARGETS[name];
  const file = path.join(root, target.file);
  if (fs.existsSync(file)) return file;
  const fresh = path.join(root, '.clasp.json');
  const created = fs.existsSync(fresh) ? readJson(fresh) : undefined;
  if (created?.scriptId) {
    fs.writeFileSync(file, `${JSON.stringify(created, null, 2)}\n`);
    fs.writeFileSync(fresh, COMMITTED_CLASP_JSON);
    process.stdout.write(
      `Kept the project clasp just created as ${target.file}: the ${name} target, ${target.what}; ` +
        `.clasp.json is back as committed.\nIf it was meant for another target, rename it (${Object.values(
          TARGETS,
        )
          .map((t) => t.file)
          .join(', ')}).\n`,
    );
    return file;
  }
  fail([
    `No ${target.file}: KR Tracker does not know which Apps Script project is ${target.what}.`,
    'Make it once (README, "Deploy"):',
    '  npx clasp login',
    `  ${target.create}`,
    `then run the deploy again: it keeps what clasp writes into .clasp.json as ${target.file}, and its tests`,
    'build build/ again over the Code.js and appsscript.json that clasp create pulls into it.',
  ]);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    fail([`${path.basename(file)} is not JSON: ${error.message}`]);
  }
}

/** Refuses a project file that would push anything but build/ or to no real project. */
function checkProject(root, file) {
  const config = readJson(file);
  const id = String(config.scriptId ?? '');
  if (!/^[A-Za-z0-9_-]{20,}$/.test(id) || /REPLACE/i.test(id)) {
    fail([
      `${path.basename(file)} has no real scriptId (${JSON.stringify(config.scriptId ?? null)}).`,
      'Copy it from the Apps Script editor (Project Settings, Script ID), or make the project with clasp create.',
    ]);
  }
  const content = path.resolve(root, config.rootDir ?? config.srcDir ?? '.');
  if (content !== path.resolve(root, 'build')) {
    fail([
      `${path.basename(file)} has rootDir ${JSON.stringify(config.rootDir ?? null)}: it must be "build", the only`,
      'folder with Apps Script files (src/ is TypeScript that Apps Script cannot run).',
    ]);
  }
}

function builtFiles(root) {
  const build = path.join(root, 'build');
  if (!fs.existsSync(path.join(build, 'Code.js')) || !fs.existsSync(path.join(build, 'appsscript.json'))) {
    fail(['build/ has no Code.js or appsscript.json: run npm run build (npm test does it) first.']);
  }
  return fs
    .readdirSync(build)
    .filter((name) => PUSHED.test(name))
    .map((name) => `build/${name}`)
    .sort();
}

function main() {
  const [name, flag] = process.argv.slice(2);
  if (!(name in TARGETS))
    fail([`Usage: node scripts/deploy.mjs <${Object.keys(TARGETS).join('|')}> [--check]`]);
  const root = process.cwd();
  const file = projectFile(root, name);
  checkProject(root, file);
  const built = builtFiles(root);
  const project = path.relative(root, file);
  if (flag === '--check') {
    // Offline: clasp lists what it would push without asking Google.
    const status = clasp(['-P', project, 'show-file-status', '--json'], { cwd: root });
    if (status.status !== 0) fail([`clasp show-file-status failed: ${status.stderr || status.stdout}`]);
    const pushed = [...JSON.parse(status.stdout).filesToPush].sort();
    if (JSON.stringify(pushed) !== JSON.stringify(built)) {
      fail([`clasp would push ${pushed.join(', ')}`, `but build/ holds ${built.join(', ')}`]);
    }
    process.stdout.write(
      `clasp would push the ${built.length} files of build/ to ${project}: ${built.join(', ')}\n`,
    );
    return;
  }
  process.stdout.write(`Pushing ${built.length} files of build/ with ${project} (clasp push -f)…\n`);
  const push = clasp(['-P', project, 'push', '-f'], { cwd: root, stdio: 'inherit' });
  if (push.status !== 0) fail([`clasp push failed (exit ${push.status}). Logged in? npx clasp login`]);
}

main();
