// Maps each contract call to its handler: validates the payload against the call's schema, runs the
// handler, and turns every outcome into a Result. Player mistakes become their sentence; bugs are logged
// and reported with a generic message, never a stack trace.
import { contract, methods, type Method, type ParsedRequestOf, type ResponseOf } from '@shared/contract';
import { fail, GENERIC_FAILURE, isUserError, ok, type Result } from '@shared/result';
import type { Logger } from './logger';

export type Handlers = {
  [M in Method]: (request: ParsedRequestOf<M>) => Promise<ResponseOf<M>> | ResponseOf<M>;
};

export interface Router {
  readonly methods: readonly Method[];
  call(method: string, payload: unknown): Promise<Result<unknown>>;
}

const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);

/** Says which field of a request was wrong, in a sentence. */
function describeIssue(method: string, issue: { path: PropertyKey[]; message: string }): string {
  const field = issue.path.map(String).join('.');
  return field
    ? `The request "${method}" has a bad "${field}" field: ${issue.message}.`
    : `The request "${method}" is malformed: ${issue.message}.`;
}

export function createRouter(handlers: Handlers, log: Logger): Router {
  return {
    methods,
    async call(method, payload) {
      if (typeof method !== 'string' || !isMethod(method)) {
        log.warn(`Refused a call to unknown channel "${String(method)}".`);
        return fail('unknown-channel', `There is no call named "${String(method)}".`);
      }
      const parsed = contract[method].request.safeParse(payload);
      if (!parsed.success) {
        const message = describeIssue(method, parsed.error.issues[0]!);
        log.warn(message);
        return fail('invalid-request', message);
      }
      try {
        const handler = handlers[method] as (request: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        if (isUserError(error)) return fail(error.code, error.message);
        log.error(`The call "${method}" failed.`, error);
        return fail('internal', GENERIC_FAILURE);
      }
    },
  };
}
