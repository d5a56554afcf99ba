/**
 * Names that must never become a key of a plain object: every member of Object.prototype (`__proto__`,
 * `constructor`, `toString`, `hasOwnProperty`, …) and `prototype`. MapLibre keeps feature state in plain objects
 * keyed by feature id, so `setFeatureState({id: '__proto__'}, {selected: true})` would set
 * `Object.prototype.selected` for the whole page. Ids from links, data files and storage are checked here first.
 */
const RESERVED = new Set<string>([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

/** The id grammar of links and data files: short, lower-case ASCII, and never an Object.prototype member. */
const ID_PATTERN = /^[a-z0-9_]{1,64}$/;

export function isSafeId(id: string): boolean {
  return ID_PATTERN.test(id) && !isReservedName(id);
}
