// Every contract call, bound to the service function that does it. The doors (IPC, loopback
// bridge, CLI) reach the services only through this table, after the input is validated.
import type { CallName, CallResult, ServiceInput } from '../../shared/contract';
import type { AppInfo } from '../../shared/types';
import {
  addAttendees,
  assignFileOrder,
  assignProtocolOrder,
  getAttendee,
  listAttendees,
  removeAttendees,
  updateAttendee,
} from '../attendees/attendees';
import {
  childBridgePoints,
  createBridgePoint,
  getBridgePoint,
  pasteBridgePoints,
  removeBridgePoint,
  searchBridgePoints,
  updateBridgePoint,
} from '../bridge-points/bridge-points';
import {
  assertConference,
  attachBridgePoints,
  detachBridgePoints,
  getConferenceBridgePoint,
  listConferenceBridgePoints,
  updateConferenceBridgePoint,
} from '../bridge-points/conference-bridge-points';
import {
  cloneConference,
  createConference,
  getConference,
  listConferences,
  removeConference,
  updateConference,
} from '../conferences/conferences';
import type { ServiceContext } from './context';
import { createDemo } from '../demo/demo';
import { createPerson, getPerson, listPeople, removePeople, updatePerson } from '../people/people';
import { searchEverything } from '../search/search';
import { commitImport } from '../import/commit';
import { includeTable, keepApart, previewImport, previewRows, previewText, remapImport } from '../import/preview';
import {
  applyTemplate,
  compareVersions,
  currentSections,
  getVersion,
  listVersions,
  lockDraft,
  openDraft,
  restoreVersion,
  saveSection,
  updateSettings,
} from '../drafting/drafts';
import { addSpeech, listSpeeches, moveSpeech, removeSpeech, updateSpeech } from '../drafting/speeches';
import { addTask, listTasks, moveTask, removeTask, updateTask } from '../drafting/tasks';
import { listTemplates, removeTemplate, saveTemplate } from '../drafting/templates';
import { exportProfileFile, importProfileFile } from '../documents/profiles/profile-file';
import { copyProfile, getProfile, listProfiles, removeProfile, saveProfile } from '../documents/profiles/profiles';
import { checkSpelling } from '../spelling/spelling';
import { renderDocument } from '../documents/render';
import { doorOnly, headerDefaults } from '../documents/save';
import { writeSheets } from '../sheets/sheets';
import { cancel } from './cancellable';
import { attendanceHistory, connectionHistory } from '../conference-day/events';
import { dayFigures } from '../conference-day/figures';
import { markAttendance, markConnections } from '../conference-day/marking';
import { quickReport } from '../conference-day/quick-report';
import { addChecklistItem, listChecklist, removeChecklistItem, updateChecklistItem } from '../conference-day/checklist';
import { listImports, undoImport } from '../import/undo-import';
import { restore } from '../undo/undo';
import { backupList, backupNow, restoreFromBackup } from '../backups/backups';
import {
  applyMeetingReport,
  listMeetingReports,
  previewMeetingReport,
  undoMeetingReport,
} from '../conference-day/meeting-report/meeting-reports';
import { keepingPointCounts } from '../attendees/counts';
import { listProvinces, listUnits } from '../admin-units/admin-units';
import { addUnits } from '../admin-units/add-units';
import { getPositionRanks, setPositionRanks } from '../protocol/protocol-ranks';
import { builtInPositionRanks } from '../../shared/protocol/position-ranks';
import { issueNumber, listRegister, suggestNumber, updateRegisterSettings } from '../register/register';
import { writeRegister } from '../register/register-book';
import { registerSettings } from '../register/settings';

export type Handlers = {
  readonly [N in CallName]: (ctx: ServiceContext, input: ServiceInput<N>) => CallResult<N> | Promise<CallResult<N>>;
};

