import type { AdminUnit } from '../../../../shared/admin-units/admin-units';

/** A unit in suggestions: its name, then its province and code. */
export function UnitLabel({ unit }: { unit: AdminUnit }) {
  return (
    <span>
      <strong>{unit.name}</strong>
      <span className="muted">
        {' '}
        — {unit.provinceName} · {unit.code}
      </span>
    </span>
  );
}
