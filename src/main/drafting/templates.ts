// The usual phrasing of each kind of conference, for the parts of the drafts that are
// written by hand (the reports presented, the conclusions, the closing, the master of
// ceremonies' opening and closing), and the secretary's own templates saved from a draft.
// {{placeholders}} stand for the conference's own details and are filled when applied.
import type { ServiceInput } from '../../shared/contract';
import { conferenceKinds, type ConferenceKind } from '../../shared/conferences/vocabularies';
import { AppError } from '../../shared/errors';
import { draftKinds, draftSections, type DraftKind, type DraftTemplate } from '../../shared/drafting/draft-types';
import {
  bulletList,
  paragraph,
  paragraphTexts,
  richDoc,
  type Block,
  text,
  type Inline,
  type RichDoc,
} from '../../shared/drafting/rich-text';
import { clockWords, officialDate } from '../../shared/text/vietnamese-dates';
import type { ServiceContext } from '../services/context';
import type { ConferenceFacts } from './conference-facts';
import { issuingBody } from './generate/issuing';
import { connectedPoints, formatCount } from './generate/wording';
import { currentSections } from './stored-draft';
import {
  deleteTemplate,
  insertTemplate,
  latestTemplateSections,
  storedTemplateSections,
  templateRowsOf,
} from './queries';

type TemplateSections = Readonly<Record<string, RichDoc>>;

const reportsHeard: Record<ConferenceKind, readonly string[]> = {
  giao_ban: [
    'Hội nghị đã nghe đồng chí … trình bày Báo cáo kết quả thực hiện nhiệm vụ … và phương hướng, nhiệm vụ ' +
      'trọng tâm thời gian tới.',
    'Các đại biểu tại các điểm cầu đã thảo luận, đánh giá kết quả đạt được, chỉ ra những hạn chế, khó khăn, ' +
      'vướng mắc và đề xuất giải pháp thực hiện.',
  ],
  hoc_tap_nghi_quyet: [
    'Hội nghị đã nghe đồng chí … quán triệt những nội dung cơ bản, cốt lõi của Nghị quyết số … của ….',
    'Đồng chí … trình bày dự thảo Kế hoạch (Chương trình hành động) thực hiện Nghị quyết của ….',
  ],
  can_bo_chu_chot: [
    'Hội nghị đã nghe đồng chí … thông báo nhanh kết quả … và quán triệt những nội dung chủ yếu của ….',
  ],
  so_ket: [
    'Hội nghị đã nghe đồng chí … trình bày Báo cáo sơ kết … năm thực hiện …; nghe tham luận của các đồng chí: ….',
    'Hội nghị đã đánh giá kết quả đạt được, chỉ rõ hạn chế, nguyên nhân và rút ra bài học kinh nghiệm.',
  ],
  tong_ket: [
    'Hội nghị đã nghe đồng chí … trình bày Báo cáo tổng kết … năm thực hiện …; nghe tham luận của các đồng chí: ….',
    'Hội nghị đã đánh giá toàn diện kết quả đạt được, chỉ rõ hạn chế, nguyên nhân, rút ra bài học kinh ' +
      'nghiệm và đề ra nhiệm vụ, giải pháp thời gian tới.',
  ],
  chuyen_de: ['Hội nghị đã nghe đồng chí … trình bày báo cáo chuyên đề về ….'],
  khac: ['Hội nghị đã nghe đồng chí … trình bày ….'],
};

const conclusions: readonly Block[] = [
  paragraph(
    'Kết luận Hội nghị, đồng chí {{chuTri}}, {{chucVuChuTri}} ghi nhận, đánh giá cao những kết quả đạt được ' +
      'trong thời gian qua; đồng thời chỉ rõ những hạn chế cần khắc phục.',
  ),
  paragraph('Để thực hiện tốt nhiệm vụ thời gian tới, đồng chí đề nghị:'),
  bulletList(paragraph('…'), paragraph('…')),
];

const closing: readonly Block[] = [
  paragraph('Hội nghị kết thúc vào lúc … giờ … phút cùng ngày.'),
  paragraph('Biên bản đã được đọc lại cho các đại biểu dự hội nghị nghe và nhất trí thông qua.'),
];

