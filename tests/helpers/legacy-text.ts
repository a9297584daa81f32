// Unicode Vietnamese written back into the pre-Unicode encodings, for making test files: the
// inverse of the importer's own converters, found by running them over every short byte run.
import { fromTcvn3, fromVni } from '../../src/main/import/text/legacy-encodings';

const latin1 = Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0xa1 + i));

const tcvn3 = new Map<string, string>();
for (const ch of latin1) if (fromTcvn3(ch) !== ch) tcvn3.set(fromTcvn3(ch), ch);

const vni = new Map<string, string>();
for (const ch of latin1) if (fromVni(ch) !== ch && fromVni(ch).length === 1) vni.set(fromVni(ch), ch);
for (const base of 'aeiouyAEIOUYôöÔÖ') {
  for (const a of latin1) {
    for (const run of [base + a, ...latin1.map((b) => base + a + b)]) {
      const letter = fromVni(run);
      if (letter.length !== 1 || letter === fromVni(base)) continue;
      // VNI writes a mark in the letter's own case: "aù" for "á", "AÙ" for "Á".
      const fits = (r: string) => (letter === letter.toLowerCase() ? r === r.toLowerCase() : r === r.toUpperCase());
      const known = vni.get(letter);
      if (!known || known.length > run.length || (known.length === run.length && fits(run) && !fits(known)))
        vni.set(letter, run);
    }
  }
}

const encode = (map: Map<string, string>, text: string) =>
  [...text.normalize('NFC')].map((ch) => map.get(ch) ?? ch).join('');

/** "Hà Nội" as typed in a .VnTime cell: "Hµ Néi". */
export const toTcvn3 = (text: string): string => encode(tcvn3, text);

/** "Hà Nội" as typed in a VNI-Times cell. */
export const toVni = (text: string): string => encode(vni, text);