/** A call that writes nothing about attendees keeps the attendee counts per point remembered. */
const leavingAttendees =
  <I, R>(handler: (ctx: ServiceContext, input: I) => R) =>
  (ctx: ServiceContext, input: I): R =>
    keepingPointCounts(ctx, () => handler(ctx, input));

export function createHandlers(info: () => AppInfo): Handlers {
  return {
    'app.info': () => info(),
    'demo.create': (ctx) => createDemo(ctx),
    'search.global': (ctx, i) => searchEverything(ctx, i.query, i.limit),
    'conferences.list': listConferences,
    'conferences.get': (ctx, i) => getConference(ctx, i.id),
    'conferences.create': createConference,
    'conferences.update': updateConference,
    'conferences.clone': cloneConference,
    'conferences.remove': (ctx, i) => removeConference(ctx, i.id),
    'bridgePoints.children': (ctx, i) => childBridgePoints(ctx, i.parentId),
    'bridgePoints.get': (ctx, i) => getBridgePoint(ctx, i.id),
    'bridgePoints.search': (ctx, i) => searchBridgePoints(ctx, i.query, i.limit),
    'bridgePoints.create': createBridgePoint,
    'bridgePoints.update': updateBridgePoint,
    'bridgePoints.remove': (ctx, i) => removeBridgePoint(ctx, i.id),
    'bridgePoints.paste': pasteBridgePoints,
    'bridgePoints.addUnits': addUnits,
    'adminUnits.provinces': (ctx) => listProvinces(ctx),
    'adminUnits.units': listUnits,
    'protocolRanks.get': (ctx) => getPositionRanks(ctx),
    'protocolRanks.set': (ctx, i) => setPositionRanks(ctx, i.patterns),
    'protocolRanks.reset': (ctx) => setPositionRanks(ctx, builtInPositionRanks),
    'people.list': listPeople,
    'people.get': (ctx, i) => getPerson(ctx, i.id),
    'people.create': createPerson,
    'people.update': updatePerson,
    'people.remove': removePeople,
    'conferenceBridgePoints.list': (ctx, i) => listConferenceBridgePoints(ctx, i.conferenceId),
    'conferenceBridgePoints.get': (ctx, i) => getConferenceBridgePoint(ctx, i.id),
    'conferenceBridgePoints.attach': attachBridgePoints,
    'conferenceBridgePoints.update': leavingAttendees(updateConferenceBridgePoint),
    'conferenceBridgePoints.detach': (ctx, i) => detachBridgePoints(ctx, i.ids),
    'attendees.list': listAttendees,
    'attendees.get': (ctx, i) => getAttendee(ctx, i.id),
    'attendees.add': addAttendees,
    'attendees.update': updateAttendee,
    'attendees.assignProtocolOrder': (ctx, i) => assignProtocolOrder(ctx, i.conferenceId),
    'attendees.assignFileOrder': (ctx, i) => assignFileOrder(ctx, i.conferenceId),
    'attendees.remove': (ctx, i) => removeAttendees(ctx, i.ids),
    'undo.restore': (ctx, i) => restore(ctx, i.undoId),
    'backups.list': (ctx) => backupList(ctx),
    'backups.take': (ctx) => backupNow(ctx),
    'backups.saveNow': doorOnly,
    'backups.restore': (ctx, i) => restoreFromBackup(ctx, i.name),
    'imports.preview': previewImport,
    'imports.remap': remapImport,
    'imports.includeTable': includeTable,
    'imports.keepApart': keepApart,
    'imports.rows': (_ctx, i) => previewRows(i),
    'imports.commit': commitImport,
    'imports.cancel': (_ctx, i) => ({ cancelled: cancel(i.requestId) }),
    'imports.list': (ctx, i) => listImports(ctx, i.conferenceId),
    'imports.undo': (ctx, i) => undoImport(ctx, i.importId),
    'imports.previewText': previewText,
    'drafts.open': openDraft,
    'drafts.saveSection': leavingAttendees(saveSection),
    'drafts.lock': lockDraft,
    'drafts.versions': (ctx, i) => listVersions(ctx, i.draftId),
    'drafts.version': (ctx, i) => getVersion(ctx, i.versionId),
    'drafts.restore': (ctx, i) => restoreVersion(ctx, i.versionId),
    'drafts.compare': compareVersions,
    'drafts.updateSettings': updateSettings,
    'drafts.templates': (ctx, i) => listTemplates(ctx, i.kind),
    'drafts.applyTemplate': applyTemplate,
    'drafts.saveTemplate': (ctx, i) => {
      const { draft, sections, facts } = currentSections(ctx, i.draftId);
      return saveTemplate(ctx, i, draft.kind, sections, facts);
    },
    'drafts.removeTemplate': (ctx, i) => (removeTemplate(ctx, i.templateId), { removed: true }),
    'speeches.list': (ctx, i) => listSpeeches(ctx, i.conferenceId),
    'speeches.add': addSpeech,
    'speeches.update': updateSpeech,
    'speeches.move': moveSpeech,
    'speeches.remove': (ctx, i) => removeSpeech(ctx, i.id),
    'tasks.list': (ctx, i) => (assertConference(ctx, i.conferenceId), listTasks(ctx, i.conferenceId)),
    'tasks.add': addTask,
    'tasks.update': updateTask,
    'tasks.move': moveTask,
    'tasks.remove': (ctx, i) => removeTask(ctx, i.id),
    'spelling.check': checkSpelling,
    'exports.render': renderDocument,
    'exports.headerDefaults': headerDefaults,
    'exports.save': doorOnly,
    'exports.openFolder': doorOnly,
    'sheets.write': writeSheets,
    'sheets.save': doorOnly,
    'sheets.cancel': (_ctx, i) => ({ cancelled: cancel(i.requestId) }),
    'rollCall.mark': leavingAttendees(markConnections),
    'rollCall.history': (ctx, i) => connectionHistory(ctx, i.conferenceBridgePointId),
    'rollCall.figures': (ctx, i) => (assertConference(ctx, i.conferenceId), dayFigures(ctx, i.conferenceId)),
    'attendance.mark': markAttendance,
    'attendance.history': (ctx, i) => attendanceHistory(ctx, i.attendeeId),
    'reports.quick': leavingAttendees((ctx, i) => quickReport(ctx, i.conferenceId, i.record)),
    'checklist.list': (ctx, i) => listChecklist(ctx, i.conferenceId),
    'checklist.add': leavingAttendees(addChecklistItem),
    'checklist.update': leavingAttendees(updateChecklistItem),
    'meetingReports.preview': previewMeetingReport,
    'meetingReports.apply': applyMeetingReport,
    'meetingReports.list': (ctx, i) => listMeetingReports(ctx, i.conferenceId),
    'meetingReports.undo': (ctx, i) => undoMeetingReport(ctx, i.reportId),
    'checklist.remove': leavingAttendees((ctx, i) => removeChecklistItem(ctx, i.id)),
    'profiles.list': (ctx) => listProfiles(ctx),
    'profiles.get': (ctx, i) => getProfile(ctx, i.id),
    'profiles.copy': (ctx, i) => copyProfile(ctx, i.id, i.name),
    'profiles.save': (ctx, i) => saveProfile(ctx, i.id, i.profile),
    'profiles.remove': (ctx, i) => removeProfile(ctx, i.id),
    'profiles.exportFile': (ctx, i) => exportProfileFile(ctx, i.id),
    'profiles.importFile': (ctx, i) => importProfileFile(ctx, i.content),
    'register.list': listRegister,
    'register.next': suggestNumber,
    'register.settings': (ctx) => registerSettings(ctx),
    'register.updateSettings': updateRegisterSettings,
    'register.add': issueNumber,
    'register.write': writeRegister,
    'register.save': doorOnly,
  };
}
