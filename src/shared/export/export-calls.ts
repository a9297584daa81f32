// The contract's calls for the Word documents made from a conference. Spread into the one
// contract (../contract.ts). Where a file is saved is never said by the window: the door
// (Electron's save dialog, the harness's output folder, the CLI's --out) adds it.
import { z } from 'zod';
import { call, id, optionalText } from '../contract-fields';

export const documentKinds = ['minutes', 'attendeeList', 'signInSheet', 'placeCards', 'news'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentKindLabels: Record<DocumentKind, string> = {
  minutes: 'Biên bản hội nghị',
  attendeeList: 'Danh sách đại biểu',
  signInSheet: 'Danh sách ký',
  placeCards: 'Bảng tên',
  news: 'Tin bài',
};

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
  document: z.enum(documentKinds),
  /** 'party', 'state' or 'user:N'; the conference's usual profile when left out. */
  profileId: z.string().regex(/^(party|state|user:\d+)$/, 'Mẫu định dạng không hợp lệ.').optional(),
  order: z.enum(['protocol', 'name']).default('protocol'),
  /** Minutes only: the list of all attendees by bridge point after the signatures. */
  appendix: z.boolean().default(false),
  header: z.strictObject(headerDetailsFields).partial().optional(),
});

export interface RenderedDocument {
  readonly fileName: string;
  /** The .docx bytes in base64. */
  readonly content: string;
  readonly profileId: string;
  readonly profileName: string;
}

export interface SavedDocument {
  readonly path: string;
  readonly bytes: number;
  readonly profileName: string;
}

export const exportCalls = {
  'exports.render': call<RenderedDocument>()(exportInput),
} as const;
