// Phone numbers as offices type them: "0912 345 678", "0912.345.678", "+84 912345678", or a
// number cell that lost its leading 0. Stored as text in the national form "0912345678".

export function normalizePhone(value: string): string {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed === '') return '';
  const plus = trimmed.startsWith('+');
  let digits = trimmed.replace(/[\s.\-()\u00a0]/g, '');
  if (!/^\+?\d+$/.test(digits)) return trimmed.replace(/\s+/g, ' ');
  digits = digits.replace(/^\+/, '');
  if (plus && digits.startsWith('84')) digits = `0${digits.slice(2)}`;
  else if (!plus && digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  // Mobile and landline numbers have 10 digits with the 0; a 9-digit number lost it.
  else if (digits.length === 9 && !digits.startsWith('0')) digits = `0${digits}`;
  return digits;
}
