// A format profile: every value of an official document's layout (paper, margins, the font
// and size of each element, the header, the number's form, the signatures) as data, because
// the rules change (docs/formats.md). Two are built in, Party (QĐ 399-QĐ/TW, with the layout
// values of HD 36-HD/VPTW) and State (NĐ 30/2020/NĐ-CP, Phụ lục I); the secretary copies and
// edits her own, and exchanges them as files. The schema is checked wherever a profile arrives
// (Settings, a file, the CLI).
import { z } from 'zod';

const size = z.number().min(6).max(72);
const mm = z.number().min(0).max(80);
const line = z.string().max(200);

const textStyle = z.strictObject({
  size,
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  /** Written in capitals ("ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ"). */
  caps: z.boolean().default(false),
  underline: z.boolean().default(false),
});
export type TextStyle = z.output<typeof textStyle>;

const signatureSide = z.strictObject({
  /** "THƯ KÝ", "CHỦ TỌA", "T/M BAN THƯỜNG VỤ"… */
  authority: line,
  /** A second line under the authority ("BÍ THƯ" under "T/M BAN THƯỜNG VỤ"); empty for none. */
  title: line,
});

export const formatProfileSchema = z.strictObject({
  name: z.string().trim().min(1, 'Hãy đặt tên cho mẫu định dạng.').max(120),
  family: z.enum(['party', 'state']),
  /** The rule it follows, shown in Settings and recorded in every document made with it. */
  basis: line,
  font: z.string().trim().min(1).max(60),
  paper: z.strictObject({ size: z.literal('A4'), landscapeForWideTables: z.boolean() }),
  margins: z.strictObject({ top: mm, bottom: mm, left: mm, right: mm }),
  header: z.strictObject({
    /**
     * Width of the left column (issuing bodies, number), in % of the text width; widened where
     * a body's name needs it for one line, as far as the national line keeps its own.
     */
    leftColumnPercent: z.number().min(25).max(75),
    nationalLine: z.strictObject({ text: line, style: textStyle }),
    /** "Độc lập - Tự do - Hạnh phúc" under the national line; null for the Party's header. */
    motto: z.strictObject({ text: line, style: textStyle }).nullable(),
    /** A rule under the motto (state) or under the Party line (party), as long as the text. */
    ruleUnderNationalBlock: z.boolean(),
    superiorBody: textStyle,
    issuingBody: textStyle,
    /** Under the issuing body: a short rule (state) or a "*" line (party). */
    issuingBodyMark: z.enum(['rule', 'star']),
    /** "Số: {so}/{kyHieu}" (state) or "Số {so}-{kyHieu}" (party); {so} may be left blank. */
    numberForm: line,
    numberStyle: textStyle,
    placeDate: textStyle,
  }),
  documentType: textStyle,
  subject: textStyle,
  body: z.strictObject({
    size,
    firstLineIndentCm: z.number().min(0).max(3),
    spacingAfterPt: z.number().min(0).max(24),
    /** 1 = single, 1.5 = one and a half. */
    lineSpacing: z.number().min(1).max(2),
  }),
  pageNumber: z.strictObject({ size, onFirstPage: z.boolean() }),
  signature: z.strictObject({
    authorityStyle: textStyle,
    nameStyle: textStyle,
    /** Empty lines left for the hand signature. */
    gapLines: z.number().int().min(1).max(10),
    secretary: signatureSide,
    chair: signatureSide,
  }),
  table: z.strictObject({
    headerSize: size,
    bodySize: size,
    groupSize: size,
    signRowHeightMm: z.number().min(5).max(40),
  }),
  placeCard: z.strictObject({ nameSize: size, positionSize: size }),
  news: z.strictObject({ titleSize: size, bodySize: size }),
});
export type FormatProfile = z.output<typeof formatProfileSchema>;
export type FormatProfileInput = z.input<typeof formatProfileSchema>;

export const builtInProfileIds = ['party', 'state'] as const;
export type BuiltInProfileId = (typeof builtInProfileIds)[number];

const style = (size: number, extra: Partial<TextStyle> = {}): TextStyle => ({
  size,
  bold: false,
  italic: false,
  caps: false,
  underline: false,
  ...extra,
});

