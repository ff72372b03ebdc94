import * as v from 'valibot';
import { ApiError } from '../ApiError';
import { toIssues } from '../toIssues';
import { describeAnswer, type ServicePolicy } from './ServicePolicy';

/** Valid data (`undefined` for a service's empty answer), or the `validation` error saying what is wrong. */
export type ValidatedBody<T> = { valid: true; data: T | undefined } | { valid: false; error: ApiError };

/** Checks parsed JSON against the endpoint's schema. */
export function validateBody<T>(
  policy: ServicePolicy,
  schema: v.GenericSchema<unknown, T>,
  json: unknown,
  status: number,
): ValidatedBody<T> {
  if (json === undefined && policy.emptyBody === 'no-data') return { valid: true, data: undefined };
  const result = v.safeParse(schema, json);
  if (result.success) {
    // The JSON is what the schema accepted, so it has the schema's type; only the copy is refused.
    return { valid: true, data: policy.keepsReceivedJson ? (json as T) : result.output };
  }
  const issues = toIssues(result.issues);
  const path = issues[0]?.path;
  return {
    valid: false,
    error: new ApiError({
      kind: 'validation',
      service: policy.service,
      message: describeAnswer(policy, `unexpected data${path ? ` at "${path}"` : ''}`, status),
      status,
      issues,
    }),
  };
}
