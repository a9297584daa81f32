// A text that begins with = + - @ or a tab or carriage return is what spreadsheets take for a
// formula or a command (OWASP, "CSV injection"). In a CSV file, where a cell has no type, such
// a text is written with an apostrophe in front, as a spreadsheet user would type it; reading
// a CSV back, that apostrophe is taken off again, so the text comes back as it was.

const formulaStart = /^[=+\-@\t\r]/;

export function startsLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}

export function defuseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

export function restoreDefused(text: string): string {
  return text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
