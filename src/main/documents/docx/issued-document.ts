// What the documents a body issues around a conference share (giấy mời, kế hoạch, thông báo,
// báo cáo): the header with the number, the tên loại and the trích yếu (the draft's 'subject'),
// the drafted parts in order, some under numbered headings, the "Nơi nhận" and the signer,
// and the list of the conference's points that the invitation and the plan attach.
import type { Document, FileChild } from 'docx';
import { isEmptyDoc, paragraphTexts, type RichDoc } from '../../../shared/drafting/rich-text';
import type { FormatProfile, Signer } from '../../../shared/documents/format-profile';
import { officialDocument, type DocumentSection } from './document';
import { documentNumber, officialHeader, type HeaderDetails } from './header';
import type { Fragments } from './pack';
import { centred, emptyLine, numberedHeading } from './paragraphs';
import { recipientsAndSignature } from './recipients';
import { richDocParagraphs } from './rich-doc';
import type { SignerNames } from './signatures';
import { xmlTable, type XmlColumn } from './xml-table';

export interface DraftedSection {
  readonly key: string;
  readonly label: string;
  readonly doc: RichDoc;
}

export interface IssuedData {
  readonly header: HeaderDetails;
  readonly conferenceName: string;
  /** The draft's sections, 'subject' and 'recipients' among them. */
  readonly sections: readonly DraftedSection[];
  readonly signerNames: SignerNames;
}

export interface IssuedLayout {
  /** "Giấy mời"; null for a công văn, which has none (its trích yếu is under the number). */
  readonly title: string | null;
  readonly signer: Signer;
  /** The heading of each part that has one, numbered I, II… in the order printed. */
  readonly headings?: (section: DraftedSection) => string | null;
  /** What follows a part (the report's table of levels after its figures). */
  readonly after?: Readonly<Record<string, readonly FileChild[]>>;
  /** Sections after the document's own (the attached list of points). */
  readonly appendix?: readonly DocumentSection[];
  /** A công văn's "Kính gửi: …", under the header. */
  readonly addressee?: string;
}

/** The parts the builder places itself rather than in the body's flow. */
const placed = new Set(['subject', 'recipients']);

/** The trích yếu as one line, from the draft's 'subject' part. */
export function subjectOf(sections: readonly DraftedSection[]): string {
  const subject = sections.find((s) => s.key === 'subject');
  return subject ? paragraphTexts(subject.doc).join(' ') : '';
}

export function issuedDocument(profile: FormatProfile, data: IssuedData, layout: IssuedLayout): Document {
  const subject = subjectOf(data.sections);
  const children: FileChild[] = [officialHeader(profile, data.header)];
  if (layout.title) {
    children.push(centred(profile, layout.title, profile.documentType, subject ? 0 : 12, true, 18));
    if (subject) children.push(centred(profile, subject, profile.subject, 12));
  } else {
    children.push(centred(profile, '', profile.subject, 12));
  }
  if (layout.addressee)
    children.push(centred(profile, `Kính gửi: ${layout.addressee}`, { ...profile.subject, bold: false }, 12));
  let numbered = 0;
  for (const section of data.sections) {
    if (placed.has(section.key)) continue;
    const empty = isEmptyDoc(section.doc);
    const heading = empty ? null : (layout.headings?.(section) ?? null);
    if (heading) {
      numbered += 1;
      children.push(numberedHeading(profile, numbered, heading));
    }
    if (!empty) children.push(...richDocParagraphs(profile, section.doc));
    children.push(...(layout.after?.[section.key] ?? []));
  }
  const recipients = data.sections.find((s) => s.key === 'recipients')?.doc ?? { type: 'doc', content: [] };
  children.push(emptyLine(), recipientsAndSignature(profile, recipients, layout.signer, data.signerNames));
  const name = layout.title ?? 'Công văn';
  return officialDocument(
    profile,
    { title: `${name} ${subject || data.conferenceName}`, subject: data.conferenceName },
    [{ children }, ...(layout.appendix ?? [])],
  );
}

/** A heading from a part's label as the drafts write it ("II. Thời gian, địa điểm" → "THỜI GIAN, ĐỊA ĐIỂM"). */
export function headingFromLabel(section: DraftedSection): string | null {
  const numbered = /^[IVXLC]+\.\s*(.+)$/u.exec(section.label);
  return numbered ? numbered[1].toLocaleUpperCase('vi-VN') : null;
}

/** A bridge point as the attached list shows it. */
export interface ListedPoint {
  readonly name: string;
  readonly address: string | null;
  /** "Nguyễn Văn A, Bí thư Huyện ủy"; null: nobody named. */
  readonly presiding: string | null;
  /** "Trần Văn B, 0912 345 678"; null: nobody named. */
  readonly technical: string | null;
}

const pointColumns: readonly XmlColumn[] = [
  { header: 'TT', share: 0.06, centred: true },
  { header: 'Điểm cầu', share: 0.24 },
  { header: 'Địa chỉ', share: 0.24 },
  { header: 'Chủ trì tại điểm cầu', share: 0.23 },
  { header: 'Cán bộ kỹ thuật, điện thoại', share: 0.23 },
];

/**
 * "DANH SÁCH ĐIỂM CẦU" on a page of its own, attached to the document `attachedTo` names
 * ("Giấy mời"): every point, its address, who presides there and its technical contact.
 * Written as XML text: a national conference has thousands of points.
 */
export function pointsAppendix(
  fragments: Fragments,
  profile: FormatProfile,
  points: readonly ListedPoint[],
  attachedTo: string,
  header: HeaderDetails,
): DocumentSection {
  const number =
    header.symbol === null ? '' : ` ${documentNumber(profile, header.number, header.symbol).replace(/^Số:?/u, 'số')}`;
  function* rows() {
    let i = 0;
    for (const p of points)
      yield { cells: [String(++i), p.name, p.address ?? '', p.presiding ?? '', p.technical ?? ''] };
  }
  return {
    children: [
      centred(profile, 'Danh sách điểm cầu', { ...profile.subject, caps: true }, 0),
      centred(
        profile,
        `(Kèm theo ${attachedTo}${number} của ${header.issuingBody})`,
        { size: profile.body.size, bold: false, italic: true, caps: false, underline: false },
        12,
      ),
      fragments.placeholder(xmlTable(profile, pointColumns, rows())),
    ],
  };
}
