// Báo cáo kết quả hội nghị to the superior body: its parts under numbered headings, the
// organisation's figures followed by the quick report's table of the points and delegates per
// level (the same figures), "Nơi nhận" and the signer.
import type { Document } from 'docx';
import type { QuickReport } from '../../../shared/conference-day/day-calls';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { issuedDocument, type DraftedSection, type IssuedData } from './issued-document';
import { emptyLine } from './paragraphs';
import { levelTable } from './quick-report';

export interface ReportData extends IssuedData {
  readonly report: QuickReport;
}

const headings: Readonly<Record<string, string>> = {
  figures: 'CÔNG TÁC TỔ CHỨC HỘI NGHỊ',
  content: 'NỘI DUNG HỘI NGHỊ',
  results: 'KẾT QUẢ HỘI NGHỊ',
  proposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
};

export function reportDocument(profile: FormatProfile, data: ReportData): Document {
  return issuedDocument(profile, data, {
    title: 'Báo cáo',
    signer: profile.signature.signers.report.right,
    headings: (section: DraftedSection) => headings[section.key] ?? null,
    after: { figures: [levelTable(profile, data.report), emptyLine()] },
  });
}
