/**
 * Pictures stored once per deck. pptxgenjs writes a picture's bytes once per place it is used: a
 * theme background on three masters was stored three times, a logo twice, so a 7.6 MB logo made a
 * 46 MB deck. Here parts under `ppt/media/` with the same bytes become one part (the first in
 * package order), and every relationship that pointed to a copy points to it. Relationship targets
 * are relative to the source part's folder; pptxgenjs writes media targets as `../media/<name>`,
 * and any target is matched on its resolved part name, so other forms are handled too.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { PackagePart } from '../ooxml/package-zip.js';

const MEDIA_FOLDER = 'ppt/media/';
const RELATIONSHIP_TARGET = /(<Relationship\b[^>]*?\bTarget=")([^"]+)(")/gu;

function digest(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `ppt/slideMasters/_rels/slideMaster1.xml.rels` → `ppt/slideMasters`: the folder targets are relative to. */
function sourceFolder(relsName: string): string {
  return posix.dirname(posix.dirname(relsName));
}

/** Copy part name → the part that keeps those bytes. */
function findCopies(parts: readonly PackagePart[]): Map<string, string> {
  const firstByDigest = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const part of parts) {
    if (!part.name.startsWith(MEDIA_FOLDER) || typeof part.data === 'string') continue;
    const key = digest(part.data);
    const first = firstByDigest.get(key);
    if (first === undefined) firstByDigest.set(key, part.name);
    else copies.set(part.name, first);
  }
  return copies;
}

function retarget(xml: string, relsName: string, copies: ReadonlyMap<string, string>): string {
  const folder = sourceFolder(relsName);
  return xml.replace(RELATIONSHIP_TARGET, (whole, before: string, target: string, after: string) => {
    if (/^[a-z][a-z0-9+.-]*:/iu.test(target)) return whole;
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(folder, target));
    const kept = copies.get(resolved);
    if (kept === undefined) return whole;
    const relative = posix.relative(folder, kept);
    return `${before}${target.startsWith('/') ? `/${kept}` : relative}${after}`;
  });
}

/** The parts with each picture stored once; parts without duplicates come back unchanged. */
export function dedupeMedia(parts: readonly PackagePart[]): PackagePart[] {
  const copies = findCopies(parts);
  if (copies.size === 0) return [...parts];
  return parts
    .filter((part) => !copies.has(part.name))
    .map((part) => {
      if (!part.name.endsWith('.rels')) return part;
      const xml = typeof part.data === 'string' ? part.data : new TextDecoder().decode(part.data);
      return xml.includes('media/') ? { name: part.name, data: retarget(xml, part.name, copies) } : part;
    });
}
