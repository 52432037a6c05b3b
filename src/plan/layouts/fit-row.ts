/**
 * Boxes that sit side by side (cards in a row, rows in a list) look wrong in different sizes.
 * Fit each, take the smallest size any of them needed, and set them all at that size.
 */
import type { TextShape } from '../deck-plan.js';
import { exactly, fitTextBox, type TextBoxRequest } from '../text-box.js';

export function fitUniformly(requests: readonly TextBoxRequest[]): TextShape[] | null {
  const first = requests.map(fitTextBox);
  if (first.some((shape) => shape === null)) return null;
  const fitted = first as TextShape[];
  const size = Math.min(...fitted.map((shape) => shape.size));
  // Boxes that already came out at the common size are kept; only the larger ones are set again.
  const uniform = requests.map((request, index) => (fitted[index]?.size === size ? fitted[index] : fitTextBox({ ...request, range: exactly(size) })));
  if (uniform.some((shape) => shape === null)) return null;
  return uniform as TextShape[];
}
