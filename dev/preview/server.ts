// `npm start`: the local preview. Serves, on 127.0.0.1 only, a spreadsheet window running the real
// build/Code.js in the emulator: GET / (the page), /app.js, /state, /sheet/<id>, /panel/<id>, none of which
// changes anything; POST /open (the page opened: onOpen runs), /menu, /rpc (google.script.run), /cell (typing), /user, /reset,
// /panel/close. Flags: --demo, --lang en, --user; env PORT.

import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { shellHtml } from './page';
import {
  DEFAULT_BUNDLE,
  defaultFile,
  type PreviewLang,
  type PreviewOptions,
  PreviewState,
  ROOT,
} from './state';

export interface ServeOptions extends PreviewOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  host?: string;
}

export interface PreviewServer {
  url: string;
  port: number;
  state: PreviewState;
  close(): Promise<void>;
}

const MAX_BODY = 10 * 1024 * 1024;

/** The page's script, bundled once per server from client.ts. */
async function clientScript(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [resolve(__dirname, 'client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The body of a POST: a JSON object (an empty body is {}). A body over the limit is refused with 413 before it
 * is read when its Content-Length says so, and as soon as it passes the limit otherwise; the rest is drained,
 * not reset, so that the client reads the answer. Anything but an object (null, a list, a number) is a 400.
 */
function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolveBody, reject) => {
    const tooLarge = () => new HttpError(413, `request too large (at most ${MAX_BODY} bytes)`);
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text.trim() === '' ? {} : JSON.parse(text);
      } catch {
        return reject(new HttpError(400, 'the body is not JSON'));
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return reject(new HttpError(400, 'the body must be a JSON object'));
      }
      resolveBody(body as Record<string, unknown>);
    });
    req.on('error', reject);
  });
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // Only the preview's own page may frame what it serves: another site cannot overlay it and have the user
    // click its menu (clickjacking). The shell's fuller policy below says the same.
    'X-Frame-Options': 'SAMEORIGIN',
    'Content-Security-Policy': "frame-ancestors 'self'",
    ...extra,
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The shell runs only its own script: cell text that slipped into markup could not run anyway. */
const SHELL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export async function startPreview(options: ServeOptions): Promise<PreviewServer> {
  const state = new PreviewState(options);
  const script = await clientScript();
  const host = options.host ?? '127.0.0.1';
  let port = options.port ?? 8080;

  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Only this machine, by name: a page elsewhere cannot reach the preview through DNS rebinding or a form post.
    if (!allowedHosts().includes(req.headers.host ?? '')) throw new HttpError(403, 'unexpected Host header');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const path = url.pathname;
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/') {
        // No side effect on GET: a cross-site <img src> must not run onOpen. The page posts /open itself.
        send(
          res,
          200,
          'text/html; charset=utf-8',
          shellHtml(state.lang, state.emu.model.name, state.fileLabel),
          {
            'Content-Security-Policy': SHELL_CSP,
          },
        );
        return;
      }
      if (path === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', script);
      if (path === '/state') {
        const since = (name: string) => {
          const n = Number(url.searchParams.get(name));
          return Number.isInteger(n) && n >= 0 ? n : 0;
        };
        return sendJson(res, 200, state.view({ alerts: since('alerts'), toasts: since('toasts') }));
      }
      const sheet = /^\/sheet\/(\d+)$/.exec(path);
      if (sheet) {
        const grid = state.grid(Number(sheet[1]));
        if (!grid) throw new HttpError(404, 'no such sheet');
        return sendJson(res, 200, grid);
      }
      const panel = /^\/panel\/(\d+)$/.exec(path);
      if (panel) {
        const html = state.panelHtml(Number(panel[1]));
        if (html === undefined) throw new HttpError(404, 'no such panel');
        return send(res, 200, 'text/html; charset=utf-8', html);
      }
      if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
      throw new HttpError(404, 'not found');
    }
    if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
      throw new HttpError(403, 'cross-origin request');
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'send application/json');
    }
    const body = await readBody(req);
    switch (path) {
      case '/open':
        // The page was loaded: the spreadsheet opens, as in Sheets (onOpen, panels closed).
        state.open();
        return sendJson(res, 200, { ok: true });
      case '/menu': {
        if (typeof body['functionName'] !== 'string')
          throw new HttpError(400, 'functionName must be a string');
        const result = state.runMenu(body['functionName']);
        return sendJson(res, 200, result);
      }
      case '/rpc': {
        const args = body['args'] ?? [];
        if (typeof body['name'] !== 'string' || !Array.isArray(args)) {
          throw new HttpError(400, 'expected { name: string, args: [] }');
        }
        return sendJson(res, 200, state.rpc(body['name'], args));
      }
      case '/cell': {
        const { sheetId, row, column, input } = body;
        if (typeof sheetId !== 'number' || typeof row !== 'number' || typeof column !== 'number') {
          throw new HttpError(400, 'expected { sheetId, row, column: numbers, input: string | boolean }');
        }
        if (typeof input !== 'string' && typeof input !== 'boolean') {
          throw new HttpError(400, 'input must be a string or a boolean');
        }
        return sendJson(res, 200, state.editCell(sheetId, row, column, input));
      }
      case '/user': {
        // Another person at the same spreadsheet (a colleague, a reviewer): the next calls run as them.
        if (typeof body['email'] !== 'string') throw new HttpError(400, 'email must be a string');
        state.setUser(body['email']);
        return sendJson(res, 200, { ok: true });
      }
      case '/reset':
        state.reset();
        return sendJson(res, 200, { ok: true });
      case '/panel/close':
        if (typeof body['id'] === 'number') state.closePanel(body['id']);
        return sendJson(res, 200, { ok: true });
      default:
        throw new HttpError(404, 'not found');
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof Error ? e.message : String(e);
      if (status === 500) console.error('preview:', e);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: message });
      else res.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    state,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface CliOptions {
  demo: boolean;
  lang: PreviewLang;
  port: number;
  /** Who uses the preview (`--user`); the file's owner is whoever first created it. */
  user?: string;
}

