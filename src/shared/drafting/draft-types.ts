// The drafts of a conference (minutes, news item, the script, and the documents around the
// conference: invitation, plan, conclusion notice, report), their
// sections in the order the documents use, and the shapes the drafting calls return.
import type { ConferenceKind } from '../conferences/vocabularies';
import type { RegisterKind } from '../register/register';
import { vocabulary, type VocabularyCode } from '../vocabulary';
import type { RichDoc } from './rich-text';

export const draftKinds = vocabulary({
  minutes: 'Biên bản',
  news: 'Tin bài',
  script: 'Kịch bản điều hành',
  invitation: 'Giấy mời',
  plan: 'Kế hoạch',
  conclusion: 'Thông báo kết luận',
  report: 'Báo cáo kết quả',
});
export type DraftKind = VocabularyCode<typeof draftKinds>;

/**
 * The kinds a body issues under a number from its register (sổ văn bản đi), with the code
 * of their symbol ("GM" in "Số 12-GM/TU"); the news item and the script carry none.
 */
export const numberedKinds = {
  minutes: 'BB',
  invitation: 'GM',
  plan: 'KH',
  conclusion: 'TB',
  report: 'BC',
} as const satisfies Partial<Record<DraftKind, RegisterKind>>;
export type NumberedKind = keyof typeof numberedKinds;

export interface SectionSpec {
  readonly key: string;
  readonly label: string;
  /** Worked out from the conference's data, and kept in step with it until edited by hand. */
  readonly fromData: boolean;
  /**
   * 'steps': a timed table (time, who, what is said) kept as a list of rows, edited as a table
   * (./script-steps.ts). 'recipients': the "Nơi nhận" lines, one recipient each.
   */
  readonly shape?: 'steps' | 'recipients';
  /**
   * Written once for a kind of conference: the last text typed by hand is what the next
   * conference of the same kind starts from (the invitation's thành phần per level).
   */
  readonly remembered?: boolean;
}

const recipients: SectionSpec = { key: 'recipients', label: 'Nơi nhận', fromData: true, shape: 'recipients' };

/**
 * Sections of each kind, in the order of docs/formats.md (minutes, the documents around the
 * conference) and of the examples (news).
 */
export const draftSections: Record<DraftKind, readonly SectionSpec[]> = {
  minutes: [
    { key: 'opening', label: 'Thời gian, địa điểm', fromData: true },
    { key: 'attendance', label: 'Thành phần tham dự', fromData: true },
    { key: 'agenda', label: 'Nội dung: các báo cáo được trình bày', fromData: false },
    { key: 'speeches', label: 'Ý kiến phát biểu', fromData: true },
    { key: 'conclusions', label: 'Kết luận của đồng chí chủ trì', fromData: false },
    { key: 'closing', label: 'Bế mạc', fromData: false },
  ],
  news: [
    { key: 'title', label: 'Tiêu đề', fromData: true },
    { key: 'lead', label: 'Mở đầu (sa-pô)', fromData: true },
    { key: 'attendance', label: 'Đại biểu dự', fromData: true },
    { key: 'body', label: 'Nội dung', fromData: true },
    { key: 'byline', label: 'Tác giả', fromData: true },
  ],
  script: [
    { key: 'steps', label: 'Chương trình (thời gian, người thực hiện, nội dung)', fromData: true, shape: 'steps' },
    { key: 'opening', label: 'Lời mở đầu', fromData: false },
    { key: 'delegates', label: 'Giới thiệu đại biểu', fromData: true },
    { key: 'closing', label: 'Lời chuyển tiếp', fromData: false },
  ],
  invitation: [
    { key: 'subject', label: 'Trích yếu', fromData: true },
    { key: 'opening', label: 'Mở đầu', fromData: true },
    { key: 'time', label: 'Thời gian', fromData: true },
    { key: 'place', label: 'Hình thức, điểm cầu chính', fromData: true },
    { key: 'chair', label: 'Chủ trì', fromData: true },
    { key: 'content', label: 'Nội dung', fromData: false },
    { key: 'participants', label: 'Thành phần (theo cấp)', fromData: true, remembered: true },
    { key: 'technical', label: 'Chuẩn bị kỹ thuật', fromData: true },
    { key: 'lists', label: 'Gửi danh sách đại biểu', fromData: true },
    { key: 'closing', label: 'Lời kết', fromData: false },
    recipients,
  ],
  plan: [
    { key: 'subject', label: 'Trích yếu', fromData: true },
    { key: 'opening', label: 'Căn cứ, mở đầu', fromData: false },
    { key: 'purpose', label: 'I. Mục đích, yêu cầu', fromData: false },
    { key: 'timePlace', label: 'II. Thời gian, địa điểm, hình thức', fromData: true },
    { key: 'participants', label: 'III. Thành phần', fromData: true },
    { key: 'program', label: 'IV. Nội dung, chương trình', fromData: true },
    { key: 'organisation', label: 'V. Tổ chức thực hiện', fromData: true },
    recipients,
  ],
  conclusion: [
    { key: 'subject', label: 'Trích yếu', fromData: true },
    { key: 'opening', label: 'Mở đầu', fromData: true },
    { key: 'conclusions', label: 'Nội dung kết luận', fromData: true },
    { key: 'tasks', label: 'Nhiệm vụ giao các đơn vị', fromData: true },
    { key: 'closing', label: 'Lời kết', fromData: true },
    recipients,
  ],
  report: [
    { key: 'subject', label: 'Trích yếu', fromData: true },
    { key: 'opening', label: 'Mở đầu', fromData: true },
    { key: 'figures', label: 'Công tác tổ chức: điểm cầu, đại biểu', fromData: true },
    { key: 'content', label: 'Nội dung hội nghị', fromData: true },
    { key: 'results', label: 'Kết quả', fromData: true },
    { key: 'proposals', label: 'Đề xuất, kiến nghị', fromData: false },
    recipients,
  ],
};

