// A numbered document's number. It is given by the issuing body's register (sổ văn bản đi)
// when the document goes out (locked, or saved as issued) and printed from then on with the
// day it was given; until then the header prints the number typed for it, or a blank to write
// by hand. What the register records (body, symbol, trích yếu, Nơi nhận, signer) is read from
// the same header and draft the document prints, so the book and the paper agree.
import type { Draft, NumberedKind } from '../../shared/drafting/draft-types';
import { numberedKinds } from '../../shared/drafting/draft-types';
import { paragraphTexts } from '../../shared/drafting/rich-text';
import { AppError } from '../../shared/errors';
import type { FormatProfile } from '../../shared/documents/format-profile';
import { fullNumber, numberText, type RegisterEntry, type RegisterKind } from '../../shared/register/register';
import { maxRegisterNumber } from '../../shared/register/register-calls';
import { localIsoDate } from '../../shared/text/vietnamese-dates';
import type { HeaderDetails } from './docx/header';
import { getConference } from '../conferences/conferences';
import type { ServiceContext } from '../services/context';
import { getProfile } from './profiles/profiles';
import { entryForDraft, issueNumber, suggestNumber } from '../register/register';
import { headerDetails, missingBodySymbol, symbolCode, type HeaderChoices } from './document-data';
import { profileIdFor, storedHeader } from './header-store';

export function isNumbered(kind: string): kind is NumberedKind {
  return Object.hasOwn(numberedKinds, kind);
}

/** The words a register's trích yếu starts with, before the document's own subject line. */
const typeWords: Record<Exclude<NumberedKind, 'minutes'>, string> = {
  invitation: 'Giấy mời',
  plan: 'Kế hoạch',
  conclusion: 'Thông báo',
  report: 'Báo cáo',
};

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);

/** "Giấy mời dự Hội nghị …", "Kế hoạch tổ chức Hội nghị …": the document as the register names it. */
function registerSubject(draft: Draft, conferenceName: string): string {
  const kind = draft.kind as NumberedKind;
  if (kind === 'minutes') return `Biên bản ${conferenceName}`;
  const subject = draft.sections.find((s) => s.key === 'subject');
  const line = subject ? paragraphTexts(subject.doc).join(' ') : '';
  if (line === '') return `${typeWords[kind]} ${conferenceName}`;
  // A công văn's trích yếu ("V/v triệu tập …") names it on its own.
  return /^V\/v\b/iu.test(line) ? line : `${typeWords[kind]} ${lowerFirst(line)}`;
}

/** The typed number as the register takes it; a blank or a number not whole is said so. */
export function typedNumber(typed: string | null | undefined): number | undefined {
  if (typed === null || typed === undefined || typed.trim() === '') return undefined;
  const number = Number(typed.trim());
  if (!Number.isInteger(number) || number < 1 || number > maxRegisterNumber)
    throw new AppError(
      'VALIDATION',
      `Số văn bản "${typed.trim()}" không cấp được: số trong sổ văn bản đi là số nguyên từ 1 đến ${maxRegisterNumber}.`,
      'number',
    );
  return number;
}

interface Numbering {
  readonly header: HeaderDetails;
  readonly kind: RegisterKind;
  readonly family: FormatProfile['family'];
}

function numbering(ctx: ServiceContext, draft: Draft, profile: FormatProfile, choices: HeaderChoices): Numbering {
  const code = symbolCode(profile, draft.kind as NumberedKind, draft.settings.invitationForm);
  const header = headerDetails(ctx, draft.conferenceId, profile, choices, { code });
  // A Party công văn is "CV/TU"; the State's has no kind code but is numbered in the same book.
  return { header, kind: code ?? 'CV', family: profile.family };
}

/**
 * Records the draft in its body's register as issued today, under `number` or the next one;
 * a draft issued before keeps its entry. Refused while the body's symbol is unknown, since
 * the book would keep a number without it.
 */
