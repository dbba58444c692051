// Builds build/Code.js (one classic Apps Script file), build/Sidebar.html (one self-contained page) and
// build/appsscript.json, and prints the size budgets.
//
// esbuild bundles src/server/index.ts into one IIFE held by a single global; then each function the entry
// exports gets a top-level `function` declaration with the entry's own JSDoc, because Apps Script only sees
// top-level declarations (nothing inside an IIFE) and Sheets reads `@customfunction` from the JSDoc right above.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build');
const ENTRY = path.join(root, 'src/server/index.ts');
const HELP_ENTRY = path.join(root, 'src/core/i18n/help.ts');
/** The catalogs' texts (data modules); Code.js reads them from build/Text*.html instead (see textsOutOfCode). */
const TEXTS = path.join(root, 'src/core/i18n/text');
const LAZY_TEXTS = path.join(root, 'src/server/lazyTexts.ts');
const TEXT_FILES = path.join(root, 'src/core/i18n/textFiles.ts');
const COMMON_TEXTS = path.join(TEXTS, 'common.ts');
const MESSAGES = path.join(root, 'src/core/i18n/messages.ts');
const LIBRARY = 'KRTracker';
const SIDEBAR = {
  entry: path.join(root, 'src/client/main.ts'),
  template: path.join(root, 'src/client/sidebar.html'),
  css: path.join(root, 'src/client/sidebar.css'),
  cssSlot: '/* inline: sidebar.css */',
  jsSlot: '/* inline: main.ts */',
};
export const BUDGETS = { 'Code.js': 100 * 1024, 'Sidebar.html': 80 * 1024 };

/** Every exported function of the entry: its name, parameter names and the JSDoc written above it. */
export function entryFunctions(file = ENTRY) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const found = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const text = source.getFullText();
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const jsdoc = comments
      .map((c) => text.slice(c.pos, c.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    found.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText(source)),
      jsdoc: jsdoc ?? '',
    });
  }
  return found;
}

function globalDeclaration({ name, params, jsdoc }) {
  const list = params.join(', ');
  // One line each: every custom-function call loads Code.js whole.
  return `${jsdoc}\nfunction ${name}(${list}) { return ${LIBRARY}.${name}(${list}); }\n`;
}

/** A TypeScript module of src/, bundled and imported here, to run it at build time. */
async function importSource(file) {
  const bundle = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

/**
 * Keeps the catalogs' texts out of Code.js: every custom-function call loads Code.js whole, and most need no
 * text at all. In the server bundle each src/core/i18n/text/<catalog>.ts becomes two lazy objects
 * (src/server/lazyTexts.ts) reading build/Text<Catalog><Lang>.html, which are written here from the module.
 */
function textsOutOfCode(files) {
  return {
    name: 'texts-out-of-code',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/]i18n[\\/]text[\\/][^\\/]+\.ts$/ }, async (args) => {
        const catalog = path.basename(args.path, '.ts');
        const texts = await importSource(args.path);
        const { textFileName } = await importSource(TEXT_FILES);
        for (const lang of ['th', 'en']) {
          files.push({ name: textFileName(catalog, lang), html: JSON.stringify(texts[lang]) });
        }
        const lazy = JSON.stringify(LAZY_TEXTS);
        return {
          loader: 'ts',
          resolveDir: TEXTS,
          contents: `import { lazyTexts } from ${lazy};\nexport const th = lazyTexts(${JSON.stringify(catalog)}, 'th');\nexport const en = lazyTexts(${JSON.stringify(catalog)}, 'en');\n`,
        };
      });
    },
  };
}

async function buildServer(textFiles) {
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: LIBRARY,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    plugins: [textsOutOfCode(textFiles)],
  });
  const library = result.outputFiles[0].text;
  if (/^\s*(export|import)\s/m.test(library)) throw new Error('the server bundle has ES module syntax');
  const functions = entryFunctions();
  const header = '// KR Tracker, built from src/ by scripts/build.mjs: edit src/ and run `npm run build`.\n';
  return header + library + '\n' + functions.map(globalDeclaration).join('');
}

/**
 * Script text that can sit inside <script>…</script>: the HTML parser ends the element at the first `</script`
 * whatever JavaScript context it is in, so it becomes `<\/script` (the same string, regexp or comment to JS).
 */
export function inlineScript(js) {
  const safe = js.replace(/<\/(script)/gi, '<\\/$1');
  // `<!--` followed by `<script` would switch the parser into a state where `</script>` no longer closes.
  if (safe.includes('<!--'))
    throw new Error('the sidebar bundle contains `<!--`: it cannot be inlined safely');
  return safe;
}

