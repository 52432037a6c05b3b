/**
 * Bullets the user wrote in the editable outline are never dropped: a point whose bullets do not
 * fit one slide is split into parts that each fit the roomiest single-point layout, and the
 * paginator shows the parts on （续） slides.
 */
import type { ComposeContext } from './compose-context.js';
import type { ContentPoint, ContentSource } from './layouts/content-source.js';
import { composeStatement } from './layouts/content-layouts.js';

/** The largest number of leading bullets the statement layout holds for this point (at least 1). */
function bulletsThatFit(context: ComposeContext, source: ContentSource, point: ContentPoint, bullets: readonly string[]): number {
  for (let count = bullets.length; count > 1; count -= 1) {
    if (composeStatement(context, { ...source, points: [{ ...point, bullets: bullets.slice(0, count) }] }) !== null) return count;
  }
  return 1;
}

/** The source's points with every over-long hand-written bullet list split into parts that fit. */
export function splitHandBullets(context: ComposeContext, source: ContentSource): ContentSource {
  const points = source.points.flatMap((point): ContentPoint[] => {
    const bullets = point.bullets;
    if (bullets === undefined || bullets.length <= 1) return [point];
    const parts: ContentPoint[] = [];
    for (let start = 0; start < bullets.length;) {
      const rest = bullets.slice(start);
      const count = bulletsThatFit(context, source, point, rest);
      parts.push({ ...point, bullets: rest.slice(0, count) });
      start += count;
    }
    return parts;
  });
  return { ...source, points };
}