const scriptPurpose: Record<ConferenceKind, string> = {
  giao_ban: 'Thực hiện Chương trình công tác, hôm nay, {{coQuanToChuc}} tổ chức {{tenHoiNghi}}',
  hoc_tap_nghi_quyet:
    'Thực hiện Kế hoạch về việc học tập, quán triệt, triển khai thực hiện Nghị quyết …, hôm nay, ' +
    '{{coQuanToChuc}} tổ chức {{tenHoiNghi}}',
  can_bo_chu_chot: 'Hôm nay, {{coQuanToChuc}} tổ chức {{tenHoiNghi}}',
  so_ket: 'Thực hiện Kế hoạch sơ kết …, hôm nay, {{coQuanToChuc}} tổ chức {{tenHoiNghi}}',
  tong_ket: 'Thực hiện Kế hoạch tổng kết …, hôm nay, {{coQuanToChuc}} tổ chức {{tenHoiNghi}}',
  chuyen_de: 'Hôm nay, {{coQuanToChuc}} tổ chức {{tenHoiNghi}}',
  khac: 'Hôm nay, {{coQuanToChuc}} tổ chức {{tenHoiNghi}}',
};

// What the conference is for, as the invitation's "Nội dung" and the plan's purpose say it.
const agendaOf: Record<ConferenceKind, string> = {
  giao_ban: 'Đánh giá kết quả thực hiện nhiệm vụ …; bàn phương hướng, nhiệm vụ trọng tâm thời gian tới',
  hoc_tap_nghi_quyet: 'Nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số … của …',
  can_bo_chu_chot: 'Thông báo nhanh kết quả … và quán triệt những nội dung chủ yếu của …',
  so_ket: 'Sơ kết … năm thực hiện …; đề ra nhiệm vụ, giải pháp thời gian tới',
  tong_ket: 'Tổng kết … năm thực hiện …; đề ra nhiệm vụ, giải pháp thời gian tới',
  chuyen_de: 'Chuyên đề về …',
  khac: '…',
};

const purposeOf: Record<ConferenceKind, readonly string[]> = {
  giao_ban: [
    'Đánh giá kết quả thực hiện nhiệm vụ …; chỉ ra hạn chế, khó khăn, vướng mắc và đề ra nhiệm vụ, giải pháp ' +
      'trọng tâm thời gian tới.',
  ],
  hoc_tap_nghi_quyet: [
    'Giúp cán bộ, đảng viên nắm vững những nội dung cơ bản, cốt lõi của Nghị quyết số … của …; tạo sự thống ' +
      'nhất về nhận thức và hành động trong tổ chức thực hiện.',
  ],
  can_bo_chu_chot: ['Thông tin kịp thời đến cán bộ chủ chốt kết quả … và những nội dung chủ yếu của ….'],
  so_ket: ['Đánh giá kết quả … năm thực hiện …; rút ra bài học kinh nghiệm, đề ra nhiệm vụ, giải pháp thời gian tới.'],
  tong_ket: [
    'Đánh giá toàn diện kết quả … năm thực hiện …; rút ra bài học kinh nghiệm, đề ra nhiệm vụ, giải pháp thời ' +
      'gian tới.',
  ],
  chuyen_de: ['Trao đổi, thống nhất nhận thức và giải pháp về ….'],
  khac: ['…'],
};

const bold = (label: string, rest = '') => paragraph(text(label, 'bold'), rest);

