import { hankoPolicy } from '../../../src/core/hankoPolicy';
import { synodicPolicy } from '../../../src/core/synodicPolicy';
import type { ReceivedResponse } from '../../../src/core/request/ReceivedResponse';

export { hankoPolicy, synodicPolicy };

/** A response as the requester keeps it, with a complete JSON body unless told otherwise. */
export function received(overrides: Partial<ReceivedResponse> = {}): ReceivedResponse {
  return { status: 200, contentType: 'application/json', text: '', complete: true, ...overrides };
}

/** Stands in for the requester's redaction: removes `KEY` and bounds the text like it does. */
export const KEY = 'sk_live_unit_test_key';
export const redact = (text: string) => text.split(KEY).join('[redacted]').slice(0, 2000);
