// File names the secretary can send anywhere: Vietnamese letters without their marks, words
// joined by "-" ("Biên bản Hội nghị giao ban quý IV" → "Bien-ban-Hoi-nghi-giao-ban-quy-IV").

export function asciiFileStem(text: string, maxLength = 120): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const stem = plain
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return stem || 'Van-ban';
}
