/**
 * pptxgenjs 4.0.1 writes an Override for `slideMaster2..N` (one per slide) although only
 * `slideMaster1` exists; an Override naming an absent part is a package error (ECMA-376 Part 2).
 * `partNames` are the zip entry names of the package (no leading slash).
 */
export function removeMissingOverrides(contentTypesXml: string, partNames: Iterable<string>): string {
  // Part names compare case-insensitively (ECMA-376 Part 2, §9.1.1.1).
  const present = new Set([...partNames].map((name) => `/${name}`.toLowerCase()));
  return contentTypesXml.replace(/\s*<Override\s[^>]*?PartName="([^"]*)"[^>]*\/>/g, (override, partName: string) => {
    return present.has(decodePartName(partName).toLowerCase()) ? override : '';
  });
}

function decodePartName(partName: string): string {
  try {
    return decodeURIComponent(partName.replace(/&amp;/g, '&'));
  } catch {
    return partName;
  }
}
