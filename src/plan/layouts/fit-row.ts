/**
 * Boxes that sit side by side (cards in a row, rows in a list) look wrong in different sizes.
 * Fit each, take the smallest size any of them needed, and set them all at that size.
 */
import type { TextShape } from '../deck-plan.js';
import { exactly, fitTextBox, type TextBoxRequest } from '../text-box.js';

export function fitUniformly(requests: readonly TextBoxRequest[]): TextShape[] | null {
  const first = requests.map(fitTextBox);
  if (first.some((shape) => shape === null)) return null;
  const size = Math.min(...first.map((shape) => (shape as TextShape).size));
  const uniform = requests.map((request) => fitTextBox({ ...request, range: exactly(size) }));
  if (uniform.some((shape) => shape === null)) return null;
  return uniform as TextShape[];
}
