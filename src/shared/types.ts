// Result shapes of the contract calls. Plain data only: no Date objects or classes cross the
// process boundary. Dates are "YYYY-MM-DD", times "HH:MM", instants ISO 8601 strings.
import type { AdminUnitKind } from './admin-units/admin-units';
import type { AttendanceStatus, AttendeeRole } from './attendees/vocabularies';
import type { ConferenceKind, Session } from './conferences/vocabularies';
import type { ConnectionStatus } from './conference-day/vocabularies';
import type { Gender } from './people/vocabularies';

export interface Page<T> {
  readonly total: number;
  readonly rows: readonly T[];
  /** A search matched more rows than are listed; typing more words narrows it. */
  readonly truncated?: boolean;
}

export interface Removal {
  /** Pass to undo.restore to bring everything back. */
  readonly undoId: number;
  readonly message: string;
}

/** Rows pasted into the bridge-point catalog, saved as one change that undo.restore takes back whole. */
export interface PastedBridgePoints extends Removal {
  readonly updated: number;
  readonly added: number;
}

export interface Notice {
  readonly level: 'info' | 'warning' | 'error';
  readonly message: string;
  /** The data was damaged and a good backup exists: the window links to the restore. */
  readonly offersRestore?: boolean;
}

export interface AppInfo {
  readonly version: string;
  readonly schemaVersion: number;
  readonly dbPath: string;
  readonly notices: readonly Notice[];
}

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

export interface BridgePoint {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly levelLabel: string | null;
  readonly address: string | null;
  readonly techContact: string | null;
  readonly techPhone: string | null;
  /** The administrative unit whose room this is (national code and kind), if it is one. */
  readonly unitCode: string | null;
  readonly unitKind: AdminUnitKind | null;
  /** The symbol of the body whose room this is ("TU", "BTCTU"), printed after its documents' numbers. */
  readonly bodySymbol: string | null;
  readonly childCount: number;
  /** Names of the ancestors, outermost first. */
  readonly path: readonly string[];
}

export interface ConferenceBridgePoint {
  readonly id: number;
  readonly conferenceId: number;
  readonly bridgePointId: number;
  readonly name: string;
  readonly levelLabel: string | null;
  readonly address: string | null;
  readonly techContact: string | null;
  readonly techPhone: string | null;
  /** Depth in the tree formed by the points attached to this conference. */
  readonly depth: number;
  readonly parentId: number | null;
  readonly isMain: boolean;
  readonly presidingName: string | null;
  readonly presidingPosition: string | null;
  readonly connectionStatus: ConnectionStatus;
  readonly connectionCheckedAt: string | null;
  readonly connectionNote: string | null;
  readonly invitedCount: number | null;
  readonly presentCount: number | null;
  /** Named attendees linked to this point, and how many of them are marked present. */
  readonly attendeeCount: number;
  readonly presentAttendeeCount: number;
  /** Named attendees marked absent (with or without a reason). */
  readonly absentAttendeeCount: number;
  /** Of the named attendees: those who confirmed and are not yet marked, the late among the present, the absent with a reason. */
  readonly confirmedAttendeeCount: number;
  readonly lateAttendeeCount: number;
  readonly absentWithReasonAttendeeCount: number;
}

export interface Person {
  readonly id: number;
  readonly fullName: string;
  readonly givenName: string;
  readonly gender: Gender | null;
  readonly birthYear: number | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly position: string | null;
  readonly unit: string | null;
  readonly note: string | null;
  readonly conferenceCount: number;
}

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

export interface SearchResults {
  readonly people: readonly Person[];
  readonly bridgePoints: readonly BridgePoint[];
  readonly conferences: readonly ConferenceSummary[];
}
