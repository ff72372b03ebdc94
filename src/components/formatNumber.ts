/** From here on, figures are shown compact (`45.9K`), with the exact value kept for screen readers and tooltips. */
export const COMPACT_FROM = 10_000;

export interface FormattedNumber {
  /** The exact value, grouped for the locale (`45,903`). */
  full: string;
  /** What to show: compact when large (`45.9K`), else the same as `full`. */
  short: string;
}

export function formatNumber(value: number, locale: string | undefined): FormattedNumber {
  const full = new Intl.NumberFormat(locale).format(value);
  const short =
    Math.abs(value) >= COMPACT_FROM
      ? new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
      : full;
  return { full, short };
}
