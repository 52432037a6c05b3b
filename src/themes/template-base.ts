/**
 * Which built-in theme an imported template extends. The import only brings colours, fonts and
 * images; sizes, spacing and decorations come from the base, so the base should look alike:
 * a dark theme for a dark template, a sober one for a grey template, else the nearest hue.
 */
import type { Theme } from './theme-schema.js';
import { chromaOf, describeHue, GREY_CHROMA, hueDistance, hueOf, isDark } from './template-colors.js';

export interface BaseChoice {
  readonly theme: Theme;
  /** Chinese: why this base was chosen. */
  readonly reason: string;
}

type Look = 'dark' | 'grey' | 'colour';

function lookOf(primary: string | undefined, background: string | undefined): Look {
  if (background !== undefined && isDark(background)) return 'dark';
  if (primary === undefined || chromaOf(primary) < GREY_CHROMA) return 'grey';
  return 'colour';
}

/**
 * The built-in closest to the imported colours. `builtins` must not be empty. Among themes of the
 * same look the nearest primary hue wins; when no built-in shares the look, all are compared.
 */
export function chooseBaseTheme(colors: { readonly primary?: string; readonly background?: string }, builtins: readonly Theme[]): BaseChoice {
  const look = lookOf(colors.primary, colors.background);
  const sameLook = builtins.filter((theme) => lookOf(theme.colors.primary, theme.colors.background) === look);
  const pool = sameLook.length > 0 ? sameLook : builtins;
  const primary = colors.primary;
  const ranked = [...pool].sort((a, b) => distanceTo(primary, a) - distanceTo(primary, b));
  const theme = ranked[0];
  if (theme === undefined) throw new Error('chooseBaseTheme needs at least one built-in theme');
  return { theme, reason: describeReason(look, primary, theme) };
}

/** Hue distance first; chroma difference breaks ties between themes of similar hue. */
function distanceTo(primary: string | undefined, theme: Theme): number {
  if (primary === undefined) return 0;
  return hueDistance(hueOf(primary), hueOf(theme.colors.primary)) + Math.abs(chromaOf(primary) - chromaOf(theme.colors.primary)) * 10;
}

function describeReason(look: Look, primary: string | undefined, theme: Theme): string {
  const base = `以内置主题 ${theme.name}（${theme.label}）为基础`;
  if (look === 'dark') return `${base}：模板背景为深色`;
  if (primary === undefined) return `${base}：模板没有可作主色的颜色`;
  if (look === 'grey') return `${base}：模板主色接近灰色，风格素雅`;
  return `${base}：模板主色为${describeHue(primary ?? theme.colors.primary)}系，与其主色最接近`;
}
