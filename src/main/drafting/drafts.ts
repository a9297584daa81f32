// The drafts of a conference, kept as numbered versions of their sections. Saving writes the
// one section typed in, into the current version; a new version starts after ten minutes of
// editing, on restoring an old one, on applying a template, on replacing a hand-edited part
// by the data, and after the current one was locked ("Chốt"), so a locked version never
// changes and the history keeps its times and every text.
import { diffWords } from 'diff';
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  draftSections,
  sectionSpec,
  type Draft,
  type DraftKind,
  type DraftSection,
  type DraftSettings,
  type DraftVersionInfo,
  type SavedSection,
  type SectionSpec,
  type SectionComparison,
} from '../../shared/drafting/draft-types';
import { plainText, richDoc, wordCount, type RichDoc } from '../../shared/drafting/rich-text';
import { assertConference } from '../bridge-points/conference-bridge-points';
import { issueOnLock } from '../documents/issue';
import { storedHeader } from '../documents/header-store';
import { entryForDraft } from '../register/register';
import { fullNumber } from '../../shared/register/register';
import { dayMonthYear } from '../../shared/text/vietnamese-dates';
import { nowIso, type ServiceContext } from '../services/context';
import { loadConferenceFacts, type ConferenceFacts } from './conference-facts';
import { minutesAttendance, minutesOpening, minutesSpeeches } from './generate/minutes';
import {
  newsAttendance,
  newsBody,
  newsByline,
  newsLead,
  newsMissing,
  newsTitle,
  type MinutesContent,
} from './generate/news';
import { scriptDelegates } from './generate/script';
import {
  conclusionClosing,
  conclusionConclusions,
  conclusionOpening,
  conclusionRecipients,
  conclusionSubject,
  conclusionTasks,
  concludedBlocks,
} from './generate/conclusion';
import {
  invitationChair,
  invitationLists,
  invitationOpening,
  invitationParticipants,
  invitationPlace,
  invitationRecipients,
  invitationSubject,
  invitationTechnical,
  invitationTime,
} from './generate/invitation';
import {
  planOrganisation,
  planParticipants,
  planProgram,
  planRecipients,
  planSubject,
  planTimePlace,
} from './generate/plan';
import {
  reportContent,
  reportFigures,
  reportOpening,
  reportRecipients,
  reportResults,
  reportSubject,
} from './generate/report';
import { scriptSteps } from './generate/script-steps';
import { writtenLines } from './generate/news';
import { stepsDoc, stepsOf } from '../../shared/drafting/script-steps';
import { dayFigures } from '../conference-day/figures';
import { standardDueDates } from '../conference-day/checklist';
import { listTasks } from './tasks';
import { defaultTemplate, fillTemplate, minutesTemplateWording, templateSections } from './templates';
import { keepingPointCounts } from '../attendees/counts';
import {
  copySections,
  draftIdOfKind,
  draftOfKind,
  handWrittenSectionSetter,
  insertDraft,
  insertVersion,
  markVersionLocked,
  markVersionSaved,
  rememberedSectionDoc,
  rememberSectionDoc,
  saveDraftSettings,
  saveSectionRow,
  sectionDocUpdater,
  sectionInserter,
  versionsNewestFirst,
  type DraftRow,
  type VersionRow,
} from './queries';
import { isPointOfConference } from '../bridge-points/queries';
import { currentVersion, draftRow, storedSections, versionRow } from './stored-draft';

/** Editing gathered into one version before the next starts. */
const versionSpanMs = 10 * 60_000;

function settingsOf(draft: DraftRow): DraftSettings {
  const stored = JSON.parse(draft.settings) as Partial<DraftSettings>;
  return {
    newsPointId: stored.newsPointId ?? null,
    byline: stored.byline ?? null,
    signerName: stored.signerName ?? null,
    invitationForm: stored.invitationForm ?? 'giayMoi',
    lineTestAt: stored.lineTestAt ?? null,
    listsDueDate: stored.listsDueDate ?? null,
    listsTo: stored.listsTo ?? null,
  };
}

