// What Hanko's admin API does with `PATCH /users/{id}/metadata`, for the Next.js check's stand-in:
// each category is merged by RFC 7386 (a member set to null is deleted, objects merge member by
// member, anything else replaces), a category set to null (or a null patch) is cleared, and a
// category whose compact JSON is longer than 3,000 characters is refused with Hanko's 400 message.
// Written apart from the library (plain JSON.parse, no shared code), so a bug in the library's own
// merge or size count cannot hide in the check that exercises it.

const CATEGORIES = ['public_metadata', 'private_metadata', 'unsafe_metadata'];
const LIMIT = 3000;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7386 MergePatch(target, patch); `undefined` stands for "no member". */
function mergePatch(target, patch) {
  if (!isObject(patch)) return patch === null ? undefined : patch;
  const merged = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    const next = mergePatch(merged[key], value);
    if (next === undefined) delete merged[key];
    // A data property, so a member named "__proto__" is a member, as in Go's maps.
    else Object.defineProperty(merged, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

/** Characters as Hanko counts them: code points of the compact JSON. */
const size = (value) => [...JSON.stringify(value)].length;

/**
 * The metadata after `patch`, as `{ metadata }` (`null` when nothing is left, Hanko's 204), or
 * `{ error }` with Hanko's message for a patch it refuses; `current` is not changed.
 */
export function applyHankoPatch(current, patch) {
  if (patch !== null && !isObject(patch)) return { error: 'invalid metadata patch' };
  const next = {};
  for (const category of CATEGORIES) {
    const change = patch === null ? null : patch[category];
    if (change !== undefined && change !== null && !isObject(change)) return { error: 'invalid metadata patch' };
    const merged = change === undefined ? current?.[category] : mergePatch(current?.[category], change);
    if (!isObject(merged) || Object.keys(merged).length === 0) continue;
    if (size(merged) > LIMIT) {
      return { error: `metadata limit exceeded: ${category.replace('_', ' ')} must not exceed ${LIMIT} characters` };
    }
    next[category] = merged;
  }
  return { metadata: Object.keys(next).length ? next : null };
}