export function sectionSpec(kind: DraftKind, key: string): SectionSpec | undefined {
  return draftSections[kind].find((s) => s.key === key);
}

export interface DraftSection {
  readonly key: string;
  readonly label: string;
  readonly doc: RichDoc;
  /** Still following the data (true), or edited by hand (false). */
  readonly fromData: boolean;
  /** Whether the section can be worked out from the data again. */
  readonly canFollowData: boolean;
  /** How it is edited and printed, where it is not prose (SectionSpec.shape). */
  readonly shape?: SectionSpec['shape'];
}

export interface DraftVersionInfo {
  readonly id: number;
  readonly number: number;
  readonly startedAt: string;
  readonly savedAt: string;
  /** Set when the version was read back and signed ("Chốt"); it never changes after. */
  readonly lockedAt: string | null;
  readonly words: number;
}

/** How the invitation reaches the points: a giấy mời, or a công văn triệu tập (no title, "V/v …" under the number). */
export const invitationForms = vocabulary({ giayMoi: 'Giấy mời', congVan: 'Công văn triệu tập' });
export type InvitationForm = VocabularyCode<typeof invitationForms>;

export interface DraftSettings {
  /** The conference's bridge point the news item is written from (its attendance sentence). */
  readonly newsPointId: number | null;
  readonly byline: string | null;
  /** The full name printed under the signature of a document a body issues; null: left to write by hand. */
  readonly signerName: string | null;
  /** Invitation: giấy mời or công văn triệu tập. */
  readonly invitationForm: InvitationForm;
  /** Invitation: when the line is tested at every point, "HH:MM" on the day; null: an hour before the start. */
  readonly lineTestAt: string | null;
  /** Invitation: the day the points' lists are due, "YYYY-MM-DD"; null: two days before (the checklist's). */
  readonly listsDueDate: string | null;
  /** Invitation: where and how the lists are sent back (an e-mail address, the office's system). */
  readonly listsTo: string | null;
}

export interface Draft {
  readonly id: number;
  readonly conferenceId: number;
  readonly kind: DraftKind;
  readonly version: DraftVersionInfo;
  readonly sections: readonly DraftSection[];
  readonly settings: DraftSettings;
  /**
   * What the parts worked out from the data would draw on but nobody has written yet (the
   * minutes' reports, the chair's conclusions), as the editor lists it; they are left out meanwhile.
   */
  readonly missing: readonly string[];
}

export interface SavedSection {
  readonly version: DraftVersionInfo;
  /** The section as stored (a section following the data comes back worked out afresh). */
  readonly section: DraftSection;
}

export interface DiffPart {
  readonly change: 'same' | 'added' | 'removed';
  readonly text: string;
}

export interface SectionComparison {
  readonly key: string;
  readonly label: string;
  readonly changed: boolean;
  readonly parts: readonly DiffPart[];
}

export interface Speech {
  readonly id: number;
  readonly conferenceId: number;
  readonly attendeeId: number | null;
  readonly speakerName: string;
  readonly speakerPosition: string | null;
  readonly bridgePointName: string | null;
  /** "HH:MM", stamped when the speaker was added. */
  readonly spokenAt: string;
  readonly opinion: RichDoc;
}

export interface DraftTemplate {
  readonly id: string;
  readonly name: string;
  readonly kind: DraftKind;
  readonly conferenceKind: ConferenceKind | null;
  /** Built into the app (not editable), or saved by the secretary. */
  readonly builtIn: boolean;
}

/** A task the chair assigned a unit in the conclusions (thông báo kết luận); the checklist follows it after the day. */
export interface Task {
  readonly id: number;
  readonly conferenceId: number;
  readonly unit: string;
  readonly content: string;
  /** yyyy-mm-dd */
  readonly dueDate: string | null;
  readonly doneAt: string | null;
  readonly note: string | null;
  /** Not done and its date has passed. */
  readonly overdue: boolean;
}
