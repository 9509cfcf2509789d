// Ids of the plan document are slugs of what the parent typed ("Morning Basket" →
// "morning-basket"), so a saved file or an export reads like the screen. The format allows
// 1–64 characters of A–Z a–z 0–9 _ - (docs/plan-format.md), unique within their list.

const MAX_ID = 64;

/** Lower-case ASCII slug of a name; accents are dropped ("Zoë" → "zoe"); may be "". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
}

/**
 * A slug of `name` not yet in `used` (which it is then added to): "wren", "wren-2", ...
 * A name with no Latin letters or digits ("李") takes `fallback` ("child", "child-2").
 */
export function uniqueId(name: string, fallback: string, used: Set<string>): string {
  const base = slug(name) || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) {
    const suffix = `-${n}`;
    id = base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '') + suffix;
  }
  used.add(id);
  return id;
}
