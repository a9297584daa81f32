// The contract's calls for what a period's figures are written out as: the workbook (written
// into staging; the door saves it, as register.save does) and the Word "Báo cáo tình hình tổ
// chức hội nghị trực tuyến" (rendered; the door saves it, as exports.save does), both from the
// figures the Thống kê screen shows. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call, doorCall, optionalText, requiredText } from '../contract-fields';
import { exportInput, type RenderedDocument, type SavedDocument } from '../documents/export-calls';
import type { SavedSheets, StagedSheets } from '../sheets/sheet-calls';
import { periodFilter } from './statistics-calls';

/** The report's header as the secretary types it; the rest (symbol, date) comes from the body and the register. */
export const periodReportHeader = z.strictObject({
  issuingBody: requiredText(200, 'Hãy nhập cơ quan ban hành báo cáo.'),
  superiorBody: optionalText(200).default(null),
  /** The number typed; blank: the register's next when issued, else room to write it by hand. */
  number: optionalText(20).default(null),
  /** The body's part of the symbol ("TU", "UBND"); blank: the one the body's name suggests. */
  symbol: optionalText(40).default(null),
  place: optionalText(100).default(null),
  signer: optionalText(200).default(null),
});
export type PeriodReportHeader = z.output<typeof periodReportHeader>;

/** A header nothing is typed in yet: the dialog's first, and a body's own before its symbol is known. */
export const emptyReportHeader: PeriodReportHeader = {
  issuingBody: '',
  superiorBody: null,
  number: null,
  symbol: null,
  place: null,
  signer: null,
};

export const periodReportInput = z.strictObject({
  filter: periodFilter,
  /** 'party', 'state' or 'user:N'; the one used last when left out. */
  profileId: exportInput.shape.profileId,
  header: periodReportHeader,
  /** Saving only: the report goes out as issued, its number recorded in the issuing body's register (kind BC). */
  issue: z.boolean().default(false),
});

/** What the export dialog starts from: the header saved last, and the number the register would give. */
export interface PeriodReportDefaults {
  readonly profileId: string;
  /** The last saved report's header; null before the first. */
  readonly header: PeriodReportHeader | null;
  /** "BC/TU", "BC-UBND"; empty while the body's symbol is not known. */
  readonly symbol: string;
  /** The number the next report of that body would take today; null without a body or its symbol. */
  readonly nextNumber: number | null;
}

const suggestedName = z.string().max(255).optional();

export const statisticsExportCalls = {
  /** The report's bytes; `remember` (the door's, on saving) keeps the header for next time and numbers an issued one. */
  'statistics.renderReport': call<RenderedDocument>()(
    periodReportInput.extend({ remember: z.boolean().default(false) }),
  ),
  'statistics.reportDefaults': call<PeriodReportDefaults>()(
    z.strictObject({
      profileId: exportInput.shape.profileId,
      // The issuing body as typed in the dialog, whose symbol and next number are asked for.
      issuingBody: optionalText(200).optional(),
    }),
  ),
  /** Renders and saves where the door decides. */
  'statistics.saveReport': doorCall<SavedDocument>()('save', periodReportInput.extend({ suggestedName })),
  /** Writes the period's workbook into a staging folder: the door's first step. */
  'statistics.writeSheets': call<StagedSheets>()(z.strictObject({ filter: periodFilter })),
  /** Writes and saves where the door decides. */
  'statistics.saveSheets': doorCall<SavedSheets>()('save', z.strictObject({ filter: periodFilter, suggestedName })),
} as const;
