// Every value of a format profile with its Vietnamese name, in the groups the secretary knows
// from the rules (paper and margins, header, signature…). Settings builds its form from this,
// and a profile that fails the schema is explained with the same names, wherever it came from.
import type { z } from 'zod';
import { documentFamilies } from './families';
import {
  builtInProfiles,
  formatProfileSchema,
  signerNames,
  signingForms,
  upgradeProfile,
  type FormatProfile,
  type TextStyle,
} from './format-profile';

export type ProfileUnit = 'mm' | 'cm' | 'pt' | '%' | 'dòng' | 'lần';

export type ProfileField =
  /** `long`: a sentence rather than a word or two, given the whole row of the form. */
  | {
      readonly kind: 'text';
      readonly path: string;
      readonly label: string;
      readonly hint?: string;
      readonly long?: boolean;
    }
  | {
      readonly kind: 'number';
      readonly path: string;
      readonly label: string;
      readonly unit: ProfileUnit;
      readonly hint?: string;
    }
  | { readonly kind: 'boolean'; readonly path: string; readonly label: string }
  | {
      readonly kind: 'choice';
      readonly path: string;
      readonly label: string;
      readonly options: readonly ProfileChoice[];
    }
  /** A text style: size in pt, bold, italic, capitals, underline. */
  | { readonly kind: 'style'; readonly path: string; readonly label: string }
  /**
   * A line of fixed wording with its style; `addedAs` when it may be left out (null): what it starts as when put back.
   */
  | { readonly kind: 'line'; readonly path: string; readonly label: string; readonly addedAs?: ProfileLine };

export interface ProfileLine {
  readonly text: string;
  readonly style: TextStyle;
}

export interface ProfileChoice {
  readonly value: string;
  readonly label: string;
}

export interface ProfileGroup {
  readonly title: string;
  readonly fields: readonly ProfileField[];
}

export const styleFlags = [
  { key: 'bold', label: 'Đậm' },
  { key: 'italic', label: 'Nghiêng' },
  { key: 'caps', label: 'In hoa' },
  { key: 'underline', label: 'Gạch chân' },
] as const;

const pt = (path: string, label: string) => ({ kind: 'number', path, label, unit: 'pt' }) as const;
const mm = (path: string, label: string) => ({ kind: 'number', path, label, unit: 'mm' }) as const;

/** One signer's four values, each labelled with the side it signs on. */
function signerFields(path: string, side: string, example: string): ProfileField[] {
  return [
    { kind: 'choice', path: `${path}.form`, label: `${side}: cách ký`, options: signingForms.options },
    {
      kind: 'text',
      path: `${path}.authority`,
      label: `${side}: thẩm quyền, chức danh`,
      hint: `${example} Chữ T/M, K/T, T/L (TM., KT., TL.) do "cách ký" thêm vào; biên bản không ký thay mặt.`,
    },
    {
      kind: 'text',
      path: `${path}.title`,
      label: `${side}: chức vụ dưới thẩm quyền`,
      hint: 'Để trống nếu không có.',
    },
    { kind: 'choice', path: `${path}.name`, label: `${side}: họ tên ghi dưới chữ ký`, options: signerNames.options },
  ];
}

/** The documents signed by one signer on the right, each its own group of the form. */
const issuedSigners: readonly {
  readonly kind: Exclude<keyof FormatProfile['signature']['signers'], 'minutes'>;
  readonly title: string;
  readonly example: string;
}[] = [
  { kind: 'quickReport', title: 'Người ký báo cáo nhanh', example: 'Ví dụ: NGƯỜI BÁO CÁO.' },
  {
    kind: 'invitation',
    title: 'Người ký giấy mời',
    example: 'Ví dụ: BAN THƯỜNG VỤ (T/L), chức vụ CHÁNH VĂN PHÒNG; Nhà nước: CHỦ TỊCH (TL.).',
  },
  {
    kind: 'plan',
    title: 'Người ký kế hoạch',
    example: 'Ví dụ: BAN THƯỜNG VỤ (T/M), chức vụ PHÓ BÍ THƯ; Nhà nước: ỦY BAN NHÂN DÂN (TM.).',
  },
  {
    kind: 'conclusion',
    title: 'Người ký thông báo kết luận',
    example: 'Ví dụ: BAN THƯỜNG VỤ (T/L), chức vụ CHÁNH VĂN PHÒNG; Nhà nước: CHỦ TỊCH (TL.).',
  },
  {
    kind: 'report',
    title: 'Người ký báo cáo kết quả',
    example: 'Ví dụ: BAN THƯỜNG VỤ (T/M), chức vụ BÍ THƯ; Nhà nước: ỦY BAN NHÂN DÂN (TM.).',
  },
];

