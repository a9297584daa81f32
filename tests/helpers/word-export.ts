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
  let written = 0;
  return {
    t,
    conferenceId,
    exported: async (options) => {
      const result = await t.call('exports.render', { conferenceId, ...options });
      // Numbered, so that the same document with other header details never overwrites one
      // a test is still reading.
      const file = path.join(
        dir,
        `${++written}-${options.document}-${options.profileId ?? 'usual'}-${options.order ?? 'protocol'}.docx`,
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

export type HeaderItem = { readonly text: string } | { readonly rule: number };

export interface HeaderGeometry {
  /** The two columns' widths, in twips. */
  readonly columns: readonly [number, number];
  /** Each cell's paragraphs in order: a text (its lines joined by "\n") or a rule's length in twips. */
  readonly cells: readonly [readonly HeaderItem[], readonly HeaderItem[]];
}

/** The official header (a document's first table) as the file lays it out. */
export function headerGeometry(documentXml: string): HeaderGeometry {
  const table = documentXml.slice(documentXml.indexOf('<w:tbl>'), documentXml.indexOf('</w:tbl>'));
  const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const cells = [...table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell, i) =>
    [...cell[1].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p): HeaderItem => {
      if (p[0].includes('<w:pBdr>')) {
        const indent = (side: string) => Number(new RegExp(`<w:ind [^>]*w:${side}="(\\d+)"`).exec(p[0])?.[1] ?? 0);
        return { rule: columns[i] - indent('left') - indent('right') };
      }
      const tokens = [...p[0].matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)];
      return { text: tokens.map((t) => (t[0] === '<w:br/>' ? '\n' : unescapeXml(t[1]))).join('') };
    }),
  );
  return { columns: [columns[0], columns[1]], cells: [cells[0], cells[1]] };
}

/**
 * The usual issuing bodies and how their name must break in the header: one line, or (too long
 * beside the State's national line at 13 pt: 90 mm + 96 mm in 165) two even lines.
 */
export const usualBodyLines = [
  { profileId: 'state', body: 'Ban Tổ chức Trung ương', lines: ['BAN TỔ CHỨC TRUNG ƯƠNG'] },
  { profileId: 'state', body: 'Ủy ban nhân dân tỉnh Thái Nguyên', lines: ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN'] },
  { profileId: 'party', body: 'Ban Tổ chức Trung ương', lines: ['BAN TỔ CHỨC TRUNG ƯƠNG'] },
] as const;
