// The contract's calls for format profiles: the two built in (read-only) and the secretary's
// own, edited in Settings and exchanged as files. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call, requiredText } from '../contract-fields';
import { profileIdPattern, type FormatProfile, type FormatProfileInput } from './format-profile';
import { checkProfile } from './format-profile-fields';

export interface ProfileSummary {
  /** 'party', 'state' or 'user:N'. */
  readonly id: string;
  readonly name: string;
  readonly family: FormatProfile['family'];
  readonly basis: string;
  readonly builtIn: boolean;
}

export interface ProfileDetail {
  readonly id: string;
  readonly builtIn: boolean;
  readonly profile: FormatProfile;
}

export interface ProfileFile {
  /** ASCII only, so that it survives any disk, mail or USB stick. */
  readonly fileName: string;
  readonly content: string;
}

/** A profile file is a few kilobytes; anything far bigger is not one. */
export const profileFileMaxChars = 200 * 1024;
export const profileFileTooBig = 'Tệp quá lớn để là một mẫu định dạng (tối đa 200 KB).';

const profileId = z.string().regex(profileIdPattern('[1-9]\\d{0,15}'), 'Mẫu định dạng không hợp lệ.');

/**
 * A profile from the Settings form. Checked here rather than by the bare schema so that the
 * message names the wrong value in Vietnamese and the path points the form at its field.
 */
const profileInput = z.unknown().transform((value, ctx) => {
  const checked = checkProfile(value);
  if (checked.ok) return checked.profile;
  ctx.addIssue({ code: 'custom', message: checked.message, path: checked.path ? checked.path.split('.') : [] });
  return z.NEVER;
}) as unknown as z.ZodType<FormatProfile, FormatProfileInput>;

export const profileCalls = {
  'profiles.list': call<readonly ProfileSummary[]>()(z.strictObject({})),
  'profiles.get': call<ProfileDetail>()(z.strictObject({ id: profileId })),
  'profiles.copy': call<ProfileDetail>()(
    z.strictObject({ id: profileId, name: requiredText(120, 'Hãy đặt tên cho mẫu định dạng.').optional() }),
  ),
  'profiles.save': call<ProfileDetail>()(z.strictObject({ id: profileId, profile: profileInput })),
  'profiles.remove': call<{ removed: true }>()(z.strictObject({ id: profileId })),
  'profiles.exportFile': call<ProfileFile>()(z.strictObject({ id: profileId })),
  'profiles.importFile': call<ProfileDetail>()(
    z.strictObject({ content: z.string().max(profileFileMaxChars, profileFileTooBig) }),
  ),
} as const;
