// The report's rows as participants, each with the stretches of time it was in the meeting.
// Dates are written as the exporting computer's locale wants (11/25/26, 7:58 AM in Teams,
// 25/11/2026 07:58:01 from a Vietnamese Zoom): day and month are told apart by the
// conference's date, then by a part above 12, then by the language of the headers.
import type { PresenceSpan, ReportTable } from '../../../shared/conference-day/meeting-report';
import { foldForSearch } from '../../../shared/text/vietnamese';

export interface RawParticipant {
  readonly key: string;
  readonly name: string;
  readonly email: string | null;
  readonly role: string | null;
  readonly spans: PresenceSpan[];
  readonly rows: number;
}

/** Reconnections closer than this are one stretch: a blip is not an interruption. */
const blipMs = 60_000;

type Parts = { a: number; b: number; year: number; hour: number; minute: number; second: number; ordered: boolean };

function parts(text: string): Parts | null {
  const clock = (h: string, mi: string, s: string | undefined, half: string | undefined) => {
    let hour = Number(h);
    const marker = half?.toLowerCase();
    if ((marker === 'pm' || marker === 'ch' || marker === 'chiều') && hour < 12) hour += 12;
    if ((marker === 'am' || marker === 'sa' || marker === 'sáng') && hour === 12) hour = 0;
    return { hour, minute: Number(mi), second: Number(s ?? 0) };
  };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (iso)
    return {
      a: Number(iso[3]),
      b: Number(iso[2]),
      year: Number(iso[1]),
      ...clock(iso[4], iso[5], iso[6], undefined),
      ordered: true,
    };
  const local =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|sa|ch|sáng|chiều)?/i.exec(
      text.trim(),
    );
  if (!local) return null;
  const year = Number(local[3]) < 100 ? 2000 + Number(local[3]) : Number(local[3]);
  return {
    a: Number(local[1]),
    b: Number(local[2]),
    year,
    ...clock(local[4], local[5], local[6], local[7]),
    ordered: false,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function localIso(p: Parts, dayFirst: boolean): string | null {
  const [day, month] = p.ordered || dayFirst ? [p.a, p.b] : [p.b, p.a];
  if (month < 1 || month > 12 || day < 1 || day > 31 || p.hour > 23 || p.minute > 59 || p.second > 59) return null;
  return `${p.year}-${pad(month)}-${pad(day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** Day first or month first, for all the report's dates at once. */
function dayFirstFor(all: readonly Parts[], conferenceDate: string, vietnameseHeaders: boolean): boolean {
  const score = (dayFirst: boolean) => {
    const read = all.map((p) => localIso(p, dayFirst));
    return [read.filter((d) => d?.startsWith(conferenceDate)).length, read.filter(Boolean).length];
  };
  const [onDayD, validD] = score(true);
  const [onDayM, validM] = score(false);
  if (onDayD !== onDayM) return onDayD > onDayM;
  if (validD !== validM) return validD > validM;
  return vietnameseHeaders;
}

/** "3h 31m 59s", "1 giờ 5 phút", "01:12:00" or minutes alone ("72"), in milliseconds. */
export function durationMs(text: string): number | null {
  const t = foldForSearch(text);
  if (/^\d+(\.\d+)?$/.test(t.replace(' ', '.'))) return Math.round(Number(t.replace(' ', '.')) * 60_000);
  const hms = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (hms) return ((Number(hms[1]) * 60 + Number(hms[2])) * 60 + Number(hms[3] ?? 0)) * 1000;
  let ms = 0;
  let found = false;
  for (const [, n, unit] of t.matchAll(
    /(\d+)\s*(h|hr|hrs|hour|hours|gio|m|min|mins|minute|minutes|phut|s|sec|secs|second|seconds|giay)\b/g,
  )) {
    found = true;
    ms +=
      Number(n) *
      (/^(h|hr|hrs|hour|hours|gio)$/.test(unit)
        ? 3_600_000
        : /^(s|sec|secs|second|seconds|giay)$/.test(unit)
          ? 1000
          : 60_000);
  }
  return found ? ms : null;
}

const shift = (iso: string, ms: number) => {
  const d = new Date(`${iso}Z`);
  return new Date(d.getTime() + ms).toISOString().slice(0, 19);
};
const msBetween = (from: string, to: string) => new Date(`${to}Z`).getTime() - new Date(`${from}Z`).getTime();

/** Stretches sorted and joined where they overlap or nearly touch. */
export function mergeSpans(spans: readonly PresenceSpan[]): PresenceSpan[] {
  const merged: { join: string; leave: string }[] = [];
  for (const s of [...spans].sort((x, y) => x.join.localeCompare(y.join))) {
    const last = merged.at(-1);
    if (last && msBetween(last.leave, s.join) <= blipMs) {
      if (s.leave > last.leave) last.leave = s.leave;
    } else merged.push({ ...s });
  }
  return merged;
}

export function spanMinutes(spans: readonly PresenceSpan[]): number {
  return Math.round(spans.reduce((sum, s) => sum + msBetween(s.join, s.leave), 0) / 60_000);
}

export interface ReadReport {
  readonly participants: RawParticipant[];
  /** Rows whose times could not be read. */
  readonly unreadable: number;
}

export function participantsOf(table: ReportTable, conferenceDate: string): ReadReport {
  const c = table.columns;
  const cell = (row: readonly string[], column: number | undefined) =>
    column === undefined ? '' : (row[column] ?? '').trim();
  const timeColumns = [c.join, c.leave, c.timestamp].filter((x): x is number => x !== undefined);
  const allParts = table.rows
    .flatMap((row) => timeColumns.map((col) => parts(cell(row, col))))
    .filter((p): p is Parts => p !== null);
  const vietnamese = table.platform === null || /[àáảãạăâđèéêìíòóôơùúưỳý]/i.test(table.rows[0]?.join(' ') ?? '');
  const dayFirst = dayFirstFor(allParts, conferenceDate, vietnamese);
  const timeOf = (text: string) => {
    const p = parts(text);
    if (p) return localIso(p, dayFirst);
    // A time alone is on the conference's day.
    const clockOnly = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
    return clockOnly ? `${conferenceDate}T${pad(Number(clockOnly[1]))}:${clockOnly[2]}:${clockOnly[3] ?? '00'}` : null;
  };

  const byKey = new Map<
    string,
    {
      key: string;
      name: string;
      email: string | null;
      role: string | null;
      spans: PresenceSpan[];
      rows: number;
      opened: string | null;
    }
  >();
  let unreadable = 0;
  let latest = '';
  const rows = table.rows.map((row) => ({ row, at: timeOf(cell(row, c.timestamp ?? c.join)) }));
  // Joins and leaves given one row each (old Teams reports) are paired in time order.
  if (c.action !== undefined) rows.sort((x, y) => (x.at ?? '').localeCompare(y.at ?? ''));
  for (const { row, at } of rows) {
    const name = cell(row, c.name).replace(/\s+/g, ' ');
    if (!name) continue;
    const email = cell(row, c.email).toLowerCase() || null;
    const key = email ?? foldForSearch(name);
    let p = byKey.get(key);
    if (!p) {
      p = { key, name, email, role: cell(row, c.role) || null, spans: [], rows: 0, opened: null };
      byKey.set(key, p);
    }
    p.rows++;
    if (!at) {
      unreadable++;
      continue;
    }
    if (c.action !== undefined) {
      const action = foldForSearch(cell(row, c.action));
      if (/^(left|roi|da roi)/.test(action)) {
        if (p.opened) p.spans.push({ join: p.opened, leave: at });
        p.opened = null;
      } else p.opened ??= at;
      if (at > latest) latest = at;
      continue;
    }
    const duration = durationMs(cell(row, c.duration));
    const leave = timeOf(cell(row, c.leave)) ?? (duration !== null ? shift(at, duration) : at);
    p.spans.push({ join: at, leave: leave < at ? at : leave });
  }
  const participants = [...byKey.values()].map(({ opened, ...p }) => ({
    ...p,
    // Still in the meeting when the report was taken: until its last recorded moment.
    spans: mergeSpans(opened ? [...p.spans, { join: opened, leave: latest }] : p.spans),
  }));
  return { participants, unreadable };
}