export function issueDraft(
  ctx: ServiceContext,
  draft: Draft,
  profile: FormatProfile,
  choices: HeaderChoices,
  number: number | undefined,
): RegisterEntry {
  if (!isNumbered(draft.kind)) throw new AppError('VALIDATION', 'Văn bản này không cấp số trong sổ văn bản đi.');
  const issued = entryForDraft(ctx, draft.id);
  if (issued && number === undefined) return issued;
  const { header, kind, family } = numbering(ctx, draft, profile, choices);
  if (header.symbol === null || header.symbol.includes(missingBodySymbol))
    throw new AppError(
      'VALIDATION',
      `Chưa biết ký hiệu của ${header.issuingBody}, nên chưa cấp số được. Hãy ghi ký hiệu ở phần đầu văn bản ` +
        `(ví dụ TU, BTCTU, UBND) rồi cấp số lại.`,
      'symbol',
    );
  const conference = getConference(ctx, { id: draft.conferenceId });
  const recipients = draft.sections.find((s) => s.key === 'recipients');
  return issueNumber(ctx, {
    issuingBody: header.issuingBody,
    family,
    kind,
    date: localIsoDate(new Date()),
    number,
    symbol: header.symbol,
    subject: registerSubject(draft, conference.name),
    recipients: recipients ? paragraphTexts(recipients.doc).join('\n') : null,
    signer: draft.settings.signerName,
    document: `Bản thảo phiên bản ${draft.version.number}`,
    conferenceId: conference.id,
    draftId: draft.id,
    draftVersionId: draft.version.id,
  });
}

/** Issuing on locking: the conference's usual profile and the header it was last exported with. */
export function issueOnLock(ctx: ServiceContext, draft: Draft, number: number | undefined): RegisterEntry {
  const { profile } = getProfile(ctx, { id: profileIdFor(ctx, draft.conferenceId, undefined) });
  return issueDraft(ctx, draft, profile, storedHeader(ctx, draft.conferenceId).choices, number);
}

/** The number a document's header prints, and the day it is dated, for the export. */
export function printedNumber(
  ctx: ServiceContext,
  draft: Draft,
  profile: FormatProfile,
  choices: HeaderChoices,
  asked: { readonly issue: boolean; readonly typed: string | null | undefined },
): { readonly number: string | null; readonly symbol: string | null; readonly issuedOn: string | null } {
  const typed = asked.issue ? typedNumber(asked.typed) : undefined;
  const entry = entryForDraft(ctx, draft.id);
  // The symbol as the book has it, in the family it was issued in; printed in the other, it takes that one's form.
  if (entry)
    return {
      number: numberText(entry.number),
      symbol: entry.family === profile.family ? entry.symbol : null,
      issuedOn: entry.issuedOn,
    };
  if (!asked.issue) return { number: asked.typed?.trim() || null, symbol: null, issuedOn: null };
  // A preview of the document as it will be issued: the number it would take, not yet given.
  const { header, kind, family } = numbering(ctx, draft, profile, choices);
  const next =
    typed ??
    suggestNumber(ctx, { issuingBody: header.issuingBody, family, kind, date: localIsoDate(new Date()) }).number;
  return { number: numberText(next), symbol: null, issuedOn: null };
}

/** What the export dialog shows for a numbered document: the entry it was given, else the next number. */
export function numberState(
  ctx: ServiceContext,
  draft: Draft,
  profile: FormatProfile,
  choices: HeaderChoices,
): { nextNumber: number | null; issued: { number: number; fullNumber: string; issuedOn: string } | null } {
  const entry = entryForDraft(ctx, draft.id);
  if (entry) {
    return {
      nextNumber: null,
      issued: {
        number: entry.number,
        fullNumber: fullNumber(entry.family, entry.number, entry.symbol),
        issuedOn: entry.issuedOn,
      },
    };
  }
  const { header, kind, family } = numbering(ctx, draft, profile, choices);
  return {
    nextNumber: suggestNumber(ctx, { issuingBody: header.issuingBody, family, kind, date: localIsoDate(new Date()) })
      .number,
    issued: null,
  };
}
