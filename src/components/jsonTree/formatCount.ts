/** A count of items or keys in the locale's digits and grouping (`1.234` in German). */
export const formatCount = (count: number, locale: string | undefined): string => count.toLocaleString(locale);
