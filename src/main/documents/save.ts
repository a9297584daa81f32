// The header details a conference's documents start from (saving them is the door's work:
// host/save-door.ts).
import type { ServiceInput } from '../../shared/contract';
import type { HeaderDetailsValues } from '../../shared/documents/export-calls';
import { getProfile } from './profiles/profiles';
import type { ServiceContext } from '../services/context';
import { getConference } from '../conferences/conferences';
import { headerDetails, symbolCode, symbolFor } from './document-data';
import { isNumbered, numberState } from './issue';
import { openDraft } from '../drafting/drafts';
import type { NumberedKind } from '../../shared/drafting/draft-types';
import { profileIdFor, storedHeader } from './header-store';

export function headerDefaults(
  ctx: ServiceContext,
  input: ServiceInput<'exports.headerDefaults'>,
): HeaderDetailsValues {
  const profileId = profileIdFor(ctx, input.conferenceId, input.profileId);
  const { profile } = getProfile(ctx, { id: profileId });
  const stored = storedHeader(ctx, input.conferenceId).choices;
  const choices = input.issuingBody ? { ...stored, issuingBody: input.issuingBody } : stored;
  const details = headerDetails(ctx, input.conferenceId, profile, choices, null);
  const document = input.document ?? 'minutes';
  // The numbered drafts' symbols carry their kind's code; the rest are shown the minutes'.
  const draft = isNumbered(document) ? openDraft(ctx, { conferenceId: input.conferenceId, kind: document }) : null;
  const code = draft ? symbolCode(profile, document as NumberedKind, draft.settings.invitationForm) : 'BB';
  const symbol = symbolFor(ctx, getConference(ctx, { id: input.conferenceId }), profile, choices, code);
  const numbers = draft ? numberState(ctx, draft, profile, choices) : { nextNumber: null, issued: null };
  return {
    superiorBody: details.superiorBody,
    issuingBody: details.issuingBody,
    // The number remembered is the minutes'; another document starts blank (or with the one it was given).
    number: numbers.issued ? String(numbers.issued.number) : document === 'minutes' ? details.number : null,
    // A symbol nobody knows is left for the secretary to type, not filled with the blank the page prints.
    symbol: symbol.from === null ? '' : symbol.symbol,
    symbolFrom: symbol.from,
    place: details.place,
    profileId,
    ...numbers,
  };
}
