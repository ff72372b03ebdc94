import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { validateBody } from '../../../src/core/request/validateBody';
import { hankoUserMetadataSchema, synodicUserSchema } from '../../../src/core/schemas';
import { hankoPolicy, synodicPolicy } from './policies';

describe('validateBody', () => {
  it("reads Hanko's empty body as no data, and Synodic's as unexpected data", () => {
    const hanko = validateBody(hankoPolicy, hankoUserMetadataSchema, undefined, 204);
    expect(hanko).toEqual({ valid: true, data: undefined });
    const synodic = validateBody(synodicPolicy, synodicUserSchema, undefined, 200);
    expect(synodic.valid).toBe(false);
    expect(!synodic.valid && synodic.error.message).toBe('Synodic: unexpected data (HTTP 200).');
  });

  it('hands back the JSON as received for both services (a __proto__ or constructor key included)', () => {
    const metadata = JSON.parse('{"unsafe_metadata":{"__proto__":{"x":1}}}') as unknown;
    const hanko = validateBody(hankoPolicy, hankoUserMetadataSchema, metadata, 200);
    expect(hanko.valid && hanko.data).toBe(metadata);
    const user = JSON.parse('{"created_at":1,"extra":"kept","constructor":"kept too"}') as unknown;
    const synodic = validateBody(synodicPolicy, synodicUserSchema, user, 200);
    expect(synodic.valid && synodic.data).toBe(user);
  });

  it("hands back the schema's copy for a policy that does not keep the received JSON", () => {
    const user = { created_at: 1, extra: 'kept' };
    const copying = validateBody({ ...synodicPolicy, keepsReceivedJson: false }, synodicUserSchema, user, 200);
    expect(copying.valid && copying.data).not.toBe(user);
    expect(copying.valid && copying.data).toEqual(user);
  });

  it('names the first path that is wrong, and lists every issue', () => {
    const schema = v.object({ a: v.array(v.string()), b: v.number() });
    const result = validateBody(synodicPolicy, schema, { a: ['x', 2], b: 'y' }, 201);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.error.message).toBe('Synodic: unexpected data at "a.1" (HTTP 201).');
    expect(result.error).toMatchObject({ kind: 'validation', status: 201 });
    expect(result.error.issues?.map((issue) => issue.path)).toEqual(['a.1', 'b']);
  });
});
