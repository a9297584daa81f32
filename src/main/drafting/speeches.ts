// The speakers' log kept while the conference runs: who spoke (picked from the attendees or
// typed), when (stamped on adding), what they said. Its order is the order of the
// "ý kiến phát biểu" part of the minutes.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Speech } from '../../shared/drafting/draft-types';
import { richDoc, type RichDoc } from '../../shared/drafting/rich-text';
import type { Removal } from '../../shared/types';
import { assertConference } from '../bridge-points/conference-bridge-points';
import type { ServiceContext } from '../services/context';
import { changedColumns, moveToIndex, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import { localClock } from '../../shared/text/vietnamese-dates';
import { cached } from '../db/statements';

interface SpeechRow {
  id: number;
  conference_id: number;
  attendee_id: number | null;
  speaker_name: string;
  speaker_position: string | null;
  bridge_point_name: string | null;
  spoken_at: string;
  opinion: string;
}

const selectSpeech =
  `SELECT id, conference_id, attendee_id, speaker_name, speaker_position, bridge_point_name, spoken_at, ` +
  `opinion FROM speeches`;

function toSpeech(r: SpeechRow): Speech {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    attendeeId: r.attendee_id,
    speakerName: r.speaker_name,
    speakerPosition: r.speaker_position,
    bridgePointName: r.bridge_point_name,
    spokenAt: r.spoken_at,
    opinion: JSON.parse(r.opinion) as RichDoc,
  };
}

export function listSpeeches(ctx: ServiceContext, conferenceId: number): Speech[] {
  return (
    cached(ctx.db, `${selectSpeech} WHERE conference_id = ? ORDER BY position, id`).all(conferenceId) as SpeechRow[]
  ).map(toSpeech);
}

function getSpeech(ctx: ServiceContext, id: number): Speech {
  const row = cached(ctx.db, `${selectSpeech} WHERE id = ?`).get(id) as SpeechRow | undefined;
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
    const attendee = cached(
      ctx.db,
      `SELECT p.full_name AS name, coalesce(a.position, p.position) AS position, b.name AS point
         FROM attendees a JOIN people p ON p.id = a.person_id
         LEFT JOIN conference_bridge_points cbp ON cbp.id = a.conference_bridge_point_id
         LEFT JOIN bridge_points b ON b.id = cbp.bridge_point_id
         WHERE a.id = ? AND a.conference_id = ?`,
    ).get(input.attendeeId, input.conferenceId) as typeof speaker | undefined;
    if (!attendee) throw new AppError('NOT_FOUND', 'Đại biểu đã chọn không có trong hội nghị này.', 'attendeeId');
    speaker = { ...attendee, position: input.speakerPosition ?? attendee.position };
  }
  if (!speaker.name) throw new AppError('VALIDATION', 'Hãy chọn đại biểu phát biểu hoặc gõ họ tên.', 'speakerName');
  const id = ctx.db.transaction(() => {
    const next = cached(ctx.db, `SELECT coalesce(max(position), 0) + 1 FROM speeches WHERE conference_id = ?`)
      .pluck()
      .get(input.conferenceId) as number;
    return Number(
      cached(
        ctx.db,
        `INSERT INTO speeches (conference_id, attendee_id, speaker_name, speaker_position, bridge_point_name,
             spoken_at, position, opinion)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        input.conferenceId,
        input.attendeeId ?? null,
        speaker.name,
        speaker.position,
        speaker.point,
        input.spokenAt ?? clockNow(),
        next,
        JSON.stringify(richDoc()),
      ).lastInsertRowid,
    );
  })();
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
  const speech = getSpeech(ctx, input.id);
  const ordered = listSpeeches(ctx, speech.conferenceId).map((s) => s.id);
  moveToIndex(ctx, 'speeches', ordered, input.id, input.index);
  return listSpeeches(ctx, speech.conferenceId);
}

export function removeSpeech(ctx: ServiceContext, id: number): Removal {
  const speech = getSpeech(ctx, id);
  return removeWithUndo(ctx, 'speeches', [id], `Đã xoá lượt phát biểu của ${speech.speakerName}.`);
}
