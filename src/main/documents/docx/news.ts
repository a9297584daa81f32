// Tin bài: plain paragraphs with no official header, as the provincial papers print them: the
// title in bold, the lead with the attendance sentence, the body as drafted, the byline on
// its own line at the end.
import { AlignmentType, Paragraph, type Document } from 'docx';
import { isEmptyDoc, paragraphTexts, type RichDoc } from '../../../shared/drafting/rich-text';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { officialDocument } from './document';
import { richDocParagraphs } from './rich-doc';
import { runs } from './text';

export interface NewsData {
  readonly title: RichDoc;
  readonly lead: RichDoc;
  readonly attendance: RichDoc;
  readonly body: RichDoc;
  readonly byline: RichDoc;
}

export function newsDocument(profile: FormatProfile, data: NewsData): Document {
  const newsProfile: FormatProfile = { ...profile, body: { ...profile.body, size: profile.news.bodySize } };
  const title = paragraphTexts(data.title).join(' ');
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: runs(title, { size: profile.news.titleSize, bold: true }, profile),
    }),
  ];
  // The examples run the attendance sentence on in the lead's paragraph.
  const lead = paragraphTexts(data.lead);
  const attendance = paragraphTexts(data.attendance);
  if (lead.length === 1 && attendance.length === 1) {
    children.push(
      ...richDocParagraphs(newsProfile, {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `${lead[0]} ${attendance[0]}` }] }],
      }),
    );
  } else {
    children.push(...richDocParagraphs(newsProfile, data.lead), ...richDocParagraphs(newsProfile, data.attendance));
  }
  children.push(...richDocParagraphs(newsProfile, data.body));
  if (!isEmptyDoc(data.byline)) {
    const byline = paragraphTexts(data.byline).join(' ');
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before: 120 },
        children: runs(byline, { size: profile.news.bodySize, bold: true }, profile),
      }),
    );
  }
  return officialDocument(newsProfile, { title, subject: title }, [{ children }]);
}