function versionInfo(ctx: ServiceContext, row: VersionRow): DraftVersionInfo {
  const words = [...storedSections(ctx, row.id).values()].reduce((sum, s) => sum + wordCount(s.doc), 0);
  return {
    id: row.id,
    number: row.number,
    startedAt: row.started_at,
    savedAt: row.saved_at,
    lockedAt: row.locked_at,
    words,
  };
}

function draftOf(
  ctx: ServiceContext,
  draft: DraftRow,
  version: VersionRow,
  sections: DraftSection[],
  missing: readonly string[] = [],
): Draft {
  return {
    id: draft.id,
    conferenceId: draft.conference_id,
    kind: draft.kind,
    version: versionInfo(ctx, version),
    sections,
    settings: settingsOf(draft),
    missing,
  };
}

/** A section as the editor shows it: where it stands in its kind, its text, whether it follows the data. */
function sectionOf(spec: SectionSpec, doc: RichDoc, fromData: boolean): DraftSection {
  return { key: spec.key, label: spec.label, doc, fromData, canFollowData: spec.fromData, shape: spec.shape };
}

// --- What the data says --------------------------------------------------------------------

/** The hand-written parts of the minutes that the news item draws on. */
function minutesContent(ctx: ServiceContext, facts: ConferenceFacts): MinutesContent {
  const minutes = draftIdOfKind(ctx.db, facts.conference.id, 'minutes');
  const sections = minutes === undefined ? undefined : storedSections(ctx, currentVersion(ctx, minutes).id);
  return {
    agenda: sections?.get('agenda')?.doc ?? richDoc(),
    conclusions: sections?.get('conclusions')?.doc ?? richDoc(),
    templateWording: minutesTemplateWording(ctx, facts),
  };
}

/** The remembered text of a section for this kind of conference (the last typed by hand), if any. */
function rememberedSection(ctx: ServiceContext, kind: DraftKind, key: string, facts: ConferenceFacts): RichDoc | null {
  const doc = rememberedSectionDoc(ctx.db, facts.conference.kind, kind, key);
  return doc === undefined ? null : (JSON.parse(doc) as RichDoc);
}

/**
 * A section of another draft of the conference as that draft shows it now: the text stored,
 * worked out afresh while it follows the data, or, with no such draft yet, what it would
 * start from.
 */
function sectionNow(ctx: ServiceContext, facts: ConferenceFacts, kind: DraftKind, key: string): RichDoc {
  const row = draftOfKind(ctx.db, facts.conference.id, kind);
  const version = row && currentVersion(ctx, row.id);
  const saved = version && storedSections(ctx, version.id).get(key);
  if (saved && (!saved.fromData || version.locked_at !== null)) return saved.doc;
  const remembered = !row && sectionSpec(kind, key)?.remembered && rememberedSection(ctx, kind, key, facts);
  if (remembered) return remembered;
  if (sectionSpec(kind, key)?.fromData)
    return fromData(ctx, row ?? { id: 0, conference_id: facts.conference.id, kind, settings: '{}' }, key, facts);
  const template = defaultTemplate(ctx, kind, facts.conference.kind)[key];
  return template ? fillTemplate(template, facts) : richDoc();
}

/** The invitation's settings for the day (the line test), which the plan and the script follow. */
function invitationSettings(ctx: ServiceContext, conferenceId: number): DraftSettings {
  const row = draftOfKind(ctx.db, conferenceId, 'invitation');
  return settingsOf(row ?? { id: 0, conference_id: conferenceId, kind: 'invitation', settings: '{}' });
}

