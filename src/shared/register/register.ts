// The outgoing-documents register (sổ văn bản đi) of an issuing body: the kinds it numbers,
// what one entry holds, and how its number is written. Pure: shared by the services and the
// window.
import type { DocumentFamilyCode } from '../documents/families';
import { vocabulary, type VocabularyCode } from '../vocabulary';

/** The codes of the kinds numbered from the register: the drafts' own, and the công văn. */
export const registerKinds = vocabulary({
  BB: 'Biên bản',
  GM: 'Giấy mời',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  CV: 'Công văn',
});
export type RegisterKind = VocabularyCode<typeof registerKinds>;

export type RegisterFamily = DocumentFamilyCode;

export interface RegisterEntry {
  readonly id: number;
  readonly issuingBody: string;
  readonly family: RegisterFamily;
  readonly kind: RegisterKind;
  /** The first day of the period the number runs in: the committee's term, or the year ("2026-01-01"). */
  readonly periodStart: string;
  readonly number: number;
  /** "GM/TU" (Party) or "GM-UBND" (state): what follows the number. */
  readonly symbol: string;
  readonly issuedOn: string;
  /** Trích yếu nội dung. */
  readonly subject: string;
  /** Nơi nhận, one recipient a line. */
  readonly recipients: string | null;
  readonly signer: string | null;
  /** Ghi chú: what the document is (the app's document, or a note on one issued outside it). */
  readonly document: string | null;
  readonly conferenceId: number | null;
  readonly conferenceName: string | null;
  readonly draftId: number | null;
  readonly draftVersionId: number | null;
  readonly createdAt: string;
}

export interface NumberSuggestion {
  readonly number: number;
  readonly periodStart: string;
}

export interface RegisterSettings {
  /** The day the Party committee's term began: its numbers start again from 01 on it. */
  readonly partyTermStart: string;
}

/** "05": official papers write a number below 10 with a leading 0 (NĐ 30/2020; HD 36-HD/VPTW). */
export function numberText(number: number): string {
  return String(number).padStart(2, '0');
}

/** "05-GM/TU" (Party) or "05/GM-UBND" (state). */
export function fullNumber(family: RegisterFamily, number: number, symbol: string): string {
  if (symbol === '') return numberText(number);
  return `${numberText(number)}${family === 'party' ? '-' : '/'}${symbol}`;
}

/**
 * The symbol a kind takes after the number, from the body's ("TU", "UBND"): "GM/TU" (Party),
 * "GM-UBND" (state); a state công văn carries no kind code ("Số: 12/UBND-VP").
 */
export function registerSymbol(family: RegisterFamily, kind: RegisterKind, bodySymbol: string): string {
  if (family === 'party') return `${kind}/${bodySymbol}`;
  return kind === 'CV' ? bodySymbol : `${kind}-${bodySymbol}`;
}
