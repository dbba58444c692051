// The contract lives in the repository: every doc a comment cites exists, and none cites a file kept elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const sources = execFileSync('git', ['ls-files', 'src', 'dev', 'scripts', 'bench', 'test'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(ts|mjs)$/.test(file) && existsSync(path.join(ROOT, file)));

describe('the docs the code cites', () => {
  it('are files of this repository, and each exists', () => {
    const cited = new Set<string>();
    for (const file of sources) {
      for (const match of readFileSync(path.join(ROOT, file), 'utf8').matchAll(/\bdocs\/[\w-]+\.md\b/g))
        cited.add(match[0]);
    }
    expect(cited.size).toBeGreaterThan(5);
    for (const doc of cited) expect([doc, existsSync(path.join(ROOT, doc))]).toEqual([doc, true]);
  });

  it('never send a reader to SPEC.md or KR-CARD.md, which are not in the repository', () => {
    const stale = sources.filter((file) =>
      /\bSPEC §|\bSPEC\.md\b|KR-CARD\.md/.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(stale.filter((file) => file !== 'test/project/docs.test.ts')).toEqual([]);
  });
});
