// The building blocks of the contract's input schemas: ids, texts cleaned on the way in
// (NFC, single spaces) with Vietnamese messages, and the helper that pairs a schema with the
// type of its result.
import { z } from 'zod';
import { cleanLine, cleanMultiline } from './text/clean';
import { normalizePhone } from './text/phone';
import { importLimits } from './import/import-limits';

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const ids = z.array(id).min(1).max(1_000_000);

export function requiredText(max: number, emptyMessage: string) {
  return z
    .string()
    .max(max * 4)
    .transform(cleanLine)
    .pipe(z.string().min(1, emptyMessage).max(max, `Nội dung quá dài (tối đa ${max} ký tự).`));
}
export function optionalText(max: number) {
  return z
    .string()
    .max(max * 4)
    .nullable()
    .transform((v) => (v == null ? null : cleanLine(v) || null))
    .pipe(z.string().max(max, `Nội dung quá dài (tối đa ${max} ký tự).`).nullable());
}
export const noteText = z
  .string()
  .max(20_000)
  .nullable()
  .transform((v) => (v == null ? null : cleanMultiline(v) || null));
export const phone = z
  .string()
  .max(100)
  .nullable()
  .transform((v) => (v == null ? null : normalizePhone(v) || null))
  .pipe(z.string().max(30, 'Số điện thoại quá dài.').nullable());
export const email = z
  .string()
  .max(400)
  .nullable()
  .transform((v) => (v == null ? null : cleanLine(v).toLowerCase() || null))
  .pipe(
    z
      .string()
      .regex(/^[^\s@]+@[^\s@]+$/, 'Email không hợp lệ (cần dạng ten@coquan.gov.vn).')
      .max(200)
      .nullable(),
  );
export const birthYear = z
  .number()
  .int('Năm sinh phải là số nguyên.')
  .min(1900, 'Năm sinh phải từ 1900.')
  .max(2100, 'Năm sinh không hợp lệ.')
  .nullable();
export const count = z
  .number()
  .int('Số lượng phải là số nguyên.')
  .min(0, 'Số lượng không được âm.')
  .max(10_000_000)
  .nullable();
export const date = z.iso.date('Ngày không hợp lệ (cần dạng năm-tháng-ngày).');
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ không hợp lệ (cần dạng 14:00).');
export const query = z.string().max(400).transform(cleanLine);
export const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Mã yêu cầu không hợp lệ.');
export const offset = z.number().int().min(0).max(100_000_000).default(0);
export const limit = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);

export function partial<T extends Record<string, z.ZodType>>(fields: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };
}

/**
 * Who serves a call the services cannot: the door in front of them saves where its own dialog
 * says (`save`), or shows the folder of a file it saved (`folder`).
 */
export type Door = 'save' | 'folder';

export function call<R>() {
  return <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R, door: undefined });
}

/** A call only a door serves (host/save-door.ts): the services never see it. */
export function doorCall<R>() {
  return <D extends Door, I extends z.ZodType>(door: D, input: I) => ({
    input,
    result: undefined as unknown as R,
    door,
  });
}

/** The longest base64 text of a file within the import limit (the doors size their bodies by it). */
export const uploadedContentChars = Math.ceil((importLimits.fileBytes * 4) / 3) + 4;

/** A file the secretary chose or dropped, sent by the page: its name and its bytes in base64. */
export const uploadedFile = {
  fileName: z.string().max(255).transform(cleanLine),
  content: z.string().max(uploadedContentChars, 'Tệp quá lớn (tối đa 50 MB).'),
};
