// What an import gives back, before and after it is committed. Plain data; the field names
// of ImportedAttendee are those of the fixtures' expected results and of the CLI's JSON.
import type { TemplateOrigin } from '../sheets/template-origin';
import type { ColumnKind, DuplicateReason, PersonMatch, PointUpdateKind } from './vocabularies';

export interface ImportedAttendee {
  /** Where the row is in the file, for the preview and the warnings. */
  readonly sheet: string;
  readonly row: number;
  fullName: string;
  position?: string;
  unit?: string;
  bridgePoint?: string;
  phone?: string;
  gender?: 'Nam' | 'Nữ';
  birthYear?: number;
  email?: string;
  note?: string;
}

/** Rows of one file that are one person, merged into the latest unless kept apart. */
export interface DuplicateGroup {
  /** Names the group across previews of one file, for the secretary's choice to keep it apart. */
  readonly id: string;
  readonly reason: DuplicateReason;
  /** 1-based rows, as Excel shows them, in file order. */
  readonly rows: readonly { readonly sheet: string; readonly row: number }[];
  /** The latest answer, whose row the merged attendee keeps. */
  readonly kept: { readonly sheet: string; readonly row: number };
  /** Earlier answers a later one replaced. */
  readonly setAside: readonly {
    readonly field: string;
    readonly value: string;
    readonly sheet: string;
    readonly row: number;
  }[];
  readonly keptApart: boolean;
}

export interface ImportWarning {
  readonly sheet: string;
  /** 1-based row number as Excel shows it. */
  readonly row: number;
  readonly message: string;
}

export interface ImportColumn {
  readonly index: number;
  readonly header: string;
  readonly kind: ColumnKind | null;
}

export interface ImportTable {
  readonly sheet: string;
  /** 1-based rows of the header, as Excel shows them. */
  readonly headerRows: readonly number[];
  readonly columns: readonly ImportColumn[];
  /** Bridge point the sheet itself names (its name or its title), if any. */
  readonly sheetPoint: string | null;
  /** Index of the first row below the header (0-based). */
  readonly firstDataRow: number;
  /** Cleaned cells of every row from the first one (0-based, as in the sheet). */
  readonly rows: readonly (readonly string[])[];
  /** The table's own title, for a table below the first on its sheet. */
  readonly title?: string;
  /** A table of those serving the conference or of guests: left out unless the secretary includes it. */
  readonly setAside?: boolean;
  /** Rows the file keeps hidden (1-based): a model row, rows taken out; never imported. */
  readonly hiddenRows?: readonly number[];
}

export interface ParsedFile {
  readonly fileName: string;
  readonly tables: readonly ImportTable[];
  /** Sheets that are not attendee lists, and why (summary, empty, hidden). */
  readonly skippedSheets: readonly { readonly sheet: string; readonly reason: string }[];
  /** Set when the file is a "Mẫu gửi điểm cầu" the app wrote: the conference and point it is for. */
  readonly origin?: TemplateOrigin;
}

export interface PersonCandidate {
  readonly personId: number;
  readonly fullName: string;
  readonly phone: string | null;
  readonly position: string | null;
  readonly unit: string | null;
}

export interface PreviewRow extends ImportedAttendee {
  /** Position of the row among all attendees of the file (decisions refer to it). */
  readonly index: number;
  readonly match: PersonMatch;
  /** The directory person a 'same' or 'inConference' row is. */
  readonly personId?: number;
  /** People in the directory with the same name, for a doubtful row. */
  readonly candidates?: readonly PersonCandidate[];
}

export interface PreviewPoint {
  /** The name as the file gives it (canonical form). */
  readonly name: string;
  readonly count: number;
  /** The directory point it means, or null: a new point is created on import. */
  readonly bridgePointId: number | null;
  readonly matchedName: string | null;
  readonly path: readonly string[];
}

export interface ImportPreview {
  readonly previewId: string;
  readonly fileName: string;
  readonly tables: readonly {
    readonly sheet: string;
    readonly headerRows: readonly number[];
    readonly columns: readonly ImportColumn[];
    readonly sheetPoint: string | null;
    /** Set for a table of those serving the conference or of guests: imported only when included. */
    readonly setAside?: true;
    readonly included?: boolean;
  }[];
  readonly skippedSheets: readonly { readonly sheet: string; readonly reason: string }[];
  readonly attendeeCount: number;
  /** The first rows; the rest through imports.rows. */
  readonly rows: readonly PreviewRow[];
  readonly warnings: readonly ImportWarning[];
  readonly warningCount: number;
  /** The first groups of rows that are one person (merged unless kept apart). */
  readonly duplicates: readonly DuplicateGroup[];
  readonly duplicateCount: number;
  readonly points: readonly PreviewPoint[];
  readonly counts: {
    readonly newPeople: number;
    readonly samePeople: number;
    readonly doubtful: number;
    readonly inConference: number;
    /** Rows whose bridge point the file does not say. */
    readonly withoutPoint: number;
  };
  /** The first doubtful rows (those that need the secretary's choice); counts.doubtful has them all. */
  readonly doubtful: readonly PreviewRow[];
  /** A returned "Mẫu gửi điểm cầu": what committing changes at its point (it replaces the point's list). */
  readonly pointUpdate: PointUpdatePreview | null;
}

export interface PointUpdateChange {
  readonly kind: PointUpdateKind;
  readonly fullName: string;
  /** "Chức vụ: Phó Bí thư → Bí thư", or why a row is skipped. */
  readonly details: readonly string[];
  /** The file's row, for added, changed and skipped rows. */
  readonly row?: number;
}

export interface PointUpdatePreview {
  readonly conferenceId: number;
  readonly conferenceName: string;
  readonly conferenceBridgePointId: number;
  readonly pointName: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  readonly skipped: number;
  /** The first changes, added first. */
  readonly changes: readonly PointUpdateChange[];
}

export type DoubtfulDecision =
  { readonly action: 'add' } | { readonly action: 'skip' } | { readonly action: 'merge'; readonly personId: number };

export interface ImportResult {
  readonly importId: number;
  readonly conferenceId: number;
  readonly imported: number;
  readonly newPeople: number;
  readonly newPoints: number;
  readonly skipped: number;
  readonly message: string;
}

export interface ImportRecord {
  readonly id: number;
  readonly conferenceId: number;
  readonly fileName: string;
  readonly imported: number;
  readonly newPeople: number;
  readonly newPoints: number;
  readonly createdAt: string;
}