function fromData(ctx: ServiceContext, draft: DraftRow, key: string, facts: ConferenceFacts): RichDoc {
  const settings = settingsOf(draft);
  const choices = { pointId: settings.newsPointId, byline: settings.byline };
  const lineTest = () => ({
    lineTestAt: settings.lineTestAt ?? invitationSettings(ctx, facts.conference.id).lineTestAt,
  });
  const tasks = () => listTasks(ctx, { conferenceId: facts.conference.id });
  const steps = () =>
    scriptSteps(
      facts,
      {
        opening: sectionNow(ctx, facts, 'script', 'opening'),
        delegates: sectionNow(ctx, facts, 'script', 'delegates'),
        closing: sectionNow(ctx, facts, 'script', 'closing'),
      },
      lineTest(),
    );
  const generators: Record<string, () => RichDoc> = {
    'minutes.opening': () => minutesOpening(facts),
    'minutes.attendance': () => minutesAttendance(facts),
    'minutes.speeches': () => minutesSpeeches(facts),
    'news.title': () => newsTitle(facts),
    'news.lead': () => newsLead(facts),
    'news.attendance': () => newsAttendance(facts, choices),
    'news.body': () => newsBody(facts, minutesContent(ctx, facts), choices),
    'news.byline': () => newsByline(facts, choices),
    'script.steps': () => stepsDoc(steps()),
    'script.delegates': () => scriptDelegates(facts),
    'invitation.subject': () => invitationSubject(facts, settings),
    'invitation.opening': () => invitationOpening(facts, settings),
    'invitation.time': () => invitationTime(facts),
    'invitation.place': () => invitationPlace(facts),
    'invitation.chair': () => invitationChair(facts),
    'invitation.participants': () => invitationParticipants(facts),
    'invitation.technical': () => invitationTechnical(facts, settings),
    'invitation.lists': () => invitationLists(facts, settings),
    'invitation.recipients': () => invitationRecipients(facts),
    'plan.subject': () => planSubject(facts),
    'plan.timePlace': () => planTimePlace(facts),
    'plan.participants': () => planParticipants(sectionNow(ctx, facts, 'invitation', 'participants')),
    'plan.program': () => planProgram(stepsOf(sectionNow(ctx, facts, 'script', 'steps'))),
    'plan.organisation': () => planOrganisation(facts, standardDueDates(ctx, facts.conference.id), lineTest()),
    'plan.recipients': () => planRecipients(facts),
    'conclusion.subject': () => conclusionSubject(facts),
    'conclusion.opening': () => conclusionOpening(facts),
    'conclusion.conclusions': () => conclusionConclusions(facts, minutesContent(ctx, facts)),
    'conclusion.tasks': () => conclusionTasks(tasks()),
    'conclusion.closing': () => conclusionClosing(facts),
    'conclusion.recipients': () => conclusionRecipients(facts, tasks()),
    'report.subject': () => reportSubject(facts),
    'report.opening': () => reportOpening(facts),
    'report.figures': () =>
      reportFigures(
        facts,
        dayFigures(
          ctx,
          { conferenceId: facts.conference.id },
          facts.points.map((p) => p.point),
        ),
      ),
    'report.content': () => reportContent(facts, minutesContent(ctx, facts)),
    'report.results': () => reportResults(facts, minutesContent(ctx, facts), tasks()),
    'report.recipients': () =>
      reportRecipients(facts, storedHeader(ctx, facts.conference.id).choices.superiorBody ?? null),
  };
  const generate = generators[`${draft.kind}.${key}`];
  if (!generate) throw new Error(`No generator for ${draft.kind}.${key}`);
  return generate();
}

const missingReports = 'nội dung các báo cáo (biên bản, mục Nội dung)';
const missingConclusions =
  'kết luận của đồng chí chủ trì (biên bản, mục Kết luận, hoặc ý kiến của đồng chí chủ trì trong sổ phát biểu)';

