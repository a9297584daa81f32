// Errors cross every boundary (IPC, loopback bridge, CLI) as plain values with a message the
// secretary can act on. Codes are for code; messages are for people and are in Vietnamese.

export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'IN_USE',
  'UNKNOWN_CALL',
  'FORBIDDEN',
  'DB_TOO_NEW',
  'DB_UNAVAILABLE',
  'DISK_FULL',
  'BUSY',
  'IMPORT_INVALID',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  /** The input field the message is about, when there is one (forms highlight it). */
  readonly field?: string;
}

export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.field
      ? { code: this.code, message: this.message, field: this.field }
      : { code: this.code, message: this.message };
  }
}
