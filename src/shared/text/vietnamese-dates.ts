// Dates and times in the wordings Vietnamese documents use. Official papers write the day
// and month with a leading 0 below 10 and 3 ("ngày 05 tháng 01 năm 2026"); the press writes
// the session and "day-month" without zeros ("Chiều 30-12", "Sáng 4-12").
import { sessions, type Session } from '../conferences/vocabularies';

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { year, month, day };
}

/** "ngày 05 tháng 01 năm 2026" */
export function officialDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Chiều 30-12" */
export function pressDate(session: Session, isoDate: string): string {
  const { month, day } = parts(isoDate);
  return `${sessions.label(session)} ${day}-${month}`;
}

/** "14 giờ 00 phút" from "14:00" */
export function clockWords(time: string): string {
  const [hours, minutes] = time.split(':');
  return `${Number(hours)} giờ ${minutes} phút`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-30": the day in the computer's time zone. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "14:05": the time in the computer's time zone. */
export function localClock(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "30/12/2026": the day as Vietnamese papers write it, in the computer's time zone. */
export function localDayMonthYear(date: Date): string {
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** "14 giờ 35 phút, ngày 30/12/2026", in the computer's time zone: when a report was made. */
export function momentWords(date: Date): string {
  return `${date.getHours()} giờ ${pad(date.getMinutes())} phút, ngày ${localDayMonthYear(date)}`;
}

const weekdays = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "thứ Sáu", "Chủ nhật": the day of the week of "2026-12-25". */
export function weekdayWords(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/** "08 giờ 00 phút" from "08:00": the hour in two digits, as invitations and notices write it. */
export function officialClock(time: string): string {
  const [hours, minutes] = time.split(':');
  return `${hours.padStart(2, '0')} giờ ${minutes} phút`;
}

/** "25/12/2026" from "2026-12-25". */
export function dayMonthYear(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${pad(day)}/${pad(month)}/${year}`;
}
