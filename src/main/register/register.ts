// The outgoing-documents register (sổ văn bản đi): each issuing body numbers each kind of
// document from 01 over a period, the committee's term for the Party (HD 36-HD/VPTW) and the
// calendar year for the state (NĐ 30/2020, Điều 15). A number is given once: a used one is
// refused, and a draft that has its number keeps it whenever it is issued again. The lock and
// the Word export call issueNumber; the window lists, suggests and adds by hand.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  fullNumber,
  numberText,
  type NumberSuggestion,
  type RegisterEntry,
  type RegisterFamily,
  type RegisterKind,
  type RegisterSettings,
} from '../../shared/register/register';
import { maxRegisterNumber } from '../../shared/register/register-calls';
import { cleanLine, cleanMultiline } from '../../shared/text/clean';
import { foldForSearch } from '../../shared/text/vietnamese';
import { dayMonthYear } from '../../shared/text/vietnamese-dates';
import type { Page } from '../../shared/types';
import type { ServiceContext } from '../services/context';
import { registerSettings, storeTermStart } from './settings';
import {
  entryById,
  entryOf,
  entryOfDraft,
  entryRows,
  entryWithNumber,
  highestNumber,
  insertEntry,
  refileFromTermStart,
} from './queries';

export interface NumberRequest {
  /** The body that issues the document, as its header names it ("Tỉnh ủy Thái Nguyên"). */
  readonly issuingBody: string;
  readonly family: RegisterFamily;
  readonly kind: RegisterKind;
  /** The day it is issued, "2026-03-15": it picks the period. */
  readonly date: string;
}

