// Finds citations of official documents ("Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính
// trị") in minutes and news items, and says what is wrong with the malformed ones. Pure: it runs
// in the main process and in the renderer.
import { type DocumentFamily, parseDocumentNumber } from './document-number';

export interface DocumentReference {
  /** The citation as written, from the kind word to the end of the number, date or issuer. */
  readonly text: string;
  /** Offsets in the NFC form of the input (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly number: string;
  readonly family: DocumentFamily;
  /** ISO yyyy-mm-dd, only when the date is given and exists. */
  readonly date?: string;
  readonly issuer?: string;
  /** Vietnamese, one sentence each; empty when the citation is well formed. */
  readonly problems: readonly string[];
}

interface KindRule {
  /** Type codes the number may carry for this kind of document. */
  readonly codes: readonly string[];
  /** When a number may lack a type code: always (công văn of the state), or when Quốc hội or its
   * standing committee issued it (Nghị quyết số 43/2022/QH15). Kinds without codes never carry one. */
  readonly untyped?: 'any' | 'legislature';
  /** Laws are cited with their name between the kind and "số": "Luật Doanh nghiệp số 59/2020/QH14". */
  readonly named?: boolean;
}

const kindRules: Record<string, KindRule> = {
  'Chỉ thị': { codes: ['CT'] },
  'Nghị quyết': { codes: ['NQ'], untyped: 'legislature' },
  'Nghị quyết liên tịch': { codes: ['NQLT'] },
  'Thông tư liên tịch': { codes: ['TTLT'] },
  'Hướng dẫn': { codes: ['HD'] },
  'Nghị định': { codes: ['NĐ'] },
  'Quyết định': { codes: ['QĐ'] },
  // Party quy định were numbered QĐ until QĐi was introduced in 2018 (105-QĐ/TW of 2017 is valid).
  'Quy định': { codes: ['QĐi', 'QĐ'] },
  'Kết luận': { codes: ['KL'] },
  'Thông báo': { codes: ['TB'] },
  'Thông báo kết luận': { codes: ['TB'] },
  'Kế hoạch': { codes: ['KH'] },
  'Thông tư': { codes: ['TT'] },
  'Thông tri': { codes: ['TT'] },
  'Công văn': { codes: ['CV'], untyped: 'any' },
  'Quy chế': { codes: ['QC'] },
  'Báo cáo': { codes: ['BC'] },
  'Chương trình': { codes: ['CTr'] },
  'Tờ trình': { codes: ['TTr'] },
  'Đề án': { codes: ['ĐA'] },
  'Biên bản': { codes: ['BB'] },
  Luật: { codes: [], named: true },
  'Bộ luật': { codes: [], named: true },
  'Pháp lệnh': { codes: [], named: true },
};
const kindByKey = new Map(Object.keys(kindRules).map((kind) => [kindKey(kind), kind]));

function kindKey(written: string): string {
  return written.toLowerCase().replace(/\s+/g, ' ');
}

// Longest first, so that "Nghị quyết liên tịch" wins over "Nghị quyết".
function kindAlternatives(named: boolean): string {
  return Object.keys(kindRules)
    .filter((kind) => (kindRules[kind].named === true) === named)
    .sort((a, b) => b.length - a.length)
    .map((kind) => kind.replace(/ /g, '\\s+'))
    .join('|');
}

