// "Mẫu gửi điểm cầu" written through the save door into a fresh folder, and a returned file
// read back, as the template tests (with exceljs, and re-saved by LibreOffice) both need.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withSaveDoor } from '../../src/main/host/save-door';
import { demoDate, quarterOf } from '../../src/main/demo/demo';
import type { SavedSheets } from '../../src/shared/sheets/sheet-calls';
import type { ImportPreview } from '../../src/shared/import/import-types';
import { tempDir, type TestServices } from './services';

export const requestId = () => randomUUID().replace(/-/g, '');

export async function writeTemplates(t: TestServices, conferenceId: number): Promise<SavedSheets> {
  const folder = path.join(tempDir('thu-ky-templates-'), 'Mau');
  const door = withSaveDoor((n, i) => t.host.call(n, i), {
    choosePath: () => Promise.resolve(null),
    chooseFolder: () => Promise.resolve(folder),
  });
  const saved = await door('sheets.save', { conferenceId, report: 'templates', requestId: requestId() });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value as SavedSheets;
}

export function previewFile(t: TestServices, file: string, conferenceId: number): Promise<ImportPreview> {
  return t.call('imports.preview', {
    requestId: requestId(),
    fileName: path.basename(file),
    content: fs.readFileSync(file).toString('base64'),
    conferenceId,
  });
}

/** Đại Từ's template of the demo conference, brought to a conference of its own. */
export async function importIntoAnotherConference(t: TestServices, file: string): Promise<unknown> {
  const other = await t.call('conferences.create', {
    name: 'Hội nghị khác',
    kind: 'khac',
    date: '2026-12-31',
    session: 'sang',
    startTime: '08:00',
    hostBody: null,
  });
  const again = await previewFile(t, file, other.id);
  return t.fail('imports.commit', {
    requestId: requestId(),
    previewId: again.previewId,
    target: { conferenceId: other.id },
    decisions: {},
    doubtfulDefault: 'add',
    unassignedBridgePointId: null,
  });
}

export const anotherConferenceRefused = {
  code: 'VALIDATION',
  field: 'target',
  message:
    'Tệp là mẫu gửi điểm cầu "Điểm cầu Đảng ủy xã Đại Từ" của hội nghị "Hội nghị giao ban trực tuyến công ' +
    `tác xây dựng Đảng ${quarterOf(demoDate(new Date()))}"; hãy nhập vào đúng hội nghị đó.`,
};