/** What the parts following the data would draw on but nobody has written yet, per kind. */
function missingOf(
  ctx: ServiceContext,
  kind: DraftKind,
  following: (key: string) => boolean,
  facts: ConferenceFacts,
): string[] {
  const minutes = () => minutesContent(ctx, facts);
  if (kind === 'news') return following('body') ? newsMissing(minutes()) : [];
  const noConclusions = () => concludedBlocks(facts, minutes()).length === 0;
  const noReports = () => writtenLines(minutes().agenda, minutes().templateWording).length === 0;
  const checks: Partial<Record<DraftKind, [string, () => boolean, string][]>> = {
    conclusion: [
      ['conclusions', noConclusions, missingConclusions],
      [
        'tasks',
        () => listTasks(ctx, { conferenceId: facts.conference.id }).length === 0,
        'nhiệm vụ giao các đơn vị (mục Nhiệm vụ)',
      ],
    ],
    report: [
      ['content', noReports, missingReports],
      ['results', noConclusions, missingConclusions],
    ],
  };
  return (checks[kind] ?? []).filter(([key, lacks]) => following(key) && lacks()).map(([, , what]) => what);
}

/**
 * The current version as the secretary sees it. Sections that follow the data are worked out
 * afresh and, where the data changed, stored again, so the history and a later lock see
 * what was shown. A locked version is shown as stored.
 */
function currentDraft(ctx: ServiceContext, draft: DraftRow): Draft {
  const version = currentVersion(ctx, draft.id);
  const stored = storedSections(ctx, version.id);
  const facts = loadConferenceFacts(ctx, draft.conference_id);
  const update = sectionDocUpdater(ctx.db);
  const sections = draftSections[draft.kind].map((spec): DraftSection => {
    const saved = stored.get(spec.key) ?? { doc: richDoc(), fromData: spec.fromData };
    let doc = saved.doc;
    if (saved.fromData && version.locked_at === null) {
      doc = fromData(ctx, draft, spec.key, facts);
      if (JSON.stringify(doc) !== JSON.stringify(saved.doc)) update(version.id, spec.key, JSON.stringify(doc));
    }
    return sectionOf(spec, doc, saved.fromData);
  });
  // What the parts following the data would draw on but nobody wrote yet; nothing once typed by hand.
  const missing =
    version.locked_at === null
      ? missingOf(ctx, draft.kind, (key) => sections.some((s) => s.key === key && s.fromData), facts)
      : [];
  return draftOf(ctx, draft, version, sections, missing);
}

/**
 * A new version holding a copy of `from`'s sections. `asStored` keeps the copy's text as it
 * was (a restored version reads as it did), where the parts from the data would otherwise be
 * worked out again from today's data.
 */
function startVersion(ctx: ServiceContext, draftId: number, from: VersionRow, asStored = false): VersionRow {
  const number = currentVersion(ctx, draftId).number + 1;
  const id = insertVersion(ctx.db, draftId, number);
  copySections(ctx.db, from.id, id, asStored);
  return versionRow(ctx, id);
}

function createDraft(ctx: ServiceContext, conferenceId: number, kind: DraftKind): number {
  const facts = loadConferenceFacts(ctx, conferenceId);
  const template = defaultTemplate(ctx, kind, facts.conference.kind);
  const draftId = insertDraft(ctx.db, conferenceId, kind);
  const draft = draftRow(ctx, draftId);
  const versionId = insertVersion(ctx.db, draftId, 1);
  const insert = sectionInserter(ctx.db);
  for (const spec of draftSections[kind]) {
    // A remembered part starts as it was last typed for this kind of conference: the secretary's
    // own words, which then stay this conference's (not another's, changed later).
    const remembered = spec.remembered ? rememberedSection(ctx, kind, spec.key, facts) : null;
    const doc = remembered
      ? remembered
      : spec.fromData
        ? fromData(ctx, draft, spec.key, facts)
        : template[spec.key]
          ? fillTemplate(template[spec.key], facts)
          : richDoc();
    insert(versionId, spec.key, JSON.stringify(doc), spec.fromData && !remembered);
  }
  return draftId;
}

// --- Calls ---------------------------------------------------------------------------------

