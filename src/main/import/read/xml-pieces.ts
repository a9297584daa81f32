// The large parts of an xlsx (a sheet, its shared strings) read a megabyte at a time: a
// 100,000-row sheet is not turned into one string of tens of megabytes (twice that when its text
// is Vietnamese), and no element is searched for more than once however the file is damaged.
import { importError, importMessages } from '../errors';

const pieceBytes = 1024 * 1024;
// A cell's or shared string's element with all its markup (rich-text runs, their fonts): far
// beyond any a person made, whose text holds at most 32,767 characters. An element left open
// this long is a damaged file; the readers refuse a shorter text over a cell's length themselves.
const longestElement = 2 * 1024 * 1024;

/**
 * Calls `on` for each match of the global pattern `tags` in the XML held in `bytes`, in order.
 * Where `closeOf` names a match's closing tag, `on` also gets the element's body, found by one
 * forward search. Pieces are cut just after a ">", never inside a tag or a character; an element
 * a cut leaves open is read again, whole, at the start of the next piece. An element never
 * closed, or longer than any cell, is a damaged file.
 */
export function eachTag(
  bytes: Buffer,
  tags: RegExp,
  closeOf: (match: RegExpExecArray) => string | null,
  on: (match: RegExpExecArray, body: string) => void,
): void {
  let start = 0;
  let reach = 0;
  for (;;) {
    // A piece reaches a megabyte past the last one, also when it starts with that one's open element.
    const cut = bytes.indexOf(0x3e, Math.max(start, reach) + pieceBytes - 1);
    const end = cut < 0 ? bytes.length : cut + 1;
    reach = end;
    const last = end === bytes.length;
    const xml = bytes.toString('utf8', start, end);
    let unread = xml.length;
    tags.lastIndex = 0;
    for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
      const close = closeOf(match);
      if (close === null) {
        on(match, '');
        continue;
      }
      const from = tags.lastIndex;
      const to = xml.indexOf(close, from);
      const tooLong = (to < 0 ? xml.length : to) - from > longestElement;
      if (tooLong || (to < 0 && last)) throw importError(importMessages.damagedZip);
      if (to < 0) {
        unread = match.index;
        break;
      }
      tags.lastIndex = to + close.length;
      on(match, xml.slice(from, to));
    }
    if (last) return;
    start = end - Buffer.byteLength(xml.slice(unread));
  }
}

/**
 * A text cut from a piece, copied out of it. V8 keeps a cut of 13 characters or more as a view
 * onto the whole piece: a sheet of inline Vietnamese text would keep every megabyte piece alive,
 * twice its size, for as long as its cells live. (Joining it to a space and cutting that off
 * makes V8 write the text out on its own.)
 */
export function ownText(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
