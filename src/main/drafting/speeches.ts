// The speakers' log kept while the conference runs: who spoke (picked from the attendees or
// typed), when (stamped on adding), what they said. Its order is the order of the
// "ý kiến phát biểu" part of the minutes.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Speech } from '../../shared/drafting/draft-types';
import { richDoc } from '../../shared/drafting/rich-text';
import type { Removal } from '../../shared/types';
import { assertConference } from '../bridge-points/conference-bridge-points';
import type { ServiceContext } from '../services/context';
import { changedColumns, moveToIndex, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import { localClock } from '../../shared/text/vietnamese-dates';
import { appendSpeech, attendeeAsSpeaker, speechRow, speechRowsOf, toSpeech } from './queries';

export function listSpeeches(ctx: ServiceContext, { conferenceId }: ServiceInput<'speeches.list'>): Speech[] {
  return speechRowsOf(ctx.db, conferenceId).map(toSpeech);
}

function getSpeech(ctx: ServiceContext, id: number): Speech {
  const row = speechRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy lượt phát biểu này; có thể đã bị xoá.');
  return toSpeech(row);
}

/** The time on the secretary's clock, "HH:MM". */
const clockNow = (): string => localClock(new Date());

export function addSpeech(ctx: ServiceContext, input: ServiceInput<'speeches.add'>): Speech {
  assertConference(ctx, input.conferenceId);
  let speaker = {
    name: input.speakerName ?? '',
    position: input.speakerPosition ?? null,
    point: null as string | null,
  };
  if (input.attendeeId !== undefined) {
    const attendee = attendeeAsSpeaker(ctx.db, input.attendeeId, input.conferenceId);
    if (!attendee) throw new AppError('NOT_FOUND', 'Đại biểu đã chọn không có trong hội nghị này.', 'attendeeId');
    speaker = { ...attendee, position: input.speakerPosition ?? attendee.position };
  }
  if (!speaker.name) throw new AppError('VALIDATION', 'Hãy chọn đại biểu phát biểu hoặc gõ họ tên.', 'speakerName');
  const id = ctx.db.transaction(() =>
    appendSpeech(ctx.db, {
      conferenceId: input.conferenceId,
      attendeeId: input.attendeeId ?? null,
      speakerName: speaker.name,
      speakerPosition: speaker.position,
      bridgePointName: speaker.point,
      spokenAt: input.spokenAt ?? clockNow(),
      opinion: JSON.stringify(richDoc()),
    }),
  )();
  return getSpeech(ctx, id);
}

const speechColumns = {
  speakerName: 'speaker_name',
  speakerPosition: 'speaker_position',
  spokenAt: 'spoken_at',
  opinion: 'opinion',
} as const;

export function updateSpeech(ctx: ServiceContext, input: ServiceInput<'speeches.update'>): Speech {
  getSpeech(ctx, input.id);
  const patch = { ...input, opinion: input.opinion === undefined ? undefined : JSON.stringify(input.opinion) };
  updateRow(ctx, 'speeches', input.id, changedColumns(patch, speechColumns));
  return getSpeech(ctx, input.id);
}

/** Puts the speech at `index` (0-based) of the log, the others keeping their order. */
export function moveSpeech(ctx: ServiceContext, input: ServiceInput<'speeches.move'>): Speech[] {
  const { conferenceId } = getSpeech(ctx, input.id);
  return moveToIndex(ctx, 'speeches', () => listSpeeches(ctx, { conferenceId }), input.id, input.index);
}

export function removeSpeech(ctx: ServiceContext, { id }: ServiceInput<'speeches.remove'>): Removal {
  const speech = getSpeech(ctx, id);
  return removeWithUndo(ctx, 'speeches', [id], `Đã xoá lượt phát biểu của ${speech.speakerName}.`);
}
