// Every contract call a service answers, bound to the function that does it: each takes the
// context and the call's validated input as it is. The doors (IPC, loopback bridge, CLI) reach
// the services only through this table, after the input is validated; the calls marked for a
// door in the contract are not in it (the door serves them, host/save-door.ts).
import type { CallResult, ServiceCallName, ServiceInput } from '../../shared/contract';
import { appInfo } from '../platform/app-info';
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
import { headerDefaults } from '../documents/save';
import { writeSheets } from '../sheets/sheets';
import { cancelRequest } from './cancellable';
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
import { listProvinces, listUnits } from '../admin-units/admin-units';
import { addUnits } from '../admin-units/add-units';
import { getPositionRanks, resetPositionRanks, setPositionRanks } from '../protocol/protocol-ranks';
import { issueNumber, listRegister, suggestNumber, updateRegisterSettings } from '../register/register';
import { writeRegister } from '../register/register-book';
import { registerSettings } from '../register/settings';
import { periodAttendees, periodFigures, pointConferences } from '../statistics/period';
import { listHistory, putBackChange } from '../history/history';
import { appSettings, updateAppSettings } from '../settings/settings';
import { periodReportDefaults, renderPeriodReport } from '../statistics/export/period-report';
import { writePeriodSheets } from '../statistics/export/period-sheets';

export type Handlers = {
  readonly [N in ServiceCallName]: (
    ctx: ServiceContext,
    input: ServiceInput<N>,
  ) => CallResult<N> | Promise<CallResult<N>>;
};

export const handlers: Handlers = {
  'app.info': appInfo,
  'demo.create': createDemo,
  'search.global': searchEverything,
  'conferences.list': listConferences,
  'conferences.get': getConference,
  'conferences.create': createConference,
  'conferences.update': updateConference,
  'conferences.clone': cloneConference,
  'conferences.remove': removeConference,
  'bridgePoints.children': childBridgePoints,
  'bridgePoints.get': getBridgePoint,
  'bridgePoints.search': searchBridgePoints,
  'bridgePoints.create': createBridgePoint,
  'bridgePoints.update': updateBridgePoint,
  'bridgePoints.remove': removeBridgePoint,
  'bridgePoints.paste': pasteBridgePoints,
  'bridgePoints.addUnits': addUnits,
  'adminUnits.provinces': listProvinces,
  'adminUnits.units': listUnits,
  'protocolRanks.get': getPositionRanks,
  'protocolRanks.set': setPositionRanks,
  'protocolRanks.reset': resetPositionRanks,
  'people.list': listPeople,
  'people.get': getPerson,
  'people.create': createPerson,
  'people.update': updatePerson,
  'people.remove': removePeople,
  'conferenceBridgePoints.list': listConferenceBridgePoints,
  'conferenceBridgePoints.get': getConferenceBridgePoint,
  'conferenceBridgePoints.attach': attachBridgePoints,
  'conferenceBridgePoints.update': updateConferenceBridgePoint,
  'conferenceBridgePoints.detach': detachBridgePoints,
  'attendees.list': listAttendees,
  'attendees.get': getAttendee,
  'attendees.add': addAttendees,
  'attendees.update': updateAttendee,
  'attendees.assignProtocolOrder': assignProtocolOrder,
  'attendees.assignFileOrder': assignFileOrder,
  'attendees.remove': removeAttendees,
  'undo.restore': restore,
  'backups.list': backupList,
  'backups.take': backupNow,
  'backups.restore': restoreFromBackup,
  'imports.preview': previewImport,
  'imports.remap': remapImport,
  'imports.includeTable': includeTable,
  'imports.keepApart': keepApart,
  'imports.rows': previewRows,
  'imports.commit': commitImport,
  'imports.cancel': cancelRequest,
  'imports.list': listImports,
  'imports.undo': undoImport,
  'imports.previewText': previewText,
  'drafts.open': openDraft,
  'drafts.saveSection': saveSection,
  'drafts.lock': lockDraft,
  'drafts.versions': listVersions,
  'drafts.version': getVersion,
  'drafts.restore': restoreVersion,
  'drafts.compare': compareVersions,
  'drafts.updateSettings': updateSettings,
  'drafts.templates': listTemplates,
  'drafts.applyTemplate': applyTemplate,
  'drafts.saveTemplate': saveTemplate,
  'drafts.removeTemplate': removeTemplate,
  'speeches.list': listSpeeches,
  'speeches.add': addSpeech,
  'speeches.update': updateSpeech,
  'speeches.move': moveSpeech,
  'speeches.remove': removeSpeech,
  'tasks.list': listTasks,
  'tasks.add': addTask,
  'tasks.update': updateTask,
  'tasks.move': moveTask,
  'tasks.remove': removeTask,
  'spelling.check': checkSpelling,
  'exports.render': renderDocument,
  'exports.headerDefaults': headerDefaults,
  'sheets.write': writeSheets,
  'sheets.cancel': cancelRequest,
  'rollCall.mark': markConnections,
  'rollCall.history': connectionHistory,
  'rollCall.figures': dayFigures,
  'attendance.mark': markAttendance,
  'attendance.history': attendanceHistory,
  'reports.quick': quickReport,
  'checklist.list': listChecklist,
  'checklist.add': addChecklistItem,
  'checklist.update': updateChecklistItem,
  'checklist.remove': removeChecklistItem,
  'meetingReports.preview': previewMeetingReport,
  'meetingReports.apply': applyMeetingReport,
  'meetingReports.list': listMeetingReports,
  'meetingReports.undo': undoMeetingReport,
  'meetingReports.cancel': cancelRequest,
  'profiles.list': listProfiles,
  'profiles.get': getProfile,
  'profiles.copy': copyProfile,
  'profiles.save': saveProfile,
  'profiles.remove': removeProfile,
  'profiles.exportFile': exportProfileFile,
  'profiles.importFile': importProfileFile,
  'register.list': listRegister,
  'register.next': suggestNumber,
  'register.settings': registerSettings,
  'register.updateSettings': updateRegisterSettings,
  'register.add': issueNumber,
  'register.write': writeRegister,
  'statistics.period': periodFigures,
  'statistics.pointConferences': pointConferences,
  'statistics.attendees': periodAttendees,
  'history.list': listHistory,
  'history.putBack': putBackChange,
  'settings.get': appSettings,
  'settings.update': updateAppSettings,
  'statistics.renderReport': renderPeriodReport,
  'statistics.reportDefaults': periodReportDefaults,
  'statistics.writeSheets': writePeriodSheets,
};
