import * as esbuild from 'esbuild';

const entry = process.argv[2],
  platform = process.argv[3] || 'neutral';
const r = await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'X',
  target: 'es2020',
  platform,
  mainFields: ['module', 'main'],
  minify: true,
  metafile: true,
  charset: 'utf8',
});
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs)
  .map(([k, v]) => [v.bytesInOutput, k])
  .sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows.slice(0, 30)) console.log(String(b).padStart(7), k);
