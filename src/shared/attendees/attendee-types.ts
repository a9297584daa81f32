// Result shapes of the attendee calls, and the order a list of them is read in.
import type { AttendanceStatus, AttendeeRole, attendeeOrders } from './vocabularies';
import type { Gender } from '../people/vocabularies';

export interface Attendee {
  readonly id: number;
  readonly conferenceId: number;
  readonly personId: number;
  readonly fullName: string;
  readonly gender: Gender | null;
  readonly phone: string | null;
  readonly position: string | null;
  readonly unit: string | null;
  readonly conferenceBridgePointId: number | null;
  readonly bridgePointName: string | null;
  readonly role: AttendeeRole;
  readonly status: AttendanceStatus;
  /** Present, but came after the opening. */
  readonly late: boolean;
  readonly absenceReason: string | null;
  readonly protocolOrder: number | null;
  readonly note: string | null;
}

export interface AddedAttendees {
  readonly added: number;
  readonly alreadyPresent: number;
  readonly newPeople: number;
  readonly ids: readonly number[];
  /** Bridge point names given with the rows that match none of the conference's points. */
  readonly unmatchedBridgePoints: readonly string[];
}

/** How the list of a conference's attendees is ordered, as `attendees.list` takes it. */
export type AttendeeOrder = (typeof attendeeOrders)[number];
