// The outgoing-documents register: numbers per body, kind and period (the Party's term from
// the setting, the state's calendar year), a used number refused in words that say what to do,
// one entry per draft, the list and its filters, and the register in Excel read back.
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/db/open';
import { withSaveDoor } from '../../../../src/main/host/save-door';
import type { ServiceContext } from '../../../../src/main/services/context';
import { entryForDraft, issueNumber, suggestNumber, type IssueRequest } from '../../../../src/main/register/register';
import type { SavedSheets } from '../../../../src/shared/sheets/sheet-calls';
import { fullNumber } from '../../../../src/shared/register/register';
import { openTestServices, tempDir, type TestServices } from '../../../helpers/services';

let t: TestServices;
let db: Database.Database;
let ctx: ServiceContext;

beforeEach(async () => {
  t = await openTestServices();
  // The lock and the export call the register's functions in the services' process; a second
  // connection to the same file stands for them.
  db = (await openDatabase(t.dbPath)).db;
  ctx = { db, progress: () => undefined };
});
afterEach(async () => {
  db.close();
  await t.close();
});

const province = 'Tỉnh ủy Thái Nguyên';
const invitation = (date: string, more: Partial<IssueRequest> = {}): IssueRequest => ({
  issuingBody: province,
  family: 'party',
  kind: 'GM',
  date,
  symbol: 'GM/TU',
  subject: 'Giấy mời dự Hội nghị giao ban trực tuyến',
  ...more,
});

function newDraft(conferenceId: number, kind: string): number {
  return db
    .prepare(`INSERT INTO drafts (conference_id, kind) VALUES (?, ?) RETURNING id`)
    .pluck()
    .get(conferenceId, kind) as number;
}

describe('numbering', () => {
  it('numbers each body and kind from 01 over the Party term, across calendar years', () => {
    expect(suggestNumber(ctx, invitation('2026-03-10'))).toEqual({ number: 1, periodStart: '2025-10-01' });
    expect(issueNumber(ctx, invitation('2026-03-10')).number).toBe(1);
    expect(issueNumber(ctx, invitation('2026-12-31')).number).toBe(2);
    // The next year is the same term: the numbers go on.
    const third = issueNumber(ctx, invitation('2027-01-05'));
    expect(third).toMatchObject({ number: 3, periodStart: '2025-10-01', issuedOn: '2027-01-05' });
    // Written another way, the body is the same one.
    expect(suggestNumber(ctx, invitation('2027-02-01', { issuingBody: '  TỈNH ỦY  thai nguyen ' })).number).toBe(4);
    // Another kind, another body: their own numbers.
    expect(suggestNumber(ctx, invitation('2027-02-01', { kind: 'TB' })).number).toBe(1);
    expect(suggestNumber(ctx, invitation('2027-02-01', { issuingBody: 'Ban Tổ chức Tỉnh ủy' })).number).toBe(1);
  });

  it('numbers a state body over the calendar year, from 01 again on 1 January', () => {
    const ubnd = (date: string): IssueRequest => ({
      issuingBody: 'Ủy ban nhân dân tỉnh Thái Nguyên',
      family: 'state',
      kind: 'TB',
      date,
      symbol: 'TB-UBND',
      subject: 'Thông báo kết luận',
    });
    expect(issueNumber(ctx, ubnd('2026-01-02'))).toMatchObject({ number: 1, periodStart: '2026-01-01' });
    expect(issueNumber(ctx, ubnd('2026-12-31'))).toMatchObject({ number: 2, periodStart: '2026-01-01' });
    expect(suggestNumber(ctx, ubnd('2027-01-01'))).toEqual({ number: 1, periodStart: '2027-01-01' });
    // Before the Party's term start is nothing to the state's year.
    expect(suggestNumber(ctx, ubnd('2025-05-01'))).toEqual({ number: 1, periodStart: '2025-01-01' });
  });

  it('refuses a Party date before the term began, saying what to check', async () => {
    expect(() => suggestNumber(ctx, invitation('2025-09-30'))).toThrow(
      'Ngày 30/09/2025 trước ngày bắt đầu nhiệm kỳ (01/10/2025) đặt trong Sổ văn bản đi. Số văn bản của Đảng đánh ' +
        'lại từ 01 mỗi nhiệm kỳ, nên ứng dụng không cấp số cho nhiệm kỳ trước. Hãy kiểm tra ngày của văn bản, hoặc ' +
        'sửa ngày bắt đầu nhiệm kỳ nếu ngày đó chưa đúng.',
    );
    expect(
      await t.fail('register.next', { issuingBody: province, family: 'party', kind: 'GM', date: '2024-01-01' }),
    ).toMatchObject({ code: 'VALIDATION', field: 'date' });
  });

  it('refuses a number already given, naming the document and the next free number', async () => {
    issueNumber(ctx, invitation('2026-03-12', { number: 5, subject: 'Giấy mời dự Hội nghị sơ kết 6 tháng' }));
    const message =
      'Số 05-GM/TU đã được cấp cho văn bản "Giấy mời dự Hội nghị sơ kết 6 tháng" ngày 12/03/2026; hãy chọn số ' +
      'khác (số tiếp theo: 06).';
    expect(() => issueNumber(ctx, invitation('2026-04-01', { number: 5 }))).toThrow(message);
    const refused = await t.fail('register.add', {
      issuingBody: 'Tỉnh Ủy Thái Nguyên',
      family: 'party',
      kind: 'GM',
      number: 5,
      date: '2026-04-01',
      symbol: 'GM/TU',
      subject: 'Giấy mời làm ngoài ứng dụng',
    });
    expect(refused).toEqual({ code: 'CONFLICT', message, field: 'number' });
    // The next one is after the highest given; a number skipped may still be taken by hand.
    expect(suggestNumber(ctx, invitation('2026-04-01')).number).toBe(6);
    expect(issueNumber(ctx, invitation('2026-04-01', { number: 2 })).number).toBe(2);
    // The same number of another kind is another number.
    expect(issueNumber(ctx, invitation('2026-04-01', { kind: 'KH', symbol: 'KH/TU', number: 5 })).number).toBe(5);
    expect(db.prepare(`SELECT count(*) FROM outgoing_register`).pluck().get()).toBe(3);
  });

  it('gives a draft one entry: issued again, it gets the same number back, never a second', async () => {
    const { conferenceId } = await t.call('demo.create', {});
    const draftId = newDraft(conferenceId, 'invitation');
    const other = newDraft(conferenceId, 'plan');
    expect(entryForDraft(ctx, draftId)).toBeNull();
    const first = issueNumber(ctx, invitation('2026-03-12', { conferenceId, draftId }));
    expect(first).toMatchObject({ number: 1, draftId, conferenceId });
    expect(first.conferenceName).toMatch(/^Hội nghị/);
    expect(issueNumber(ctx, invitation('2026-03-20', { conferenceId, draftId }))).toEqual(first);
    expect(issueNumber(ctx, invitation('2026-03-20', { conferenceId, draftId, number: 1 }))).toEqual(first);
    expect(() => issueNumber(ctx, invitation('2026-03-20', { conferenceId, draftId, number: 7 }))).toThrow(
      'Văn bản này đã vào sổ với số 01-GM/TU ngày 12/03/2026; số đã cấp không đổi được. Hãy giữ số 01.',
    );
    expect(entryForDraft(ctx, draftId)).toEqual(first);
    expect(entryForDraft(ctx, other)).toBeNull();
    expect(db.prepare(`SELECT count(*) FROM outgoing_register`).pluck().get()).toBe(1);
    // The register is the record of what was issued: it outlives its draft.
    db.prepare(`DELETE FROM drafts WHERE id = ?`).run(draftId);
    const kept = (await t.call('register.list', {})).rows[0];
    expect(kept).toMatchObject({ id: first.id, number: 1, draftId: null });
  });
});