export const profileGroups: readonly ProfileGroup[] = [
  {
    title: 'Tên và căn cứ',
    fields: [
      { kind: 'text', path: 'name', label: 'Tên mẫu' },
      {
        kind: 'choice',
        path: 'family',
        label: 'Hệ thống văn bản',
        options: documentFamilies.options,
      },
      { kind: 'text', path: 'basis', label: 'Căn cứ', hint: 'Ghi vào mỗi văn bản xuất theo mẫu này.', long: true },
    ],
  },
  {
    title: 'Khổ giấy và lề',
    fields: [
      { kind: 'choice', path: 'paper.size', label: 'Khổ giấy', options: [{ value: 'A4', label: 'A4' }] },
      { kind: 'boolean', path: 'paper.landscapeForWideTables', label: 'Cho phép trang nằm ngang với bảng rộng' },
      mm('margins.top', 'Lề trên'),
      mm('margins.bottom', 'Lề dưới'),
      mm('margins.left', 'Lề trái'),
      mm('margins.right', 'Lề phải'),
    ],
  },
  {
    title: 'Phông chữ',
    fields: [{ kind: 'text', path: 'font', label: 'Phông chữ', hint: 'Phông Unicode, ví dụ Times New Roman.' }],
  },
  {
    title: 'Phần đầu văn bản',
    fields: [
      { kind: 'line', path: 'header.nationalLine', label: 'Quốc hiệu hoặc tiêu đề Đảng' },
      { kind: 'line', path: 'header.motto', label: 'Tiêu ngữ', addedAs: builtInProfiles.state.header.motto! },
      { kind: 'boolean', path: 'header.ruleUnderNationalBlock', label: 'Kẻ đường dưới quốc hiệu, tiêu ngữ' },
      {
        kind: 'number',
        path: 'header.leftColumnPercent',
        label: 'Độ rộng cột trái (cơ quan, số)',
        unit: '%',
        hint: 'Tính trên bề rộng dòng chữ; cột tự nới rộng cho tên cơ quan nằm trên một dòng khi quốc hiệu vẫn đủ chỗ.',
      },
      { kind: 'style', path: 'header.superiorBody', label: 'Tên cơ quan cấp trên' },
      { kind: 'style', path: 'header.issuingBody', label: 'Tên cơ quan ban hành' },
      {
        kind: 'choice',
        path: 'header.issuingBodyMark',
        label: 'Dưới tên cơ quan ban hành',
        options: [
          { value: 'rule', label: 'Đường kẻ ngắn' },
          { value: 'star', label: 'Dấu sao (*)' },
        ],
      },
      {
        kind: 'text',
        path: 'header.numberForm',
        label: 'Cách viết số, ký hiệu',
        hint: '{so} là số văn bản, {kyHieu} là ký hiệu.',
      },
      { kind: 'style', path: 'header.numberStyle', label: 'Số, ký hiệu' },
      { kind: 'style', path: 'header.letterSubject', label: 'Trích yếu công văn (V/v …)' },
      { kind: 'style', path: 'header.placeDate', label: 'Địa danh, ngày tháng' },
    ],
  },
  {
    title: 'Tên loại và trích yếu',
    fields: [
      { kind: 'style', path: 'documentType', label: 'Tên loại văn bản (BIÊN BẢN…)' },
      { kind: 'style', path: 'subject', label: 'Trích yếu nội dung' },
    ],
  },
  {
    title: 'Nội dung',
    fields: [
      pt('body.size', 'Cỡ chữ'),
      { kind: 'number', path: 'body.firstLineIndentCm', label: 'Thụt đầu dòng', unit: 'cm' },
      pt('body.spacingAfterPt', 'Cách sau mỗi đoạn'),
      {
        kind: 'number',
        path: 'body.lineSpacing',
        label: 'Giãn dòng',
        unit: 'lần',
        hint: '1 là dòng đơn, 1,5 là một dòng rưỡi.',
      },
    ],
  },
  {
    title: 'Số trang',
    fields: [
      pt('pageNumber.size', 'Cỡ chữ'),
      { kind: 'boolean', path: 'pageNumber.onFirstPage', label: 'Đánh số cả trang đầu' },
    ],
  },
  {
    title: 'Chữ ký',
    fields: [
      { kind: 'style', path: 'signature.authorityStyle', label: 'Thẩm quyền, chức vụ người ký' },
      { kind: 'style', path: 'signature.nameStyle', label: 'Họ tên người ký' },
      { kind: 'number', path: 'signature.gapLines', label: 'Khoảng trống để ký', unit: 'dòng' },
    ],
  },
  {
    title: 'Người ký biên bản',
    fields: [
      ...signerFields(
        'signature.signers.minutes.left',
        'Bên trái (người ghi biên bản)',
        'THƯ KÝ hoặc NGƯỜI GHI BIÊN BẢN.',
      ),
      ...signerFields(
        'signature.signers.minutes.right',
        'Bên phải (chủ trì)',
        'CHỦ TRÌ (Đảng) hoặc CHỦ TỌA (Nhà nước).',
      ),
    ],
  },
  ...issuedSigners.map(({ kind, title, example }) => ({
    title,
    fields: signerFields(`signature.signers.${kind}.right`, 'Bên phải', example),
  })),
  {
    title: 'Nơi nhận',
    fields: [
      { kind: 'style', path: 'recipients.label', label: 'Chữ "Nơi nhận:"' },
      { kind: 'style', path: 'recipients.item', label: 'Các nơi nhận' },
    ],
  },
  {
    title: 'Bảng danh sách',
    fields: [
      pt('table.headerSize', 'Cỡ chữ dòng tiêu đề'),
      pt('table.bodySize', 'Cỡ chữ trong bảng'),
      pt('table.groupSize', 'Cỡ chữ dòng điểm cầu'),
      mm('table.signRowHeightMm', 'Chiều cao dòng ký tên'),
    ],
  },
  {
    title: 'Bảng tên',
    fields: [pt('placeCard.nameSize', 'Cỡ chữ họ tên'), pt('placeCard.positionSize', 'Cỡ chữ chức vụ')],
  },
  {
    title: 'Tin bài',
    fields: [pt('news.titleSize', 'Cỡ chữ tiêu đề'), pt('news.bodySize', 'Cỡ chữ nội dung')],
  },
];

