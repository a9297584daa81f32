// Result shapes of the conference calls. Plain data: dates are "YYYY-MM-DD", times "HH:MM",
// instants ISO 8601 strings.
import type { AttendeeRole } from '../attendees/vocabularies';
import type { ConferenceKind, Session } from './vocabularies';

export interface ConferenceSummary {
  readonly id: number;
  readonly name: string;
  readonly kind: ConferenceKind;
  readonly date: string;
  readonly session: Session;
  readonly startTime: string;
  readonly hostBody: string | null;
  readonly chairNames: string | null;
  readonly mainBridgePointName: string | null;
  readonly bridgePointCount: number;
  readonly attendeeCount: number;
  readonly updatedAt: string;
}

export interface ConferenceChair {
  readonly attendeeId: number;
  readonly personId: number;
  readonly fullName: string;
  readonly position: string | null;
  readonly role: AttendeeRole;
}

export interface Conference extends ConferenceSummary {
  readonly mainBridgePointId: number | null;
  /**
   * The conference point its documents speak from: the secretary's own, whose body issues
   * them and whose delegates they count; null for the host's.
   */
  readonly ownPointId: number | null;
  readonly chairs: readonly ConferenceChair[];
}