describe('the list and the settings', () => {
  it('lists newest first, filtered by day, kind and words typed without marks', async () => {
    const { conferenceId } = await t.call('demo.create', {});
    issueNumber(ctx, invitation('2026-03-10', { conferenceId, subject: 'Giấy mời dự Hội nghị giao ban quý I' }));
    issueNumber(ctx, invitation('2026-06-10', { kind: 'TB', symbol: 'TB/TU', subject: 'Thông báo kết luận' }));
    const added = await t.call('register.add', {
      issuingBody: province,
      family: 'party',
      kind: 'CV',
      date: '2027-01-15',
      symbol: 'CV/TU',
      subject: 'Về việc chuẩn bị   điểm cầu',
      recipients: 'Các huyện ủy\nLưu VPTU',
      signer: 'Nguyễn Văn A',
      document: 'Soạn ngoài ứng dụng',
    });
    expect(added).toMatchObject({
      number: 1,
      subject: 'Về việc chuẩn bị điểm cầu',
      recipients: 'Các huyện ủy\nLưu VPTU',
      conferenceId: null,
    });
    expect(fullNumber(added.family, added.number, added.symbol)).toBe('01-CV/TU');

    const all = await t.call('register.list', {});
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.issuedOn)).toEqual(['2027-01-15', '2026-06-10', '2026-03-10']);
    const in2026 = await t.call('register.list', { from: '2026-01-01', to: '2026-12-31' });
    expect(in2026.rows.map((r) => r.kind)).toEqual(['TB', 'GM']);
    expect((await t.call('register.list', { kind: 'GM' })).rows.map((r) => r.subject)).toEqual([
      'Giấy mời dự Hội nghị giao ban quý I',
    ]);
    expect((await t.call('register.list', { query: 'giao ban quy' })).total).toBe(1);
    expect((await t.call('register.list', { query: '01-cv' })).rows[0].id).toBe(added.id);
    expect((await t.call('register.list', { query: 'huyen uy' })).rows[0].id).toBe(added.id);
    const page = await t.call('register.list', { offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, rows: [{ kind: 'TB' }] });
  });

  it('keeps the Party term start, and files the entries from that day on in the term', async () => {
    expect(await t.call('register.settings', {})).toEqual({ partyTermStart: '2025-10-01' });
    issueNumber(ctx, invitation('2025-10-05'));
    issueNumber(ctx, invitation('2025-11-20'));
    // The congress was later than the default: from that day the numbers start again, and the
    // ones given since are that term's.
    expect(await t.call('register.updateSettings', { partyTermStart: '2025-11-01' })).toEqual({
      partyTermStart: '2025-11-01',
    });
    const rows = db.prepare(`SELECT issued_on, period_start, number FROM outgoing_register ORDER BY id`).all();
    expect(rows).toEqual([
      { issued_on: '2025-10-05', period_start: '2025-10-01', number: 1 },
      { issued_on: '2025-11-20', period_start: '2025-11-01', number: 2 },
    ]);
    expect(suggestNumber(ctx, invitation('2025-12-01'))).toEqual({ number: 3, periodStart: '2025-11-01' });
    expect(() => suggestNumber(ctx, invitation('2025-10-20'))).toThrow(/trước ngày bắt đầu nhiệm kỳ \(01\/11\/2025\)/);
    // Set earlier again: every entry from then on is in the one term.
    await t.call('register.updateSettings', { partyTermStart: '2025-09-15' });
    expect(suggestNumber(ctx, invitation('2025-12-01'))).toEqual({ number: 3, periodStart: '2025-09-15' });
    expect(await t.fail('register.updateSettings', { partyTermStart: '15/09/2025' })).toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('refuses a term start that would put two equal numbers in one term', async () => {
    issueNumber(ctx, invitation('2025-10-05'));
    await t.call('register.updateSettings', { partyTermStart: '2025-11-01' });
    issueNumber(ctx, invitation('2025-11-20'));
    const refused = await t.fail('register.updateSettings', { partyTermStart: '2025-10-01' });
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'partyTermStart' });
    expect(refused.message).toMatch(/^Không đổi được ngày bắt đầu nhiệm kỳ thành 01\/10\/2025/);
    expect(await t.call('register.settings', {})).toEqual({ partyTermStart: '2025-11-01' });
  });
});

