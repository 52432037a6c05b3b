/**
 * Part names must be ASCII (ECMA-376 Part 2, §6.2.2 and §7.3.3: non-ASCII characters only
 * percent-encoded). pptxgenjs names a master's pictures after the master, and huibao names masters
 * by their Chinese label (PowerPoint shows it in the layout gallery), so a theme with a background
 * picture gave `ppt/media/封面-image-2.jpeg`, written raw into the zip and into the relationship
 * targets; PowerPoint is likely to repair such a deck and drop the picture. Such parts get an ASCII
 * name here, and every reference to them (relationship targets, content-type overrides) follows.
 */
import { posix } from 'node:path';

/** Outside the package's own part names, characters every reader takes without encoding. */
const SAFE_NAME = /^[A-Za-z0-9._\-/]*$/u;
const UNSAFE_CHARACTERS = /[^A-Za-z0-9._-]+/gu;
/** Not a part: the zip entry that lists content types has its own fixed name. */
const CONTENT_TYPES = '[Content_Types].xml';

function isSafe(name: string): boolean {
  return name === CONTENT_TYPES || SAFE_NAME.test(name);
}

/** `封面-image-2.jpeg` → `image-2.jpeg`: the ASCII that is there, `part` when nothing is. */
function asciiSegment(segment: string): string {
  const dot = segment.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [segment.slice(0, dot), segment.slice(dot)] : [segment, ''];
  const asciiStem = stem
    .replace(UNSAFE_CHARACTERS, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^[-.]+|[-.]+$/gu, '');
  const asciiExtension = extension.replace(UNSAFE_CHARACTERS, '');
  return `${asciiStem === '' ? 'part' : asciiStem}${asciiExtension === '.' ? '' : asciiExtension}`;
}

function withSuffix(name: string, suffix: number): string {
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  const at = dot > slash + 1 ? dot : name.length;
  return `${name.slice(0, at)}-${suffix}${name.slice(at)}`;
}

/** `ppt/slides/_rels/slide1.xml.rels` → `ppt/slides/slide1.xml`; undefined for other parts. */
export function sourceOfRelationships(relsName: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/u.exec(relsName);
  return match === null ? undefined : `${match[1] ?? ''}${match[2] ?? ''}`;
}

function relationshipsOf(partName: string): string {
  return `${posix.dirname(partName) === '.' ? '' : `${posix.dirname(partName)}/`}_rels/${posix.basename(partName)}.rels`;
}

/**
 * The new name of every part whose name is not plain ASCII, keyed by the old one. Names stay in
 * their folder and keep the ASCII they had; a clash (part names compare case-insensitively) gets a
 * number. A renamed part's relationships part is renamed with it.
 */
export function asciiPartNames(names: readonly string[]): Map<string, string> {
  const taken = new Set(names.filter(isSafe).map((name) => name.toLowerCase()));
  const renames = new Map<string, string>();
  const claim = (name: string): string => {
    let candidate = name;
    for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix += 1) candidate = withSuffix(name, suffix);
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  const isRelationships = (name: string): boolean => sourceOfRelationships(name) !== undefined;
  for (const name of names) {
    if (isSafe(name) || isRelationships(name)) continue;
    renames.set(name, claim(name.split('/').map(asciiSegment).join('/')));
  }
  for (const name of names) {
    if (!isRelationships(name)) continue;
    const source = sourceOfRelationships(name) ?? '';
    const renamedSource = renames.get(source);
    if (renamedSource !== undefined) renames.set(name, claim(relationshipsOf(renamedSource)));
    else if (!isSafe(name)) renames.set(name, claim(name.split('/').map(asciiSegment).join('/')));
  }
  return renames;
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target.replace(/&amp;/gu, '&'));
  } catch {
    return target;
  }
}

/** The part a relationship target names, resolved against the folder of the relationships' source. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodeTarget(target);
  if (decoded.startsWith('/')) return posix.normalize(decoded).slice(1);
  return posix.normalize(posix.join(posix.dirname(sourcePart), decoded));
}

/** Points internal relationship targets of the `relsName` part at the parts' new names. */
export function renameRelationshipTargets(relsXml: string, relsName: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return relsXml;
  const source = sourceOfRelationships(relsName) ?? '';
  return relsXml.replace(/<Relationship\b[^>]*>/gu, (relationship) => {
    if (/\bTargetMode="External"/u.test(relationship)) return relationship;
    return relationship.replace(/(\bTarget=")([^"]*)(")/u, (whole, before: string, target: string, after: string) => {
      const renamed = renames.get(resolveTarget(source, target));
      if (renamed === undefined) return whole;
      const next = target.startsWith('/') ? `/${renamed}` : posix.relative(posix.dirname(source), renamed);
      return `${before}${next}${after}`;
    });
  });
}

/** Renames the `PartName` of content-type overrides (`/ppt/…`, compared case-insensitively). */
export function renameOverrides(contentTypesXml: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return contentTypesXml;
  const byLowerName = new Map([...renames].map(([from, to]) => [from.toLowerCase(), to]));
  return contentTypesXml.replace(/(<Override\b[^>]*?\bPartName=")([^"]*)(")/gu, (whole, before: string, partName: string, after: string) => {
    const renamed = byLowerName.get(decodeTarget(partName).replace(/^\//u, '').toLowerCase());
    return renamed === undefined ? whole : `${before}/${renamed}${after}`;
  });
}
