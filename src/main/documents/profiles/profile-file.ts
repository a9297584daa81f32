// A format profile as a file the secretary can mail to a colleague or keep on a USB stick:
// readable JSON that says what it is, so that any other JSON is turned away with a reason.
import { AppError } from '../../../shared/errors';
import { checkProfile } from '../../../shared/documents/format-profile-fields';
import type { ProfileDetail, ProfileFile } from '../../../shared/documents/profile-calls';
import { asciiFileStem } from '../../../shared/text/file-name';
import type { ServiceContext } from '../../services/context';
import { createProfile, getProfile } from './profiles';
import type { ServiceInput } from '../../../shared/contract';

const fileHead = { app: 'thu-ky-hoi-nghi', kind: 'format-profile' } as const;
const fileVersion = 1;

/**
 * "Mẫu định dạng Nhà nước (NĐ 30/2020/NĐ-CP)" → "Mau-dinh-dang-Nha-nuoc.json". The rule a name
 * cites in brackets is left out to keep the name short; a bare "(2)" stays, it tells copies apart.
 */
export function profileFileName(name: string): string {
  const stem = asciiFileStem(name.replace(/\([^()]*\p{L}[^()]*\)/gu, ' '), 80).replace(/^Mau-dinh-dang-?/i, '');
  return `Mau-dinh-dang${stem ? `-${stem}` : ''}.json`;
}

export function exportProfileFile(ctx: ServiceContext, { id }: ServiceInput<'profiles.exportFile'>): ProfileFile {
  const { profile } = getProfile(ctx, { id });
  return {
    fileName: profileFileName(profile.name),
    content: `${JSON.stringify({ ...fileHead, version: fileVersion, profile }, null, 2)}\n`,
  };
}

function invalid(message: string): never {
  throw new AppError('IMPORT_INVALID', message);
}

export function importProfileFile(
  ctx: ServiceContext,
  { content }: ServiceInput<'profiles.importFile'>,
): ProfileDetail {
  let data: unknown;
  try {
    // Notepad may have saved it with a byte order mark; a Mac may have decomposed the letters.
    data = JSON.parse(content.replace(/^\uFEFF/, '').normalize('NFC'));
  } catch {
    invalid('Tệp này không phải mẫu định dạng văn bản: nội dung không đọc được (không phải JSON).');
  }
  const file = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (file.app !== fileHead.app || file.kind !== fileHead.kind) {
    invalid('Tệp này không phải mẫu định dạng văn bản xuất từ Thư Ký Hội Nghị.');
  }
  if (typeof file.version === 'number' && file.version > fileVersion) {
    invalid('Tệp mẫu định dạng này do phiên bản mới hơn của phần mềm tạo ra. Hãy cập nhật phần mềm rồi nhập lại.');
  }
  if (file.version !== fileVersion) invalid('Tệp mẫu định dạng này không ghi rõ phiên bản nên không đọc được.');
  if (file.profile === null || typeof file.profile !== 'object') invalid('Tệp không chứa mẫu định dạng nào.');
  const checked = checkProfile(file.profile);
  if (!checked.ok) invalid(`Mẫu định dạng trong tệp có chỗ sai nên chưa được nhập. ${checked.message}`);
  return createProfile(ctx, checked.profile);
}
