// The font of each text cell of an Excel 97-2003 file, which SheetJS does not give: in an old
// template the font is the only sure sign of which cells were typed in TCVN3 (.VnTime) or VNI
// (VNI-Times) and which in Unicode. Read from the BIFF8 records themselves (FONT, XF, the
// sheets' offsets and each text cell's format index), one pass over the stream. The fonts are a
// hint: a file whose records do not add up gives none, and the cells are then judged by their
// characters alone.
import { encodingOfFont } from '../text/legacy-encodings';

/** Per sheet (in the workbook's order), the font of each cell set in a legacy font, by row and column. */
export type SheetFonts = readonly ReadonlyMap<number, string>[];

export const fontKey = (row: number, col: number): number => row * 65536 + col;

const record = {
  bof: 0x0809,
  eof: 0x000a,
  font: 0x0031,
  xf: 0x00e0,
  boundSheet: 0x0085,
  labelSst: 0x00fd,
  label: 0x0204,
  richString: 0x00d6,
} as const;

// Excel's own limits: no workbook has more fonts or formats than this.
const maxFonts = 1024;
const maxFormats = 65536;

// FONT: 14 bytes of size, weight and the like, then the name's length, its flags and its characters.
function fontName(data: Uint8Array): string | null {
  if (data.length < 16) return null;
  const length = data[14];
  const wide = (data[15] & 1) === 1;
  if (16 + length * (wide ? 2 : 1) > data.length) return null;
  let name = '';
  for (let i = 0; i < length; i++) {
    name += String.fromCharCode(wide ? data[16 + i * 2] | (data[17 + i * 2] << 8) : data[16 + i]);
  }
  return name;
}

/** The legacy-encoding fonts of the text cells of a BIFF8 workbook stream; empty where they cannot be read. */
export function readXlsFonts(stream: Uint8Array | undefined, sheetCount: number): SheetFonts {
  try {
    return stream ? scan(stream, sheetCount) : [];
  } catch {
    return [];
  }
}

function scan(stream: Uint8Array, sheetCount: number): SheetFonts {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const fonts: (string | null)[] = [];
  const formatFonts: number[] = [];
  const sheetStarts: number[] = [];
  let legacyFormats: (string | undefined)[] | null = null;
  const sheets: Map<number, string>[] = [];
  let current: Map<number, string> | null = null;
  // A chart inside a sheet is a substream of its own, with its own BOF and EOF.
  let nested = 0;

  for (let at = 0; at + 4 <= stream.length;) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const body = at + 4;
    if (body + length > stream.length) return [];
    const data = stream.subarray(body, body + length);
    if (type === record.font && fonts.length < maxFonts) {
      // Font index 4 does not exist in BIFF: the fifth FONT record is font 5.
      if (fonts.length === 4) fonts.push(null);
      fonts.push(fontName(data));
    } else if (type === record.xf && length >= 2 && formatFonts.length < maxFormats) {
      formatFonts.push(view.getUint16(body, true));
    } else if (type === record.boundSheet && length >= 4) {
      sheetStarts.push(view.getUint32(body, true));
    } else if (type === record.bof && current) {
      nested++;
    } else if (type === record.bof && sheetStarts.includes(at)) {
      legacyFormats ??= formatFonts.map((f) => {
        const name = fonts[f];
        return name && encodingOfFont(name) ? name : undefined;
      });
      current = new Map();
      sheets[sheetStarts.indexOf(at)] = current;
    } else if (type === record.eof) {
      if (nested > 0) nested--;
      else current = null;
    } else if (
      current &&
      legacyFormats &&
      length >= 6 &&
      (type === record.labelSst || type === record.label || type === record.richString)
    ) {
      const font = legacyFormats[view.getUint16(body + 4, true)];
      if (font) current.set(fontKey(view.getUint16(body, true), view.getUint16(body + 2, true)), font);
    }
    at = body + length;
  }
  // Sheets that SheetJS lists but these records do not (or the other way round): no hints.
  if (sheetStarts.length !== sheetCount) return [];
  return Array.from({ length: sheetCount }, (_, i) => sheets[i] ?? new Map<number, string>());
}
