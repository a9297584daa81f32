// A rate as the statistics show it on the screen and in the exports: "85,3 %", a dash when
// nobody was invited.
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${percent.format(rate * 100)} %`;
}
