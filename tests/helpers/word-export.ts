// The demo conference with a typed agenda and closing, and its Word documents written to files
// as a door saves them: the unit tests read their XML, the integration tests their printed pages.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import type { CallInput } from '../../src/shared/contract';
import { draftSections, type DraftKind } from '../../src/shared/drafting/draft-types';
import { bulletList, paragraph, richDoc, text, type RichDoc } from '../../src/shared/drafting/rich-text';
import { stepsDoc } from '../../src/shared/drafting/script-steps';
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
  writeDrafts(t.dbPath, conferenceId, handWritten);
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

/** The full name typed as the signer of the documents the body issues. */
export const typedSigner = 'Nguyễn Văn Minh';

const doc = (...lines: string[]) => richDoc(...lines.map((line) => paragraph(line)));

/**
 * The documents around the conference as the secretary typed them, every part by hand, so
 * that what is printed is known to the word; the recipients typed every way ("- " or not, the
 * ";" left out, a list).
 */
export const handWritten: Readonly<Partial<Record<DraftKind, Readonly<Record<string, RichDoc>>>>> = {
  invitation: {
    subject: doc('Dự Hội nghị giao ban trực tuyến công tác xây dựng Đảng'),
    opening: doc('Ban Thường vụ Tỉnh ủy tổ chức Hội nghị giao ban trực tuyến công tác xây dựng Đảng.'),
    time: doc('Thời gian: 14 giờ 00 phút.'),
    place: doc('Hình thức: trực tuyến, điểm cầu chính tại Hội trường Tỉnh ủy.'),
    chair: doc('Chủ trì: đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy.'),
    content: doc('Đánh giá công tác xây dựng Đảng trong quý, triển khai nhiệm vụ quý tới.'),
    participants: doc('Tại điểm cầu tỉnh: các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.'),
    technical: doc('Các điểm cầu kiểm tra đường truyền lúc 13 giờ 00 phút.'),
    lists: doc('Các điểm cầu gửi danh sách đại biểu theo Mẫu gửi điểm cầu.'),
    closing: doc('Đề nghị các đồng chí dự đầy đủ, đúng giờ.'),
    recipients: doc('- Như thành phần mời;', 'Các điểm cầu trực tuyến', 'Lưu Văn phòng Tỉnh ủy.'),
  },
  plan: {
    subject: doc('Tổ chức Hội nghị giao ban trực tuyến công tác xây dựng Đảng'),
    opening: doc('Căn cứ Chương trình công tác năm của Ban Thường vụ Tỉnh ủy.'),
    purpose: doc('Đánh giá kết quả công tác xây dựng Đảng trong quý.'),
    timePlace: doc('Hội nghị tổ chức trực tuyến tại Hội trường Tỉnh ủy.'),
    participants: doc('Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.'),
    program: doc('14 giờ 00 phút: khai mạc hội nghị.'),
    organisation: doc('Văn phòng Tỉnh ủy chuẩn bị hội trường, kỹ thuật.'),
    recipients: richDoc(bulletList(paragraph('Thường trực Tỉnh ủy'), paragraph('Lưu Văn phòng Tỉnh ủy'))),
  },
  conclusion: {
    subject: doc('Kết luận của đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy tại Hội nghị giao ban'),
    opening: doc('Chiều nay, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị giao ban trực tuyến.'),
    conclusions: doc('Đồng chí chủ trì ghi nhận kết quả công tác xây dựng Đảng trong quý.'),
    tasks: doc('1. Ban Tổ chức Tỉnh ủy hoàn thành hướng dẫn đánh giá cán bộ trước ngày 15.'),
    closing: doc('Văn phòng Tỉnh ủy thông báo để các đơn vị biết, thực hiện.'),
    recipients: doc('Ban Tổ chức Tỉnh ủy;', 'Lưu Văn phòng Tỉnh ủy'),
  },
  report: {
    subject: doc('Kết quả Hội nghị giao ban trực tuyến công tác xây dựng Đảng'),
    opening: doc('Thực hiện Chương trình công tác, Ban Thường vụ Tỉnh ủy báo cáo kết quả hội nghị như sau.'),
    figures: doc('Hội nghị được kết nối tới các điểm cầu theo bảng dưới đây.'),
    content: doc('Hội nghị đã nghe báo cáo công tác xây dựng Đảng trong quý.'),
    results: doc('Hội nghị thống nhất các nhiệm vụ trọng tâm quý tới.'),
    proposals: doc('Đề nghị Ban Tổ chức Trung ương sớm ban hành hướng dẫn.'),
    recipients: doc('Ban Tổ chức Trung ương', 'Lưu Văn phòng Tỉnh ủy'),
  },
  script: {
    steps: stepsDoc([
      { time: '13:30', who: 'Ban Tổ chức', says: 'Đón tiếp đại biểu.' },
      {
        time: '14:00',
        who: 'Người dẫn chương trình',
        says: 'Tuyên bố lý do, giới thiệu đại biểu.\nMời đồng chí chủ trì khai mạc.',
      },
      { time: '14:10', who: 'Đồng chí Hà Quang Vinh', says: 'Phát biểu khai mạc hội nghị.' },
    ]),
    opening: doc('Kính thưa các đồng chí đại biểu!'),
    delegates: doc('Tham dự hội nghị có đồng chí Hà Quang Vinh.'),
    closing: doc('Xin trân trọng cảm ơn các đồng chí.'),
  },
};

/**
 * Stores drafts as if their parts were typed by hand (none following the data), the signer's
 * name in their settings, as the drafting workspace would have saved them.
 */
export function writeDrafts(
  dbPath: string,
  conferenceId: number,
  drafts: Readonly<Partial<Record<DraftKind, Readonly<Record<string, RichDoc>>>>>,
  settings: object = { signerName: typedSigner },
): void {
  const db = new Database(dbPath);
  try {
    db.transaction(() => {
      for (const [kind, sections] of Object.entries(drafts)) {
        db.prepare(`DELETE FROM drafts WHERE conference_id = ? AND kind = ?`).run(conferenceId, kind);
        const draftId = db
          .prepare(`INSERT INTO drafts (conference_id, kind, settings) VALUES (?, ?, ?)`)
          .run(conferenceId, kind, JSON.stringify(settings)).lastInsertRowid;
        const versionId = db
          .prepare(`INSERT INTO draft_versions (draft_id, number) VALUES (?, 1)`)
          .run(draftId).lastInsertRowid;
        for (const spec of draftSections[kind as DraftKind])
          db.prepare(`INSERT INTO draft_sections (version_id, key, doc, from_data) VALUES (?, ?, ?, 0)`).run(
            versionId,
            spec.key,
            JSON.stringify(sections[spec.key] ?? richDoc()),
          );
      }
    })();
  } finally {
    db.close();
  }
}
