// The drafts of a conference (minutes, news item, master of ceremonies' script), their
// sections in the order the documents use, and the shapes the drafting calls return.
import type { ConferenceKind } from '../domain';
import type { RichDoc } from './rich-text';

export const draftKinds = ['minutes', 'news', 'script'] as const;
export type DraftKind = (typeof draftKinds)[number];
export const draftKindLabels: Record<DraftKind, string> = {
  minutes: 'Biên bản',
  news: 'Tin bài',
  script: 'Kịch bản giới thiệu đại biểu',
};

export interface SectionSpec {
  readonly key: string;
  readonly label: string;
  /** Worked out from the conference's data, and kept in step with it until edited by hand. */
  readonly fromData: boolean;
}

/** Sections of each kind, in the order of docs/formats.md (minutes) and of the examples (news). */
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
    { key: 'opening', label: 'Lời mở đầu', fromData: false },
    { key: 'delegates', label: 'Giới thiệu đại biểu', fromData: true },
    { key: 'closing', label: 'Lời chuyển tiếp', fromData: false },
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

export interface DraftSettings {
  /** The conference's bridge point the news item is written from (its attendance sentence). */
  readonly newsPointId: number | null;
  readonly byline: string | null;
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
