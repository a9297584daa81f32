// One person registered twice (a form sent again, a row copied twice) becomes one row: the
// latest answer wins field by field, an empty later answer keeps the earlier one. The
// secretary may keep a group apart.
import { type DuplicateGroup, type ImportedAttendee, type ImportWarning } from '../../../shared/import/import-types';
import { columnKinds, duplicateReasons, type DuplicateReason } from '../../../shared/import/vocabularies';
import { phoneKey, sameKeys } from './same-person';

// A warning names this many rows of a group at most: a row copied a thousand times is one line.
const shownRows = 10;

const fields = [
  'fullName',
  'position',
  'unit',
  'bridgePoint',
  'phone',
  'gender',
  'birthYear',
  'email',
  'note',
] as const;

/**
 * Two namesakes of one unit (a commune has two "Nguyễn Văn Hùng") are two people when their
 * rows say so: other phones, other birth years, other genders.
 */
function contradict(x: ImportedAttendee, y: ImportedAttendee): boolean {
  return (
    (!!x.phone && !!y.phone && phoneKey(x.phone) !== phoneKey(y.phone)) ||
    (x.birthYear !== undefined && y.birthYear !== undefined && x.birthYear !== y.birthYear) ||
    (!!x.gender && !!y.gender && x.gender !== y.gender)
  );
}

export function rowId(a: Pick<ImportedAttendee, 'sheet' | 'row'>): string {
  return `${a.sheet}!${a.row}`;
}

/** A group is named by its first row: a row is in one group at most. */
export function groupId(rows: readonly Pick<ImportedAttendee, 'sheet' | 'row'>[]): string {
  return rowId(rows[0]);
}

/** times: per attendee (same positions), when the answer was sent, if the file says. */
export function mergeDuplicates(
  attendees: readonly ImportedAttendee[],
  times: readonly (number | undefined)[],
  keptApart?: ReadonlySet<string>,
): { attendees: ImportedAttendee[]; warnings: ImportWarning[]; groups: DuplicateGroup[] } {
  const parent = attendees.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWithKey = new Map<string, number>();
  const reasonOf = new Map<number, DuplicateReason>();
  attendees.forEach((a, i) => {
    for (const { reason, key } of sameKeys(a)) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else if (reason === 'unit' && contradict(attendees[other], a)) continue;
      else {
        const [x, y] = [find(other), find(i)];
        if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
        if (!reasonOf.has(i)) reasonOf.set(i, reason);
      }
    }
  });
  const members = new Map<number, number[]>();
  attendees.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });

  const out: ImportedAttendee[] = [];
  const warnings: ImportWarning[] = [];
  const groups: DuplicateGroup[] = [];
  attendees.forEach((a, i) => {
    const group = members.get(find(i)) ?? [i];
    if (group.length === 1) return void out.push(a);
    const apart = keptApart?.has(rowId(attendees[group[0]])) ?? false;
    // Rows kept apart stay where the file has them.
    if (apart) out.push(a);
    if (group[0] !== i) return;
    // Latest answer last: by the time sent, else by the order in the file.
    const ordered = [...group].sort((x, y) => (times[x] ?? -Infinity) - (times[y] ?? -Infinity) || x - y);
    const rows = group.map((g) => attendees[g]);
    const id = groupId(rows);
    const reason = reasonOf.get(group.find((g) => reasonOf.has(g)) ?? i) ?? 'unit';
    const latest = attendees[ordered[ordered.length - 1]];
    const merged: ImportedAttendee = { ...attendees[ordered[0]], sheet: latest.sheet, row: latest.row };
    // Where each merged value came from, to say which earlier answer a later one set aside.
    const from: Partial<Record<(typeof fields)[number], ImportedAttendee>> = {};
    for (const field of fields) from[field] = attendees[ordered[0]];
    const setAside: DuplicateGroup['setAside'][number][] = [];
    for (const g of ordered.slice(1)) {
      const later = attendees[g];
      for (const field of fields) {
        const value = later[field];
        if (value === undefined || value === '') continue;
        const earlier = merged[field];
        const source = from[field];
        if (earlier !== undefined && earlier !== value && source)
          setAside.push({ field, value: String(earlier), sheet: source.sheet, row: source.row });
        (merged as unknown as Record<string, unknown>)[field] = value;
        from[field] = later;
      }
    }
    groups.push({
      id,
      reason,
      rows: rows.map((r) => ({ sheet: r.sheet, row: r.row })),
      kept: { sheet: latest.sheet, row: latest.row },
      setAside,
      keptApart: apart,
    });
    const oneSheet = rows.every((r) => r.sheet === latest.sheet);
    const where = (r: { sheet: string; row: number }) => `dòng ${r.row}${oneSheet ? '' : ` (trang "${r.sheet}")`}`;
    const numbers = rows.slice(0, shownRows).map(where);
    const listed =
      rows.length > shownRows
        ? `${numbers.join(', ')} và ${rows.length - shownRows} dòng khác`
        : `${numbers.slice(0, -1).join(', ')} và ${numbers[numbers.length - 1]}`;
    const head = listed.charAt(0).toUpperCase() + listed.slice(1);
    if (apart) {
      warnings.push({
        sheet: rows[0].sheet,
        row: rows[0].row,
        message: `${head} có vẻ là cùng một người (${duplicateReasons.label(reason)}) nhưng được giữ riêng từng dòng theo lựa chọn.`,
      });
      return;
    }
    out.push(merged);
    const replaced = setAside.slice(0, shownRows).map((s) => `${fieldLabel(s.field)} "${s.value}" (${where(s)})`);
    if (setAside.length > shownRows) replaced.push(`và ${setAside.length - shownRows} câu trả lời khác`);
    warnings.push({
      sheet: rows[0].sheet,
      row: rows[0].row,
      message:
        `${head} là cùng một người (${duplicateReasons.label(reason)}): đã gộp thành một, giữ câu trả lời mới nhất ` +
        `(${where(latest)})` +
        (replaced.length > 0 ? `; câu trả lời trước được bỏ: ${replaced.join(', ')}.` : '.'),
    });
  });
  return { attendees: out, warnings, groups };
}

function fieldLabel(field: string): string {
  return (columnKinds.has(field) ? columnKinds.label(field) : field).toLowerCase();
}
