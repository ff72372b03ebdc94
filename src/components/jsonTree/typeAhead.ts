/** Characters typed within this many milliseconds of each other make one prefix, as in a file manager. */
export const TYPE_AHEAD_MS = 500;

/** What has been typed so far, and when the last character came. */
export interface TypeAhead {
  prefix: string;
  at: number;
}

/** The prefix after one more character at time `now`: added to the last one, or a new prefix after a pause. */
export function extendTypeAhead(previous: TypeAhead | null, character: string, now: number): TypeAhead {
  const continues = previous !== null && now - previous.at <= TYPE_AHEAD_MS;
  return { prefix: continues ? previous.prefix + character : character, at: now };
}
