// Danh sách đại biểu and danh sách ký: the header, the title and the conference, then the
// attendees by bridge point; the sign-in sheet a page per point, each point's own sheet.
import type { Document } from 'docx';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { attendeeTable, signInSheetsXml, type AttendeeGroup, type ListKind } from './attendee-table';
import { officialDocument } from './document';
import type { Fragments } from './pack';
import { officialHeader, type HeaderDetails } from './header';
import { centred } from './paragraphs';

export interface AttendeeListData {
  readonly header: HeaderDetails;
  readonly conferenceName: string;
  readonly groups: readonly AttendeeGroup[];
}

const titles: Record<ListKind, string> = { list: 'Danh sách đại biểu', signIn: 'Danh sách đại biểu ký tên' };

export function attendeeListDocument(
  profile: FormatProfile,
  data: AttendeeListData,
  kind: ListKind,
  fragments: Fragments,
): Document {
  const children = [
    officialHeader(profile, data.header),
    centred(profile, titles[kind], profile.documentType, 0, true, 18),
    centred(profile, data.conferenceName, profile.subject, 12),
    kind === 'signIn' && data.groups.length > 0
      ? fragments.placeholder(
          signInSheetsXml(profile, data.groups, { title: titles.signIn, conferenceName: data.conferenceName }),
        )
      : attendeeTable(fragments, profile, data.groups, kind),
  ];
  return officialDocument(profile, { title: `${titles[kind]} ${data.conferenceName}`, subject: data.conferenceName }, [
    { children },
  ]);
}
