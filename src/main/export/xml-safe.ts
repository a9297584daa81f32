// Text on its way into an XML-based file (DOCX, XLSX): the characters XML 1.0 forbids are
// removed so the file always opens. It allows tab, LF, CR and everything from U+0020 except
// surrogates out of pairs and U+FFFE/U+FFFF.
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.normalize('NFC').replace(forbidden, '');
}