export function openDraft(ctx: ServiceContext, input: ServiceInput<'drafts.open'>): Draft {
  assertConference(ctx, input.conferenceId);
  return ctx.db.transaction(() => {
    const existing = draftIdOfKind(ctx.db, input.conferenceId, input.kind);
    return currentDraft(ctx, draftRow(ctx, existing ?? createDraft(ctx, input.conferenceId, input.kind)));
  })();
}

function remember(ctx: ServiceContext, draft: DraftRow, key: string, doc: RichDoc): void {
  rememberSectionDoc(ctx.db, draft.conference_id, draft.kind, key, JSON.stringify(doc), nowIso());
}

export function saveSection(ctx: ServiceContext, input: ServiceInput<'drafts.saveSection'>): SavedSection {
  return keepingPointCounts(ctx, () => {
    const draft = draftRow(ctx, input.draftId);
    const spec = sectionSpec(draft.kind, input.key);
    if (!spec) throw new AppError('VALIDATION', 'Bản thảo không có phần này.', 'key');
    if (input.fromData && !spec.fromData)
      throw new AppError('VALIDATION', `Phần "${spec.label}" không lấy được từ dữ liệu hội nghị.`, 'fromData');
    return ctx.db.transaction(() => {
      let version = currentVersion(ctx, draft.id);
      // Following the data again replaces a hand-edited text: that text stays in the version before.
      const replacesHandEdit = input.fromData && storedSections(ctx, version.id).get(input.key)?.fromData === false;
      if (
        version.locked_at !== null ||
        replacesHandEdit ||
        Date.now() - Date.parse(version.started_at) > versionSpanMs
      ) {
        version = startVersion(ctx, draft.id, version);
      }
      const doc = input.fromData
        ? fromData(ctx, draft, input.key, loadConferenceFacts(ctx, draft.conference_id))
        : input.doc;
      saveSectionRow(ctx.db, version.id, input.key, JSON.stringify(doc), input.fromData);
      markVersionSaved(ctx.db, version.id, nowIso());
      // Typed by hand, a remembered part is where the next conference of this kind starts from.
      if (spec.remembered && !input.fromData) remember(ctx, draft, input.key, doc);
      return { version: versionInfo(ctx, versionRow(ctx, version.id)), section: sectionOf(spec, doc, input.fromData) };
    })();
  });
}

/**
 * Locks the current version; a numbered kind locked as issued takes its number from the
 * register in the same transaction, so a refused number leaves the version unlocked.
 */
export function lockDraft(ctx: ServiceContext, input: ServiceInput<'drafts.lock'>): Draft {
  const { draftId } = input;
  const draft = draftRow(ctx, draftId);
  return ctx.db.transaction(() => {
    const version = currentVersion(ctx, draftId);
    if (version.locked_at !== null) throw new AppError('CONFLICT', `Phiên bản ${version.number} đã được chốt rồi.`);
    // What was on screen (the parts from the data included) is what gets locked.
    currentDraft(ctx, draft);
    markVersionLocked(ctx.db, version.id, nowIso(), nowIso());
    const locked = currentDraft(ctx, draft);
    if (input.issue) issueOnLock(ctx, locked, input.issue.number);
    return locked;
  })();
}

export function listVersions(ctx: ServiceContext, { draftId }: ServiceInput<'drafts.versions'>): DraftVersionInfo[] {
  draftRow(ctx, draftId);
  return versionsNewestFirst(ctx.db, draftId).map((v) => versionInfo(ctx, v));
}

/** An earlier version as it was stored, to read or compare. */
export function getVersion(ctx: ServiceContext, { versionId }: ServiceInput<'drafts.version'>): Draft {
  const version = versionRow(ctx, versionId);
  const draft = draftRow(ctx, version.draft_id);
  const stored = storedSections(ctx, version.id);
  const sections = draftSections[draft.kind].map((spec): DraftSection => {
    const saved = stored.get(spec.key) ?? { doc: richDoc(), fromData: false };
    return sectionOf(spec, saved.doc, saved.fromData);
  });
  return draftOf(ctx, draft, version, sections);
}

