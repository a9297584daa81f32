// The contract's calls for the figures of a period across conferences (the Thống kê screen)
// and the lists behind them. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call, date, id, optionalText } from '../contract-fields';
import { conferenceKinds } from '../conferences/vocabularies';
import type { PeriodAttendee, PeriodFigures, PointConference } from './statistics-types';

/** The longest period asked for at once: ten years. */
export const maxPeriodDays = 3660;

export const periodFilter = z
  .strictObject({
    from: date,
    to: date,
    kind: z.enum(conferenceKinds.codes, 'Hãy chọn loại hội nghị.').nullable().default(null),
    host: optionalText(200).default(null),
    absentAtLeast: z
      .number('Số lần vắng phải là một số.')
      .int('Số lần vắng phải là số nguyên.')
      .min(1, 'Số lần vắng ít nhất là 1.')
      .max(1000, 'Số lần vắng tối đa 1000.')
      .default(2),
  })
  .refine((f) => f.from <= f.to, { message: 'Ngày bắt đầu phải trước hoặc đúng ngày kết thúc.', path: ['to'] })
  .refine((f) => (Date.parse(f.to) - Date.parse(f.from)) / 86_400_000 <= maxPeriodDays, {
    message: 'Hãy chọn một khoảng thời gian không quá 10 năm.',
    path: ['to'],
  });

export const statisticsCalls = {
  /** Every figure of the period. */
  'statistics.period': call<PeriodFigures>()(z.strictObject({ filter: periodFilter })),
  /** The period's conferences one directory point took part in, with its figures in each. */
  'statistics.pointConferences': call<PointConference[]>()(z.strictObject({ filter: periodFilter, bridgePointId: id })),
  /** The named attendees behind a unit's or a person's figures, by date. */
  'statistics.attendees': call<PeriodAttendee[]>()(
    z.strictObject({
      filter: periodFilter,
      of: z.discriminatedUnion('by', [
        z.strictObject({ by: z.literal('unit'), unit: z.string().max(400) }),
        z.strictObject({ by: z.literal('person'), personId: id }),
      ]),
    }),
  ),
} as const;
