// The demo conference with a typed agenda and closing, and its Word documents written to files
// as a door saves them: the unit tests read their XML, the integration tests their printed pages.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { CallInput } from '../../src/shared/contract';
import { paragraph, richDoc, text } from '../../src/shared/drafting/rich-text';
import { openTestServices, tempDir, type TestServices } from './services';

export type ExportOptions = Omit<CallInput<'exports.render'>, 'conferenceId'>;

export interface ExportedDocx {
  readonly file: string;
  readonly fileName: string;
  /** The names of the parts in the package. */
  readonly parts: readonly string[];
  /** A part's XML, or '' when the package has no such part. */
  readonly xml: (part: string) => Promise<string>;
}

export interface WordConference {
  readonly t: TestServices;
  readonly conferenceId: number;
  readonly exported: (options: ExportOptions) => Promise<ExportedDocx>;
}

export async function openWordConference(): Promise<WordConference> {
  const t = await openTestServices();
  const { conferenceId } = await t.call('demo.create', {});
  const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
  await t.call('drafts.saveSection', {
    draftId: minutes.id,
    key: 'agenda',
    doc: richDoc(
      // \u0001 and \u000b are characters XML forbids, typed in by accident.
      paragraph(
        'Hội nghị đã nghe đồng chí Trần Đức Long trình bày ',
        text('Báo cáo', 'bold'),
        ' công tác xây dựng Đảng trong quý.\u0001\u000b',
      ),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Nhiệm vụ thứ nhất;')] }] },
    ),
  });
  await t.call('drafts.saveSection', {
    draftId: minutes.id,
    key: 'closing',
    doc: richDoc(paragraph('Hội nghị kết thúc vào lúc 16 giờ 30 phút cùng ngày.')),
  });
  const dir = tempDir('thu-ky-docx-');
  return {
    t,
    conferenceId,
    exported: async (options) => {
      const result = await t.call('exports.render', { conferenceId, ...options });
      const file = path.join(
        dir,
        `${options.document}-${options.profileId ?? 'usual'}-${options.order ?? 'protocol'}.docx`,
      );
      fs.writeFileSync(file, Buffer.from(result.content, 'base64'));
      const zip = await JSZip.loadAsync(fs.readFileSync(file));
      return {
        file,
        fileName: result.fileName,
        parts: Object.keys(zip.files),
        xml: async (part) => (await zip.file(part)?.async('string')) ?? '',
      };
    },
  };
}

/** The text of each paragraph of a document.xml, in order (tables' cells are paragraphs too). */
export function paragraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join(''),
  );
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
