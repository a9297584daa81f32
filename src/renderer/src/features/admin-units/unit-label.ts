// How a point's administrative unit reads on screen: "05830 · Xã", and back from that text.
import { adminUnitKinds, type AdminUnitKind } from '../../../../shared/admin-units/admin-units';
import type { AdminCatalogInfo } from '../../../../shared/admin-units/admin-units';
import { formatCount } from '../../lib/format';
import { searchUnits } from './search-units';

/** "05830 · Xã"; empty for a point that is no unit's. */
export function unitCell(point: { readonly unitCode: string | null; readonly unitKind: AdminUnitKind | null }): string {
  if (!point.unitCode) return '';
  return point.unitKind ? `${point.unitCode} · ${adminUnitKinds.label(point.unitKind)}` : point.unitCode;
}

/** The code and kind in a cell's text ("05830 · Xã"), or null when the text is not that. */
export function parseUnitCell(text: string): { unitCode: string; unitKind: AdminUnitKind } | null {
  const match = /^(\d{2}|\d{5})\s*·\s*(.+)$/u.exec(text.trim());
  const kind = match && adminUnitKinds.codes.find((k) => adminUnitKinds.label(k) === match[2].trim());
  return match && kind ? { unitCode: match[1], unitKind: kind } : null;
}

/** "Danh mục: 34 tỉnh, thành phố; 3.321 xã, phường, đặc khu — có sẵn trong ứng dụng". */
export function catalogLine(info: AdminCatalogInfo): string {
  const where = info.source === 'built-in' ? 'có sẵn trong ứng dụng' : 'tệp trong thư mục dữ liệu';
  return (
    `Danh mục: ${formatCount(info.provinceCount)} tỉnh, thành phố; ` +
    `${formatCount(info.unitCount)} xã, phường, đặc khu — ${where}`
  );
}

/**
 * The unit a directory cell was given: its code and kind, or none for an empty cell. A name or
 * code typed rather than picked is looked up, and taken when it finds exactly one unit; otherwise
 * the message to show.
 */
export async function unitPatchFor(
  text: string,
): Promise<{ unitCode: string | null; unitKind: AdminUnitKind | null } | string> {
  if (text.trim() === '') return { unitCode: null, unitKind: null };
  const parsed = parseUnitCell(text);
  if (parsed) return parsed;
  const found = await searchUnits(text, 2);
  if (found.length === 1) return { unitCode: found[0].code, unitKind: found[0].kind };
  return found.length === 0
    ? `Không có xã, phường, đặc khu nào khớp "${text.trim()}"; hãy gõ tên hoặc mã rồi chọn trong danh sách gợi ý.`
    : `Có nhiều xã, phường, đặc khu khớp "${text.trim()}"; hãy chọn một trong danh sách gợi ý.`;
}
