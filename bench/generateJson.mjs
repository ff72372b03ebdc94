// Deterministic JSON of an exact size, for the benchmark: the same seed and node count always give
// the same value. A node is any value (object, array, string, number, boolean or null), the root included.

const WORDS = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'status',
  'role',
  'tags',
  'profile',
  'address',
  'city',
  'street',
  'zip',
  'settings',
  'theme',
  'locale',
  'plan',
  'billing',
  'seats',
  'features',
  'flags',
  'notes',
  'history',
  'events',
  'created',
  'updated',
  'owner',
  'team',
  'project',
  'score',
  'level',
  'badge',
  'region',
  'device',
  'session',
];

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A JSON object of exactly `nodes` values, built from `seed`. */
export function generateJson(nodes, seed = 1) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const primitive = () => {
    const r = rnd();
    if (r < 0.45) return `${pick(WORDS)} ${pick(WORDS)} ${Math.floor(rnd() * 1000)}`;
    if (r < 0.75) return rnd() < 0.5 ? Math.floor(rnd() * 100000) : Math.round(rnd() * 1e6) / 100;
    if (r < 0.92) return rnd() < 0.5;
    return null;
  };
  // Builds a value of exactly `size` nodes. Depth stays small (about log(size)), so recursion is fine here.
  const build = (size, depth, forceObject) => {
    if (size === 1 && !forceObject) return primitive();
    const children = Math.max(1, Math.min(size - 1, 1 + Math.floor(rnd() * (depth < 2 ? 16 : 7))));
    // Split size - 1 nodes among the children: random weights, at least one node each.
    const weights = Array.from({ length: children }, () => rnd() ** 2 + 0.05);
    const total = weights.reduce((a, b) => a + b, 0);
    let left = size - 1;
    const parts = weights.map((w, i) => {
      const share =
        i === children - 1
          ? left
          : Math.max(1, Math.min(left - (children - 1 - i), Math.round(((size - 1) * w) / total)));
      left -= share;
      return share;
    });
    if (size === 1) return {};
    const array = !forceObject && rnd() < 0.3;
    const box = array ? [] : {};
    parts.forEach((part, i) => {
      const value = build(part, depth + 1, false);
      if (array) box.push(value);
      else box[`${pick(WORDS)}_${i}`] = value;
    });
    return box;
  };
  return build(nodes, 0, true);
}

/** Counts the nodes of a JSON value (iteratively). */
export function countNodes(value) {
  let count = 0;
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    count++;
    if (v && typeof v === 'object') for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push(child);
  }
  return count;
}
