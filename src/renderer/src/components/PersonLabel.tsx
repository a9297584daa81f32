import type { Person } from '../../../shared/people/people-types';

/** How a person appears in suggestions: enough to tell two "Nguyễn Văn Hùng" apart. */
export function PersonLabel({ person }: { person: Person }) {
  const details = [person.position, person.unit, person.phone].filter(Boolean).join(' · ');
  return (
    <span className="person-label">
      <strong>{person.fullName}</strong>
      {details && <span className="muted"> — {details}</span>}
    </span>
  );
}
