// "Mẫu gửi điểm cầu" re-saved in LibreOffice, as a point without Excel sends it back: it still
// reads as that point's template, unchanged, and still names its conference. The templates
// themselves, filled in with exceljs, are tested in tests/unit/main/sheets/templates.test.ts.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertWithLibreOffice } from '../../../helpers/office';
import { openDemoServices, type TestServices } from '../../../helpers/services';
import {
  anotherConferenceRefused,
  importIntoAnotherConference,
  previewFile,
  writeTemplates,
} from '../../../helpers/templates';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

const daiTu = 'Mau-Dang-uy-xa-Dai-Tu.xlsx';

describe('templates sent to the bridge points, re-saved in LibreOffice', () => {
  it('survives being re-saved in LibreOffice, and refuses to go into another conference', async () => {
    const saved = await writeTemplates(t, conferenceId);
    const resaved = convertWithLibreOffice(path.join(saved.path, daiTu), 'xlsx:Calc MS Excel 2007 XML');
    const p = await previewFile(t, resaved, conferenceId);
    expect(p.pointUpdate).toMatchObject({
      pointName: 'Điểm cầu Đảng ủy xã Đại Từ',
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 8,
    });

    // The hidden sheet naming the conference came through the re-save.
    expect(await importIntoAnotherConference(t, resaved)).toEqual(anotherConferenceRefused);
  });
});