function builtInSections(kind: DraftKind, conferenceKind: ConferenceKind): TemplateSections {
  switch (kind) {
    case 'minutes':
      return {
        agenda: richDoc(...reportsHeard[conferenceKind].map((line) => paragraph(line))),
        conclusions: richDoc(...conclusions),
        closing: richDoc(...closing),
      };
    case 'script':
      return {
        opening: richDoc(
          paragraph('Kính thưa các đồng chí!'),
          paragraph(`${scriptPurpose[conferenceKind]}. Hội nghị được kết nối trực tuyến đến {{soDiemCau}} điểm cầu.`),
          paragraph('Về dự hội nghị, chúng tôi trân trọng giới thiệu:'),
        ),
        closing: richDoc(
          paragraph('Thay mặt Ban Tổ chức, xin trân trọng cảm ơn sự có mặt của các đồng chí đại biểu.'),
          paragraph('Xin kính mời đồng chí {{chuTri}}, {{chucVuChuTri}} phát biểu khai mạc hội nghị.'),
        ),
      };
    case 'invitation':
      return {
        content: richDoc(bold('4. Nội dung: ', `${agendaOf[conferenceKind]}.`)),
        closing: richDoc(
          paragraph('Đề nghị các đồng chí sắp xếp công việc, dự hội nghị đầy đủ, đúng giờ.'),
          paragraph('Trân trọng kính mời./.'),
        ),
      };
    case 'plan':
      return {
        opening: richDoc(
          paragraph(
            `Thực hiện Chương trình công tác, {{coQuanBanHanh}} xây dựng Kế hoạch tổ chức {{tenHoiNghi}} như sau:`,
          ),
        ),
        purpose: richDoc(
          bold('1. Mục đích'),
          ...purposeOf[conferenceKind].map((line) => paragraph(line)),
          bold('2. Yêu cầu'),
          paragraph(
            'Công tác chuẩn bị chu đáo, khoa học; hội nghị được tổ chức trang trọng, an toàn, tiết kiệm, bảo đảm ' +
              'đường truyền thông suốt đến tất cả các điểm cầu.',
          ),
          paragraph('Đại biểu dự hội nghị đầy đủ, đúng thành phần, đúng giờ.'),
        ),
      };
    case 'report':
      return { proposals: richDoc(paragraph('…')) };
    case 'news':
    case 'conclusion':
      return {};
  }
}

function builtInId(kind: DraftKind, conferenceKind: ConferenceKind): string {
  return `builtin:${kind}:${conferenceKind}`;
}

// --- Filling in the conference's details ---------------------------------------------------

/** What the conference says for each placeholder; null where it says nothing. */
function conferenceDetails(facts: ConferenceFacts): [string, string | null][] {
  const { conference, chairs, mainPoint } = facts;
  return [
    ['tenHoiNghi', conference.name],
    ['coQuanToChuc', conference.hostBody],
    // The body issuing the document: the own point's, else the host (who may not be named).
    ['coQuanBanHanh', facts.own ? issuingBody(facts) : conference.hostBody],
    ['chuTri', chairs[0]?.fullName ?? null],
    ['chucVuChuTri', chairs[0]?.position ?? null],
    ['ngay', officialDate(conference.date)],
    ['gio', clockWords(conference.startTime)],
    ['soDiemCau', formatCount(connectedPoints(facts))],
    ['diemCauChinh', mainPoint?.point.name ?? null],
  ];
}

const fallbacks: Readonly<Record<string, string>> = { coQuanToChuc: 'Ban Tổ chức', coQuanBanHanh: 'Ban Tổ chức' };

function mapText(doc: RichDoc, change: (text: string) => string): RichDoc {
  const inline = (node: Inline): Inline => (node.type === 'text' ? { ...node, text: change(node.text) } : node);
  const block = (node: Block): Block =>
    node.type === 'paragraph'
      ? { ...node, content: node.content?.map(inline) }
      : { ...node, content: node.content.map((item) => ({ ...item, content: item.content.map(block) })) };
  return { type: 'doc', content: doc.content.map(block) };
}

export function fillTemplate(doc: RichDoc, facts: ConferenceFacts): RichDoc {
  const values = new Map(conferenceDetails(facts).map(([name, value]) => [name, value ?? fallbacks[name] ?? '…']));
  return mapText(doc, (text) => text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values.get(name) ?? whole));
}

/**
 * The other way round: the conference's own details in a draft become placeholders again.
 * Only what the conference really says, and no bare numbers: "Ban Tổ chức" or "6" elsewhere
 * in the wording stay as written.
 */
function abstractTemplate(doc: RichDoc, facts: ConferenceFacts): RichDoc {
  const values = conferenceDetails(facts)
    .filter(
      (entry): entry is [string, string] => entry[1] !== null && entry[1].length >= 3 && !/^[\d.,]+$/.test(entry[1]),
    )
    .sort((a, b) => b[1].length - a[1].length);
  return mapText(doc, (text) => values.reduce((t, [name, value]) => t.split(value).join(`{{${name}}}`), text));
}

