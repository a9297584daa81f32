// A format profile: every value of an official document's layout (paper, margins, the font
// and size of each element, the header, the number's form, the signatures) as data, because
// the rules change (docs/formats.md). Two are built in, Party (QĐ 399-QĐ/TW, with the layout
// values of HD 36-HD/VPTW) and State (NĐ 30/2020/NĐ-CP, Phụ lục I); the secretary copies and
// edits her own, and exchanges them as files. The schema is checked wherever a profile arrives
// (Settings, a file, the CLI).
import { z } from 'zod';
import { vocabulary, type VocabularyCode } from '../vocabulary';
import { documentFamilies, type DocumentFamilyCode } from './families';

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

/**
 * On whose behalf a signer signs: in their own right (the minutes' secretary and chair), for a
 * collective (T/M; TM.), in place of its head (K/T; KT.), or by the head's order (T/L; TL.).
 * The words are the family's (docs/formats.md), so a profile switched to the other family
 * writes them its way.
 */
export const signingForms = vocabulary({
  own: 'Ký với chức danh của mình',
  forBody: 'Thay mặt tập thể (Đảng T/M, Nhà nước TM.)',
  deputy: 'Ký thay người đứng đầu (K/T, KT.)',
  byOrder: 'Thừa lệnh (T/L, TL.)',
});
export type SigningForm = VocabularyCode<typeof signingForms>;

export const signingFormWords: Readonly<Record<DocumentFamilyCode, Readonly<Record<SigningForm, string>>>> = {
  party: { own: '', forBody: 'T/M', deputy: 'K/T', byOrder: 'T/L' },
  state: { own: '', forBody: 'TM.', deputy: 'KT.', byOrder: 'TL.' },
};

/**
 * Whose name is printed under a signature: the conference's secretary, chair or presiding
 * person, the one typed for the document ('signer', the draft's signer); 'none' leaves it to
 * be written by hand.
 */
export const signerNames = vocabulary({
  secretary: 'Thư ký hội nghị',
  chair: 'Người chủ trì hội nghị',
  presiding: 'Người chủ trì tại điểm cầu chính',
  signer: 'Người ký ghi trong bản thảo văn bản',
  none: 'Để trống, ghi tay',
});
export type SignerName = VocabularyCode<typeof signerNames>;

const signer = z.strictObject({
  form: z.enum(signingForms.codes),
  /** After the form: "THƯ KÝ", "CHỦ TỌA", "BAN THƯỜNG VỤ" (for "T/M BAN THƯỜNG VỤ")… */
  authority: line,
  /** A second line under the authority ("BÍ THƯ" under "T/M BAN THƯỜNG VỤ"); empty for none. */
  title: line,
  name: z.enum(signerNames.codes),
});
export type Signer = z.output<typeof signer>;

/**
 * Who signs each kind of document, and on which side: the minutes by two persons (secretary
 * left, chair right); a document a body issues by one signer on the right, "Nơi nhận" beside.
 * A kind added later is given its family's built-in signers in a profile stored before it.
 */
const oneSigner = z.strictObject({ right: signer });
const signers = z.strictObject({
  minutes: z.strictObject({ left: signer, right: signer }),
  quickReport: oneSigner,
  invitation: oneSigner,
  plan: oneSigner,
  conclusion: oneSigner,
  report: oneSigner,
});
export type DocumentSigners = z.output<typeof signers>;