describe('the register in Excel', () => {
  async function save(input: Record<string, unknown> = {}): Promise<string> {
    const file = path.join(tempDir('thu-ky-so-van-ban-'), 'so.xlsx');
    const door = withSaveDoor((n, i) => t.host.call(n, i), {
      choosePath: () => Promise.resolve(file),
      chooseFolder: () => Promise.resolve(null),
    });
    const saved = await door('register.save', input);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value as SavedSheets).toMatchObject({ path: file, files: 1, rows: 2 });
    return file;
  }

  it('writes a print-ready sheet in the order numbers were given, texts never formulas', async () => {
    issueNumber(
      ctx,
      invitation('2026-03-10', {
        recipients: 'Các đảng ủy xã\nLưu VPTU',
        signer: 'Trịnh Việt Hùng',
        document: 'Bản gốc lưu tại Văn phòng',
      }),
    );
    issueNumber(ctx, invitation('2026-03-11', { subject: '=HYPERLINK("http://x.example","Bấm")', symbol: '+GM/TU' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await save({ from: '2026-01-01', to: '2026-12-31' }));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Sổ văn bản đi']);
    const sheet = book.worksheets[0];
    const titles = [1, 2, 3, 4].map((r) => sheet.getCell(r, 1).value);
    expect(titles.slice(0, 3)).toEqual(['TỈNH ỦY THÁI NGUYÊN', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 'Năm 2026']);
    expect(titles[3]).toMatch(/^Lập ngày \d\d\/\d\d\/\d{4}$/);
    const headerRow = 6;
    expect(sheet.getRow(headerRow).values).toEqual([
      undefined,
      'Số',
      'Ký hiệu',
      'Ngày',
      'Trích yếu nội dung',
      'Loại văn bản',
      'Nơi nhận',
      'Người ký',
      'Ghi chú',
    ]);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '6:6' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(sheet.autoFilter).toBe('A6:H8');
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(sheet.getCell('D7').font).toMatchObject({ name: 'Times New Roman' });
    expect(sheet.getRow(7).values).toEqual([
      undefined,
      1,
      'GM/TU',
      '10/03/2026',
      'Giấy mời dự Hội nghị giao ban trực tuyến',
      'Giấy mời',
      'Các đảng ủy xã\nLưu VPTU',
      'Trịnh Việt Hùng',
      'Bản gốc lưu tại Văn phòng',
    ]);
    for (const address of ['B8', 'D8']) {
      expect(sheet.getCell(address).type, address).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).formula, address).toBeUndefined();
    }
    expect(sheet.getCell('D8').value).toBe('=HYPERLINK("http://x.example","Bấm")');
  });

  it('says when there is nothing to write, and saves only through a door', async () => {
    expect(await t.fail('register.write', {})).toEqual({
      code: 'NOT_FOUND',
      message: 'Sổ văn bản đi chưa có văn bản nào nên chưa có gì để xuất.',
    });
    issueNumber(ctx, invitation('2026-03-10'));
    expect((await t.fail('register.write', { kind: 'TB' })).message).toMatch(/khớp với điều kiện lọc/);
    expect((await t.fail('register.save', {})).code).toBe('FORBIDDEN');
  });
});
