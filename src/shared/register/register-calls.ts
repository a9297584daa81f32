// The contract's calls for the outgoing-documents register (sổ văn bản đi): the entries listed
// and filtered, the next number suggested, a number taken by hand for a document made outside
// the app, the start of the Party's period, and the register in Excel (written into staging;
// the door saves it, as sheets.save does). Spread into the one contract (../contract.ts).
import { z } from 'zod';
import type { Page } from '../types';
import { call, date, doorCall, limit, offset, optionalText, query, requiredText } from '../contract-fields';
import type { SavedSheets, StagedSheets } from '../sheets/sheet-calls';
import { documentFamilies } from '../documents/families';
import { cleanMultiline } from '../text/clean';
import { registerKinds, type NumberSuggestion, type RegisterEntry, type RegisterSettings } from './register';

/** The highest number a register takes: far above what an office issues in a term. */
export const maxRegisterNumber = 999_999;

const family = z.enum(documentFamilies.codes, 'Hãy chọn văn bản của Đảng hoặc văn bản hành chính nhà nước.');
const kind = z.enum(registerKinds.codes, 'Hãy chọn loại văn bản.');
const issuingBody = requiredText(200, 'Hãy nhập cơ quan ban hành.');
export const registerNumber = z
  .number('Số văn bản phải là một số.')
  .int('Số văn bản phải là số nguyên.')
  .min(1, 'Số văn bản bắt đầu từ 1.')
  .max(maxRegisterNumber, `Số văn bản tối đa ${maxRegisterNumber}.`);

/** Which entries: issued between two days (both included), of a kind, holding some words. */
export const registerFilter = {
  from: date.optional(),
  to: date.optional(),
  kind: kind.optional(),
  query: query.optional(),
};

export const registerCalls = {
  /** The entries, newest first. */
  'register.list': call<Page<RegisterEntry>>()(z.strictObject({ ...registerFilter, offset, limit: limit(1000, 200) })),
  /** The number the next document of that body and kind would take on that day. */
  'register.next': call<NumberSuggestion>()(z.strictObject({ issuingBody, family, kind, date })),
  'register.settings': call<RegisterSettings>()(z.strictObject({})),
  'register.updateSettings': call<RegisterSettings>()(z.strictObject({ partyTermStart: date })),
  /** A number given to a document made outside the app (the next one when left out). */
  'register.add': call<RegisterEntry>()(
    z.strictObject({
      issuingBody,
      family,
      kind,
      number: registerNumber.optional(),
      date,
      symbol: requiredText(40, 'Hãy nhập ký hiệu văn bản (ví dụ GM/TU hoặc GM-UBND).'),
      subject: requiredText(2000, 'Hãy nhập trích yếu nội dung văn bản.'),
      recipients: z
        .string()
        .max(8000)
        .nullable()
        .transform((v) => (v == null ? null : cleanMultiline(v) || null))
        .optional(),
      signer: optionalText(200).optional(),
      document: optionalText(1000).optional(),
    }),
  ),
  /** Writes the register (the entries the filter keeps) into a staging folder: the door's first step. */
  'register.write': call<StagedSheets>()(z.strictObject(registerFilter)),
  /** Writes and saves where the door decides. */
  'register.save': doorCall<SavedSheets>()(
    'save',
    z.strictObject({ ...registerFilter, suggestedName: z.string().max(255).optional() }),
  ),
} as const;
