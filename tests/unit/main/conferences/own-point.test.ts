// Whose documents: the demo conference spoken from one of its points, as the secretary at
// that point records it. Her body issues the minutes, her point's leader presides and signs,
// her point's delegates are counted and named, the host's chair and the national number of
// points are the context; every figure agrees with the quick report's, and the host's view
// comes back when she asks for it.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainText } from '../../../../src/shared/drafting/rich-text';
import type { Draft } from '../../../../src/shared/drafting/draft-types';
import { openDemoServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

const own = 'Điểm cầu Đảng ủy phường Phan Đình Phùng';
const sectionText = (draft: Draft, key: string) => plainText(draft.sections.find((s) => s.key === key)!.doc);
const documentText = async (document: 'minutes' | 'signInSheet', profileId: 'party' | 'state') => {
  const rendered = await t.call('exports.render', { conferenceId, document, profileId });
  const xml = await (
    await JSZip.loadAsync(Buffer.from(rendered.content, 'base64'))
  )
    .file('word/document.xml')!
    .async('string');
  return xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<w:br\/>/g, ' ')
    .replace(/<[^>]+>/g, '');
};

async function speakFromOwnPoint() {
  const points = await t.call('conferenceBridgePoints.list', { conferenceId });
  const point = points.find((p) => p.name === own)!;
  const conference = await t.call('conferences.update', { id: conferenceId, ownPointId: point.id });
  expect(conference.ownPointId).toBe(point.id);
  return point;
}

