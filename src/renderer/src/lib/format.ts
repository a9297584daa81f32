import { sessions, type Session } from '../../../shared/conferences/vocabularies';

/** "2026-12-30" → "30/12/2026" */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "Chiều 30/12/2026, 14:00" */
export function formatWhen(date: string, session: Session, startTime: string): string {
  return `${sessions.label(session)} ${formatDate(date)}, ${startTime}`;
}

export function formatInstant(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('vi-VN');
}