/** The template with `slot` replaced by `content`, exactly once (a function, so `$&` in the bundle stays as is). */
function fill(template, slot, content) {
  const at = template.indexOf(slot);
  if (at < 0 || template.indexOf(slot, at + 1) >= 0) throw new Error(`sidebar.html must hold ${slot} once`);
  return template.replace(slot, () => content);
}

/**
 * Keeps the server's messages out of Sidebar.html: the page needs the common catalog's field, submission and
 * sidebar texts only (SIDEBAR_MESSAGE_PREFIXES in src/core/i18n/messages.ts). A key left out that the page's code
 * still names would show as nothing, so the build fails if the bundle holds one.
 */
async function sidebarTexts() {
  const { th, en } = await importSource(COMMON_TEXTS);
  const { SIDEBAR_MESSAGE_PREFIXES } = await importSource(MESSAGES);
  const kept = (key) => SIDEBAR_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix));
  const pick = (texts) => Object.fromEntries(Object.entries(texts).filter(([key]) => kept(key)));
  return {
    left: Object.keys(th).filter((key) => !kept(key)),
    plugin: {
      name: 'sidebar-texts',
      setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]core[\\/]i18n[\\/]text[\\/]common\.ts$/ }, () => ({
          loader: 'ts',
          contents: `export const th = ${JSON.stringify(pick(th))};\nexport const en = ${JSON.stringify(pick(en))};\n`,
        }));
      },
    },
  };
}

/** build/Sidebar.html: sidebar.html with the CSS and the browser bundle of main.ts inlined (HtmlService serves it as is). */
async function buildSidebar() {
  const texts = await sidebarTexts();
  const bundle = await esbuild.build({
    entryPoints: [SIDEBAR.entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // The browsers Google Workspace supports are each one's two latest versions
    // (https://support.google.com/a/answer/33864), all well past ES2020 (?. and ?? kept as written: smaller).
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    plugins: [texts.plugin],
  });
  const named = texts.left.filter((key) => bundle.outputFiles[0].text.includes(JSON.stringify(key)));
  if (named.length > 0) {
    throw new Error(
      `the sidebar names messages left out of it: ${named.join(', ')} (SIDEBAR_MESSAGE_PREFIXES)`,
    );
  }
  const styles = await esbuild.transform(fs.readFileSync(SIDEBAR.css, 'utf8'), {
    loader: 'css',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  const css = styles.code.trim();
  if (/<\/style/i.test(css)) throw new Error('sidebar.css contains `</style`');
  const js = inlineScript(bundle.outputFiles[0].text.trim());
  // The template's comments are for its readers, not for every user's download.
  const template = fs.readFileSync(SIDEBAR.template, 'utf8').replace(/<!--[\s\S]*?-->\s*/g, '');
  return fill(fill(template, SIDEBAR.cssSlot, css), SIDEBAR.jsSlot, js);
}

/**
 * The Help dialog's pages, one a language (build/HelpTh.html, build/HelpEn.html), written here from src/core/i18n/help.ts
 * so that Code.js, which every custom-function call loads, does not carry their text.
 */
async function buildHelp() {
  const help = await importSource(HELP_ENTRY);
  return Object.entries(help.HELP_PAGES).map(([lang, name]) => ({ name, html: help.helpHtml(lang) }));
}

function report(name, bytes) {
  const budget = BUDGETS[name];
  const kb = (bytes / 1024).toFixed(1);
  const verdict = bytes <= budget ? 'within budget' : 'OVER BUDGET';
  console.log(`build/${name}: ${kb} KB (budget ${budget / 1024} KB) ${verdict}`);
  return bytes <= budget;
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const textFiles = [];
  const code = await buildServer(textFiles);
  fs.writeFileSync(path.join(out, 'Code.js'), code);
  for (const file of textFiles) fs.writeFileSync(path.join(out, `${file.name}.html`), file.html);
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(out, 'appsscript.json'));
  const sidebar = await buildSidebar();
  fs.writeFileSync(path.join(out, 'Sidebar.html'), sidebar);
  for (const page of await buildHelp()) fs.writeFileSync(path.join(out, `${page.name}.html`), page.html);
  const codeOk = report('Code.js', Buffer.byteLength(code));
  const sidebarOk = report('Sidebar.html', Buffer.byteLength(sidebar));
  if (!codeOk || !sidebarOk) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
