/**
 * Colours as the planner uses them: the palette of one slide kind (with `colors.layouts`
 * applied) and colour references resolved to hex.
 */
import { colorNames, type ColorName, type SlideKind } from './theme-constants.js';
import type { Palette, Theme } from './theme-schema.js';

/** The palette for slides of `kind`: `colors` with `colors.layouts[kind]` laid over it. */
export function resolvePalette(theme: Theme, kind: SlideKind): Palette {
  const override = theme.colors.layouts[kind] ?? {};
  const entries = colorNames.map((name) => [name, override[name] ?? theme.colors[name]] as const);
  return Object.fromEntries(entries) as Record<ColorName, string>;
}

/** A decoration or badge colour (palette name or hex) as 6-digit hex without `#`. */
export function resolveColor(palette: Palette, ref: string): string {
  return isColorName(ref) ? palette[ref] : ref.replace(/^#/, '').toUpperCase();
}

function isColorName(value: string): value is ColorName {
  return (colorNames as readonly string[]).includes(value);
}
