// The sidebar's calls to the server: google.script.run wrapped in promises, typed from the server's own exports.
import type { MissionInput } from '../core/log/mission';
import type * as Server from '../server';

type ServerFunctions = typeof Server;

/**
 * What google.script.run carries each way: numbers, strings, booleans, null, and arrays and objects of them.
 * A Date or a function fails the call, and return values follow the same rule
 * (https://developers.google.com/apps-script/guides/html/reference/run), so they become `never` here.
 */
export type Plain<T> = T extends Date | ((...args: never[]) => unknown)
  ? never
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends readonly (infer E)[]
      ? readonly Plain<E>[]
      : { [K in keyof T]: Plain<T[K]> };

/** `true` when a value of type T crosses google.script.run unchanged. */
export type Transportable<T> = [T] extends [Plain<T>] ? true : false;

/** Each server function as the sidebar sees it: same arguments, the plain result in a promise. */
export type Promisified<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Plain<R>> : never;
};

type Assert<T extends true> = T;
/** A server function that starts returning a Date (or the form that starts sending one) breaks the build here. */
export type TransportChecks = [
  Assert<Transportable<ReturnType<ServerFunctions['getFormConfig']>>>,
  Assert<Transportable<ReturnType<ServerFunctions['submitMission']>>>,
  Assert<Transportable<MissionInput>>,
  Assert<Transportable<ReturnType<ServerFunctions['listMissions']>>>,
  Assert<Transportable<ReturnType<ServerFunctions['updateMission']>>>,
  Assert<Transportable<ReturnType<ServerFunctions['verifyMission']>>>,
];

/** The few members of google.script.run the sidebar uses; any other member is a server function. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
}
type Runner = ScriptRun & Record<string, (...args: unknown[]) => void>;

/** Thrown (as a rejection) when the page runs outside Apps Script, where google.script.run does not exist. */
export class ServerUnavailableError extends Error {
  constructor() {
    super('google.script.run is not available');
    this.name = 'ServerUnavailableError';
  }
}

function scriptRun(): Runner {
  const run = (globalThis as { google?: { script?: { run?: Runner } } }).google?.script?.run;
  if (!run) throw new ServerUnavailableError();
  return run;
}

/**
 * Promise wrappers for the named server functions. A name that is not an export of src/server/index.ts does
 * not compile, so renaming a server function breaks the build rather than the sidebar.
 */
export function promisify<K extends keyof ServerFunctions>(
  ...names: K[]
): Pick<Promisified<ServerFunctions>, K> {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of names) {
    api[name] = (...args) =>
      new Promise((resolve, reject) => {
        // google.script.run copies each runner on withSuccessHandler/withFailureHandler: one call, its own handlers.
        scriptRun().withSuccessHandler(resolve).withFailureHandler(reject)[name]!(...args);
      });
  }
  return api as unknown as Pick<Promisified<ServerFunctions>, K>;
}

export const server = promisify(
  'getFormConfig',
  'submitMission',
  'listMissions',
  'updateMission',
  'verifyMission',
);

export type FormConfig = Awaited<ReturnType<typeof server.getFormConfig>>;
export type SubmitReply = Awaited<ReturnType<typeof server.submitMission>>;
export type SubmitSuccess = Extract<SubmitReply, { ok: true }>;
export type ListReply = Awaited<ReturnType<typeof server.listMissions>>;
export type ChangeReply = Awaited<ReturnType<typeof server.updateMission>>;
export type ChangeSuccess = Extract<ChangeReply, { ok: true }>;
