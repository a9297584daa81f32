// What an import gives back, before and after it is committed. Plain data; the field names
// of ImportedAttendee are those of the fixtures' expected results and of the CLI's JSON.

export const columnKinds = [
  'order',
  'fullName',
  'familyName',
  'givenName',
  'position',
  'positionAndUnit',
  'unit',
  'bridgePoint',
  'phone',
  'email',
  'gender',
  'birthYear',
  'birthYearMale',
  'birthYearFemale',
  'note',
] as const;
export type ColumnKind = (typeof columnKinds)[number];

/** How each kind is labelled in the preview, where the secretary can correct the mapping. */
export const columnKindLabels: Record<ColumnKind, string> = {
  order: 'Số thứ tự',
  fullName: 'Họ và tên',
  familyName: 'Họ và đệm',
  givenName: 'Tên',
  position: 'Chức vụ',
  positionAndUnit: 'Chức vụ, đơn vị',
  unit: 'Đơn vị',
  bridgePoint: 'Điểm cầu',
  phone: 'Điện thoại',
  email: 'Email',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  birthYearMale: 'Năm sinh (Nam)',
  birthYearFemale: 'Năm sinh (Nữ)',
  note: 'Ghi chú',
};


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
}

export interface ParsedFile {
  readonly fileName: string;
  readonly tables: readonly ImportTable[];
  /** Sheets that are not attendee lists, and why (summary, empty, hidden). */
  readonly skippedSheets: readonly { readonly sheet: string; readonly reason: string }[];
}
