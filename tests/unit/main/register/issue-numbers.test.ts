// Numbers from the register as the secretary gives them: a document saved as issued takes the
// next number of its body and kind, prints it from then on with the day it was given, and
// keeps it; locking issues the next kind's number; a number already given is refused in
// Vietnamese, leaving the version unlocked; and a number typed for one document never
// carries to another.
import JSZip from 'jszip';
import type { CallInput } from '../../../../src/shared/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../../src/shared/text/vietnamese-dates';
import type { RegisterEntry } from '../../../../src/shared/register/register';
import { withSaveDoor } from '../../../../src/main/host/save-door';
import { paragraph, richDoc } from '../../../../src/shared/drafting/rich-text';
import { paragraphTexts } from '../../../helpers/word-export';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;

beforeEach(async () => {
  t = await openTestServices();
  ({ conferenceId } = await t.call('demo.create', {}));
});
afterEach(() => t.close());

async function printed(input: Omit<CallInput<'exports.render'>, 'conferenceId'>): Promise<string> {
  const rendered = await t.call('exports.render', { conferenceId, ...input });
  const zip = await JSZip.loadAsync(Buffer.from(rendered.content, 'base64'));
  return paragraphTexts(await zip.file('word/document.xml')!.async('string')).join('\n');
}

const entries = async () => (await t.call('register.list', { offset: 0, limit: 100 })).rows as RegisterEntry[];
const today = localIsoDate(new Date());
const [y, m, d] = today.split('-');

describe('numbers from the register', () => {
  it('gives a document saved as issued the next number, prints it with its day, and keeps it', async () => {
    const defaults = await t.call('exports.headerDefaults', { conferenceId, document: 'invitation' });
    expect(defaults).toMatchObject({ symbol: 'GM/TU', nextNumber: 1, issued: null, number: null });

    // The preview shows the number it would take, and gives none.
    expect(await printed({ document: 'invitation', issue: true })).toContain('Số 01-GM/TU');
    expect(await entries()).toEqual([]);

    // Saving as issued (the door renders with remember) records it.
    await printed({ document: 'invitation', issue: true, remember: true, profileId: 'party' });
    const [entry] = await entries();
    expect(entry).toMatchObject({
      issuingBody: 'Tỉnh ủy Thái Nguyên',
      family: 'party',
      kind: 'GM',
      number: 1,
      symbol: 'GM/TU',
      issuedOn: today,
      conferenceId,
    });
    expect(entry.subject).toMatch(/^Giấy mời dự Hội nghị giao ban trực tuyến/);
    expect(entry.recipients?.split('\n').at(-1)).toBe('- Lưu Văn phòng Tỉnh ủy.');

    // From then on every export prints that number and day, issued or not, and no second entry is made.
    const again = await printed({ document: 'invitation' });
    expect(again).toContain('Số 01-GM/TU');
    expect(again).toContain(`ngày ${d} tháng ${m} năm ${y}`);
    await printed({ document: 'invitation', issue: true, remember: true });
    expect(await entries()).toHaveLength(1);
    const invitation = await t.call('drafts.open', { conferenceId, kind: 'invitation' });
    const reform = await t.fail('drafts.updateSettings', { draftId: invitation.id, invitationForm: 'congVan' });
    expect(reform.message).toMatch(/^Văn bản đã vào sổ văn bản đi với số 01-GM\/TU ngày .*không đổi hình thức được/);
    expect(await t.call('exports.headerDefaults', { conferenceId, document: 'invitation' })).toMatchObject({
      nextNumber: null,
      issued: { number: 1, fullNumber: '01-GM/TU', issuedOn: today },
      number: '1',
    });

    // The plan is another kind: its own series, starting at 01.
    expect(await t.call('exports.headerDefaults', { conferenceId, document: 'plan' })).toMatchObject({
      symbol: 'KH/TU',
      nextNumber: 1,
    });
  });

  it('issues on locking, refuses a number already given and leaves the version unlocked', async () => {
    const plan = await t.call('drafts.open', { conferenceId, kind: 'plan' });
    await t.call('drafts.lock', { draftId: plan.id, issue: {} });
    expect((await entries()).map((e) => [e.kind, e.number])).toEqual([['KH', 1]]);
    expect(await printed({ document: 'plan' })).toContain('Số 01-KH/TU');

    const report = await t.call('drafts.open', { conferenceId, kind: 'report' });
    await t.call('drafts.lock', { draftId: report.id, issue: { number: 7 } });
    const conclusion = await t.call('drafts.open', { conferenceId, kind: 'conclusion' });
    await t.call('drafts.lock', { draftId: conclusion.id, issue: {} });
    const conference2 = (await t.call('conferences.list', {})).find((c) => c.id !== conferenceId)!;
    const other = await t.call('drafts.open', { conferenceId: conference2.id, kind: 'report' });
    // The national conference's report is also the Tỉnh ủy's (its own point): number 7 is taken.
    const refused = await t.fail('drafts.lock', { draftId: other.id, issue: { number: 7 } });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/^Số 07-BC\/TU đã được cấp cho văn bản "Báo cáo kết quả Hội nghị /);
    expect(refused.message).toContain('hãy chọn số khác (số tiếp theo: 08)');
    expect((await t.call('drafts.open', { conferenceId: conference2.id, kind: 'report' })).version.lockedAt).toBeNull();
    await t.call('drafts.lock', { draftId: other.id, issue: {} });
    expect((await entries()).map((e) => `${e.kind} ${e.number}`).sort()).toEqual(['BC 7', 'BC 8', 'KH 1', 'TB 1']);
  });

  it('keeps a number typed for the minutes to the minutes', async () => {
    await printed({ document: 'minutes', header: { number: '15' }, remember: true });
    expect(await printed({ document: 'minutes' })).toContain('Số 15-BB/TU');
    expect((await t.call('exports.headerDefaults', { conferenceId, document: 'conclusion' })).number).toBeNull();
    expect(await printed({ document: 'conclusion' })).not.toContain('15-');
    const typed = await t.fail('exports.render', {
      conferenceId,
      document: 'conclusion',
      issue: true,
      header: { number: '3a' },
    });
    expect(typed.message).toMatch(/^Số văn bản "3a" không cấp được/);
    const refused = await t.fail('exports.render', { conferenceId, document: 'news', issue: true });
    expect(refused.message).toBe('Tin bài không cấp số trong sổ văn bản đi.');
  });

  it('numbers only a document saved, locks the version it numbers and prints that one after later edits', async () => {
    const cancelling = withSaveDoor((name, input) => t.host.call(name, input), {
      choosePath: () => Promise.resolve(null),
      chooseFolder: () => Promise.resolve(null),
    });
    const cancelled = await cancelling('exports.save', { conferenceId, document: 'conclusion', issue: true });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await entries()).toEqual([]);

    await printed({ document: 'conclusion', issue: true, remember: true });
    const notice = await t.call('drafts.open', { conferenceId, kind: 'conclusion' });
    expect(notice.version.lockedAt).not.toBeNull();
    await t.call('drafts.saveSection', {
      draftId: notice.id,
      key: 'closing',
      doc: richDoc(paragraph('Câu sửa sau khi phát hành.')),
    });
    const after = await printed({ document: 'conclusion' });
    expect(after).toContain('Số 01-TB/TU');
    expect(after).not.toContain('Câu sửa sau khi phát hành.');
  });
});
