// How a point's administrative unit reads on screen: "05683 · Xã", and back from that text.
import { adminUnitKindLabels, adminUnitKinds, type AdminUnitKind } from '../../../../shared/admin-units/admin-units';
import type { AdminCatalogInfo } from '../../../../shared/admin-units/admin-units';
import { formatCount } from '../../lib/format';

/** "05683 · Xã"; empty for a point that is no unit's. */
export function unitCell(point: { readonly unitCode: string | null; readonly unitKind: AdminUnitKind | null }): string {
  if (!point.unitCode) return '';
  return point.unitKind ? `${point.unitCode} · ${adminUnitKindLabels[point.unitKind]}` : point.unitCode;
}

/** The code and kind in a cell's text ("05683 · Xã"), or null when the text is not that. */
export function parseUnitCell(text: string): { unitCode: string; unitKind: AdminUnitKind } | null {
  const match = /^(\d{2}|\d{5})\s*·\s*(.+)$/u.exec(text.trim());
  const kind = match && adminUnitKinds.find((k) => adminUnitKindLabels[k] === match[2].trim());
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