// --- Reading and writing by path -----------------------------------------------------------

export function valueAt(source: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      source,
    );
}

/** A copy of the profile with one value changed; the objects on the way are copied, not shared. */
export function withValueAt<T>(source: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  const node = (source ?? {}) as Record<string, unknown>;
  return { ...node, [key]: rest.length === 0 ? value : withValueAt(node[key], rest.join('.'), value) } as T;
}

// --- Saying what is wrong ------------------------------------------------------------------

const partLabels: Readonly<Record<string, string>> = {
  size: 'cỡ chữ',
  bold: 'chữ đậm',
  italic: 'chữ nghiêng',
  caps: 'in hoa',
  underline: 'gạch chân',
  text: 'nội dung',
};

const fields = profileGroups.flatMap((group) => group.fields.map((field) => ({ field, group })));

/** The field a path belongs to (a style's size belongs to the style), with its group. */
export function fieldOf(path: string): { field: ProfileField; group: ProfileGroup } | undefined {
  return fields.find(({ field }) => path === field.path || path.startsWith(`${field.path}.`));
}

/** A number as Vietnamese write it: a decimal comma. */
export function formatDecimal(value: number): string {
  return String(value).replace('.', ',');
}

function problem(issue: z.core.$ZodIssue, value: unknown, unit: string): string {
  const suffix = unit ? ` ${unit}` : '';
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống';
      return `tối thiểu ${formatDecimal(Number(issue.minimum))}${suffix}`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${formatDecimal(Number(issue.maximum))} ký tự`;
      return `tối đa ${formatDecimal(Number(issue.maximum))}${suffix}`;
    case 'invalid_type':
      if (value === undefined) return 'bị thiếu';
      if (issue.expected === 'int') return 'phải là số nguyên';
      if (issue.expected === 'number') return 'phải là một số';
      if (issue.expected === 'boolean') return 'phải là có hoặc không';
      if (issue.expected === 'string') return 'phải là chữ';
      return 'không đúng dạng';
    case 'invalid_value':
      return `chỉ nhận ${issue.values.map((v) => `"${String(v)}"`).join(' hoặc ')}`;
    default:
      return 'không hợp lệ';
  }
}

/** One sentence naming the first wrong value of a profile in the secretary's words. */
export function describeProfileIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path
      ? (fieldOf(path) ?? fields.find(({ field }) => field.path.startsWith(`${path}.`)))?.group.title
      : undefined;
    return `Mục "${issue.keys[0]}"${where ? ` trong nhóm ${where}` : ''} không thuộc mẫu định dạng.`;
  }
  const found = fieldOf(path);
  if (!found) return `Mục "${path || 'mẫu định dạng'}" không hợp lệ.`;
  const { field, group } = found;
  const part = path
    .slice(field.path.length + 1)
    .split('.')
    .filter((key) => key !== 'style' && key !== '')
    .map((key) => partLabels[key] ?? key)
    .pop();
  const unit = field.kind === 'number' ? field.unit : part === 'cỡ chữ' ? 'pt' : '';
  const choice =
    field.kind === 'choice' && issue.code === 'invalid_value'
      ? `chỉ nhận ${field.options.map((o) => o.label).join(' hoặc ')}`
      : null;
  return (
    `${field.label}${part ? `, ${part}` : ''} (${group.title}): ` +
    `${choice ?? problem(issue, valueAt(input, path), unit)}.`
  );
}

export type ProfileCheck =
  | { readonly ok: true; readonly profile: FormatProfile }
  | { readonly ok: false; readonly path: string; readonly message: string };

export function checkProfile(input: unknown): ProfileCheck {
  const parsed = formatProfileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const [issue] = parsed.error.issues;
  // The issue's path is the upgraded profile's, and so is the value it names.
  return {
    ok: false,
    path: issue.path.map(String).join('.'),
    message: describeProfileIssue(issue, upgradeProfile(input)),
  };
}