const formPrefix = /^\s*(T\/M|TM\.|K\/T|KT\.|T\/L|TL\.)\s*/iu;
const formOfPrefix: Readonly<Record<string, SigningForm>> = {
  't/m': 'forBody',
  'tm.': 'forBody',
  'k/t': 'deputy',
  'kt.': 'deputy',
  't/l': 'byOrder',
  'tl.': 'byOrder',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A side of the first profiles' minutes ({authority: "T/M BAN THƯỜNG VỤ", title}) as a signer. */
function signerOfSide(side: unknown, name: SignerName): unknown {
  if (!isRecord(side) || typeof side.authority !== 'string') return side;
  const prefix = formPrefix.exec(side.authority);
  return {
    form: prefix ? formOfPrefix[prefix[1].toLowerCase()] : 'own',
    authority: prefix ? side.authority.slice(prefix[0].length) : side.authority,
    title: side.title,
    name,
  };
}

/**
 * A stored profile as this version reads it: the first profiles' signature (secretary and
 * chair of the minutes) becomes the minutes' signers, and what a profile stored before had
 * no value for (the signers of a kind added later, the "Nơi nhận" styles, the công văn's
 * trích yếu) takes its family's built-in value.
 */
export function upgradeProfile(input: unknown): unknown {
  if (!isRecord(input) || !isRecord(input.signature)) return input;
  const { secretary, chair, ...signature } = input.signature;
  // Signers of another shape are left for the schema to name.
  if (signature.signers !== undefined && !isRecord(signature.signers)) return input;
  const usual = builtInProfiles[input.family === 'state' ? 'state' : 'party'];
  const upgraded: Record<string, unknown> = { ...usual.signature.signers, ...signature.signers };
  if (secretary !== undefined || chair !== undefined)
    upgraded.minutes = { left: signerOfSide(secretary, 'secretary'), right: signerOfSide(chair, 'chair') };
  const header = isRecord(input.header) ? { letterSubject: usual.header.letterSubject, ...input.header } : input.header;
  return {
    ...input,
    header,
    recipients: input.recipients ?? usual.recipients,
    signature: { ...signature, signers: upgraded },
  };
}

const currentProfileSchema = z.strictObject({
  name: z.string().trim().min(1, 'Hãy đặt tên cho mẫu định dạng.').max(120),
  family: z.enum(documentFamilies.codes),
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
    /** The công văn's trích yếu, "V/v …" under the number (it has no tên loại). */
    letterSubject: textStyle,
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
    signers,
  }),
  /** "Nơi nhận:" at the foot, left of the signer, and its lines "- Như trên;". */
  recipients: z.strictObject({ label: textStyle, item: textStyle }),
  table: z.strictObject({
    headerSize: size,
    bodySize: size,
    groupSize: size,
    signRowHeightMm: z.number().min(5).max(40),
  }),
  placeCard: z.strictObject({ nameSize: size, positionSize: size }),
  news: z.strictObject({ titleSize: size, bodySize: size }),
});

/** A profile as stored by this version or an earlier one, checked as this version reads it. */
export const formatProfileSchema = z.preprocess(upgradeProfile, currentProfileSchema);
export type FormatProfile = z.output<typeof currentProfileSchema>;
export type FormatProfileInput = z.input<typeof currentProfileSchema>;

/** One built in for each family, named by it. */
export const builtInProfileIds = documentFamilies.codes;
export type BuiltInProfileId = (typeof builtInProfileIds)[number];
/** A profile's id: a built-in one's, or "user:" followed by a stored profile's number as `number` matches it. */
export const profileIdPattern = (number: string) => new RegExp(`^(${builtInProfileIds.join('|')}|user:${number})$`);

const style = (size: number, extra: Partial<TextStyle> = {}): TextStyle => ({
  size,
  bold: false,
  italic: false,
  caps: false,
  underline: false,
  ...extra,
});

/**
 * The quick report is the secretary's account to the chair during the conference, with no
 * number: it is not a document the body issues, so it is signed by the person who reports,
 * for no body.
 */
const quickReport: DocumentSigners['quickReport'] = {
  right: { form: 'own', authority: 'NGƯỜI BÁO CÁO', title: '', name: 'secretary' },
};

/** The one signer of a document the body issues, on the right, named as typed for the document. */
const issued = (form: SigningForm, authority: string, title: string): DocumentSigners['invitation'] => ({
  right: { form, authority, title, name: 'signer' },
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
    letterSubject: style(12, { italic: true }),
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
    signers: {
      // Minutes are signed by persons, not for a body: no T/M, K/T or T/L here (docs/formats.md).
      minutes: {
        left: { form: 'own', authority: 'THƯ KÝ', title: '', name: 'secretary' },
        right: { form: 'own', authority: 'CHỦ TRÌ', title: '', name: 'chair' },
      },
      quickReport,
      // A Party committee signs for itself (T/M) or has its office sign by its order (T/L), never K/T.
      invitation: issued('byOrder', 'BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'),
      plan: issued('forBody', 'BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'),
      conclusion: issued('byOrder', 'BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'),
      report: issued('forBody', 'BAN THƯỜNG VỤ', 'BÍ THƯ'),
    },
  },
  // HD 36: "Nơi nhận:" underlined, the recipients smaller.
  recipients: { label: style(14, { underline: true }), item: style(12) },
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
    letterSubject: style(12),
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
    signers: {
      minutes: {
        left: { form: 'own', authority: 'THƯ KÝ', title: '', name: 'secretary' },
        right: { form: 'own', authority: 'CHỦ TỌA', title: '', name: 'chair' },
      },
      quickReport,
      invitation: issued('byOrder', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'),
      plan: issued('forBody', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'),
      conclusion: issued('byOrder', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'),
      report: issued('forBody', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'),
    },
  },
  // NĐ 30, Phụ lục I: "Nơi nhận:" 12 pt bold italic, the recipients 11 pt.
  recipients: { label: style(12, { bold: true, italic: true }), item: style(11) },
  table: { headerSize: 13, bodySize: 13, groupSize: 13, signRowHeightMm: 12 },
  placeCard: { nameSize: 48, positionSize: 26 },
  news: { titleSize: 16, bodySize: 14 },
};

export const builtInProfiles: Readonly<Record<BuiltInProfileId, FormatProfile>> = { party, state };
