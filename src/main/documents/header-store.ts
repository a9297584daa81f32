// The header details a conference's documents were last exported with, so the next export
// starts from them; values the secretary has not set are worked out from the conference.
import type { HeaderDetailsValues } from '../../shared/documents/export-calls';
import type { ServiceContext } from '../services/context';
import { getConference } from '../conferences/conferences';
import type { HeaderChoices } from './document-data';
import { headerRow, saveHeaderRow } from './queries';

export function storedHeader(
  ctx: ServiceContext,
  conferenceId: number,
): { choices: HeaderChoices; profileId: string | null } {
  const row = headerRow(ctx.db, conferenceId);
  if (!row) return { choices: {}, profileId: null };
  const choices: HeaderChoices = {};
  // Only what was set: an empty value leaves the worked-out one in place.
  if (row.superior_body !== null) choices.superiorBody = row.superior_body;
  if (row.issuing_body !== null) choices.issuingBody = row.issuing_body;
  if (row.number !== null) choices.number = row.number;
  if (row.symbol !== null) choices.symbol = row.symbol;
  if (row.place !== null) choices.place = row.place;
  return { choices, profileId: row.profile_id };
}

export function rememberHeader(
  ctx: ServiceContext,
  conferenceId: number,
  choices: HeaderChoices,
  profileId: string,
): void {
  saveHeaderRow(ctx.db, conferenceId, {
    superior_body: choices.superiorBody ?? null,
    issuing_body: choices.issuingBody ?? null,
    number: choices.number ?? null,
    symbol: choices.symbol ?? null,
    place: choices.place ?? null,
    profile_id: profileId,
  });
}

/** A Party body's conference takes the Party's profile, any other the State's. */
function usualProfile(hostBody: string | null): 'party' | 'state' {
  return hostBody &&
    /(đảng|tỉnh ủy|huyện ủy|thành ủy|thị ủy|quận ủy|trung ương|ban tổ chức|ban tuyên giáo|ủy ban kiểm tra)/i.test(
      hostBody,
    )
    ? 'party'
    : 'state';
}

/** The profile asked for, else the one last used for the conference, else its usual one. */
export function profileIdFor(ctx: ServiceContext, conferenceId: number, asked: string | undefined): string {
  return (
    asked ??
    storedHeader(ctx, conferenceId).profileId ??
    usualProfile(getConference(ctx, { id: conferenceId }).hostBody)
  );
}

export type { HeaderDetailsValues };
