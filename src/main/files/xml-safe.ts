// Text on its way into an XML-based file (DOCX, XLSX): the characters XML 1.0 forbids are
// removed so the file always opens. It allows tab, LF, CR and everything from U+0020 except
// surrogates out of pairs and U+FFFE/U+FFFF.
const pattern =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]' +
  '|[\\ud800-\\udbff](?![\\udc00-\\udfff])' +
  '|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const forbidden = new RegExp(pattern, 'g');
// Tested first, with a plain class (any surrogate, paired or not): it runs for every cell of a
// 100,000-row list, and almost no text has any.
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const maybeForbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** The text without the characters XML forbids (for text already in NFC, as the database keeps it). */
export function withoutForbidden(text: string): string {
  return maybeForbidden.test(text) ? text.replace(forbidden, '') : text;
}

/** The text in NFC without the characters XML forbids. */
export function xmlSafe(text: string): string {
  return withoutForbidden(text.normalize('NFC'));
}
