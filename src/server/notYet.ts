// Server functions whose work arrives in later issues: they say so plainly instead of doing nothing.
import { message } from '../core/messages';

export function notYetAvailable(fn: string): never {
  throw new Error(`${message('th', 'server.notYet', { fn })} / ${message('en', 'server.notYet', { fn })}`);
}
