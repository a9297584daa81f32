// What the rows of a file mean in the directory: which bridge point each named point is
// (by meaning, not letters), and whether each person is already known.
import type { ImportedAttendee, PreviewPoint, PreviewRow } from '../../shared/import/import-types';
import { communeLevel, provinceKinds, provinceLevel } from '../../shared/admin-units/admin-units';
import {
  bridgePointKey,
  canonicalBridgePointName,
  unitCodeIn,
  withoutUnitCode,
} from '../../shared/text/bridge-point-name';
import { normalizePhone } from '../../shared/text/phone';
import { nameKey } from '../../shared/text/vietnamese';
import type { ServiceContext } from '../services/context';
import { findSamePerson } from '../people/people';
import { listedUnit, pointMatcher } from '../bridge-points/point-matcher';
import { attachedBridgePointIds, directoryPoints, type DirectoryPointRow } from '../bridge-points/queries';
import { attendingCheck } from '../attendees/queries';
import { peopleNamedAlike } from '../people/queries';

type DirectoryPoint = Readonly<DirectoryPointRow>;

export interface PointDirectory {
  find(name: string): DirectoryPoint | null;
  path(id: number): string[];
}

/**
 * The directory's points, found by name, place or unit code (point-matcher.ts). A name that
 * fits several points is settled by the one among them attached to `conferenceId`.
 */
export function loadPointDirectory(ctx: ServiceContext, conferenceId?: number): PointDirectory {
  const points: DirectoryPoint[] = directoryPoints(ctx.db);
  const byId = new Map(points.map((p) => [p.id, p]));
  const attached = conferenceId === undefined ? null : new Set(attachedBridgePointIds(ctx.db, conferenceId));
  const matcher = pointMatcher(ctx, points, attached ? (p) => attached.has(p.id) : undefined);
  return {
    find: matcher.find,
    path(id) {
      const names: string[] = [];
      for (
        let p = byId.get(byId.get(id)?.parentId ?? -1);
        p;
        p = p.parentId === null ? undefined : byId.get(p.parentId)
      )
        names.unshift(p.name);
      return names;
    },
  };
}

/**
 * A point the file names and the directory lacks, as it is added: with its unit's code, kind and
 * level when the name gives a code of the administrative list, and named without the code
 * ("Điểm cầu Xã Đại Từ (05830)" → "Điểm cầu Xã Đại Từ", "Điểm cầu 05830" → "Điểm cầu xã Đại Từ").
 */
export function newPointFields(ctx: ServiceContext, name: string) {
  const code = unitCodeIn(name);
  const unit = code === null ? null : listedUnit(ctx, code);
  if (!unit) return { name };
  const rest = withoutUnitCode(name);
  return {
    name: bridgePointKey(rest) === '' ? canonicalBridgePointName(unit.name) : rest,
    unitCode: unit.code,
    unitKind: unit.kind,
    levelLabel: (provinceKinds.codes as readonly string[]).includes(unit.kind) ? provinceLevel : communeLevel,
  };
}

export function previewPoints(rows: readonly ImportedAttendee[], directory: PointDirectory): PreviewPoint[] {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.bridgePoint) counts.set(row.bridgePoint, (counts.get(row.bridgePoint) ?? 0) + 1);
  return [...counts].map(([name, count]) => {
    const match = directory.find(name);
    return {
      name,
      count,
      bridgePointId: match?.id ?? null,
      matchedName: match?.name ?? null,
      path: match ? directory.path(match.id) : [],
    };
  });
}

/** The directory fields of an imported row, cleaned as the contract would clean them. */
export function personFields(row: ImportedAttendee) {
  const phone = row.phone ? normalizePhone(row.phone) : null;
  return {
    fullName: row.fullName,
    phone: phone && phone.length <= 30 ? phone : null,
    email: row.email && /^[^\s@]+@[^\s@]+$/.test(row.email) && row.email.length <= 200 ? row.email : null,
    gender: row.gender === 'Nam' ? ('nam' as const) : row.gender === 'Nữ' ? ('nu' as const) : null,
    birthYear: row.birthYear ?? null,
    position: row.position ?? null,
    unit: row.unit ?? null,
  };
}

/** The rows become the preview's rows, matched in place: a long list is not held twice. */
export function matchPeople(ctx: ServiceContext, rows: ImportedAttendee[], conferenceId?: number): PreviewRow[] {
  const sameName = peopleNamedAlike(ctx.db);
  const attending = attendingCheck(ctx.db);
  return rows.map((row, index) => {
    const same = findSamePerson(ctx, personFields(row));
    if (same !== null) {
      const inConference = conferenceId !== undefined && attending(conferenceId, same);
      return Object.assign(row, { index, match: inConference ? 'inConference' : 'same', personId: same } as const);
    }
    const candidates = sameName(nameKey(row.fullName));
    return Object.assign(
      row,
      candidates.length > 0 ? ({ index, match: 'doubtful', candidates } as const) : ({ index, match: 'new' } as const),
    );
  });
}
