import type { Box, Shape } from '../deck-plan.js';

export function shiftBox(box: Box, dx: number, dy: number): Box {
  return { x: box.x + dx, y: box.y + dy, w: box.w, h: box.h };
}

/** Move a group of shapes together (used to centre a block once its height is known). */
export function shiftShapes(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  return shapes.map((shape) => ({ ...shape, box: shiftBox(shape.box, dx, dy) }));
}
