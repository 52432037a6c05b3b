/**
 * Key paths inside theme data: `colors.primary`, `sizes.body.min`, `decorations[2].color`.
 */

export type KeyPath = readonly PropertyKey[];

/** A problem at a key path, before it is tied to a file and turned into a ThemeIssue. */
export interface KeyedIssue {
  readonly path: KeyPath;
  readonly message: string;
  readonly found?: string;
}

export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when any step is missing. */
export function readAtPath(data: unknown, path: KeyPath): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string' && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

export function hasPath(data: unknown, path: KeyPath): boolean {
  let current: unknown = data;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number' && key < current.length) current = current[key];
    else if (isRecord(current) && typeof key === 'string' && Object.hasOwn(current, key)) current = current[key];
    else return false;
  }
  return true;
}

/** A value as the user wrote it, short enough for one message line. */
export function formatFoundValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
