// `points add-units`: a province's communes, wards and special zones added as bridge points,
// the same change as the window's "Thêm điểm cầu theo danh mục hành chính…".
import {
  communeKinds,
  defaultUnitNamePattern,
  type AddedUnits,
  type AdminProvince,
  type CommuneKind,
} from '../shared/admin-units/admin-units';
import { foldForSearch } from '../shared/text/vietnamese';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';
import { call, type CommandOutput } from './output';

export interface AddUnitsOptions {
  readonly province: string | undefined;
  readonly conferenceId: number | undefined;
  readonly kinds: string | undefined;
  readonly pattern: string | undefined;
}

export function unitKinds(value: string | undefined): CommuneKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const wrong = kinds.filter((k) => !(communeKinds.codes as readonly string[]).includes(k));
  if (kinds.length === 0 || wrong.length > 0) {
    throw new CliError(
      `--kinds nhận các loại ${communeKinds.codes.join(', ')}, cách nhau bằng dấu phẩy (không phải "${value}").`,
    );
  }
  return kinds as CommuneKind[];
}

/** A code ("79", or "1" for Hà Nội's "01"), or the province's name with or without marks. */
async function provinceCode(host: ServiceHost, value: string | undefined): Promise<string> {
  if (!value) throw new CliError('Thiếu --province MÃ (mã tỉnh, thành phố gồm 2 chữ số, ví dụ 19 là Thái Nguyên).');
  if (/^\d{1,2}$/.test(value)) return value.padStart(2, '0');
  const { provinces } = await call<{ provinces: AdminProvince[] }>(host, 'adminUnits.provinces', {});
  const wanted = foldForSearch(value).replace(/^(tinh|thanh pho|tp) /, '');
  const found = provinces.filter((p) => foldForSearch(p.shortName) === wanted);
  if (found.length !== 1) {
    throw new CliError(
      `Không tìm thấy tỉnh, thành phố "${value}". Các mã: ` +
        provinces.map((p) => `${p.code} ${p.shortName}`).join(', '),
    );
  }
  return found[0].code;
}

export async function addUnitsCommand(host: ServiceHost, options: AddUnitsOptions): Promise<CommandOutput> {
  const kinds = unitKinds(options.kinds);
  const result = await call<AddedUnits>(host, 'bridgePoints.addUnits', {
    provinceCode: await provinceCode(host, options.province),
    ...(kinds && { kinds }),
    pattern: options.pattern ?? defaultUnitNamePattern,
    ...(options.conferenceId !== undefined && { conferenceId: options.conferenceId }),
  });
  return {
    document: { added: result.added, skipped: result.skipped, parentId: result.parentId },
    lines: [result.message, `Điểm cầu cấp trên: #${result.parentId}.`],
  };
}
