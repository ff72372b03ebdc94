'use client';
import { forwardRef, type HTMLAttributes, useCallback, useState } from 'react';
import { classNames } from './classNames';
import { safeHttpUrl } from './safeUrl';

/** Up to two letters: the first of each of the first two words of `name` (`jane-doe` → `JD`), else one. */
export function getInitials(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Array.from keeps a letter outside the BMP whole instead of splitting its surrogate pair.
  const letters = words.slice(0, 2).map((word) => Array.from(word)[0]);
  return letters.join('').toUpperCase() || '?';
}

/** How many disc colours the stylesheet has (`--rum-avatar-0` to `--rum-avatar-7`). */
export const AVATAR_TINTS = 8;

/**
 * The disc colour of a name: the same name always gets the same one, so a user is recognisable at a
 * glance across pages, and two names side by side usually differ. A 32-bit FNV-1a hash of the code points.
 */
export function getAvatarTint(name: string): number {
  let hash = 0x811c9dc5;
  for (const letter of name) {
    hash ^= letter.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % AVATAR_TINTS;
}

/** `loading` until the image has loaded (initials shown), `success`, or `error`/`none` (initials for good). */
export type AvatarState = 'loading' | 'success' | 'error' | 'none';

export interface AvatarProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** Image URL; anything but an absolute http(s) URL is ignored. */
  src?: string | null;
  /** Initials come from it. */
  name: string;
  /** Accessible name of the avatar, whether the image or the initials show. */
  alt: string;
  className?: string;
}

/**
 * A picture with initials underneath, shown until the picture has loaded and again if it fails.
 * The image is in the markup from the first (server) render so `loading="lazy"` can do its job;
 * it stays transparent until its load event.
 */
export const Avatar = forwardRef<HTMLSpanElement, AvatarProps>(function Avatar(
  { src, name, alt, className, ...rest },
  ref,
) {
  const url = safeHttpUrl(src);
  // Keyed by URL, so a new URL starts over at `loading` without an effect.
  const [settled, setSettled] = useState<{ url: string; state: 'success' | 'error' }>();
  const state: AvatarState = !url ? 'none' : settled?.url === url ? settled.state : 'loading';
  // An image that finished before hydration fires no load event React can see: read its state once mounted.
  const checkComplete = useCallback(
    (image: HTMLImageElement | null) => {
      if (image?.complete && url) setSettled({ url, state: image.naturalWidth > 0 ? 'success' : 'error' });
    },
    [url],
  );
  return (
    <span
      role="img"
      aria-label={alt}
      data-state={state}
      data-tint={getAvatarTint(name)}
      {...rest}
      ref={ref}
      // rum-root: alone on a page it still gets the theme variables it is drawn with.
      className={classNames('rum-root rum-avatar', className)}
    >
      <span className="rum-avatar-fallback" aria-hidden="true">
        {getInitials(name)}
      </span>
      {url && state !== 'error' && (
        <img
          key={url}
          ref={checkComplete}
          className="rum-avatar-image"
          src={url}
          alt=""
          referrerPolicy="no-referrer"
          loading="lazy"
          decoding="async"
          onLoad={() => setSettled({ url, state: 'success' })}
          onError={() => setSettled({ url, state: 'error' })}
        />
      )}
    </span>
  );
});