/** `--demo`, `--lang en` (or `--lang=en`), `--user someone@example.org`, env PORT. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliOptions {
  let lang: PreviewLang = 'th';
  let demo = false;
  let user: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--demo') demo = true;
    else if (arg === '--user' || arg.startsWith('--user=')) {
      user = arg.includes('=') ? arg.slice('--user='.length) : argv[++i];
      if (!user?.includes('@')) throw new Error(`--user must be an e-mail, not ${user ?? '(nothing)'}`);
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[++i];
      if (value !== 'th' && value !== 'en')
        throw new Error(`--lang must be th or en, not ${value ?? '(nothing)'}`);
      lang = value;
    } else throw new Error(`unknown option ${arg} (use --demo, --lang en, --user e-mail)`);
  }
  const port = env['PORT'] === undefined || env['PORT'] === '' ? 8080 : Number(env['PORT']);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env['PORT']}`);
  return { demo, lang, port, ...(user ? { user } : {}) };
}

/** `npm start` (scripts/start.mjs runs it in its own process, so that npm's signals reach the server). */
export async function main(): Promise<void> {
  let cli: CliOptions;
  try {
    cli = parseArgs(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`npm start: ${(e as Error).message}`);
    process.exit(2);
  }
  if (!existsSync(DEFAULT_BUNDLE)) {
    console.error(`npm start: ${relative(ROOT, DEFAULT_BUNDLE)} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  // PREVIEW_FILE: another spreadsheet file than .preview/<spreadsheet|demo>-<lang>.json; PREVIEW_DIR: another
  // folder for those files (the tests use both).
  const folder = process.env['PREVIEW_DIR'];
  const file = process.env['PREVIEW_FILE']
    ? resolve(process.env['PREVIEW_FILE'])
    : defaultFile(cli.lang, cli.demo, folder ? resolve(folder) : undefined);
  const preview = await startPreview({
    file,
    lang: cli.lang,
    demo: cli.demo,
    port: cli.port,
    ...(cli.user ? { userEmail: cli.user } : {}),
  });
  console.log(`KR Tracker preview: ${preview.url}`);
  console.log(
    `  ${cli.lang === 'th' ? 'Thai user (th_TH)' : 'English-locale user (en_US)'}; spreadsheet saved in ${relative(ROOT, file)}` +
      (cli.demo
        ? ' (fresh invented sample missions of the current fiscal year; your own file is untouched)'
        : ''),
  );
  console.log(
    '  onOpen runs in AuthMode.FULL on each page load (the preview user owns the file). Ctrl+C stops.',
  );
  const stop = () => {
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error('npm start:', e);
    process.exit(1);
  });
}
