// The register in Excel, as an office keeps its sổ đăng ký văn bản đi on paper: one line a
// number, with its symbol, day, subject, kind, recipients, signer and a note, ready to print
// (report-sheet.ts) and safe to send (every text a text cell, never a formula).
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { StagedSheets } from '../../shared/sheets/sheet-calls';
import { registerKinds, type RegisterEntry } from '../../shared/register/register';
import { dayMonthYear } from '../../shared/text/vietnamese-dates';
import { localDayMonthYear } from '../../shared/text/vietnamese-dates';
import { newStaging, removeStaging } from '../files/staging';
import { fittedWidth, longest, ReportSheet, type TitleLine } from '../sheets/xlsx/report-sheet';
import { writeWorkbook } from '../sheets/xlsx/workbook-file';
import type { ServiceContext } from '../services/context';
import { registerEntries, type RegisterFilter } from './register';

export const registerSheetName = 'Sổ văn bản đi';

/** "Năm 2026", "Từ ngày 01/01/2026 đến ngày 31/03/2026", with the kind and the words looked for. */
function scopeLine(filter: RegisterFilter): string | null {
  const { from, to } = filter;
  const wholeYear = from && to && from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;
  const parts = [
    wholeYear
      ? `Năm ${from.slice(0, 4)}`
      : from && to
        ? `Từ ngày ${dayMonthYear(from)} đến ngày ${dayMonthYear(to)}`
        : from
          ? `Từ ngày ${dayMonthYear(from)}`
          : to
            ? `Đến ngày ${dayMonthYear(to)}`
            : null,
    filter.kind ? `Loại văn bản: ${registerKinds.label(filter.kind)}` : null,
    filter.query ? `Có các từ: "${filter.query}"` : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? parts.join('; ') : null;
}

function titleOf(entries: readonly RegisterEntry[], filter: RegisterFilter, madeOn: Date): TitleLine[] {
  const bodies = [...new Set(entries.map((e) => e.issuingBody))];
  const scope = scopeLine(filter);
  return [
    ...(bodies.length === 1 ? [{ text: bodies[0].toLocaleUpperCase('vi-VN'), size: 13, bold: true }] : []),
    { text: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', size: 14, bold: true },
    ...(scope ? [{ text: scope, size: 12, italic: true }] : []),
    { text: `Lập ngày ${localDayMonthYear(madeOn)}`, size: 12, italic: true },
  ];
}

const noteOf = (e: RegisterEntry) => [e.document, e.conferenceName].filter(Boolean).join('; ');

export async function writeRegisterBook(
  file: string,
  entries: readonly RegisterEntry[],
  filter: RegisterFilter,
  madeOn: Date,
): Promise<number> {
  return writeWorkbook(file, (workbook) => {
    const sheet = new ReportSheet(workbook, {
      name: registerSheetName,
      title: titleOf(entries, filter, madeOn),
      columns: [
        { header: 'Số', type: 'order', width: 7 },
        {
          header: 'Ký hiệu',
          type: 'text',
          width: fittedWidth(longest(entries.map((e) => e.symbol)), 10, 18),
          center: true,
        },
        { header: 'Ngày', type: 'text', width: 12, center: true },
        {
          header: 'Trích yếu nội dung',
          type: 'text',
          width: fittedWidth(longest(entries.map((e) => e.subject)), 24, 50),
          narrowest: 24,
        },
        { header: 'Loại văn bản', type: 'text', width: 12, center: true },
        {
          header: 'Nơi nhận',
          type: 'text',
          width: fittedWidth(longest(entries.flatMap((e) => e.recipients?.split('\n') ?? [])), 14, 30),
        },
        { header: 'Người ký', type: 'text', width: fittedWidth(longest(entries.map((e) => e.signer)), 12, 24) },
        { header: 'Ghi chú', type: 'text', width: fittedWidth(longest(entries.map(noteOf)), 10, 30) },
      ],
    });
    // The register reads in the order the numbers were given, as the paper book does.
    for (const e of [...entries].reverse())
      sheet.add([
        e.number,
        e.symbol,
        dayMonthYear(e.issuedOn),
        e.subject,
        registerKinds.label(e.kind),
        e.recipients,
        e.signer,
        noteOf(e),
      ]);
    sheet.finish();
    return entries.length;
  });
}

/** The register (the entries the filter keeps) written into a staging folder for the door. */
export async function writeRegister(ctx: ServiceContext, filter: RegisterFilter): Promise<StagedSheets> {
  const entries = registerEntries(ctx, filter);
  if (entries.length === 0)
    throw new AppError(
      'NOT_FOUND',
      filter.from || filter.to || filter.kind || filter.query
        ? 'Không có văn bản nào trong sổ khớp với điều kiện lọc nên chưa có gì để xuất. Hãy bỏ bớt điều kiện lọc.'
        : 'Sổ văn bản đi chưa có văn bản nào nên chưa có gì để xuất.',
    );
  const staging = await newStaging();
  const year =
    filter.from && filter.to && filter.from.slice(0, 4) === filter.to.slice(0, 4) ? filter.from.slice(0, 4) : '';
  const name = year ? `So-van-ban-di-${year}.xlsx` : 'So-van-ban-di.xlsx';
  try {
    const rows = await writeRegisterBook(path.join(staging.dir, name), entries, filter, new Date());
    return { token: staging.token, name, files: [name], rows };
  } catch (error) {
    await removeStaging(staging.token);
    throw error;
  }
}
