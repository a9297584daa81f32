// Result shapes of the bridge-point calls: the directory's points and a conference's.
import type { AdminUnitKind } from '../admin-units/admin-units';
import type { ConnectionStatus } from '../conference-day/vocabularies';
import type { Removal } from '../types';

/** Rows pasted into the bridge-point catalog, saved as one change that undo.restore takes back whole. */
export interface PastedBridgePoints extends Removal {
  readonly updated: number;
  readonly added: number;
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