/**
 * The minutes' wording as the templates give it, filled in for this conference (the built-in
 * ones and the secretary's default): a paragraph still reading like this was not written
 * about this conference.
 */
export function minutesTemplateWording(ctx: ServiceContext, facts: ConferenceFacts): ReadonlySet<string> {
  const templates = [
    ...conferenceKinds.codes.map((ck) => builtInSections('minutes', ck)),
    defaultTemplate(ctx, 'minutes', facts.conference.kind),
  ];
  return new Set(
    templates.flatMap((sections) => Object.values(sections).flatMap((doc) => paragraphTexts(fillTemplate(doc, facts)))),
  );
}

// --- The templates offered -----------------------------------------------------------------

export function listTemplates(ctx: ServiceContext, { kind }: ServiceInput<'drafts.templates'>): DraftTemplate[] {
  const builtIn =
    kind === 'news' || kind === 'conclusion'
      ? []
      : conferenceKinds.codes.map((ck) => ({
          id: builtInId(kind, ck),
          name: `Mẫu ${conferenceKinds.label(ck).toLowerCase()}`,
          kind,
          conferenceKind: ck,
          builtIn: true,
        }));
  const own = templateRowsOf(ctx.db, kind).map((t) => ({
    id: `user:${t.id}`,
    name: t.name,
    kind,
    conferenceKind: t.conference_kind,
    builtIn: false,
  }));
  return [...own, ...builtIn];
}

/** The template's sections (with placeholders); null when the id names none. */
export function templateSections(ctx: ServiceContext, kind: DraftKind, templateId: string): TemplateSections | null {
  const builtIn = /^builtin:(\w+):(\w+)$/.exec(templateId);
  if (builtIn) {
    return builtIn[1] === kind && (conferenceKinds.codes as readonly string[]).includes(builtIn[2])
      ? builtInSections(kind, builtIn[2] as ConferenceKind)
      : null;
  }
  const own = /^user:(\d+)$/.exec(templateId);
  const sections = own ? storedTemplateSections(ctx.db, Number(own[1]), kind) : undefined;
  return sections ? (JSON.parse(sections) as TemplateSections) : null;
}

/** The secretary's latest template for this kind of conference, else the built-in one. */
export function defaultTemplate(
  ctx: ServiceContext,
  kind: DraftKind,
  conferenceKind: ConferenceKind,
): TemplateSections {
  const own = latestTemplateSections(ctx.db, kind, conferenceKind);
  return own ? (JSON.parse(own) as TemplateSections) : builtInSections(kind, conferenceKind);
}

/** The draft's current hand-written parts, kept as a template with the conference's facts taken out. */
export function saveTemplate(ctx: ServiceContext, input: ServiceInput<'drafts.saveTemplate'>): DraftTemplate {
  const { draft, sections, facts } = currentSections(ctx, input.draftId);
  const { kind } = draft;
  const handWritten = draftSections[kind].filter((s) => !s.fromData && sections[s.key]);
  if (handWritten.length === 0)
    throw new AppError('VALIDATION', `${draftKinds.label(kind)} không có phần viết tay nào để lưu làm mẫu.`);
  const stored = Object.fromEntries(handWritten.map((s) => [s.key, abstractTemplate(sections[s.key], facts)]));
  const conferenceKind = input.forConferenceKind ? facts.conference.kind : null;
  const id = insertTemplate(ctx.db, { name: input.name, kind, conferenceKind, sections: JSON.stringify(stored) });
  return { id: `user:${id}`, name: input.name, kind, conferenceKind, builtIn: false };
}

export function removeTemplate(
  ctx: ServiceContext,
  { templateId }: ServiceInput<'drafts.removeTemplate'>,
): { removed: true } {
  const own = /^user:(\d+)$/.exec(templateId);
  if (!own) throw new AppError('VALIDATION', 'Mẫu có sẵn của phần mềm không xoá được.');
  deleteTemplate(ctx.db, Number(own[1]));
  return { removed: true };
}