/**
 * Quy định 399-QĐ/TW (Ban Bí thư, 9 January 2026) on the kinds, authority and form of Party
 * documents, which replaced Quy định 66-QĐ/TW (2017). Its layout guide from the Văn phòng Trung
 * ương was not at hand, so the values are those of Hướng dẫn 36-HD/VPTW (2018), which it is
 * reported to keep; the basis says so, since it is what the secretary and every document see.
 */
const party: FormatProfile = {
  name: 'Đảng (QĐ 399-QĐ/TW)',
  family: 'party',
  basis:
    'Quy định số 399-QĐ/TW ngày 09/01/2026 của Ban Bí thư; trình bày (lề, phông, cỡ chữ) theo Hướng dẫn số ' +
    '36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng cho đến khi có hướng dẫn mới',
  font: 'Times New Roman',
  paper: { size: 'A4', landscapeForWideTables: false },
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  header: {
    leftColumnPercent: 45,
    nationalLine: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: style(15, { bold: true, caps: true }) },
    motto: null,
    ruleUnderNationalBlock: true,
    superiorBody: style(14, { caps: true }),
    issuingBody: style(14, { bold: true, caps: true }),
    issuingBodyMark: 'star',
    numberForm: 'Số {so}-{kyHieu}',
    numberStyle: style(14),
    placeDate: style(14, { italic: true }),
  },
  documentType: style(16, { bold: true, caps: true }),
  subject: style(15, { bold: true }),
  body: { size: 14, firstLineIndentCm: 1.27, spacingAfterPt: 6, lineSpacing: 1.15 },
  pageNumber: { size: 14, onFirstPage: false },
  signature: {
    authorityStyle: style(14, { bold: true, caps: true }),
    nameStyle: style(14, { bold: true }),
    gapLines: 4,
    // Minutes are signed by persons, not for a body: no T/M, K/T or T/L here (docs/formats.md).
    secretary: { authority: 'THƯ KÝ', title: '' },
    chair: { authority: 'CHỦ TRÌ', title: '' },
  },
  table: { headerSize: 13, bodySize: 13, groupSize: 13, signRowHeightMm: 12 },
  placeCard: { nameSize: 48, positionSize: 26 },
  news: { titleSize: 16, bodySize: 14 },
};

/** Nghị định 30/2020/NĐ-CP, Phụ lục I. */
const state: FormatProfile = {
  name: 'Nhà nước (NĐ 30/2020/NĐ-CP)',
  family: 'state',
  basis: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Phụ lục I',
  font: 'Times New Roman',
  paper: { size: 'A4', landscapeForWideTables: true },
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  header: {
    leftColumnPercent: 36,
    nationalLine: { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: style(13, { bold: true, caps: true }) },
    motto: { text: 'Độc lập - Tự do - Hạnh phúc', style: style(14, { bold: true }) },
    ruleUnderNationalBlock: true,
    superiorBody: style(13, { caps: true }),
    issuingBody: style(13, { bold: true, caps: true }),
    issuingBodyMark: 'rule',
    numberForm: 'Số: {so}/{kyHieu}',
    numberStyle: style(13),
    placeDate: style(14, { italic: true }),
  },
  documentType: style(14, { bold: true, caps: true }),
  subject: style(14, { bold: true }),
  body: { size: 14, firstLineIndentCm: 1.27, spacingAfterPt: 6, lineSpacing: 1.15 },
  pageNumber: { size: 13, onFirstPage: false },
  signature: {
    authorityStyle: style(14, { bold: true, caps: true }),
    nameStyle: style(14, { bold: true }),
    gapLines: 4,
    secretary: { authority: 'THƯ KÝ', title: '' },
    chair: { authority: 'CHỦ TỌA', title: '' },
  },
  table: { headerSize: 13, bodySize: 13, groupSize: 13, signRowHeightMm: 12 },
  placeCard: { nameSize: 48, positionSize: 26 },
  news: { titleSize: 16, bodySize: 14 },
};

export const builtInProfiles: Readonly<Record<BuiltInProfileId, FormatProfile>> = { party, state };
