// The table of attendees grouped by bridge point: a header row repeated on every page, group
// rows "I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN" across the table, the attendees numbered within
// their group, and no row split across two pages. The sign-in sheet is one per point instead,
// each starting a page with its own title lines, its rows tall enough to sign in. Written as
// WordprocessingML text (xml-table.ts): a list may have 20,000 rows.
import type { FormatProfile } from '../../../shared/documents/format-profile';
import type { Fragments } from './pack';
import { groupTitle, unplacedLabel } from '../../attendees/group-title';
import { centredLine, xmlTable, type XmlColumn, type XmlRow } from './xml-table';

export interface ListedAttendee {
  readonly fullName: string;
  /** "Chức vụ, đơn vị" as one text. */
  readonly positionAndUnit: string;
  readonly note: string | null;
}

export interface AttendeeGroup {
  /** The bridge point; null for attendees with none. */
  readonly pointName: string | null;
  readonly attendees: readonly ListedAttendee[];
}

export type ListKind = 'list' | 'signIn';

/** TT | Họ và tên | Chức vụ, đơn vị | Ghi chú (or Ký tên). */
function columns(kind: ListKind): XmlColumn[] {
  return [
    { header: 'TT', share: 0.08, centred: true },
    { header: 'Họ và tên', share: 0.27 },
    { header: 'Chức vụ, đơn vị', share: 0.45 },
    { header: kind === 'signIn' ? 'Ký tên' : 'Ghi chú', share: 0.2 },
  ];
}

function* attendeeRows(group: AttendeeGroup, kind: ListKind): Generator<XmlRow> {
  let i = 0;
  for (const a of group.attendees)
    yield { cells: [String(++i), a.fullName, a.positionAndUnit, kind === 'signIn' ? '' : (a.note ?? '')] };
}

export function attendeeTableXml(profile: FormatProfile, groups: readonly AttendeeGroup[], kind: ListKind): string {
  function* rows(): Generator<XmlRow> {
    for (const [g, group] of groups.entries()) {
      yield { group: groupTitle(g, group.pointName) };
      yield* attendeeRows(group, kind);
    }
  }
  return xmlTable(profile, columns(kind), rows());
}

/** The titles each sheet after the first repeats above its point's name. */
export interface SheetTitles {
  readonly title: string;
  readonly conferenceName: string;
}

/**
 * One sign-in sheet per point: the first follows the document's own header and titles, each
 * next one starts a page with the titles again; each names its point above its table.
 */
export function signInSheetsXml(profile: FormatProfile, groups: readonly AttendeeGroup[], titles: SheetTitles): string {
  const point = { ...profile.subject, caps: true };
  return groups
    .map((group, g) => {
      const heading = [
        ...(g === 0
          ? []
          : [
              centredLine(titles.title, profile.documentType, { pageBreakBefore: true }),
              centredLine(titles.conferenceName, profile.subject),
            ]),
        centredLine(group.pointName ?? unplacedLabel, point, { spacingAfterPt: 12 }),
      ];
      const rows = xmlTable(profile, columns('signIn'), attendeeRows(group, 'signIn'), {
        rowHeightMm: profile.table.signRowHeightMm,
      });
      return heading.join('') + rows;
    })
    .join('');
}

/** The table in a document, as a placeholder the packing replaces (see pack.ts). */
export function attendeeTable(
  fragments: Fragments,
  profile: FormatProfile,
  groups: readonly AttendeeGroup[],
  kind: ListKind,
) {
  return fragments.placeholder(attendeeTableXml(profile, groups, kind));
}
