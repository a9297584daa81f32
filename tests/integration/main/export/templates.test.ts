// "Mẫu gửi điểm cầu" re-saved in LibreOffice, as a point without Excel sends it back: it still
// reads as that point's template, unchanged, and still names its conference. The templates
// themselves, filled in with exceljs, are tested in tests/unit/main/export/templates.test.ts.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withSaveDoor } from '../../../../src/main/host/save-door';
import type { SavedSheets } from '../../../../src/shared/export/sheet-calls';
import type { ImportPreview } from '../../../../src/shared/import-types';
import { convertWithLibreOffice } from '../../../helpers/office';
import { openDemoServices, tempDir, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

const requestId = () => randomUUID().replace(/-/g, '');

async function writeTemplates(): Promise<SavedSheets> {
  const folder = path.join(tempDir('thu-ky-templates-'), 'Mau');
  const door = withSaveDoor((n, i) => t.host.call(n, i), {
    choosePath: () => Promise.resolve(null),
    chooseFolder: () => Promise.resolve(folder),
  });
  const saved = await door('sheets.save', { conferenceId, report: 'templates', requestId: requestId() });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value as SavedSheets;
}

function preview(file: string, target = conferenceId): Promise<ImportPreview> {
  return t.call('imports.preview', {
    requestId: requestId(),
    fileName: path.basename(file),
    content: fs.readFileSync(file).toString('base64'),
    conferenceId: target,
  });
}

const daiTu = 'Mau-Huyen-uy-Dai-Tu.xlsx';

describe('templates sent to the bridge points, re-saved in LibreOffice', () => {
  it('survives being re-saved in LibreOffice, and refuses to go into another conference', async () => {
    const saved = await writeTemplates();
    const resaved = convertWithLibreOffice(path.join(saved.path, daiTu), 'xlsx:Calc MS Excel 2007 XML');
    const p = await preview(resaved);
    expect(p.pointUpdate).toMatchObject({
      pointName: 'Điểm cầu Huyện ủy Đại Từ',
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 8,
    });

    const other = await t.call('conferences.create', {
      name: 'Hội nghị khác',
      kind: 'khac',
      date: '2026-12-31',
      session: 'sang',
      startTime: '08:00',
      hostBody: null,
    });
    const again = await preview(resaved, other.id);
    const refused = await t.fail('imports.commit', {
      requestId: requestId(),
      previewId: again.previewId,
      target: { conferenceId: other.id },
      decisions: {},
      doubtfulDefault: 'add',
      unassignedBridgePointId: null,
    });
    expect(refused).toEqual({
      code: 'VALIDATION',
      field: 'target',
      message:
        'Tệp là mẫu gửi điểm cầu "Điểm cầu Huyện ủy Đại Từ" của hội nghị "Hội nghị giao ban trực tuyến toàn ' +
        'quốc đánh giá công tác tổ chức xây dựng Đảng quý IV năm 2026"; hãy nhập vào đúng hội nghị đó.',
    });
  });
});
