// The rate of a period's figures and its wording, one for the screen, the exports and the CLI:
// present / invited, none when nobody was invited; written "85,3 %", a dash for none.
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function attendanceRate({ invited, present }: { readonly invited: number; readonly present: number }) {
  return invited === 0 ? null : present / invited;
}

export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${percent.format(rate * 100)} %`;
}
