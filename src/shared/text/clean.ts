// Every string that reaches the database goes through here, so stored text is always NFC
// with single spaces, whatever the keyboard, the clipboard or an old spreadsheet produced.

// NBSP, the Unicode space block, zero-width characters and the ideographic space all look
// like (or hide between) ordinary spaces in names pasted from Word and the web.
// eslint-disable-next-line no-misleading-character-class -- each joiner is matched on its own, to remove it
const oddSpaces = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\u200c\u200d\u2060]/g;
// Bidirectional controls (the marks, embeddings, overrides and isolates) show text in another
// order than it is stored: "Nguyễn\u202eAVN" reads as "NguyễnNVA", a file "Bien-ban\u202excod.exe"
// as "Bien-banexe.docx". Vietnamese never needs them, so they go without leaving a space.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// C0/C1 controls except tab and line breaks; XML also forbids most of them, and they are
// never meaningful in a name or a position.
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

// Anything cleanLine would change besides the Unicode form: a quick test lets most text through.
const needsCleaning =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  /[^\S ]| {2}|^ | $|[\u0000-\u001f\u007f-\u009f\u00a0\u061c\u1680\u2000-\u200f\u202a-\u202f\u205f-\u2069\u3000\ufeff]/;

/** One line of text: NFC, no control characters, single spaces, trimmed. */
export function cleanLine(value: string): string {
  if (!needsCleaning.test(value)) return value.normalize('NFC');
  return value
    .normalize('NFC')
    .replace(controls, '')
    .replace(bidiControls, '')
    .replace(oddSpaces, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Free text that may keep its line breaks (notes): each line cleaned, blank runs collapsed. */
export function cleanMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => cleanLine(line.replace(/\t/g, ' ')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Optional text from a form: empty after cleaning means "not given". */
export function cleanOptional(value: string | null | undefined): string | null {
  if (value == null) return null;
  const cleaned = cleanLine(value);
  return cleaned === '' ? null : cleaned;
}
