// Scaffold for engineer A: replaced by the real period figures.
import type { CallResult, ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../services/context';

export function periodFigures(_ctx: ServiceContext, _input: ServiceInput<'statistics.period'>): CallResult<'statistics.period'> {
  throw new AppError('INTERNAL', 'Chưa có.');
}
export function pointConferences(
  _ctx: ServiceContext,
  _input: ServiceInput<'statistics.pointConferences'>,
): CallResult<'statistics.pointConferences'> {
  throw new AppError('INTERNAL', 'Chưa có.');
}
export function periodAttendees(
  _ctx: ServiceContext,
  _input: ServiceInput<'statistics.attendees'>,
): CallResult<'statistics.attendees'> {
  throw new AppError('INTERNAL', 'Chưa có.');
}
