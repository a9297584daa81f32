// The contract's calls for the Word documents made from a conference. Spread into the one
// contract (../contract.ts). Where a file is saved is never said by the window: the door
// (Electron's save dialog, the harness's output folder, the CLI's --out) adds it.
import { z } from 'zod';
import { attendeeOrders } from '../attendees/vocabularies';
import { call, doorCall, id, optionalText } from '../contract-fields';
import { profileIdPattern } from './format-profile';
import { vocabulary, type VocabularyCode } from '../vocabulary';

export const documentKinds = vocabulary({
  minutes: 'Biên bản hội nghị',
  attendeeList: 'Danh sách đại biểu',
  signInSheet: 'Danh sách ký',
  placeCards: 'Bảng tên',
  news: 'Tin bài',
  quickReport: 'Báo cáo nhanh',
  invitation: 'Giấy mời',
  plan: 'Kế hoạch tổ chức hội nghị',
  conclusion: 'Thông báo kết luận',
  report: 'Báo cáo kết quả hội nghị',
  script: 'Kịch bản điều hành',
});
export type DocumentKind = VocabularyCode<typeof documentKinds>;

/** The header's details as the secretary sets them for a conference (the rest comes from the data). */
export const headerDetailsFields = {
  superiorBody: optionalText(200),
  issuingBody: optionalText(200),
  number: optionalText(20),
  /** "BB-UBND" (state) or "BB/TU" (party). */
  symbol: optionalText(40),
  place: optionalText(100),
};

export const exportInput = z.strictObject({
  conferenceId: id,
  document: z.enum(documentKinds.codes),
  /** 'party', 'state' or 'user:N'; the conference's usual profile when left out. */
  profileId: z.string().regex(profileIdPattern('\\d+'), 'Mẫu định dạng không hợp lệ.').optional(),
  order: z.enum(attendeeOrders.codes).default('protocol'),
  /** Minutes only: the list of all attendees by bridge point after the signatures. */
  appendix: z.boolean().default(false),
  header: z.strictObject(headerDetailsFields).partial().optional(),
  /**
   * Saving only, numbered kinds only: the document goes out as issued, its number (typed in
   * the header, else the register's next) recorded in the issuing body's register.
   */
  issue: z.boolean().default(false),
});

export interface HeaderDetailsValues {
  readonly superiorBody: string | null;
  readonly issuingBody: string;
  readonly number: string | null;
  /** The minutes' symbol ("BB/TU", "BB-UBND"); empty when the issuing body's symbol is not known. */
  readonly symbol: string;
  /**
   * Where the symbol came from: set for the conference (the last export), stored with the
   * host's main bridge point, the built-in one the body's name suggests; null: nowhere.
   */
  readonly symbolFrom: 'typed' | 'point' | 'builtIn' | null;
  readonly place: string;
  /** The profile last used for this conference, else its usual one. */
  readonly profileId: string;
  /** A numbered document not issued yet: the number the register would give it today. */
  readonly nextNumber: number | null;
  /** A numbered document already in the register: its entry, whose number and day it keeps. */
  readonly issued: { readonly number: number; readonly fullNumber: string; readonly issuedOn: string } | null;
}

export interface RenderedDocument {
  readonly fileName: string;
  /** The .docx bytes in base64. */
  readonly content: string;
  readonly profileId: string;
  readonly profileName: string;
}

export interface SavedDocument {
  /** What the page quotes to open the folder (exports.openFolder). */
  readonly savedId: string;
  readonly path: string;
  readonly bytes: number;
  readonly profileName: string;
}

export const exportCalls = {
  'exports.render': call<RenderedDocument>()(
    exportInput.extend({
      // Only the first rows of long tables, for a quick look at the first pages.
      previewRows: z.number().int().min(1).max(1000).optional(),
      // Keep the header details and profile as the conference's next starting point (on saving).
      remember: z.boolean().default(false),
    }),
  ),
  'exports.headerDefaults': call<HeaderDetailsValues>()(
    z.strictObject({
      conferenceId: id,
      /** The document whose symbol and number are asked for; the minutes when left out. */
      document: z.enum(documentKinds.codes).optional(),
      profileId: exportInput.shape.profileId,
      // The issuing body as typed in the dialog, whose symbol is then looked for.
      issuingBody: headerDetailsFields.issuingBody.optional(),
    }),
  ),
  /**
   * Saves the document where the door decides: Electron's save dialog (suggesting
   * `suggestedName`), the harness's output folder, the CLI's --out. The page never names a path.
   */
  'exports.save': doorCall<SavedDocument>()(
    'save',
    exportInput.extend({ suggestedName: z.string().max(255).optional() }),
  ),
  /** Shows a document saved in this session in the system's file manager. */
  'exports.openFolder': doorCall<{ folder: string }>()(
    'folder',
    z.strictObject({ savedId: z.string().regex(/^[a-z0-9]{1,32}$/) }),
  ),
} as const;