export interface IssueRequest extends NumberRequest {
  /** The number printed on the document; the next one of its period when left out. */
  readonly number?: number;
  /** "GM/TU" (Party) or "GM-UBND" (state). */
  readonly symbol: string;
  /** Trích yếu nội dung. */
  readonly subject: string;
  /** Nơi nhận, one recipient a line. */
  readonly recipients?: string | null;
  readonly signer?: string | null;
  /** Ghi chú: what the document is, in words. */
  readonly document?: string | null;
  readonly conferenceId?: number | null;
  readonly draftId?: number | null;
  readonly draftVersionId?: number | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The key a body's numbers are kept under: its name without case, marks or extra spaces. */
function bodyKey(issuingBody: string): string {
  const key = foldForSearch(cleanLine(issuingBody));
  if (key === '') throw new AppError('VALIDATION', 'Hãy nhập cơ quan ban hành văn bản.', 'issuingBody');
  return key;
}

/**
 * The first day of the period a document issued on `date` is numbered in. A Party date before
 * the term's start is refused rather than put in an earlier term: terms do not begin on a
 * fixed day, so the app cannot know where the last one began, and a guess would give numbers
 * the last term may already have used.
 */
function periodOf(settings: RegisterSettings, family: RegisterFamily, date: string): string {
  if (!isoDate.test(date))
    throw new AppError('VALIDATION', 'Ngày văn bản không hợp lệ (cần dạng năm-tháng-ngày).', 'date');
  if (family === 'state') return `${date.slice(0, 4)}-01-01`;
  const start = settings.partyTermStart;
  if (date < start)
    throw new AppError(
      'VALIDATION',
      `Ngày ${dayMonthYear(date)} trước ngày bắt đầu nhiệm kỳ (${dayMonthYear(start)}) đặt trong Sổ văn bản đi. Số ` +
        `văn bản của Đảng đánh lại từ 01 mỗi nhiệm kỳ, nên ứng dụng không cấp số cho nhiệm kỳ trước. Hãy kiểm tra ` +
        `ngày của văn bản, hoặc sửa ngày bắt đầu nhiệm kỳ nếu ngày đó chưa đúng.`,
      'date',
    );
  return start;
}

function nextIn(ctx: ServiceContext, key: string, kind: RegisterKind, periodStart: string): number {
  const max = highestNumber(ctx.db, key, kind, periodStart);
  return (max ?? 0) + 1;
}

/** The number the next document of that body and kind would take on that day. */
export function suggestNumber(ctx: ServiceContext, request: NumberRequest): NumberSuggestion {
  const key = bodyKey(request.issuingBody);
  const periodStart = periodOf(registerSettings(ctx), request.family, request.date);
  return { number: nextIn(ctx, key, request.kind, periodStart), periodStart };
}

/** The entry a draft was issued under, if it has been. */
export function entryForDraft(ctx: ServiceContext, draftId: number): RegisterEntry | null {
  return entryOfDraft(ctx.db, draftId);
}

const quoted = (subject: string) => {
  const chars = [...subject];
  return chars.length > 80 ? `${chars.slice(0, 79).join('').trimEnd()}…` : subject;
};

function takenMessage(taken: RegisterEntry, next: number): string {
  const what = taken.subject ? ` cho văn bản "${quoted(taken.subject)}"` : '';
  return (
    `Số ${fullNumber(taken.family, taken.number, taken.symbol)} đã được cấp${what} ngày ` +
    `${dayMonthYear(taken.issuedOn)}; hãy chọn số khác (số tiếp theo: ${numberText(next)}).`
  );
}

/**
 * Records a document as issued under a number of its body's register and returns its entry.
 * The number left out is the next of the period; one already given in that body, kind and
 * period is refused (CONFLICT, saying to whom and the next free one). A draft issued before
 * gets its entry back, never a second number; asking it for another number is refused.
 */
export function issueNumber(ctx: ServiceContext, request: IssueRequest): RegisterEntry {
  const { db } = ctx;
  return db.transaction(() => {
    if (request.draftId != null) {
      const issued = entryForDraft(ctx, request.draftId);
      if (issued) {
        if (request.number !== undefined && request.number !== issued.number)
          throw new AppError(
            'CONFLICT',
            `Văn bản này đã vào sổ với số ${fullNumber(issued.family, issued.number, issued.symbol)} ngày ` +
              `${dayMonthYear(issued.issuedOn)}; số đã cấp không đổi được. Hãy giữ số ${numberText(issued.number)}.`,
            'number',
          );
        return issued;
      }
    }
    const key = bodyKey(request.issuingBody);
    const periodStart = periodOf(registerSettings(ctx), request.family, request.date);
    const next = nextIn(ctx, key, request.kind, periodStart);
    const number = request.number ?? next;
    if (!Number.isInteger(number) || number < 1 || number > maxRegisterNumber)
      throw new AppError('VALIDATION', `Số văn bản phải là số nguyên từ 1 đến ${maxRegisterNumber}.`, 'number');
    const taken = entryWithNumber(db, { bodyKey: key, kind: request.kind, periodStart, number });
    if (taken) throw new AppError('CONFLICT', takenMessage(taken, next), 'number');
    const id = insertEntry(db, {
      issuingBody: cleanLine(request.issuingBody),
      bodyKey: key,
      family: request.family,
      kind: request.kind,
      periodStart,
      number,
      symbol: cleanLine(request.symbol),
      issuedOn: request.date,
      subject: cleanLine(request.subject),
      recipients: request.recipients ? cleanMultiline(request.recipients) || null : null,
      signer: request.signer ? cleanLine(request.signer) || null : null,
      document: request.document ? cleanLine(request.document) || null : null,
      conferenceId: request.conferenceId ?? null,
      draftId: request.draftId ?? null,
      draftVersionId: request.draftVersionId ?? null,
    });
    return entryById(db, id)!;
  })();
}

export type RegisterFilter = Pick<ServiceInput<'register.list'>, 'from' | 'to' | 'kind' | 'query'>;

/** The entries the filter keeps, newest first (the day, then the number). */
export function registerEntries(ctx: ServiceContext, filter: RegisterFilter): RegisterEntry[] {
  const rows = entryRows(ctx.db, { from: filter.from ?? null, to: filter.to ?? null, kind: filter.kind ?? null });
  const words = foldForSearch(filter.query ?? '')
    .split(' ')
    .filter(Boolean);
  const entries = rows.map(entryOf);
  if (words.length === 0) return entries;
  return entries.filter((e) => {
    const text = foldForSearch(
      [
        fullNumber(e.family, e.number, e.symbol),
        e.subject,
        e.issuingBody,
        e.recipients,
        e.signer,
        e.document,
        e.conferenceName,
      ].join(' '),
    );
    return words.every((w) => text.includes(w));
  });
}

export function listRegister(ctx: ServiceContext, input: ServiceInput<'register.list'>): Page<RegisterEntry> {
  const entries = registerEntries(ctx, input);
  return { total: entries.length, rows: entries.slice(input.offset, input.offset + input.limit) };
}

/**
 * A new start of the Party's term. The Party's entries issued from that day on are filed in
 * it, keeping their numbers (the term began there, so they were its numbers), and the next
 * number follows theirs.
 */
export function updateRegisterSettings(
  ctx: ServiceContext,
  input: ServiceInput<'register.updateSettings'>,
): RegisterSettings {
  const start = input.partyTermStart;
  if (start < '1930-01-01') throw new AppError('VALIDATION', 'Ngày bắt đầu nhiệm kỳ không hợp lệ.', 'partyTermStart');
  try {
    ctx.db.transaction(() => {
      storeTermStart(ctx, start);
      refileFromTermStart(ctx.db, start);
    })();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
      throw new AppError(
        'CONFLICT',
        `Không đổi được ngày bắt đầu nhiệm kỳ thành ${dayMonthYear(start)}: trong sổ có hai văn bản cùng loại, cùng ` +
          `số từ ngày đó trở đi (cấp ở hai nhiệm kỳ khác nhau), nên sẽ trùng số trong cùng một nhiệm kỳ. Hãy kiểm ` +
          `tra lại ngày bắt đầu nhiệm kỳ.`,
        'partyTermStart',
      );
    throw error;
  }
  return registerSettings(ctx);
}
