// The header details a conference's documents start from, and the guard for the calls that
// only a door can carry out (saving where its dialog says, opening that folder: save-door.ts).
import type { ServiceInput } from '../../../shared/contract';
import type { HeaderDetailsValues } from '../../../shared/export/export-calls';
import { AppError } from '../../../shared/errors';
import { getProfile } from '../profiles/profiles';
import type { ServiceContext } from '../context';
import { headerDetails } from './document-data';
import { storedHeader } from './header-store';
import { profileIdFor } from './render';

export function headerDefaults(
  ctx: ServiceContext,
  input: ServiceInput<'exports.headerDefaults'>,
): HeaderDetailsValues {
  const profileId = profileIdFor(ctx, input.conferenceId, input.profileId);
  const details = headerDetails(
    ctx,
    input.conferenceId,
    getProfile(ctx, profileId).profile,
    storedHeader(ctx, input.conferenceId).choices,
    true,
  );
  return {
    superiorBody: details.superiorBody,
    issuingBody: details.issuingBody,
    number: details.number,
    symbol: details.symbol ?? '',
    place: details.place,
    profileId,
  };
}

/** Reached only when no door stands in front of the services (it is the door that saves). */
export function doorOnly(): never {
  throw new AppError('FORBIDDEN', 'Tệp chỉ lưu được từ cửa sổ ứng dụng (hộp thoại Lưu) hoặc bằng lệnh export của CLI.');
}
