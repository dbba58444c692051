// `npm start` as a person runs it and stops it: the server must go with npm, not stay behind holding the port.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Whether something still listens on the port: a new server cannot take it. */
function taken(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = net.createServer();
    server.once('error', () => done(true));
    server.listen(port, '127.0.0.1', () => server.close(() => done(false)));
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`npm start said only: ${seen}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        done();
      }
    });
  });
}

describe('npm start', () => {
  // `kill <pid of npm>` sends SIGTERM to npm alone; Ctrl+C in a terminal sends SIGINT to the whole group.
  it.each([
    ['SIGTERM', 'to npm alone (kill)', false],
    ['SIGINT', 'to its process group (Ctrl+C)', true],
  ] as const)(
    'stops the server and frees its port on %s %s',
    async (signal, _how, group) => {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'kr-start-'));
      const port = await freePort();
      const npm = spawn('npm', ['start'], {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: String(port),
          PREVIEW_FILE: path.join(folder, 'spreadsheet.json'),
          KR_PREVIEW_NO_BUILD: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        // A process group of its own, as a terminal gives a command.
        detached: true,
      });
      try {
        await waitForLine(npm, /KR Tracker preview: http:\/\/127\.0\.0\.1:\d+\//);
        expect(await taken(port)).toBe(true);
        const exited = new Promise((done) => npm.once('exit', done));
        if (group) process.kill(-npm.pid!, signal);
        else npm.kill(signal);
        await exited;
        // The server notices within a quarter of a second that npm's shell is gone, then closes.
        let free = false;
        for (let i = 0; i < 40 && !free; i++) {
          free = !(await taken(port));
          if (!free) await new Promise((done) => setTimeout(done, 100));
        }
        expect(free).toBe(true);
      } finally {
        try {
          process.kill(-npm.pid!, 'SIGKILL');
        } catch {
          // Already gone, as it should be.
        }
        rmSync(folder, { recursive: true, force: true });
      }
    },
    40_000,
  );
});