describe('a conference spoken from the secretary’s own point', () => {
  it('writes the minutes of her point: her body, her point’s chair, her delegates, the host as context', async () => {
    const point = await speakFromOwnPoint();
    // No one set to preside there: the first of its leaders in protocol order does.
    expect(point.presidingName).toBeNull();
    const [leader] = (
      await t.call('attendees.list', { conferenceId, conferenceBridgePointId: point.id, order: 'protocol', limit: 1 })
    ).rows;
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    expect(sectionText(minutes, 'opening')).toMatch(
      /, Đảng ủy phường Phan Đình Phùng tham dự Hội nghị giao ban .* do Tỉnh ủy Thái Nguyên tổ chức, trực tuyến từ .* đến 6 điểm cầu\.$/,
    );
    const attendance = sectionText(minutes, 'attendance').split('\n');
    expect(attendance[0]).toMatch(
      /^Chủ trì Hội nghị: đồng chí Hà Quang Vinh, .* \(tại điểm cầu Tỉnh ủy Thái Nguyên\)\.$/,
    );
    expect(attendance).toContain(
      `Chủ trì tại điểm cầu Đảng ủy phường Phan Đình Phùng: đồng chí ${leader.fullName}, ${leader.position}.`,
    );
    // Her point only, and its figures as the quick report gives them.
    const report = await t.call('reports.quick', { conferenceId });
    const { delegates } = report.figures;
    expect(report.figures.points.total).toBe(1);
    expect(delegates.invited).toBe(point.attendeeCount);
    expect(delegates.present + delegates.absent + delegates.unknown).toBe(delegates.invited);
    const two = (n: number) => String(n).padStart(2, '0');
    expect(attendance.find((l) => l.startsWith('Tổng số'))).toMatch(
      new RegExp(
        `^Tổng số đại biểu được triệu tập tại điểm cầu Đảng ủy phường Phan Đình Phùng: ${two(delegates.invited)} ` +
          `đồng chí; có mặt ${two(delegates.present)} đồng chí; vắng ${two(delegates.absent)} đồng chí`,
      ),
    );
    // Her point's line counts the others: the one presiding is named above.
    expect(attendance.filter((l) => l.startsWith('- Tại điểm cầu'))).toEqual([
      `- Tại điểm cầu Đảng ủy phường Phan Đình Phùng, cùng dự có ${two(delegates.present - 1)} đồng chí; vắng ` +
        `${two(delegates.absent)} đồng chí.`,
    ]);
    expect(report.paragraph).toMatch(
      new RegExp(`^Tại điểm cầu Đảng ủy phường Phan Đình Phùng có ${delegates.present} đại biểu dự\\.`),
    );
    expect(report.paragraph).toMatch(/Hội nghị được kết nối trực tuyến tới 6 điểm cầu\.$/);

    // The news item says who attended at her point.
    const news = await t.call('drafts.open', { conferenceId, kind: 'news' });
    expect(sectionText(news, 'attendance')).toMatch(/^Dự tại điểm cầu Đảng ủy phường Phan Đình Phùng có /);
  });

  it('issues the Word documents from her body, signed by her point’s chair, listing her point only', async () => {
    const point = await speakFromOwnPoint();
    const [leader] = (
      await t.call('attendees.list', { conferenceId, conferenceBridgePointId: point.id, order: 'protocol', limit: 1 })
    ).rows;
    for (const profile of ['party', 'state'] as const) {
      const minutes = await documentText('minutes', profile);
      expect(minutes).toContain('ĐẢNG ỦY PHƯỜNG PHAN ĐÌNH PHÙNG');
      expect(minutes).not.toContain('TỈNH ỦY THÁI NGUYÊN');
      expect(minutes.trimEnd().split('\n').slice(-3).join(' ')).toContain(leader.fullName);
      // Group titles may be set in capitals.
      const signIn = (await documentText('signInSheet', profile)).toLocaleUpperCase('vi-VN');
      expect(signIn).toContain(own.toLocaleUpperCase('vi-VN'));
      expect(signIn).not.toContain('ĐẢNG ỦY XÃ ĐẠI TỪ');
    }
  });

  it('starts her header afresh: what was last exported for the host was another body’s', async () => {
    await t.call('exports.render', {
      conferenceId,
      document: 'minutes',
      profileId: 'state',
      header: { issuingBody: 'Tỉnh ủy Thái Nguyên', number: '12', place: 'Thái Nguyên' },
      remember: true,
    });
    expect((await t.call('exports.headerDefaults', { conferenceId })).issuingBody).toBe('Tỉnh ủy Thái Nguyên');
    await speakFromOwnPoint();
    const header = await t.call('exports.headerDefaults', { conferenceId });
    expect(header).toMatchObject({
      issuingBody: 'Đảng ủy phường Phan Đình Phùng',
      number: null,
      place: 'Phan Đình Phùng',
      profileId: 'state',
    });
    expect(await documentText('minutes', 'state')).toContain('ĐẢNG ỦY PHƯỜNG PHAN ĐÌNH PHÙNG');
  });

  it('comes back to the host’s view, and refuses a point of another conference', async () => {
    await speakFromOwnPoint();
    await t.call('conferences.update', { id: conferenceId, ownPointId: null });
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    expect(sectionText(minutes, 'opening')).toMatch(/, Tỉnh ủy Thái Nguyên tổ chức Hội nghị giao ban/);
    expect((await t.call('reports.quick', { conferenceId })).figures.points.total).toBe(7);
    const refused = await t.fail('conferences.update', { id: conferenceId, ownPointId: 999_999 });
    expect(refused).toMatchObject({ code: 'NOT_FOUND', field: 'ownPointId' });
    expect(refused.message).toContain('Hãy chọn lại điểm cầu của mình');
  });

  it('records the demo’s national conference at the Tỉnh ủy’s point, where its secretary sits', async () => {
    const national = (await t.call('conferences.list', {})).find((c) => c.id !== conferenceId)!;
    expect(national.hostBody).toBe('Văn phòng Trung ương Đảng');
    const points = await t.call('conferenceBridgePoints.list', { conferenceId: national.id });
    const own = points.find((p) => p.name === 'Điểm cầu Tỉnh ủy Thái Nguyên')!;
    expect((await t.call('conferences.get', { id: national.id })).ownPointId).toBe(own.id);

    const minutes = await t.call('drafts.open', { conferenceId: national.id, kind: 'minutes' });
    expect(sectionText(minutes, 'opening')).toMatch(
      /, Tỉnh ủy Thái Nguyên tham dự Hội nghị trực tuyến toàn quốc .* do Văn phòng Trung ương Đảng tổ chức, trực tuyến từ .*Hà Nội đến 7 điểm cầu\.$/,
    );
    const attendance = sectionText(minutes, 'attendance').split('\n');
    expect(attendance[0]).toMatch(/^Chủ trì Hội nghị: đồng chí Đinh Văn Thịnh, .* \(tại điểm cầu Trung ương\)\.$/);
    expect(attendance).toContain(
      'Chủ trì tại điểm cầu Tỉnh ủy Thái Nguyên: đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.',
    );
    // The communes report their numbers only: counted as such, and it all adds up.
    const { delegates } = (await t.call('reports.quick', { conferenceId: national.id })).figures;
    expect(delegates.pointsByCount).toBe(6);
    expect(delegates.present + delegates.absent + delegates.unknown).toBe(delegates.invited);
    expect(attendance.find((l) => l.startsWith('Tổng số'))).toBe(
      `Tổng số đại biểu được triệu tập tại điểm cầu Tỉnh ủy Thái Nguyên và 6 điểm cầu trực thuộc: ${delegates.invited} ` +
        `đồng chí; có mặt ${delegates.present} đồng chí; vắng ${String(delegates.absent).padStart(2, '0')} đồng chí ` +
        `(01 có lý do, ${String(delegates.absentByCount).padStart(2, '0')} theo số lượng điểm cầu báo cáo).`,
    );
    const news = await t.call('drafts.open', { conferenceId: national.id, kind: 'news' });
    expect(sectionText(news, 'attendance')).toBe(
      'Dự tại điểm cầu Tỉnh ủy Thái Nguyên có các đồng chí: Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ ' +
        'tịch HĐND tỉnh; Nông Văn Thành, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Tỉnh ủy.',
    );
    expect(await t.call('exports.headerDefaults', { conferenceId: national.id })).toMatchObject({
      issuingBody: 'Tỉnh ủy Thái Nguyên',
      place: 'Thái Nguyên',
      symbol: 'BB/TU',
      profileId: 'party',
    });
  });
});
