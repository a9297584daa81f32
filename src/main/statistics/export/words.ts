// How the period's exports name what they show, the same in the Word report and the workbook:
// a rate as a percentage, the period in a sentence, what the figures were narrowed to.
import { conferenceKinds } from '../../../shared/conferences/vocabularies';
import type { PeriodFigures } from '../../../shared/statistics/statistics-types';

/** "quý IV năm 2026" inside a sentence. */
export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);

/** The report's trích yếu: "Tình hình tổ chức hội nghị trực tuyến quý IV năm 2026". */
export function periodReportSubject(periodLabel: string): string {
  return `Tình hình tổ chức hội nghị trực tuyến ${lowerFirst(periodLabel)}`;
}

/** "Chỉ tính hội nghị giao ban; cơ quan chủ trì: Tỉnh ủy Thái Nguyên"; null for every conference of the period. */
export function filterWords(figures: Pick<PeriodFigures, 'filter'>): string | null {
  const { kind, host } = figures.filter;
  const parts = [
    kind ? `hội nghị ${lowerFirst(conferenceKinds.label(kind))}` : null,
    host ? `cơ quan chủ trì: ${host}` : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? `Chỉ tính ${parts.join('; ')}` : null;
}
