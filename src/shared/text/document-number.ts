// Số hiệu văn bản: the number an official document carries. The Party writes "01-CT/TW"
// (hyphen before the type, slash before the issuing body); the state writes "26/2015/NĐ-CP"
// or "1234/QĐ-UBND" (slashes after the serial and the year, hyphens between type and bodies).
// Pure: shared by the main process and the renderer.

export type DocumentFamily = 'party' | 'state' | 'unknown';

export interface DocumentNumber {
  readonly family: DocumentFamily;
  /** The year segment of a state number ("2015" in 26/2015/NĐ-CP). */
  readonly year?: number;
  /** The document-type code (CT, NQ, NĐ…), with a D typed for Đ already repaired. */
  readonly typeCode?: string;
  readonly issuerCodes: readonly string[];
  readonly problems: readonly string[];
}

// Type codes of both numbering systems. "TT" is Thông tư for the state and Thông tri for the
// Party; the kind word in front of the number tells which, the code alone cannot.
const typeCodes = new Set([
  'CT',
  'NQ',
  'HD',
  'QĐ',
  'QĐi',
  'KL',
  'TB',
  'KH',
  'NĐ',
  'TT',
  'TTLT',
  'NQLT',
  'CV',
  'QC',
  'BC',
  'CTr',
  'TTr',
  'ĐA',
  'BB',
]);
const typeFamily: Record<string, DocumentFamily> = { NĐ: 'state', TTLT: 'state', NQLT: 'state', QĐi: 'party' };

// BTC is Ban Tổ chức and Bộ Tài chính, BCT Bộ Chính trị and Bộ Công Thương: only the shape
// of the number tells them apart.
const ambiguousIssuers = new Set(['BTC', 'BCT']);
const partyIssuers = new Set(['TW', 'TƯ', 'BBT', 'BCHTW', 'BTG', 'BDV', 'UBKT', 'BNC']);
// Bodies of a Party committee carry its suffix: BTCTW, VPTU, UBKTHU, ĐUK, ĐUQSTW…
const partyIssuerShape = /^(?:ĐU\p{Lu}*|\p{Lu}*(?:TW|TƯ|TU|HU|QU|ĐU|ĐUK))$/u;
const stateIssuers = new Set(['CP', 'TTg', 'UBND', 'HĐND', 'VPCP', 'NHNN', 'TANDTC', 'VKSNDTC', 'KTNN']);
// Quốc hội and its standing committee with the legislature (QH14, UBTVQH15), ministries (Bộ:
// BNV, BGDĐT…) and provincial departments (Sở: SNV, STC…).
const stateIssuerShape = /^(?:(?:UBTV)?QH\d*|[BS][A-ZĐ]{1,7})$/u;

function issuerFamily(code: string): DocumentFamily | undefined {
  if (ambiguousIssuers.has(code)) return 'unknown';
  if (partyIssuers.has(code) || partyIssuerShape.test(code)) return 'party';
  if (stateIssuers.has(code) || stateIssuerShape.test(code)) return 'state';
  return undefined;
}

const isKnownCode = (code: string): boolean => typeCodes.has(code) || issuerFamily(code) !== undefined;

// Keyboards without Vietnamese input give "ND-CP" for "NĐ-CP": an unknown code that becomes a
// known one when one D (or every D) is read as Đ is taken for that typo.
function repairMissingStroke(code: string): string | undefined {
  if (isKnownCode(code) || !code.includes('D')) return undefined;
  const candidates = [code.replaceAll('D', 'Đ')];
  for (let i = code.indexOf('D'); i >= 0; i = code.indexOf('D', i + 1)) {
    candidates.push(`${code.slice(0, i)}Đ${code.slice(i + 1)}`);
  }
  return candidates.find(isKnownCode);
}

const partyRule =
  'Số hiệu văn bản của Đảng viết dạng 01-CT/TW (gạch nối trước loại văn bản, gạch chéo trước cơ quan ban hành)';
const stateRule =
  'Số hiệu văn bản của Nhà nước viết dạng 26/2015/NĐ-CP (gạch chéo sau số và sau năm, gạch nối giữa loại ' +
  'văn bản và cơ quan ban hành)';

function withFix(rule: string, written: string, fix: string | undefined): string {
  return fix === undefined ? `${rule}.` : `${rule}: “${written}” nên viết “${fix}”.`;
}

/** Reads a number already known to start with a digit and hold a hyphen or a slash. */
export function parseDocumentNumber(written: string): DocumentNumber {
  const pieces = written.split(/([-/])/);
  const segments = pieces.filter((_, i) => i % 2 === 0);
  const separators = pieces.filter((_, i) => i % 2 === 1);
  const serial = segments[0];
  const year = segments.length > 2 && /^\d{4}$/.test(segments[1]) ? segments[1] : undefined;
  const codeStart = year === undefined ? 1 : 2;

  const repairs: Array<{ readonly from: string; readonly to: string }> = [];
  const codes = segments.slice(codeStart).map((code) => {
    const to = repairMissingStroke(code);
    if (to === undefined) return code;
    repairs.push({ from: code, to });
    return to;
  });
  const typeCode = typeCodes.has(codes[0]) ? codes[0] : undefined;
  const issuerCodes = typeCode === undefined ? codes : codes.slice(1);

  const partyShape =
    year === undefined &&
    separators.length >= 2 &&
    separators[0] === '-' &&
    separators[1] === '/' &&
    separators.slice(2).every((s) => s === '-');
  const stateShape =
    codes.length > 0 &&
    separators.slice(0, codeStart).every((s) => s === '/') &&
    separators.slice(codeStart).every((s) => s === '-');
  const decided = issuerCodes.map(issuerFamily).find((f) => f === 'party' || f === 'state');
  const family: DocumentFamily =
    decided ??
    typeFamily[typeCode ?? ''] ??
    (partyShape ? 'party' : stateShape || year !== undefined ? 'state' : 'unknown');

  const problems: string[] = [];
  let shapeRight = true;
  if (family === 'party' && !partyShape) {
    // A Party number carries no year; the fix needs a type code to put the hyphen in front of.
    const fix =
      typeCode !== undefined && issuerCodes.length > 0 ? `${serial}-${typeCode}/${issuerCodes.join('-')}` : undefined;
    problems.push(withFix(partyRule, written, fix));
    shapeRight = false;
  } else if (family === 'state' && !stateShape) {
    problems.push(withFix(stateRule, written, `${serial}/${year === undefined ? '' : `${year}/`}${codes.join('-')}`));
    shapeRight = false;
  } else if (family === 'unknown' && !partyShape && !stateShape) {
    problems.push(
      `Số hiệu “${written}” không đúng dạng: văn bản của Đảng viết dạng 01-CT/TW, văn bản của Nhà nước viết ` +
        `dạng 26/2015/NĐ-CP.`,
    );
    shapeRight = false;
  }
  // When the separators are wrong their message already gives the whole corrected number.
  const corrected = [
    serial,
    ...separators.flatMap((s, i) => [s, i + 1 < codeStart ? segments[i + 1] : codes[i + 1 - codeStart]]),
  ].join('');
  for (const { from, to } of repairs) {
    const fix = shapeRight ? `, nên viết “${corrected}”` : '';
    problems.push(`Ký hiệu “${from}” có lẽ là “${to}” (chữ Đ bị gõ thành D)${fix}.`);
  }

  return {
    family,
    ...(year === undefined ? {} : { year: Number(year) }),
    ...(typeCode === undefined ? {} : { typeCode }),
    issuerCodes,
    problems,
  };
}
