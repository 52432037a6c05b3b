/**
 * How a theme file that `extends` another overrides it: objects merge key by key, arrays and
 * plain values replace.
 */
import { isRecord } from './theme-paths.js';

export function mergeThemeData(base: unknown, override: unknown): unknown {
  if (!isRecord(base) || !isRecord(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = Object.hasOwn(merged, key) ? mergeThemeData(merged[key], value) : value;
  }
  return merged;
}

/** Freezes `value` and everything inside it, so no stage can change the loaded theme. */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
