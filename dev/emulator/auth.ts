// ScriptApp: the authorization modes, and the scopes a user granted, with Google's checks for flows that need
// them (https://developers.google.com/apps-script/concepts/scopes#handle-granular: requireScopes "for flows
// that rely on specific scopes", requireAllScopes "if an execution flow relies on all project scopes").

import type { EnumValue, Runtime } from './runtime';

export interface AuthState {
  /** The scopes of the manifest next to the bundle (build/appsscript.json); undefined: none read, any granted. */
  manifestScopes: string[] | undefined;
  /** What the user granted: undefined means every scope of the manifest (the consent screen accepted whole). */
  granted: Set<string> | undefined;
  /** The scopes each refused check asked for, in order: where Google would show the consent screen again. */
  readonly consentRequests: string[][];
}

export function isGranted(state: AuthState, scope: string): boolean {
  if (state.granted) return state.granted.has(scope);
  return state.manifestScopes === undefined || state.manifestScopes.includes(scope);
}

export function createScriptApp(runtime: Runtime, state: AuthState): object {
  const AuthMode = runtime.enumOf('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
  const AuthorizationStatus = runtime.enumOf('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED'] as const);
  const missing = (scopes: readonly string[]) => scopes.filter((scope) => !isGranted(state, scope));
  const scopesArg = (scopes: unknown, method: string): string[] => {
    if (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== 'string')) {
      runtime.fail(
        `The parameters (${typeof scopes}) don't match the method signature for ScriptApp.${method}.`,
      );
    }
    return scopes as string[];
  };
  const require = (scopes: string[]) => {
    const lacking = missing(scopes);
    if (lacking.length > 0) {
      state.consentRequests.push(lacking);
      runtime.fail('Authorization is required to perform that action.');
    }
  };
  return runtime.wrap(
    {
      AuthMode,
      AuthorizationStatus,
      requireScopes: (_mode: EnumValue, scopes: unknown) => require(scopesArg(scopes, 'requireScopes')),
      requireAllScopes: (_mode: EnumValue) => require(state.manifestScopes ?? []),
      getAuthorizationInfo: (_mode: EnumValue, scopes?: unknown) => {
        const asked =
          scopes === undefined ? (state.manifestScopes ?? []) : scopesArg(scopes, 'getAuthorizationInfo');
        const lacking = missing(asked);
        return runtime.wrap(
          {
            getAuthorizationStatus: () =>
              lacking.length > 0 ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
            getAuthorizedScopes: () => asked.filter((scope) => isGranted(state, scope)),
            getAuthorizationUrl: () =>
              lacking.length > 0 ? 'https://script.google.com/emulator/authorize' : null,
          },
          'AuthorizationInfo',
        );
      },
    },
    'ScriptApp',
  );
}
