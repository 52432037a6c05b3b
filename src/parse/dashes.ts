/**
 * The long dash Chinese text uses as a list mark (`——这是……的五年。`) or before a subtitle, in the
 * forms it arrives in: `——` (U+2014 twice), `――` (U+2015 twice: what some GB2312 converters and
 * older sites give for the same character), `──` (box drawing) and `－－` (full-width hyphens).
 * Slide text keeps whichever form the source used.
 */
export const DOUBLE_DASH = '——|――|──|－－';

/** A double dash opening a line or sentence. */
export const DASH_OPENING = new RegExp(`^(?:${DOUBLE_DASH})`, 'u');
