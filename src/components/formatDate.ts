/** A medium-length date (`Mar 4, 2021`, `04.03.2021`), or `undefined` when the date cannot be shown. */
export function formatDate(date: Date, locale: string | undefined, timeZone: string | undefined): string | undefined {
  if (!Number.isFinite(date.getTime())) return;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}
