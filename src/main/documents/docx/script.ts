// Kịch bản điều hành: the MC's and the chair's script, an internal paper with no official
// header or number: the title, the conference and when it starts, then the timed steps as a
// table (time, who, what is said) whose header row repeats on every page. The master of
// ceremonies' words (the opening, the delegates introduced) are in the steps that say them;
// only a script with no steps yet prints them under their labels instead.
import type { Document, FileChild } from 'docx';
import { isEmptyDoc } from '../../../shared/drafting/rich-text';
import type { ScriptStep } from '../../../shared/drafting/script-steps';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { officialDocument } from './document';
import type { DraftedSection } from './issued-document';
import type { Fragments } from './pack';
import { bodyParagraph, centred, emptyLine } from './paragraphs';
import { richDocParagraphs } from './rich-doc';
import { runs } from './text';
import { xmlTable, type XmlColumn } from './xml-table';

export interface ScriptData {
  readonly conferenceName: string;
  /** "14 giờ 00 phút, ngày 30 tháng 12 năm 2026" */
  readonly when: string;
  readonly steps: readonly ScriptStep[];
  /** The draft's other parts, in order: printed only while there are no steps to hold them. */
  readonly sections: readonly DraftedSection[];
}

export const scriptTitle = 'Kịch bản điều hành hội nghị';

const columns: readonly XmlColumn[] = [
  { header: 'Thời gian', share: 0.15, centred: true },
  { header: 'Người thực hiện', share: 0.27 },
  { header: 'Nội dung', share: 0.58 },
];

/** A step longer than this may run on to the next page rather than leave most of one blank. */
const keptWholeChars = 900;

export function scriptDocument(profile: FormatProfile, data: ScriptData, fragments: Fragments): Document {
  const body = profile.body.size;
  const children: FileChild[] = [
    centred(profile, scriptTitle, profile.documentType, 0),
    centred(profile, data.conferenceName, profile.subject, 0),
    centred(profile, `(${data.when})`, { size: body, bold: false, italic: true, caps: false, underline: false }, 12),
  ];
  if (data.steps.length > 0) {
    const rows = data.steps.map((s) => ({
      cells: [s.time, s.who, s.says],
      mayBreak: s.says.length > keptWholeChars,
    }));
    children.push(fragments.placeholder(xmlTable(profile, columns, rows)), emptyLine());
  }
  for (const section of data.steps.length > 0 ? [] : data.sections) {
    if (section.key === 'steps' || isEmptyDoc(section.doc)) continue;
    children.push(
      bodyParagraph(profile, runs(section.label, { size: body, bold: true }, profile), {
        firstLine: false,
        keepNext: true,
      }),
      ...richDocParagraphs(profile, section.doc),
    );
  }
  return officialDocument(profile, { title: `Kịch bản ${data.conferenceName}`, subject: data.conferenceName }, [
    { children },
  ]);
}
