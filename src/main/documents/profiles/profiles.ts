// Format profiles: the two built into the app (from code, never stored, never changed) and the
// secretary's own, stored as checked JSON. Ids are 'party', 'state' or 'user:N', so a document
// can name the profile it was made with.
import { AppError } from '../../../shared/errors';
import {
  builtInProfileIds,
  builtInProfiles,
  formatProfileSchema,
  type BuiltInProfileId,
  type FormatProfile,
} from '../../../shared/documents/format-profile';
import type { ProfileDetail, ProfileSummary } from '../../../shared/documents/profile-calls';
import { cleanLine } from '../../../shared/text/clean';
import { nowIso, type ServiceContext } from '../../services/context';
import type { ServiceInput } from '../../../shared/contract';
import { deleteProfile, insertProfile, profileJson, profileNames, profileSummaryRows, updateProfile } from '../queries';

const maxNameLength = 120;
const notFound = 'Không tìm thấy mẫu định dạng này; có thể mẫu đã bị xoá. Hãy chọn mẫu khác trong danh sách.';
const byName = new Intl.Collator('vi').compare;

function builtInId(id: string): BuiltInProfileId | null {
  return (builtInProfileIds as readonly string[]).includes(id) ? (id as BuiltInProfileId) : null;
}

function ownId(id: string): number | null {
  const own = /^user:(\d+)$/.exec(id);
  return own ? Number(own[1]) : null;
}

/** The profile an id names, for Settings and for every export. */
export function getProfile(ctx: ServiceContext, { id }: ServiceInput<'profiles.get'>): ProfileDetail {
  const builtIn = builtInId(id);
  if (builtIn) return { id, builtIn: true, profile: builtInProfiles[builtIn] };
  const own = ownId(id);
  const stored = own === null ? undefined : profileJson(ctx.db, own);
  if (stored === undefined) throw new AppError('NOT_FOUND', notFound);
  // Parsed again on the way out: a field added to the schema later gets its default.
  return { id, builtIn: false, profile: formatProfileSchema.parse(JSON.parse(stored)) };
}

export function listProfiles(ctx: ServiceContext): ProfileSummary[] {
  const builtIn = builtInProfileIds.map((id) => {
    const { name, family, basis } = builtInProfiles[id];
    return { id, name, family, basis, builtIn: true };
  });
  const own = profileSummaryRows(ctx.db)
    .map((row) => ({ id: `user:${row.id}`, name: row.name, family: row.family, basis: row.basis, builtIn: false }))
    .sort((a, b) => byName(a.name, b.name));
  return [...builtIn, ...own];
}

const nameKey = (name: string) => name.toLocaleLowerCase('vi');

function takenNames(ctx: ServiceContext, exceptId: number | null): Set<string> {
  const own = profileNames(ctx.db, exceptId);
  return new Set([...builtInProfileIds.map((id) => builtInProfiles[id].name), ...own].map(nameKey));
}

/** The name itself if free, else the next "Name (2)", "Name (3)"… that is. */
function freeName(ctx: ServiceContext, wanted: string): string {
  const taken = takenNames(ctx, null);
  const name = cleanLine(wanted).slice(0, maxNameLength);
  if (!taken.has(nameKey(name))) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, maxNameLength - suffix.length) + suffix;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** Stores a new own profile under a name no other profile has. */
export function createProfile(ctx: ServiceContext, profile: FormatProfile): ProfileDetail {
  const stored = { ...profile, name: freeName(ctx, profile.name) };
  const id = insertProfile(ctx.db, stored.name, JSON.stringify(stored));
  return { id: `user:${id}`, builtIn: false, profile: stored };
}

export function copyProfile(ctx: ServiceContext, { id, name }: ServiceInput<'profiles.copy'>): ProfileDetail {
  const source = getProfile(ctx, { id }).profile;
  return createProfile(ctx, { ...source, name: name ?? `Bản sao của ${source.name}` });
}

export function saveProfile(ctx: ServiceContext, { id, profile }: ServiceInput<'profiles.save'>): ProfileDetail {
  const builtIn = builtInId(id);
  if (builtIn) {
    throw new AppError(
      'VALIDATION',
      `Mẫu "${builtInProfiles[builtIn].name}" có sẵn trong phần mềm nên không sửa được. Hãy bấm "Sao chép" ` +
        `để tạo bản của riêng mình rồi sửa bản sao đó.`,
    );
  }
  const own = ownId(id);
  if (own === null) throw new AppError('NOT_FOUND', notFound);
  const name = cleanLine(profile.name);
  if (takenNames(ctx, own).has(nameKey(name))) {
    throw new AppError('VALIDATION', `Đã có mẫu định dạng tên "${name}". Hãy đặt tên khác.`, 'profile.name');
  }
  const stored = { ...profile, name };
  const changed = updateProfile(ctx.db, own, name, JSON.stringify(stored), nowIso());
  if (!changed) throw new AppError('NOT_FOUND', notFound);
  return { id, builtIn: false, profile: stored };
}

export function removeProfile(ctx: ServiceContext, { id }: ServiceInput<'profiles.remove'>): { removed: true } {
  const own = ownId(id);
  if (own === null) throw new AppError('VALIDATION', 'Mẫu có sẵn trong phần mềm không xoá được.');
  if (!deleteProfile(ctx.db, own)) throw new AppError('NOT_FOUND', notFound);
  return { removed: true };
}
