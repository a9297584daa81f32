// The names a door saves under: whatever the page suggests or the services build, a name any
// Windows folder takes. Windows refuses the device names (CON, NUL, COM1… with any extension:
// "con.docx" is the console), drops trailing dots and spaces, and Explorer and Word stop at
// paths of 260 characters, so a name keeps well under that to leave room for its folder.
import path from 'node:path';
import { cleanLine } from '../../shared/text/clean';

export const maxFileNameLength = 200;

const reservedStem = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(?=\.|$)/i;
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const refusedCharacters = /[<>:"|?*\u0000-\u001f]/g;
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** The first whole characters (never half a letter and its mark) of `text` within `units` UTF-16 units. */
function cut(text: string, units: number): string {
  if (text.length <= units) return text;
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > units) break;
    kept += segment;
  }
  return kept;
}

/**
 * `stem` + `tail` (such as " (2).docx") as a name Windows takes, at most 200 characters: the
 * stem is shortened, loses its trailing dots and spaces, and a device name gets "_" after it.
 */
export function fitFileName(stem: string, tail: string): string {
  const trimmed = cut(stem, maxFileNameLength - tail.length).replace(/[. ]+$/, '');
  const safe = trimmed.replace(reservedStem, '$1_');
  return `${safe || 'Van-ban'}${tail}`;
}

/** A plain file name from a suggestion: no folders, no characters Windows refuses, the file's extension. */
export function plainFileName(value: string, extension: '.docx' | '.xlsx' | '.csv' | '.sqlite'): string {
  const base = cleanLine(path.basename(value.replace(/\\/g, '/')).replace(refusedCharacters, '')).replace(/[. ]+$/, '');
  const stem = base.toLowerCase().endsWith(extension) ? base.slice(0, -extension.length) : base;
  return fitFileName(stem, extension);
}