/**
 * Brings an earlier version back as a new one, word for word as it was (its parts from the
 * data no longer follow the data until asked to); the history keeps everything in between.
 */
export function restoreVersion(ctx: ServiceContext, { versionId }: ServiceInput<'drafts.restore'>): Draft {
  const version = versionRow(ctx, versionId);
  const draft = draftRow(ctx, version.draft_id);
  return ctx.db.transaction(() => {
    startVersion(ctx, draft.id, version, true);
    return currentDraft(ctx, draft);
  })();
}

export function compareVersions(ctx: ServiceContext, input: ServiceInput<'drafts.compare'>): SectionComparison[] {
  const from = getVersion(ctx, { versionId: input.fromVersionId });
  const to = getVersion(ctx, { versionId: input.toVersionId });
  if (from.id !== to.id) throw new AppError('VALIDATION', 'Chỉ so sánh được hai phiên bản của cùng một bản thảo.');
  return to.sections.map((section, i) => {
    const before = plainText(from.sections[i].doc);
    const after = plainText(section.doc);
    const parts = diffWords(before, after).map(
      (part) => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }) as const,
    );
    return { key: section.key, label: section.label, changed: before !== after, parts };
  });
}

export function updateSettings(ctx: ServiceContext, input: ServiceInput<'drafts.updateSettings'>): Draft {
  const draft = draftRow(ctx, input.draftId);
  if (input.newsPointId != null) {
    const belongs = isPointOfConference(ctx.db, input.newsPointId, draft.conference_id);
    if (!belongs) throw new AppError('VALIDATION', 'Điểm cầu đã chọn không thuộc hội nghị này.', 'newsPointId');
  }
  const issued = entryForDraft(ctx, draft.id);
  // Its number was given to a giấy mời or to a công văn, whose symbols differ.
  if (issued && input.invitationForm !== undefined && input.invitationForm !== settingsOf(draft).invitationForm)
    throw new AppError(
      'CONFLICT',
      `Văn bản đã vào sổ văn bản đi với số ${fullNumber(issued.family, issued.number, issued.symbol)} ngày ` +
        `${dayMonthYear(issued.issuedOn)}, nên không đổi hình thức được. Nếu cần gửi theo hình thức khác, hãy ` +
        `soạn và cấp số văn bản mới.`,
      'invitationForm',
    );
  const { draftId: _draftId, ...changed } = input;
  const settings: DraftSettings = {
    ...settingsOf(draft),
    ...Object.fromEntries(Object.entries(changed).filter(([, value]) => value !== undefined)),
  };
  return ctx.db.transaction(() => {
    saveDraftSettings(ctx.db, draft.id, JSON.stringify(settings));
    return currentDraft(ctx, draftRow(ctx, draft.id));
  })();
}

/** The template's wording replaces the hand-written parts, in a new version. */
export function applyTemplate(ctx: ServiceContext, input: ServiceInput<'drafts.applyTemplate'>): Draft {
  const draft = draftRow(ctx, input.draftId);
  const template = templateSections(ctx, draft.kind, input.templateId);
  if (!template) throw new AppError('NOT_FOUND', 'Không tìm thấy mẫu này; có thể đã bị xoá.');
  return ctx.db.transaction(() => {
    const version = startVersion(ctx, draft.id, currentVersion(ctx, draft.id));
    const facts = loadConferenceFacts(ctx, draft.conference_id);
    const set = handWrittenSectionSetter(ctx.db);
    for (const spec of draftSections[draft.kind]) {
      if (!spec.fromData && template[spec.key])
        set(version.id, spec.key, JSON.stringify(fillTemplate(template[spec.key], facts)));
    }
    return currentDraft(ctx, draft);
  })();
}
