// The columns an attendee list may have, and the names offices give them. Headers are
// compared folded (no case, no diacritics, no punctuation or line breaks), so "HỌ VÀ TÊN",
// "Họ và\ntên" and "Ho va ten" are one header.
import { columnKinds, type ColumnKind } from '../../../shared/import/vocabularies';
import { foldForSearch } from '../../../shared/text/vietnamese';

export type { ColumnKind };

// Folded header texts, most specific first within a kind.
const aliases: Record<ColumnKind, readonly string[]> = {
  order: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'so'],
  fullName: [
    'ho va ten',
    'ho ten',
    'ho va ten dai bieu',
    'ho ten dai bieu',
    'ten dai bieu',
    'dai bieu',
    'ho va ten nguoi du',
    'nguoi du',
    'ho va ten can bo',
  ],
  familyName: ['ho va dem', 'ho dem', 'ho va ten dem', 'ho'],
  givenName: ['ten'],
  positionAndUnit: [
    'chuc vu don vi',
    'chuc vu don vi cong tac',
    'chuc vu co quan',
    'chuc danh don vi',
    'chuc vu noi cong tac',
    'chuc vu co quan don vi',
    'chuc vu va don vi',
    'chuc danh co quan',
  ],
  position: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'chuc vu dang chinh quyen'],
  unit: [
    'don vi',
    'co quan',
    'don vi cong tac',
    'co quan don vi',
    'noi cong tac',
    'co quan cong tac',
    'don vi co quan',
  ],
  bridgePoint: [
    'diem cau',
    'dia diem',
    'diem cau tham du',
    'dia diem du',
    'diem cau du',
    'du tai diem cau',
    'dia diem tham du',
  ],
  // The unit's statistical code (5 digits), beside or instead of the point's name.
  unitCode: ['ma don vi', 'ma dvhc', 'ma don vi hanh chinh', 'ma xa', 'ma phuong', 'ma xa phuong', 'ma so dvhc'],
  phone: [
    'sdt',
    'so dien thoai',
    'dien thoai',
    'di dong',
    'dt',
    'dtdd',
    'so dt',
    'dien thoai di dong',
    'so di dong',
    'dien thoai lien he',
    'sdt lien he',
  ],
  email: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'hop thu', 'mail'],
  gender: ['gioi tinh', 'gioi', 'nam nu'],
  birthYear: ['nam sinh', 'ngay sinh', 'ngay thang nam sinh', 'sinh nam'],
  birthYearMale: ['nam'],
  birthYearFemale: ['nu'],
  note: ['ghi chu', 'ghi chu khac', 'chu thich', 'y kien', 'y kien de xuat', 'kien nghi', 'de xuat', 'y kien khac'],
  // Online forms' own columns: when the answer was sent (Microsoft Forms has a start and a completion).
  timestamp: [
    'dau thoi gian',
    'timestamp',
    'thoi gian hoan thanh',
    'completion time',
    'thoi gian bat dau',
    'start time',
  ],
};

const exact = new Map<string, ColumnKind>();
for (const kind of columnKinds.codes) for (const alias of aliases[kind]) if (!exact.has(alias)) exact.set(alias, kind);

// Kinds that may also be recognised from a longer header that begins with one of their names.
const prefixKinds: readonly ColumnKind[] = [
  'fullName',
  'positionAndUnit',
  'position',
  'unit',
  'bridgePoint',
  'phone',
  'email',
  'birthYear',
  'note',
  'gender',
];

/** The kind of a header text, or null when it names no known column. */
export function headerKind(text: string): ColumnKind | null {
  const folded = foldForSearch(text);
  if (folded === '') return null;
  const hit = exact.get(folded);
  if (hit) return hit;
  for (const kind of prefixKinds) {
    if (
      aliases[kind].some(
        (alias) => alias.length > 3 && (folded.startsWith(`${alias} `) || folded.endsWith(` ${alias}`)),
      )
    )
      return kind;
  }
  return questionKind(folded);
}

// A form's question ("Anh/chị dự tại điểm cầu nào?", "Đồng chí công tác tại đơn vị nào?") names
// its field inside a sentence addressed to the respondent; only such sentences are searched
// within, so an ordinary header holding "đơn vị" among other words keeps its own meaning.
const questionWords = /^(anh chi|dong chi|ong ba|quy|ban|xin|vui long)\b|\b(nao|gi|cua anh chi|cua dong chi)$/;
const questionKinds: readonly ColumnKind[] = ['fullName', 'bridgePoint', 'phone', 'email', 'position', 'unit'];

function questionKind(folded: string): ColumnKind | null {
  if (!questionWords.test(folded)) return null;
  const padded = ` ${folded} `;
  for (const kind of questionKinds)
    if (aliases[kind].some((alias) => alias.length > 3 && padded.includes(` ${alias} `))) return kind;
  return null;
}
