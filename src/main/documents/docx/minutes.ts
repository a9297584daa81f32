// Biên bản hội nghị in the order of docs/formats.md: header, "BIÊN BẢN" and the subject, the
// drafted parts (time and place, attendance, reports, speeches, conclusions, closing), the
// read-back line, the signatures, and optionally the list of all attendees as an appendix.
import type { Document } from 'docx';
import { isEmptyDoc, type RichDoc } from '../../../shared/drafting/rich-text';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { attendeeTable, type AttendeeGroup } from './attendee-table';
import { officialDocument } from './document';
import type { Fragments } from './pack';
import { officialHeader, type HeaderDetails } from './header';
import { bodyParagraph, centred, numberedHeading } from './paragraphs';
import { richDocParagraphs } from './rich-doc';
import { signatureBlock, type SignerNames } from './signatures';
import { runs } from './text';

export interface MinutesSection {
  readonly key: string;
  readonly doc: RichDoc;
}

export interface MinutesData {
  readonly header: HeaderDetails;
  readonly conferenceName: string;
  readonly sections: readonly MinutesSection[];
  /** The conference's secretary, chair and presiding person, for the profile's signers. */
  readonly signerNames: SignerNames;
  /** All attendees by bridge point, when the appendix is asked for. */
  readonly appendix: readonly AttendeeGroup[] | null;
}

/** The parts that carry a numbered heading in the document; the others read on. */
const headings: Readonly<Record<string, string>> = {
  attendance: 'THÀNH PHẦN THAM DỰ',
  agenda: 'NỘI DUNG HỘI NGHỊ',
  speeches: 'Ý KIẾN PHÁT BIỂU',
  conclusions: 'KẾT LUẬN CỦA CHỦ TRÌ HỘI NGHỊ',
};

const readBack = 'Biên bản đã được đọc lại cho các đại biểu dự hội nghị nghe và nhất trí thông qua.';

export function minutesDocument(profile: FormatProfile, data: MinutesData, fragments: Fragments): Document {
  const body = profile.body.size;
  const children = [
    officialHeader(profile, data.header),
    centred(profile, 'Biên bản', profile.documentType, 0, true, 18),
    centred(profile, data.conferenceName, profile.subject, 12),
  ];
  let numbered = 0;
  for (const section of data.sections) {
    if (isEmptyDoc(section.doc)) continue;
    const heading = headings[section.key];
    if (heading) {
      numbered += 1;
      children.push(numberedHeading(profile, numbered, heading));
    }
    children.push(...richDocParagraphs(profile, section.doc));
  }
  // The line that the minutes were read back is never missing from a signed copy.
  const said = data.sections.some((s) => /đọc lại/i.test(JSON.stringify(s.doc)));
  if (!said) children.push(bodyParagraph(profile, runs(readBack, { size: body }, profile)));
  children.push(signatureBlock(profile, profile.signature.signers.minutes, data.signerNames));

  const sections = [{ children }];
  if (data.appendix) {
    sections.push({
      children: [
        centred(profile, 'Phụ lục', { ...profile.subject, caps: true }, 0),
        centred(profile, 'Danh sách đại biểu dự hội nghị', profile.subject, 0),
        centred(
          profile,
          `(Kèm theo Biên bản ${data.conferenceName})`,
          { size: body, bold: false, italic: true, caps: false, underline: false },
          12,
        ),
        attendeeTable(fragments, profile, data.appendix, 'list'),
      ],
    });
  }
  return officialDocument(
    profile,
    { title: `Biên bản ${data.conferenceName}`, subject: data.conferenceName },
    sections,
  );
}
