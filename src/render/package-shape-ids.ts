/**
 * Shape ids (`p:cNvPr/@id`) must be unique within a slide's shape tree (ECMA-376 Part 1,
 * §19.3.1.12); Apache POI warns and PowerPoint renumbers or repairs. pptxgenjs numbers a table
 * `slide number + 1` and every other shape `its index + 2`, so on slide n a table collides with the
 * shape drawn (n − 1)th, and its slide-number placeholder is always 25. The first shape with an id
 * keeps it (animation and connector references name the first), each later duplicate gets the next
 * id above every id in the part.
 */
const SHAPE_ID = /(<p:cNvPr\b[^>]*?\bid=")(\d+)(")/gu;

export function uniqueShapeIds(partXml: string): string {
  const ids = [...partXml.matchAll(SHAPE_ID)].map((match) => Number(match[2]));
  if (new Set(ids).size === ids.length) return partXml;
  let next = Math.max(...ids) + 1;
  const seen = new Set<number>();
  return partXml.replace(SHAPE_ID, (whole, before: string, id: string, after: string) => {
    const value = Number(id);
    if (!seen.has(value)) {
      seen.add(value);
      return whole;
    }
    const renumbered = next;
    next += 1;
    seen.add(renumbered);
    return `${before}${renumbered}${after}`;
  });
}
