// The documents around the conference drafted from the demo's data, through the contract: the
// invitation, the plan, the conclusion notice, the report and the script's timed steps, from
// the host's view (the Tỉnh ủy's review) and from the secretary's own point (the national
// conference the province joined); the invitation's thành phần remembered for the next
// conference of the kind; the tasks as data and the checklist following them after the day.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft, DraftKind } from '../../../../src/shared/drafting/draft-types';
import { bulletList, paragraph, plainText, richDoc } from '../../../../src/shared/drafting/rich-text';
import { stepsDoc, stepsOf } from '../../../../src/shared/drafting/script-steps';
import { dayMonthYear, officialDate, weekdayWords } from '../../../../src/shared/text/vietnamese-dates';
import { demoDay, openDemoServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
let nationalId: number;
beforeEach(async () => {
  ({ t, conferenceId } = await openDemoServices());
  nationalId = (await t.call('conferences.list', {})).find((c) => c.id !== conferenceId)!.id;
});
afterEach(() => {
  vi.useRealTimers();
  return t.close();
});

const open = (kind: DraftKind, id = conferenceId) => t.call('drafts.open', { conferenceId: id, kind });
const section = (draft: Draft, key: string) => {
  const found = draft.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
const sectionText = (draft: Draft, key: string) => plainText(section(draft, key).doc);
const lines = (draft: Draft, key: string) => sectionText(draft, key).split('\n');
const shift = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
const expectRecipients = (list: string[]) => {
  expect(list.every((line) => line.startsWith('- '))).toBe(true);
  expect(list.slice(0, -1).every((line) => line.endsWith(';'))).toBe(true);
  expect(list[list.length - 1]).toBe('- Lưu Văn phòng Tỉnh ủy.');
};
const localPoints = [
  'Đảng ủy các cơ quan Đảng tỉnh',
  'Đảng ủy UBND tỉnh',
  'Đảng ủy phường Phan Đình Phùng',
  'Đảng ủy phường Bắc Kạn',
  'Đảng ủy xã Đại Từ',
  'Đảng ủy xã Phú Lương',
];

describe('invitation', () => {
  it('says when, where, who chairs, who attends at each level, the line test, the lists and to whom', async () => {
    const { date, official, name } = demoDay();
    const invitation = await open('invitation');
    expect(sectionText(invitation, 'subject')).toBe(`Dự ${name}`);
    expect(sectionText(invitation, 'opening')).toBe(`Tỉnh ủy Thái Nguyên tổ chức ${name}, cụ thể như sau:`);
    expect(sectionText(invitation, 'time')).toBe(
      `1. Thời gian: từ 14 giờ 00 phút, chiều ${weekdayWords(date)}, ${official}.`,
    );
    expect(sectionText(invitation, 'place')).toBe(
      '2. Hình thức, địa điểm: trực tuyến; điểm cầu chính tại Hội trường Tỉnh ủy, số 16 đường Nha Trang, phường ' +
        'Phan Đình Phùng, Thái Nguyên; kết nối đến 6 điểm cầu (danh sách kèm theo).',
    );
    expect(sectionText(invitation, 'chair')).toBe(
      '3. Chủ trì: đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chủ trì: đồng ' +
        'chí Nông Văn Thành, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Tỉnh ủy.',
    );
    // The hand-written content starts from the template of a review.
    expect(section(invitation, 'content')).toMatchObject({ fromData: false });
    expect(sectionText(invitation, 'content')).toMatch(/^4\. Nội dung: Đánh giá kết quả thực hiện nhiệm vụ/);
    const participants = lines(invitation, 'participants');
    expect(participants[0]).toBe('5. Thành phần:');
    expect(participants.slice(1).map((l) => l.split(':')[0])).toEqual([
      '- Tại điểm cầu tỉnh',
      '- Tại điểm cầu xã, phường',
      '- Tại điểm cầu các cơ quan, đơn vị',
    ]);
    expect(participants[2]).toMatch(/đại biểu theo danh sách triệu tập của 4 điểm cầu \(32 đồng chí\);$/);
    expect(sectionText(invitation, 'technical')).toContain(
      'chạy thử đường truyền lúc 13 giờ 00 phút cùng ngày. Đầu mối kỹ thuật tại điểm cầu Tỉnh ủy Thái Nguyên: ' +
        'đồng chí Lưu Quang Huy, điện thoại 0912457338.',
    );
    expect(sectionText(invitation, 'lists')).toBe(
      '7. Danh sách đại biểu: đề nghị các điểm cầu gửi danh sách đại biểu dự hội nghị (theo Mẫu gửi điểm cầu kèm ' +
        `theo) về đồng chí Lưu Quang Huy, điện thoại 0912457338 chậm nhất trong ${officialDate(shift(date, -2))}.`,
    );
    expect(sectionText(invitation, 'closing')).toContain('Trân trọng kính mời./.');
    const recipients = lines(invitation, 'recipients');
    expect(recipients).toEqual([...localPoints.map((p) => `- ${p};`), '- Lưu Văn phòng Tỉnh ủy.']);
    expectRecipients(recipients);
  });

  it('follows the settings and the data until edited by hand', async () => {
    const invitation = await open('invitation');
    const changed = await t.call('drafts.updateSettings', {
      draftId: invitation.id,
      invitationForm: 'congVan',
      lineTestAt: '13:30',
      listsDueDate: '2027-01-04',
      listsTo: 'hộp thư vanphong@thainguyen.dcs.vn',
    });
    expect(changed.settings).toMatchObject({ invitationForm: 'congVan', lineTestAt: '13:30' });
    expect(sectionText(changed, 'subject')).toBe(`V/v triệu tập ${demoDay().name}`);
    expect(sectionText(changed, 'opening')).toContain('đề nghị các cơ quan, đơn vị triệu tập đại biểu dự');
    expect(sectionText(changed, 'technical')).toContain('lúc 13 giờ 30 phút cùng ngày');
    expect(sectionText(changed, 'lists')).toContain(
      'về hộp thư vanphong@thainguyen.dcs.vn chậm nhất trong ngày 04 tháng 01 năm 2027.',
    );

    await t.call('conferences.update', { id: conferenceId, startTime: '08:30', session: 'sang' });
    let again = await open('invitation');
    expect(sectionText(again, 'time')).toMatch(/^1\. Thời gian: từ 08 giờ 30 phút, sáng /);
    await t.call('drafts.saveSection', {
      draftId: invitation.id,
      key: 'time',
      doc: richDoc(paragraph('1. Thời gian: cả ngày.')),
    });
    await t.call('conferences.update', { id: conferenceId, startTime: '09:00' });
    again = await open('invitation');
    expect(sectionText(again, 'time')).toBe('1. Thời gian: cả ngày.');
    expect(section(again, 'time').fromData).toBe(false);
  });

  it('from the own point: her body invites the points under it to the host’s conference', async () => {
    const { date } = await t.call('conferences.get', { id: nationalId });
    const invitation = await open('invitation', nationalId);
    expect(sectionText(invitation, 'opening')).toBe(
      'Văn phòng Trung ương Đảng tổ chức Hội nghị trực tuyến toàn quốc quán triệt, triển khai Quy định số ' +
        '399-QĐ/TW của Ban Bí thư. Tỉnh ủy Thái Nguyên tổ chức dự hội nghị tại điểm cầu Tỉnh ủy Thái Nguyên và 6 ' +
        'điểm cầu trực thuộc, cụ thể như sau:',
    );
    expect(sectionText(invitation, 'time')).toBe(
      `1. Thời gian: từ 08 giờ 00 phút, sáng ${weekdayWords(date)}, ${officialDate(date)}.`,
    );
    expect(sectionText(invitation, 'place')).toContain(
      'trực tuyến từ điểm cầu chính tại Hội trường Văn phòng Trung ương Đảng, Hà Nội đến 7 điểm cầu; tại Hội ' +
        'trường Tỉnh ủy',
    );
    expect(sectionText(invitation, 'chair')).toBe(
      '3. Chủ trì: đồng chí Đinh Văn Thịnh, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng (tại điểm cầu ' +
        'Trung ương); chủ trì tại điểm cầu Tỉnh ủy Thái Nguyên: đồng chí Hà Quang Vinh, Phó Bí thư Thường trực ' +
        'Tỉnh ủy, Chủ tịch HĐND tỉnh.',
    );
    // Her points only, and the presiding leader is named under "Chủ trì", not again.
    const participants = lines(invitation, 'participants');
    expect(participants[1]).toBe(
      '- Tại điểm cầu tỉnh: đồng chí Nông Văn Thành, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Tỉnh ủy và ' +
        'đại biểu theo danh sách triệu tập (04 đồng chí);',
    );
    expect(participants[2]).toBe(
      '- Tại điểm cầu xã, phường: đại biểu theo danh sách triệu tập của 4 điểm cầu (48 đồng chí);',
    );
    expect(sectionText(invitation, 'technical')).toContain('lúc 07 giờ 00 phút');
    expect(sectionText(invitation, 'technical')).toContain('tại điểm cầu Tỉnh ủy Thái Nguyên: đồng chí Lưu Quang Huy');
    expect(lines(invitation, 'recipients')).toEqual([...localPoints.map((p) => `- ${p};`), '- Lưu Văn phòng Tỉnh ủy.']);
  });

  it('remembers the thành phần typed by hand for the next conference of the same kind', async () => {
    const invitation = await open('invitation');
    const typed = richDoc(
      paragraph('5. Thành phần:'),
      bulletList(
        paragraph('Tại điểm cầu tỉnh: các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;'),
        paragraph('Tại điểm cầu xã: Ban Thường vụ Đảng ủy xã, phường.'),
      ),
    );
    // An invitation of the same kind opened before keeps following its own points.
    const earlier = await t.call('conferences.clone', { id: conferenceId, date: '2027-01-08' });
    const earlierBefore = section(await open('invitation', earlier.id), 'participants');
    await t.call('drafts.saveSection', { draftId: invitation.id, key: 'participants', doc: typed });
    expect(section(await open('invitation', earlier.id), 'participants')).toEqual(earlierBefore);
    expect(earlierBefore.fromData).toBe(true);
    const next = await t.call('conferences.create', {
      name: 'Hội nghị giao ban trực tuyến quý I năm 2027',
      kind: 'giao_ban',
      date: '2027-03-26',
      session: 'chieu',
      startTime: '14:00',
      hostBody: 'Tỉnh ủy Thái Nguyên',
    });
    const nextInvitation = await open('invitation', next.id);
    // The next one starts from the words typed, as its own text (it no longer follows its points).
    expect(section(nextInvitation, 'participants')).toMatchObject({ doc: typed, fromData: false });
    // The plan of that conference takes the same thành phần.
    // The plan of that conference takes the same thành phần (the document prints "III. THÀNH PHẦN" over it).
    expect(lines(await open('plan', next.id), 'participants')).toEqual([
      '- Tại điểm cầu tỉnh: các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;',
      '- Tại điểm cầu xã: Ban Thường vụ Đảng ủy xã, phường.',
    ]);
    // Another kind of conference still starts from its points.
    expect(lines(await open('invitation', nationalId), 'participants')[1]).toMatch(
      /^- Tại điểm cầu tỉnh: đồng chí Nông/,
    );

    // Typed again, the latest wording is what the next one starts from.
    const retyped = richDoc(paragraph('5. Thành phần: như giấy mời quý trước.'));
    await t.call('drafts.saveSection', { draftId: nextInvitation.id, key: 'participants', doc: retyped });
    const third = await t.call('conferences.clone', { id: conferenceId, date: '2027-06-25' });
    expect(section(await open('invitation', third.id), 'participants').doc).toEqual(retyped);
  });
});

describe('plan', () => {
  it('takes the time and place, the invitation’s thành phần, the script’s steps and the checklist’s dates', async () => {
    const { date } = demoDay();
    const plan = await open('plan');
    expect(sectionText(plan, 'subject')).toBe(`Tổ chức ${demoDay().name}`);
    // The parts' headings (I. MỤC ĐÍCH, YÊU CẦU …) are the document's, numbered over the parts it prints.
    expect(sectionText(plan, 'purpose')).toMatch(/^1\. Mục đích\n/);
    expect(lines(plan, 'timePlace')[0]).toMatch(/^1\. Thời gian: từ 14 giờ 00 phút/);
    expect(lines(plan, 'participants')).toEqual(lines(await open('invitation'), 'participants').slice(1));
    expect(lines(plan, 'program')).toEqual([
      '- 13 giờ 00: Kiểm tra, chạy thử đường truyền tại các điểm cầu (Bộ phận kỹ thuật, đồng chí Lưu Quang Huy, ' +
        'điện thoại 0912457338).',
      '- 13 giờ 45: Ổn định tổ chức; đại biểu có mặt tại các điểm cầu (Ban Tổ chức).',
      '- 14 giờ 00: Tuyên bố lý do, giới thiệu đại biểu (Người dẫn chương trình).',
      '- 14 giờ 10: Phát biểu khai mạc hội nghị (Đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch ' +
        'HĐND tỉnh).',
      '- 14 giờ 20: Trình bày báo cáo (Đồng chí Trần Đức Long, Phó Trưởng Ban Xây dựng Đảng Tỉnh ủy).',
      '- 14 giờ 40: Thảo luận, phát biểu ý kiến (Đại biểu các điểm cầu).',
      '- 15 giờ 50: Phát biểu kết luận hội nghị (Đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch ' +
        'HĐND tỉnh).',
      '- 16 giờ 05: Bế mạc hội nghị (Người dẫn chương trình).',
    ]);
    const organisation = sectionText(plan, 'organisation');
    expect(organisation).toContain('1. Văn phòng Tỉnh ủy:');
    expect(organisation).toContain(
      `tổng hợp danh sách đại biểu các điểm cầu (hoàn thành trước ngày ${dayMonthYear(shift(date, -2))}).`,
    );
    expect(organisation).toContain(`tại điểm cầu chính (hoàn thành trước ngày ${dayMonthYear(shift(date, -3))})`);
    expect(organisation).toContain('3. Ban Tuyên giáo và Dân vận Tỉnh ủy:');
    expect(organisation).toContain('5. Kinh phí:');
    expectRecipients(lines(plan, 'recipients'));

    // A date moved in the checklist, and steps typed in the script, are what the plan says.
    const rooms = (await t.call('checklist.list', { conferenceId })).find((i) => i.kind === 'room')!;
    await t.call('checklist.update', { id: rooms.id, dueDate: '2027-01-02' });
    const script = await open('script');
    await t.call('drafts.saveSection', {
      draftId: script.id,
      key: 'steps',
      doc: stepsDoc([
        { time: '14:00', who: 'Người dẫn chương trình', says: 'Khai mạc\nKính thưa các đồng chí!' },
        { time: '', who: '', says: 'Giải lao' },
      ]),
    });
    const replanned = await open('plan');
    expect(lines(replanned, 'program')).toEqual(['- 14 giờ 00: Khai mạc (Người dẫn chương trình).', '- Giải lao.']);
    expect(sectionText(replanned, 'organisation')).toContain('tại điểm cầu chính (hoàn thành trước ngày 02/01/2027)');
  });

  it('from the own point: her body takes part', async () => {
    const plan = await open('plan', nationalId);
    expect(sectionText(plan, 'subject')).toMatch(/^Tổ chức tham dự Hội nghị trực tuyến toàn quốc/);
    expect(lines(plan, 'program')[2]).toBe(
      '- 08 giờ 00: Tuyên bố lý do, giới thiệu đại biểu (Người dẫn chương trình).',
    );
    expect(sectionText(plan, 'organisation')).toContain('1. Văn phòng Tỉnh ủy:');
  });
});

describe('script steps', () => {
  it('times the programme from the start, the master of ceremonies opening with the script’s own words', async () => {
    const script = await open('script');
    const steps = stepsOf(section(script, 'steps').doc);
    expect(steps.map((s) => s.time)).toEqual(['13:00', '13:45', '14:00', '14:10', '14:20', '14:40', '15:50', '16:05']);
    const opening = steps[2];
    expect(opening.who).toBe('Người dẫn chương trình');
    for (const line of [...lines(script, 'opening'), ...lines(script, 'closing')]) expect(opening.says).toContain(line);
    expect(opening.says).toContain(
      '- Đồng chí Lương Thị Minh Tâm, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy;',
    );
    expect(steps[4].who).toBe('Đồng chí Trần Đức Long, Phó Trưởng Ban Xây dựng Đảng Tỉnh ủy');

    // The speakers' log, once kept, is the discussion; the opening typed by hand is what is read.
    const [ngoc] = (await t.call('attendees.list', { conferenceId, query: 'Hoàng Thị Minh Ngọc', limit: 1 })).rows;
    await t.call('speeches.add', { conferenceId, attendeeId: ngoc.id, spokenAt: '14:45' });
    await t.call('speeches.add', { conferenceId, speakerName: 'Vũ Văn Khách', spokenAt: '14:55' });
    await t.call('drafts.saveSection', {
      draftId: script.id,
      key: 'opening',
      doc: richDoc(paragraph('Kính thưa các đồng chí đại biểu!')),
    });
    const again = stepsOf(section(await open('script'), 'steps').doc);
    expect(again[2].says.split('\n').slice(0, 2)).toEqual([
      'Tuyên bố lý do, giới thiệu đại biểu:',
      'Kính thưa các đồng chí đại biểu!',
    ]);
    expect(again[5].says.split('\n')).toEqual([
      'Thảo luận, phát biểu ý kiến.',
      'Đồng chí Hoàng Thị Minh Ngọc, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy (điểm cầu Tỉnh ủy Thái Nguyên)',
      'Đồng chí Vũ Văn Khách',
    ]);
    expect(again[6].time).toBe('15:00');
  });
});

describe('tasks and the conclusion notice', () => {
  const writeConclusions = async () => {
    const minutes = await open('minutes');
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'conclusions',
      doc: richDoc(
        paragraph('Đồng chí Hà Quang Vinh đề nghị các cấp ủy tập trung hoàn thành nhiệm vụ năm 2026.'),
        paragraph('Chuẩn bị tốt Đại hội Đảng các cấp.'),
      ),
    });
  };

  it('keeps the tasks in order, marks them done, moves and removes them with undo', async () => {
    const a = await t.call('tasks.add', {
      conferenceId,
      unit: 'Ban Xây dựng Đảng Tỉnh ủy',
      content: 'Tham mưu kế hoạch kiểm điểm cuối năm',
      dueDate: '2027-01-15',
    });
    const b = await t.call('tasks.add', { conferenceId, unit: 'Văn phòng Tỉnh ủy', content: 'Tổng hợp ý kiến' });
    expect(a).toMatchObject({ conferenceId, dueDate: '2027-01-15', doneAt: null, overdue: false });
    expect(b.dueDate).toBeNull();
    const done = await t.call('tasks.update', { id: b.id, done: true, note: 'Đã gửi' });
    expect(done.doneAt).not.toBeNull();
    expect(done.note).toBe('Đã gửi');
    expect((await t.call('tasks.move', { id: b.id, index: 0 })).map((x) => x.id)).toEqual([b.id, a.id]);
    const removal = await t.call('tasks.remove', { id: a.id });
    expect((await t.call('tasks.list', { conferenceId })).map((x) => x.id)).toEqual([b.id]);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect((await t.call('tasks.list', { conferenceId })).map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await t.fail('tasks.add', { conferenceId, unit: ' ', content: 'x' })).message).toBe(
      'Hãy nhập cơ quan, đơn vị được giao nhiệm vụ.',
    );
    expect((await t.fail('tasks.update', { id: 99_999, done: true })).message).toBe(
      'Không tìm thấy nhiệm vụ này; có thể đã bị xoá.',
    );
  });

  it('lists the tasks in the checklist once the day has come, ticked as tasks', async () => {
    const { date } = demoDay();
    const task = await t.call('tasks.add', {
      conferenceId,
      unit: 'Văn phòng Tỉnh ủy',
      content: 'Ra thông báo kết luận',
      dueDate: shift(date, 3),
    });
    expect((await t.call('checklist.list', { conferenceId })).some((i) => i.kind === 'task')).toBe(false);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${date}T10:00:00`));
    let items = await t.call('checklist.list', { conferenceId });
    const item = items.find((i) => i.kind === 'task')!;
    expect(items[items.length - 1]).toBe(item);
    expect(item).toMatchObject({
      taskId: task.id,
      label: 'Văn phòng Tỉnh ủy: Ra thông báo kết luận',
      dueDate: shift(date, 3),
      done: false,
      overdue: false,
    });
    vi.setSystemTime(new Date(`${shift(date, 5)}T10:00:00`));
    expect((await t.call('checklist.list', { conferenceId })).find((i) => i.kind === 'task')?.overdue).toBe(true);
    await t.call('tasks.update', { id: task.id, done: true });
    items = await t.call('checklist.list', { conferenceId });
    expect(items.find((i) => i.kind === 'task')).toMatchObject({ done: true, overdue: false });
    // A task's id is not a checklist item's: the items of the checklist keep theirs.
    expect(new Set(items.filter((i) => i.taskId === undefined).map((i) => i.kind))).toEqual(
      new Set(['room', 'lists', 'documents', 'connection']),
    );
  });

  it('drafts the notice from the minutes’ conclusions and the tasks by unit', async () => {
    const { official, name } = demoDay();
    let notice = await open('conclusion');
    expect(sectionText(notice, 'subject')).toBe(
      `Kết luận của đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh tại ${name}`,
    );
    expect(lines(notice, 'opening')[0]).toMatch(
      new RegExp(`^${official.replace(/^n/, 'N')}, tại Hội trường Tỉnh ủy, .*, Tỉnh ủy Thái Nguyên tổ chức `),
    );
    expect(lines(notice, 'opening')[1]).toBe(
      'Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, đồng chí Phó Bí thư Thường trực Tỉnh ủy Hà ' +
        'Quang Vinh kết luận như sau:',
    );
    // Nothing concluded yet: said so, as the news item says it.
    expect(sectionText(notice, 'conclusions')).toBe('');
    expect(notice.missing).toHaveLength(2);
    expect(notice.missing[0]).toMatch(/^kết luận của đồng chí chủ trì/);

    await writeConclusions();
    await t.call('tasks.add', {
      conferenceId,
      unit: 'Ban Xây dựng Đảng Tỉnh ủy',
      content: 'Tham mưu kế hoạch kiểm điểm.',
      dueDate: '2027-01-15',
    });
    await t.call('tasks.add', {
      conferenceId,
      unit: 'Văn phòng Tỉnh ủy',
      content: 'Theo dõi, đôn đốc',
      dueDate: '2027-01-31',
    });
    await t.call('tasks.add', { conferenceId, unit: 'Ban Xây dựng Đảng Tỉnh ủy', content: 'Hướng dẫn đại hội chi bộ' });
    notice = await open('conclusion');
    expect(notice.missing).toEqual([]);
    expect(lines(notice, 'conclusions')).toEqual([
      'Đồng chí Hà Quang Vinh đề nghị các cấp ủy tập trung hoàn thành nhiệm vụ năm 2026.',
      'Chuẩn bị tốt Đại hội Đảng các cấp.',
    ]);
    expect(lines(notice, 'tasks')).toEqual([
      '1. Ban Xây dựng Đảng Tỉnh ủy:',
      '- Tham mưu kế hoạch kiểm điểm (hoàn thành trước ngày 15/01/2027).',
      '- Hướng dẫn đại hội chi bộ.',
      '2. Văn phòng Tỉnh ủy:',
      '- Theo dõi, đôn đốc (hoàn thành trước ngày 31/01/2027).',
    ]);
    expect(sectionText(notice, 'closing')).toBe(
      'Tỉnh ủy Thái Nguyên thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    );
    expect(lines(notice, 'recipients')).toEqual([
      '- Ban Xây dựng Đảng Tỉnh ủy;',
      '- Văn phòng Tỉnh ủy;',
      '- Lưu Văn phòng Tỉnh ủy.',
    ]);
  });

  it('falls back on what the chair said in the speakers’ log, and from the own point on who presided there', async () => {
    const conference = await t.call('conferences.get', { id: conferenceId });
    const chair = conference.chairs.find((c) => c.role === 'chu_tri')!;
    const speech = await t.call('speeches.add', { conferenceId, attendeeId: chair.attendeeId });
    await t.call('speeches.update', {
      id: speech.id,
      opinion: richDoc(paragraph('Biểu dương các đơn vị hoàn thành tốt nhiệm vụ.')),
    });
    expect(sectionText(await open('conclusion'), 'conclusions')).toBe('Biểu dương các đơn vị hoàn thành tốt nhiệm vụ.');

    const national = await open('conclusion', nationalId);
    expect(sectionText(national, 'subject')).toMatch(/^Kết luận của đồng chí Hà Quang Vinh, /);
    expect(lines(national, 'opening')[0]).toContain(
      'Tại điểm cầu Tỉnh ủy Thái Nguyên, đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND ' +
        'tỉnh chủ trì; dự hội nghị có 69 đại biểu tại điểm cầu Tỉnh ủy Thái Nguyên và 6 điểm cầu trực thuộc.',
    );
    expectRecipients(lines(national, 'recipients'));
  });
});

describe('report', () => {
  it('gives the quick report’s figures per level, the content, the results and the tasks', async () => {
    const [problem] = (await t.call('conferenceBridgePoints.list', { conferenceId })).filter((p) => !p.isMain);
    await t.call('rollCall.mark', { conferenceId, conferenceBridgePointIds: [problem.id], status: 'su_co' });
    const { figures } = await t.call('reports.quick', { conferenceId });
    const report = await open('report');
    expect(sectionText(report, 'subject')).toBe(`Kết quả ${demoDay().name}`);
    expect(lines(report, 'opening')[0]).toMatch(/^Vào lúc 14 giờ 00 phút, chiều /);
    const figureLines = lines(report, 'figures');
    expect(figureLines[0]).toBe(
      `Số điểm cầu kết nối: ${figures.points.connected}/${figures.points.total} điểm cầu; ${figures.points.problems} ` +
        `điểm cầu gặp sự cố (${problem.name}); ${figures.points.unchecked} điểm cầu chưa kiểm tra kết nối.`,
    );
    const d = figures.delegates;
    expect(figureLines[1]).toContain(
      `: ${d.invited} đồng chí; có mặt ${d.present} đồng chí; vắng 0${d.absent} đồng chí`,
    );
    const two = (n: number) => String(n).padStart(2, '0');
    expect(figureLines.slice(2)).toEqual(
      figures.levels.map(
        (l, i, all) =>
          `- ${['Cấp tỉnh', 'Cấp xã', 'Các cơ quan, đơn vị'][i]}: ${l.points} điểm cầu (${l.connected} kết nối), ` +
          `triệu tập ${two(l.invited)} đồng chí, có mặt ${two(l.present)} đồng chí` +
          (l.absent > 0 ? `, vắng ${two(l.absent)} đồng chí` : '') +
          (l.unknown > 0 ? `, chưa điểm danh ${two(l.unknown)} đồng chí` : '') +
          (i === all.length - 1 ? '.' : ';'),
      ),
    );
    expect(report.missing).toHaveLength(2);

    const minutes = await open('minutes');
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'agenda',
      doc: richDoc(
        paragraph('Hội nghị đã nghe đồng chí Trần Đức Long trình bày Báo cáo công tác xây dựng Đảng quý IV.'),
      ),
    });
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'conclusions',
      doc: richDoc(paragraph('Kết luận Hội nghị, đồng chí Hà Quang Vinh biểu dương các đơn vị.')),
    });
    await t.call('speeches.add', { conferenceId, speakerName: 'Vũ Văn Khách', speakerPosition: 'Bí thư Đảng ủy xã' });
    await t.call('tasks.add', { conferenceId, unit: 'Văn phòng Tỉnh ủy', content: 'Theo dõi' });
    const written = await open('report');
    expect(written.missing).toEqual([]);
    expect(lines(written, 'content')).toEqual([
      'Hội nghị đã nghe đồng chí Trần Đức Long trình bày Báo cáo công tác xây dựng Đảng quý IV.',
      'Tại hội nghị có 01 ý kiến phát biểu của đồng chí Vũ Văn Khách, Bí thư Đảng ủy xã.',
    ]);
    expect(lines(written, 'results')).toEqual([
      'Kết luận Hội nghị, đồng chí Hà Quang Vinh biểu dương các đơn vị.',
      'Hội nghị đã giao 01 nhiệm vụ cho 01 cơ quan, đơn vị (theo thông báo kết luận hội nghị).',
    ]);
    expect(lines(written, 'recipients')).toEqual([
      '- Ban Bí thư Trung ương Đảng (để báo cáo);',
      '- Lưu Văn phòng Tỉnh ủy.',
    ]);
    expect(sectionText(written, 'proposals')).toBe('…');
  });

  it('from the own point: her branch’s figures, reported to the host', async () => {
    const { figures } = await t.call('reports.quick', { conferenceId: nationalId });
    const report = await open('report', nationalId);
    const figureLines = lines(report, 'figures');
    expect(figureLines[0]).toBe(`Số điểm cầu kết nối: ${figures.points.connected}/${figures.points.total} điểm cầu.`);
    expect(figureLines[1]).toContain(
      `tại điểm cầu Tỉnh ủy Thái Nguyên và 6 điểm cầu trực thuộc: ${figures.delegates.invited} đồng chí; có mặt ` +
        `${figures.delegates.present} đồng chí`,
    );
    expect(lines(report, 'opening')[1]).toBe(
      'Đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì tại điểm cầu Tỉnh ủy Thái Nguyên.',
    );
    expect(lines(report, 'recipients')).toEqual([
      '- Văn phòng Trung ương Đảng (để báo cáo);',
      '- Lưu Văn phòng Tỉnh ủy.',
    ]);
  });
});
