// One person registered twice (a form sent again, a row copied twice) becomes one row: the
// latest answer wins field by field, an empty later answer keeps the earlier one. The
// secretary may keep a group apart; the group is named by its rows, stable across previews.
import {
  columnKindLabels,
  type DuplicateGroup,
  type ImportedAttendee,
  type ImportWarning,
} from '../../../shared/import-types';
import { reasonText, sameKeys, type SameReason } from './same-person';

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

export function rowId(a: Pick<ImportedAttendee, 'sheet' | 'row'>): string {
  return `${a.sheet}!${a.row}`;
}

export function groupId(rows: readonly Pick<ImportedAttendee, 'sheet' | 'row'>[]): string {
  return rows.map(rowId).join(',');
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
  const reasonOf = new Map<number, SameReason>();
  attendees.forEach((a, i) => {
    for (const { reason, key } of sameKeys(a)) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
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
    if (group[0] !== i) return;
    // Latest answer last: by the time sent, else by the order in the file.
    const ordered = [...group].sort((x, y) => (times[x] ?? -Infinity) - (times[y] ?? -Infinity) || x - y);
    const rows = group.map((g) => attendees[g]);
    const id = groupId(rows);
    const reason = reasonOf.get(group.find((g) => reasonOf.has(g)) ?? i) ?? 'unit';
    const latest = attendees[ordered[ordered.length - 1]];
    const merged: ImportedAttendee = { ...attendees[ordered[0]], sheet: latest.sheet, row: latest.row };
    const setAside: DuplicateGroup['setAside'][number][] = [];
    for (const g of ordered.slice(1)) {
      const later = attendees[g];
      for (const field of fields) {
        const value = later[field];
        if (value === undefined || value === '') continue;
        const earlier = merged[field];
        if (earlier !== undefined && earlier !== value)
          setAside.push({ field, value: String(earlier), row: rowOfValue(ordered, attendees, g, field, earlier) });
        (merged as unknown as Record<string, unknown>)[field] = value;
      }
    }
    const apart = keptApart?.has(id) ?? false;
    groups.push({
      id,
      reason,
      rows: rows.map((r) => r.row),
      sheet: latest.sheet,
      keptRow: latest.row,
      setAside,
      keptApart: apart,
    });
    const numbers = rows.map((r) => `dòng ${r.row}`);
    const listed = `${numbers.slice(0, -1).join(', ')} và ${numbers[numbers.length - 1]}`;
    const head = listed.charAt(0).toUpperCase() + listed.slice(1);
    if (apart) {
      out.push(...rows);
      warnings.push({
        sheet: latest.sheet,
        row: rows[0].row,
        message: `${head} có vẻ là cùng một người (${reasonText[reason]}) nhưng được giữ riêng từng dòng theo lựa chọn.`,
      });
      return;
    }
    out.push(merged);
    const replaced = setAside.map((s) => `${fieldLabel(s.field)} "${s.value}" (dòng ${s.row})`);
    warnings.push({
      sheet: latest.sheet,
      row: rows[0].row,
      message:
        `${head} là cùng một người (${reasonText[reason]}): đã gộp thành một, giữ câu trả lời mới nhất ` +
        `(dòng ${latest.row})` +
        (replaced.length > 0 ? `; câu trả lời trước được bỏ: ${replaced.join(', ')}.` : '.'),
    });
  });
  return { attendees: out, warnings, groups };
}

function fieldLabel(field: string): string {
  return (columnKindLabels[field as keyof typeof columnKindLabels] ?? field).toLowerCase();
}

// The row an earlier value came from: the last row before `upTo` holding it.
function rowOfValue(
  ordered: readonly number[],
  attendees: readonly ImportedAttendee[],
  upTo: number,
  field: (typeof fields)[number],
  value: unknown,
): number {
  let row = attendees[ordered[0]].row;
  for (const g of ordered) {
    if (g === upTo) break;
    if (attendees[g][field] === value) row = attendees[g].row;
  }
  return row;
}
