import { describe, expect, it } from 'vitest';
import { adjacentChange, changeMarkers } from '../../../src/components/metadataEditor/changeMarkers';
import { diffMetadata } from '../../../src/core/diffMetadata';

describe('changeMarkers', () => {
  it('marks each change by its path and each container above it as inside', () => {
    const changes = diffMetadata(
      { public_metadata: { team: { id: 1, 'a.b': [1] } } },
      { public_metadata: { team: { id: 2, 'a.b': [1, 2] } }, unsafe_metadata: { x: true } },
    );
    expect(Object.fromEntries(changeMarkers(changes))).toEqual({
      'public_metadata.team.id': 'changed',
      'public_metadata.team': 'inside',
      public_metadata: 'inside',
      'public_metadata.team["a.b"][1]': 'added',
      'public_metadata.team["a.b"]': 'inside',
      'unsafe_metadata.x': 'added',
      unsafe_metadata: 'inside',
    });
  });
});

describe('adjacentChange', () => {
  it('steps through the changes and wraps at both ends', () => {
    expect(adjacentChange(3, -1, 'next')).toBe(0);
    expect(adjacentChange(3, -1, 'previous')).toBe(2);
    expect(adjacentChange(3, 2, 'next')).toBe(0);
    expect(adjacentChange(3, 0, 'previous')).toBe(2);
    expect(adjacentChange(0, -1, 'next')).toBe(-1);
  });
});
