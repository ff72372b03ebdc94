'use client';
import { useSyncExternalStore } from 'react';

/** Locale and time zone to hand to `Intl`, plus whether the runtime's own defaults may be used yet. */
export interface FormatSettings {
  locale: string | undefined;
  timeZone: string | undefined;
  /** False on the server and during hydration: nothing may depend on the viewer's clock, locale or zone. */
  hydrated: boolean;
}

const subscribe = () => () => {};

/**
 * The server cannot know the viewer's locale or time zone, so the server render and the hydration pass
 * both use `en-US` (unless a locale is given) and UTC; the render right after hydration switches to
 * the runtime's defaults. A client-only render uses them at once.
 */
export function useFormatSettings(locale: string | undefined): FormatSettings {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return {
    locale: (locale ? validLocale(locale) : undefined) ?? (hydrated ? undefined : 'en-US'),
    timeZone: hydrated ? undefined : 'UTC',
    hydrated,
  };
}

/** `Intl` throws a RangeError on a malformed tag; a locale read from user settings must not take the page down. */
function validLocale(locale: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}
