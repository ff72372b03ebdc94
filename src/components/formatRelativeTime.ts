const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * `date` relative to `now` in its largest whole unit (`3 years ago`, `vor 2 Monaten`). Truncated,
 * not rounded: an account made 1.9 years ago is "1 year" old. `undefined` for dates that cannot be shown.
 */
export function formatRelativeTime(date: Date, now: Date, locale: string | undefined): string | undefined {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  if (!Number.isFinite(seconds)) return;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  // `+ 0` turns -0 into 0, which `numeric: 'auto'` words as "now" rather than "0 seconds ago".
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.trunc(seconds / size) + 0, unit);
}
