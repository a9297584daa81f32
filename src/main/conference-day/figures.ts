// The figures of the moment from the database: the points with their counts, and when each
// point with a problem reported it (from the connection history).
import { figuresOf, type FiguresPoint } from '../../shared/conference-day/figures';
import type { DayFigures } from '../../shared/conference-day/day-calls';
import { assertConference, listConferenceBridgePoints } from '../bridge-points/conference-bridge-points';
import type { ServiceContext } from '../services/context';
import type { ServiceInput } from '../../shared/contract';
import { problemsReportedAt } from './queries';

/** Of the conference's points, or of those given (the branch a document speaks for). */
export function dayFigures(
  ctx: ServiceContext,
  { conferenceId }: ServiceInput<'rollCall.figures'>,
  points?: readonly FiguresPoint[],
): DayFigures {
  // Asked for by the page, the conference must exist; a document passes the points it speaks for.
  if (!points) assertConference(ctx, conferenceId);
  const since = new Map(problemsReportedAt(ctx.db, conferenceId));
  return figuresOf(points ?? listConferenceBridgePoints(ctx, { conferenceId }), (id) => since.get(id));
}
