'use client';
// One client component per validator (the import below is rewritten per page): it validates a value
// with every schema, so the bundler must keep what validation needs.
import { schemas } from './schemas';

export function Probe() {
  return <p>{schemas.map((schema) => JSON.stringify(schema['~standard'].validate({}))).join(' ')}</p>;
}
