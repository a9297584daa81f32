// The row that opens each bridge point's group in a printed list, in Word and in Excel alike:
// "I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN" (Roman numerals for groups, Arabic within).

const romans: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of romans) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Attendees with no bridge point are listed last, under this heading. */
export const unplacedLabel = 'Đại biểu khác';

/** The heading of the `index`-th group (0-based). */
export function groupTitle(index: number, pointName: string | null): string {
  return `${roman(index + 1)}. ${pointName ?? unplacedLabel}`.toLocaleUpperCase('vi-VN');
}
