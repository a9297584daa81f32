// The contract's calls for the Excel files made from a conference. Spread into the one
// contract (../contract.ts). As with Word documents, where files go is never said by the
// window: the services write them into a private staging folder and the door (Electron's
// dialog, the harness's output folder, the CLI's --out) moves them to where it chose.
import { z } from 'zod';
import { attendeeOrders } from '../attendees/vocabularies';
import { call, doorCall, id, requestId } from '../contract-fields';
import { vocabulary, type VocabularyCode } from '../vocabulary';

export const sheetReports = vocabulary({
  attendees: 'Danh sách đại biểu',
  summary: 'Tổng hợp số lượng theo điểm cầu và theo cấp',
  bridgePoints: 'Danh sách điểm cầu',
  signInSheet: 'Danh sách ký',
  quickReport: 'Báo cáo nhanh',
  templates: 'Mẫu gửi điểm cầu',
});
export type SheetReport = VocabularyCode<typeof sheetReports>;

/**
 * Conferences with more points than this are not split into one sheet per point (the import reads at most 100 sheets).
 */
export const maxSheetsPerBook = 100;

export const sheetInput = z.strictObject({
  conferenceId: id,
  report: z.enum(sheetReports.codes),
  /** Attendees only: one sheet, or one sheet per bridge point. */
  layout: z.enum(['oneSheet', 'perPoint']).default('oneSheet'),
  /** Attendees only: an Excel workbook, or CSV (UTF-8) for systems that take it. */
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  order: z.enum(attendeeOrders.codes).default('protocol'),
  /** Templates only: the conference's points to write one for (all but the main room when left out). */
  conferenceBridgePointIds: z.array(id).min(1).max(100_000).optional(),
  /** Chosen by the caller, so that sheets.cancel can stop this export. */
  requestId,
});

export interface StagedSheets {
  /** What the door moves: a staging folder's token, only meaningful to the door. */
  readonly token: string;
  /** The file's name, or for templates the folder's. */
  readonly name: string;
  readonly files: readonly string[];
  /** Rows written (attendees, points), for the message. */
  readonly rows: number;
}

export interface SavedSheets {
  /** What the page quotes to open the folder (exports.openFolder). */
  readonly savedId: string;
  /** The file, or for templates the folder the files went into. */
  readonly path: string;
  readonly files: number;
  readonly bytes: number;
  readonly rows: number;
}

export const sheetCalls = {
  /** Writes the workbook(s) into a staging folder (the door's first step). */
  'sheets.write': call<StagedSheets>()(sheetInput),
  /** Writes and saves where the door decides (templates: into a new folder). */
  'sheets.save': doorCall<SavedSheets>()('save', sheetInput.extend({ suggestedName: z.string().max(255).optional() })),
  /** Stops an export that is being written; nothing is saved. */
  'sheets.cancel': call<{ cancelled: boolean }>()(z.strictObject({ requestId })),
} as const;
