// `npm start`: the build, then the preview server (dev/preview/server.ts) in this very process: no tsx child
// process between the two. npm runs this through `sh -c`, and passes a SIGINT or SIGTERM it gets on to that
// shell, which dies without passing it on; so this process also stops (closing the server and freeing the
// port) as soon as it finds its parent gone. A `build && tsx server.ts` chain left the server running.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/cjs/api';

// KR_PREVIEW_NO_BUILD=1: the test of this script, which must not rewrite build/ under the other tests' feet.
if (process.env.KR_PREVIEW_NO_BUILD !== '1') {
  const build = fileURLToPath(new URL('./build.mjs', import.meta.url));
  execFileSync(process.execPath, [build], { stdio: 'inherit' });
}
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 250).unref();

register();
const require = createRequire(import.meta.url);
const { main } = require('../dev/preview/server.ts');
main().catch((error) => {
  console.error('npm start:', error);
  process.exit(1);
});
