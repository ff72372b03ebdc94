import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AVATAR_TINTS, Avatar, getAvatarTint } from '../../src/components/Avatar';
import { Skeleton } from '../../src/components/Skeleton';

describe('Avatar and Skeleton on their own', () => {
  it('carry rum-root, where the theme variables they are drawn with live', () => {
    render(<Avatar name="ada-lovelace" alt="Avatar of ada-lovelace" />);
    expect(screen.getByRole('img')).toHaveClass('rum-root', 'rum-avatar');
    const { container } = render(<Skeleton />);
    expect(container.firstElementChild).toHaveClass('rum-root', 'rum-skeleton');
  });

  it('tints the initials disc from the name: always the same for one name, spread over every tint', () => {
    expect(getAvatarTint('ada-lovelace')).toBe(getAvatarTint('ada-lovelace'));
    const names = Array.from({ length: 200 }, (_, index) => `user-${index}`);
    const tints = new Set(names.map(getAvatarTint));
    expect([...tints].every((tint) => Number.isInteger(tint) && tint >= 0 && tint < AVATAR_TINTS)).toBe(true);
    expect(tints.size).toBe(AVATAR_TINTS);
    render(<Avatar name="grace-hopper" alt="Avatar of grace-hopper" />);
    expect(screen.getByRole('img', { name: 'Avatar of grace-hopper' })).toHaveAttribute(
      'data-tint',
      String(getAvatarTint('grace-hopper')),
    );
  });
});
