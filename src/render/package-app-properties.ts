/**
 * `docProps/app.xml` as pptxgenjs writes it lists the fonts Arial and Calibri and the theme
 * “Office Theme” whatever the deck uses. PowerPoint shows these lists (File → Info) and rewrites
 * them on save; readers that index documents take them at their word. Here they name the fonts
 * the deck's shapes and theme really use and the theme by its name.
 */
import { decodeXmlEntities, escapeXml } from './package-xml.js';

/**
 * Where a typeface value starts (the first `typeface="` of the tag, as `[^>]*?` is lazy); the value
 * runs to the next quote. Found with `test`, which makes no match array, and read with indexOf:
 * capturing `typeface="([^"]*)"` made an array for each of the ~6000 typefaces a deck of 10× the
 * seed names (three per run), ~1.6 MB (sampling heap profiler).
 */
const TYPEFACE_START = /<a:(?:latin|ea|cs|sym|buFont)\b[^>]*?\btypeface="/gu;

/** Typefaces named in a slide, layout, master or notes part, `+mn-lt`-style theme references left out. */
export function typefacesIn(partXml: string): string[] {
  const faces: string[] = [];
  TYPEFACE_START.lastIndex = 0;
  while (TYPEFACE_START.test(partXml)) {
    const start = TYPEFACE_START.lastIndex;
    const end = partXml.indexOf('"', start);
    // No quote ends the value: nor can any later typeface's.
    if (end === -1) break;
    const face = decodeXmlEntities(partXml.slice(start, end));
    if (face !== '' && !face.startsWith('+')) faces.push(face);
    TYPEFACE_START.lastIndex = end + 1;
  }
  return faces;
}

export interface AppProperties {
  /** Fonts in the order to list them. */
  readonly fonts: readonly string[];
  readonly themeName: string;
}

const FONTS_USED = 'Fonts Used';
const THEME = 'Theme';

interface TitleGroup {
  readonly label: string;
  readonly titles: readonly string[];
}

/** HeadingPairs (label, count) over TitlesOfParts, as groups; null when app.xml has neither. */
function readGroups(appXml: string): TitleGroup[] | null {
  const pairs = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/u.exec(appXml);
  const parts = /<TitlesOfParts>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/u.exec(appXml);
  if (pairs === null || parts === null) return null;
  const labels = [...(pairs[1] ?? '').matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/gu)].map((match) => decodeXmlEntities(match[1] ?? ''));
  const counts = [...(pairs[1] ?? '').matchAll(/<vt:i4>(\d+)<\/vt:i4>/gu)].map((match) => Number(match[1]));
  const titles = [...(parts[1] ?? '').matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>|<vt:lpstr\/>/gu)].map((match) => decodeXmlEntities(match[1] ?? ''));
  if (labels.length !== counts.length) return null;
  let at = 0;
  return labels.map((label, index) => {
    const count = counts[index] ?? 0;
    const group = { label, titles: titles.slice(at, at + count) };
    at += count;
    return group;
  });
}

function writeGroups(appXml: string, groups: readonly TitleGroup[]): string {
  const pairs = groups.map(
    (group) => `<vt:variant><vt:lpstr>${escapeXml(group.label)}</vt:lpstr></vt:variant><vt:variant><vt:i4>${group.titles.length}</vt:i4></vt:variant>`,
  );
  const titles = groups.flatMap((group) => group.titles.map((title) => `<vt:lpstr>${escapeXml(title)}</vt:lpstr>`));
  return appXml
    .replace(
      /<HeadingPairs>[\s\S]*?<\/HeadingPairs>/u,
      `<HeadingPairs><vt:vector size="${pairs.length * 2}" baseType="variant">${pairs.join('')}</vt:vector></HeadingPairs>`,
    )
    .replace(
      /<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/u,
      `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.join('')}</vt:vector></TitlesOfParts>`,
    );
}

/** Replaces the “Fonts Used” and “Theme” groups, keeping the others (slide titles) as they are. */
export function writeAppProperties(appXml: string, properties: AppProperties): string {
  const groups = readGroups(appXml);
  if (groups === null) return appXml;
  const replaced = groups.map((group) => {
    if (group.label === FONTS_USED) return { label: group.label, titles: [...new Set(properties.fonts)] };
    if (group.label === THEME) return { label: group.label, titles: [properties.themeName] };
    return group;
  });
  return writeGroups(appXml, replaced);
}
