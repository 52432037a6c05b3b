/**
 * pptxgenjs points the notes master at `theme1.xml`, the slide master's theme. PowerPoint gives
 * every master its own theme part, and public pptxgenjs issues (#1449) tie the shared part to
 * repair prompts in PowerPoint for Mac. A notes master that shares its theme with another master
 * gets a copy of it as a part of its own (the package pass then writes the deck's colours and
 * fonts into both).
 */
import type { PackagePart } from '../ooxml/package-zip.js';
import { resolveTarget, sourceOfRelationships } from './package-part-names.js';

const THEME_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme';
const THEME_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.theme+xml';
const MASTER_RELATIONSHIPS = /^ppt\/(?:slideMasters|notesMasters|handoutMasters)\/_rels\/[^/]+\.rels$/u;
const NOTES_MASTER_RELATIONSHIPS = /^ppt\/notesMasters\/_rels\/[^/]+\.rels$/u;

const decoder = new TextDecoder('utf-8');

function textOf(part: PackagePart): string {
  return typeof part.data === 'string' ? part.data : decoder.decode(part.data);
}

interface ThemeLink {
  /** The relationships part. */
  readonly rels: string;
  readonly theme: string;
}

function themeLinks(parts: readonly PackagePart[]): ThemeLink[] {
  return parts
    .filter((part) => MASTER_RELATIONSHIPS.test(part.name))
    .flatMap((part) => {
      const source = sourceOfRelationships(part.name) ?? '';
      return [...textOf(part).matchAll(/<Relationship\b[^>]*>/gu)]
        .map((match) => match[0])
        .filter((relationship) => relationship.includes(`Type="${THEME_RELATIONSHIP}"`))
        .flatMap((relationship) => {
          const target = /\bTarget="([^"]*)"/u.exec(relationship)?.[1];
          return target === undefined ? [] : [{ rels: part.name, theme: resolveTarget(source, target) }];
        });
    });
}

function nextThemeName(names: ReadonlySet<string>): string {
  let index = 1;
  while (names.has(`ppt/theme/theme${index}.xml`)) index += 1;
  return `ppt/theme/theme${index}.xml`;
}

function retarget(relsXml: string, source: string, from: string, to: string): string {
  return relsXml.replace(/<Relationship\b[^>]*>/gu, (relationship) => {
    if (!relationship.includes(`Type="${THEME_RELATIONSHIP}"`)) return relationship;
    return relationship.replace(/(\bTarget=")([^"]*)(")/u, (whole, before: string, target: string, after: string) => {
      return resolveTarget(source, target) === from ? `${before}../theme/${to.slice('ppt/theme/'.length)}${after}` : whole;
    });
  });
}

function addThemeOverride(contentTypesXml: string, themeName: string): string {
  const override = `<Override PartName="/${themeName}" ContentType="${THEME_CONTENT_TYPE}"/>`;
  return contentTypesXml.replace(/<\/Types>\s*$/u, `${override}</Types>`);
}

/** The parts with each notes master that shares a theme given a copy of its own. */
export function separateNotesMasterThemes(parts: readonly PackagePart[]): PackagePart[] {
  const links = themeLinks(parts);
  const shared = links.filter(
    (link) => NOTES_MASTER_RELATIONSHIPS.test(link.rels) && links.some((other) => other.rels !== link.rels && other.theme === link.theme),
  );
  if (shared.length === 0) return [...parts];
  const names = new Set(parts.map((part) => part.name));
  const byName = new Map(parts.map((part) => [part.name, part]));
  const added: PackagePart[] = [];
  const relsChanges = new Map<string, string>();
  let contentTypes = byName.get('[Content_Types].xml');
  for (const link of shared) {
    const original = byName.get(link.theme);
    if (original === undefined) continue;
    const copy = nextThemeName(names);
    names.add(copy);
    added.push({ name: copy, data: original.data });
    const rels = relsChanges.get(link.rels) ?? textOf(byName.get(link.rels) ?? { name: link.rels, data: '' });
    relsChanges.set(link.rels, retarget(rels, sourceOfRelationships(link.rels) ?? '', link.theme, copy));
    if (contentTypes !== undefined) contentTypes = { name: contentTypes.name, data: addThemeOverride(textOf(contentTypes), copy) };
  }
  const changed = parts.map((part) => {
    if (part.name === '[Content_Types].xml' && contentTypes !== undefined) return contentTypes;
    const rels = relsChanges.get(part.name);
    return rels === undefined ? part : { name: part.name, data: rels };
  });
  return [...changed, ...added];
}
