// Word measures in twentieths of a point (twips); docs/formats.md speaks in millimetres, points
// and centimetres.
export const twipsPerMm = 1440 / 25.4;

export const mmToTwips = (mm: number): number => Math.round(mm * twipsPerMm);
export const cmToTwips = (cm: number): number => mmToTwips(cm * 10);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

export const a4 = { widthMm: 210, heightMm: 297 } as const;
