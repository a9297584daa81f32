// Clipboard text as Excel and LibreOffice put it there: tab-separated cells, one row per
// line, and quoted cells where the text has tabs, line breaks or quotes of its own.

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const input = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < input.length) {
    const ch = input[i];
    if (atCellStart && ch === '"') {
      // Quoted cell: "" is a quote; ends at the closing quote.
      i++;
      while (i < input.length) {
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += input[i++];
      }
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function formatTsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((r) => r.map(quote).join('\t')).join('\n');
}
