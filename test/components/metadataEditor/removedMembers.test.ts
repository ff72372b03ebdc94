import { describe, expect, it } from 'vitest';
import { changeMarkers } from '../../../src/components/metadataEditor/changeMarkers';
import {
  removedMemberOf,
  setPositionAmongRemoved,
  withRemovedMembers,
} from '../../../src/components/metadataEditor/removedMembers';
import { diffMetadata } from '../../../src/core/diffMetadata';
import type { HankoUserMetadata } from '../../../src/core/HankoUserMetadata';

const base: HankoUserMetadata = {
  public_metadata: { role: 'admin', tags: ['a', 'b', 'c'], team: { id: 7, name: 'Core' }, keep: { x: 1 } },
  unsafe_metadata: { theme: 'dark' },
};
const draft: HankoUserMetadata = {
  public_metadata: { role: 'admin', tags: ['a'], team: { id: 8 }, keep: { x: 1 } },
  unsafe_metadata: {},
};

describe('withRemovedMembers', () => {
  it('puts each removed member back after its container’s own members, and counts them per container', () => {
    const changes = diffMetadata(base, draft);
    const shown = withRemovedMembers('public_metadata', draft.public_metadata ?? {}, changes);
    expect(shown.value).toEqual({ role: 'admin', tags: ['a', 'b', 'c'], team: { id: 8, name: 'Core' }, keep: { x: 1 } });
    expect(Object.keys(shown.value.team as object)).toEqual(['id', 'name']);
    expect(Object.fromEntries(shown.removedCounts)).toEqual({ 'public_metadata.tags': 2, 'public_metadata.team': 1 });
    // Only the containers that lost members are copied; the draft itself is untouched.
    expect(shown.value.keep).toBe(draft.public_metadata?.keep);
    expect(draft.public_metadata?.tags).toEqual(['a']);
  });

  it('leaves a category with no removals as it is, and brings back removed category members', () => {
    const changes = diffMetadata(base, draft);
    const same = { a: 1 };
    expect(withRemovedMembers('private_metadata', same, changes).value).toBe(same);
    const unsafe = withRemovedMembers('unsafe_metadata', {}, changes);
    expect(unsafe.value).toEqual({ theme: 'dark' });
    expect(unsafe.removedCounts.get('unsafe_metadata')).toBe(1);
  });

  it('keeps a removed "__proto__" key as an own member', () => {
    const withProto = JSON.parse('{"__proto__": {"polluted": true}, "b": 1}');
    const changes = diffMetadata({ public_metadata: withProto }, { public_metadata: { b: 1 } });
    const shown = withRemovedMembers('public_metadata', { b: 1 }, changes);
    expect(Object.keys(shown.value)).toEqual(['b', '__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('removedMemberOf', () => {
  const markers = changeMarkers(diffMetadata(base, draft));
  it('names the removed member a row shows or lies inside, and nothing for the draft’s rows', () => {
    expect(removedMemberOf(['public_metadata', 'team', 'name'], markers)).toEqual(['public_metadata', 'team', 'name']);
    expect(removedMemberOf(['public_metadata', 'tags', 2], markers)).toEqual(['public_metadata', 'tags', 2]);
    const inside = changeMarkers(diffMetadata({ public_metadata: { gone: { deep: [1] } } }, { public_metadata: {} }));
    expect(removedMemberOf(['public_metadata', 'gone', 'deep', 0], inside)).toEqual(['public_metadata', 'gone']);
    expect(removedMemberOf(['public_metadata', 'team', 'id'], markers)).toBeUndefined();
    expect(removedMemberOf(['public_metadata', 'keep', 'x'], markers)).toBeUndefined();
    expect(removedMemberOf(['public_metadata'], markers)).toBeUndefined();
  });
});

describe('setPositionAmongRemoved', () => {
  it('counts the draft’s members among themselves and the removed ones as a set after them', () => {
    // tags: ['a'] in the draft, 'b' and 'c' removed: three rows shown.
    expect(setPositionAmongRemoved(1, 3, 2)).toEqual({ posInSet: 1, setSize: 1 });
    expect(setPositionAmongRemoved(2, 3, 2)).toEqual({ posInSet: 1, setSize: 2 });
    expect(setPositionAmongRemoved(3, 3, 2)).toEqual({ posInSet: 2, setSize: 2 });
  });
});