const letterOrDigit = '[\\p{L}\\p{N}]';
// Kind, optional law name, optional "số", then a number: a digit first, segments joined by
// hyphens or slashes. A number must also hold a letter (checked below), so "Kế hoạch 2021-2025"
// and "số 5 đại biểu" are no citations.
const citationPattern = new RegExp(
  `(?<!${letterOrDigit})(?:(${kindAlternatives(true)})(?:\\s+(?!số(?!\\p{L}))\\p{L}+,?){0,8}?` +
    `|(${kindAlternatives(false)}))` +
    `\\s+(?:số\\s*:?\\s*)?(\\d${letterOrDigit}*(?:[-/]${letterOrDigit}+)+)`,
  'giu',
);
const kindAtStart = new RegExp(`(?:${kindAlternatives(false)}|${kindAlternatives(true)})(?!\\p{L})`, 'iuy');
const datePattern = new RegExp(
  String.raw`\s*,?\s*ngày\s+(\d{1,2})` +
    String.raw`(?:\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})|\s+tháng\s+(\d{1,2})\s+năm\s+(\d{1,4}))(?!\p{N})`,
  'iuy',
);
const issuerLead = /\s*,?\s*của\s+/iuy;
const issuerWord = /\s*([^\s,;:.!?()[\]"“”…]+)/uy;

// Words that end the name of an issuing body: the clause goes on after them ("của Chính phủ
// quy định…", "của Tỉnh ủy về việc…"). Bodies' names hold lowercase words ("Ủy ban nhân dân
// tỉnh"), so capitalisation alone cannot end the name.
const clauseWords = new Set([
  'về',
  'ngày',
  'theo',
  'đã',
  'đang',
  'sẽ',
  'thì',
  'để',
  'nhằm',
  'tại',
  'trong',
  'khi',
  'với',
  'đến',
  'do',
  'là',
  'có',
  'được',
  'bị',
  'cho',
  'nay',
  'này',
  'sau',
  'trước',
  'từ',
  'nên',
  'mà',
  'như',
  'hoặc',
  'hay',
  'quy',
  'hướng',
  'thực',
  'triển',
  'tiếp',
  'sửa',
  'bổ',
  'các',
  'những',
  'năm',
  'số',
  'cũng',
  'vẫn',
  'gồm',
  'nêu',
]);
const maxIssuerWords = 12;

const startsCapitalized = /^\p{Lu}/u;
const gapBeforeCapital = /\s+(?=\p{Lu})/uy;
const hanhAfterBan = /\s+hành(?!\p{L})/uy;

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** "của Bộ Chính trị" after a citation: the body's name, up to punctuation or the next clause. */
function readIssuer(text: string, from: number): { readonly issuer: string; readonly end: number } | undefined {
  const lead = matchAt(issuerLead, text, from);
  if (lead === null) return undefined;
  const start = from + lead[0].length;
  let end = start;
  for (let count = 0; count < maxIssuerWords; count++) {
    const match = matchAt(issuerWord, text, end);
    if (match === null) break;
    const word = match[1];
    const after = end + match[0].length;
    if (count === 0 && !startsCapitalized.test(word)) return undefined;
    if (clauseWords.has(word) || (word === 'ban' && matchAt(hanhAfterBan, text, after) !== null)) break;
    // "Bộ Giáo dục và Đào tạo", "Bộ Lao động - Thương binh và Xã hội" go on; "của Chính phủ và
    // Hướng dẫn số…" ends before "và", where the next citation starts.
    if (word === 'và' || word === '-') {
      const gap = matchAt(gapBeforeCapital, text, after);
      if (gap === null || matchAt(kindAtStart, text, after + gap[0].length) !== null) break;
    }
    end = after;
  }
  return end === start ? undefined : { issuer: text.slice(start, end), end };
}

interface ParsedDate {
  readonly end: number;
  readonly written: string;
  readonly iso?: string;
  readonly year?: number;
  readonly problem?: string;
}

function readDate(text: string, from: number): ParsedDate | undefined {
  const match = matchAt(datePattern, text, from);
  if (match === null) return undefined;
  const day = Number(match[1]);
  const month = Number(match[3] ?? match[5]);
  const year = Number(match[4] ?? match[6]);
  const written = match[0].replace(/^\s*,?\s*ngày\s+/iu, '');
  const end = from + match[0].length;
  const invalid = (reason: string): ParsedDate => ({
    end,
    written,
    problem: `Ngày “${written}” không hợp lệ: ${reason}.`,
  });
  if (year < 1945 || year > 2100) return invalid('năm ban hành phải từ 1945 đến 2100, viết đủ bốn chữ số');
  if (month < 1 || month > 12)
    return invalid('tháng phải từ 1 đến 12 (ngày tháng năm viết theo thứ tự ngày/tháng/năm, ví dụ 09/3/2021)');
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return invalid(`tháng ${month} năm ${year} chỉ có ngày 1 đến ngày ${daysInMonth}`);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { end, written, iso: `${year}-${pad(month)}-${pad(day)}`, year };
}

const isLegislature = (code: string): boolean => /^(?:UBTV)?QH\d*$/u.test(code);

function kindProblem(
  kind: string,
  number: string,
  typeCode: string | undefined,
  issuerCodes: readonly string[],
): string | undefined {
  const rule = kindRules[kind];
  if (typeCode === undefined) {
    if (rule.untyped === 'any' || (rule.untyped === 'legislature' && issuerCodes.some(isLegislature))) return undefined;
    if (rule.codes.length === 0) return undefined;
    return (
      `${kind} mang ký hiệu loại văn bản ${rule.codes.join(' hoặc ')}, nhưng số hiệu “${number}” không có ký ` +
      `hiệu loại văn bản.`
    );
  }
  if (rule.codes.includes(typeCode)) return undefined;
  if (rule.codes.length === 0) {
    return (
      `${kind} không mang ký hiệu loại văn bản (ví dụ Luật số ` +
      `59/2020/QH14), nhưng số hiệu “${number}” ghi ${typeCode}.`
    );
  }
  return `${kind} mang ký hiệu loại văn bản ${rule.codes.join(' hoặc ')}, nhưng số hiệu “${number}” ghi ${typeCode}.`;
}

/**
 * Every citation of a document in the text, in order. The text is normalised to NFC first
 * (NFD from old keyboards would otherwise hide "Nghị quyết"), so offsets refer to
 * `text.normalize('NFC')`, which is the text itself whenever it is already NFC.
 */
export function findDocumentReferences(text: string): DocumentReference[] {
  const nfc = text.normalize('NFC');
  const references: DocumentReference[] = [];
  for (const match of nfc.matchAll(citationPattern)) {
    const number = match[3];
    if (!/\p{L}/u.test(number)) continue;
    const kind = kindByKey.get(kindKey(match[1] ?? match[2])) ?? match[1] ?? match[2];
    const parsed = parseDocumentNumber(number);
    const problems = [...parsed.problems];
    const mismatch = kindProblem(kind, number, parsed.typeCode, parsed.issuerCodes);
    if (mismatch !== undefined) problems.push(mismatch);

    // The date and the issuer come in either order: "ngày … của …" is the rule, "của … ngày …" is common.
    let end = match.index + match[0].length;
    let date = readDate(nfc, end);
    if (date !== undefined) end = date.end;
    const issuer = readIssuer(nfc, end);
    if (issuer !== undefined) end = issuer.end;
    if (date === undefined && issuer !== undefined) {
      date = readDate(nfc, end);
      if (date !== undefined) end = date.end;
    }

    if (date?.problem !== undefined) problems.push(date.problem);
    if (
      parsed.family === 'state' &&
      parsed.year !== undefined &&
      date?.year !== undefined &&
      date.year !== parsed.year
    ) {
      problems.push(
        `Năm trong số hiệu “${number}” (${parsed.year}) khác năm ban hành (ngày ${date.written}): số hiệu ` +
          `văn bản của Nhà nước mang năm ban hành.`,
      );
    }

    references.push({
      text: nfc.slice(match.index, end),
      start: match.index,
      end,
      kind,
      number,
      family: parsed.family,
      ...(date?.iso === undefined ? {} : { date: date.iso }),
      ...(issuer === undefined ? {} : { issuer: issuer.issuer }),
      problems,
    });
  }
  return references;
}
