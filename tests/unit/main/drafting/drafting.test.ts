// The drafting workspace through the contract, on the demo conference (the Tỉnh ủy's review
// of the current quarter): generated parts, keeping in step with the data, versions, the lock,
// templates and the speakers' log.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../../src/shared/drafting/draft-types';
import { bulletList, paragraph, plainText, richDoc, text } from '../../../../src/shared/drafting/rich-text';
import { demoDay, openDemoServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => {
  vi.useRealTimers();
  return t.close();
});

const section = (draft: Draft, key: string) => {
  const found = draft.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
const sectionText = (draft: Draft, key: string) => plainText(section(draft, key).doc);
const pointId = async (name: string) =>
  (await t.call('conferenceBridgePoints.list', { conferenceId })).find((p) => p.name === name)!.id;

describe('minutes', () => {
  it('has the sections of docs/formats.md, with opening and attendance worked out from the data', async () => {
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    expect(minutes.sections.map((s) => s.key)).toEqual([
      'opening',
      'attendance',
      'agenda',
      'speeches',
      'conclusions',
      'closing',
    ]);
    expect(sectionText(minutes, 'opening')).toBe(
      `Vào lúc 14 giờ 00 phút, ${demoDay().official}, tại Hội trường Tỉnh ủy, số 16 đường Nha Trang, phường ` +
        `Phan Đình Phùng, Thái Nguyên, Tỉnh ủy Thái Nguyên tổ chức ${demoDay().name}, kết nối trực tuyến đến 6 ` +
        'điểm cầu.',
    );
    const attendance = sectionText(minutes, 'attendance').split('\n');
    expect(attendance[0]).toBe('Chủ trì: đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.');
    expect(attendance[2]).toBe('Thư ký: đồng chí Đặng Thu Trang, Chuyên viên Văn phòng Tỉnh ủy.');
    // The figures add up to those invited: 37 present, 7 absent, 6 who confirmed and are not marked yet.
    expect(attendance).toContain(
      'Tổng số đại biểu được triệu tập tại 7 điểm cầu: 50 đồng chí; có mặt 37 đồng chí; vắng 07 đồng chí (03 có ' +
        'lý do, 04 không có lý do); chưa điểm danh 06 đồng chí (đã xác nhận tham dự).',
    );
    expect(attendance).toContain(
      // The chair, co-chair and secretary sit here and have lines of their own.
      '- Tại điểm cầu Tỉnh ủy Thái Nguyên, cùng dự có các đồng chí Lương Thị Minh Tâm, Ủy viên Ban Thường ' +
        'vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; Trần Đức Long, Phó Trưởng Ban Xây dựng Đảng Tỉnh ủy; Hoàng Thị ' +
        'Minh Ngọc, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.',
    );
    // Minutes style: counts in two digits, the others counted after those named.
    expect(attendance).toContain(
      '- Tại điểm cầu Đảng ủy UBND tỉnh, dự có đồng chí Nguyễn Đình Tuấn, Bí thư Đảng ủy và 02 đồng chí khác; ' +
        'vắng 02 đồng chí.',
    );
    // The point name is bold, as the minutes set it.
    const list = section(minutes, 'attendance').doc.content.find((b) => b.type === 'bulletList');
    expect(list?.type === 'bulletList' && list.content[0].content[0].content?.[0]).toMatchObject({
      text: 'Tại điểm cầu Tỉnh ủy Thái Nguyên',
      marks: [{ type: 'bold' }],
    });
    expect(section(minutes, 'attendance')).toMatchObject({ fromData: true, canFollowData: true });
    expect(section(minutes, 'agenda')).toMatchObject({ fromData: false, canFollowData: false });
  });

  it(
    'keeps the attendance in step with the attendees until it ' +
      'is edited by hand, and follows the data again on request',
    async () => {
      const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      const huyen = await pointId('Điểm cầu Đảng ủy xã Phú Lương');
      await t.call('attendees.add', {
        conferenceId,
        rows: [
          {
            fullName: 'Hoàng Văn Dũng',
            position: 'Đảng ủy viên, Phó Chủ tịch UBND xã',
            conferenceBridgePointId: huyen,
            role: 'khach_moi',
            status: 'co_mat',
          },
        ],
      });
      const again = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      expect(again.version.number).toBe(minutes.version.number);
      expect(sectionText(again, 'attendance')).toContain(
        // A protocol order set by the secretary comes before the rank of the role.
        '- Tại điểm cầu Đảng ủy xã Phú Lương, dự có các đồng chí Nguyễn Hồng Hạnh, Bí thư Đảng ủy xã; Hoàng Văn ' +
          'Dũng, Đảng ủy viên, Phó Chủ tịch UBND xã và 04 đồng chí khác; vắng 02 đồng chí.',
      );
      // What was shown is what is stored, so the history and a lock see it.
      const stored = t
        .raw()
        .prepare(`SELECT doc FROM draft_sections WHERE version_id = ? AND key = 'attendance'`)
        .pluck()
        .get(again.version.id) as string;
      expect(stored).toContain('Hoàng Văn Dũng');

      const edited = richDoc(
        paragraph('Chủ trì: đồng chí Hà Quang Vinh.'),
        paragraph(text('Có 50 đại biểu', 'bold'), ' dự.'),
      );
      await t.call('drafts.saveSection', { draftId: minutes.id, key: 'attendance', doc: edited });
      await t.call('attendees.add', {
        conferenceId,
        rows: [
          {
            fullName: 'Vũ Thị Lan',
            position: 'Công chức Văn phòng Đảng ủy xã',
            conferenceBridgePointId: huyen,
            role: 'khach_moi',
          },
        ],
      });
      const byHand = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      expect(section(byHand, 'attendance')).toMatchObject({ doc: edited, fromData: false });

      const synced = await t.call('drafts.saveSection', {
        draftId: minutes.id,
        key: 'attendance',
        doc: richDoc(),
        fromData: true,
      });
      expect(synced.section.fromData).toBe(true);
      // The hand-edited text stays in the version before.
      expect(synced.version.number).toBe(minutes.version.number + 1);
      expect(section(await t.call('drafts.version', { versionId: minutes.version.id }), 'attendance').doc).toEqual(
        edited,
      );
      expect(plainText(synced.section.doc)).toContain('Vũ Thị Lan, Công chức Văn phòng Đảng ủy xã');
      expect(
        await t.fail('drafts.saveSection', { draftId: minutes.id, key: 'agenda', doc: richDoc(), fromData: true }),
      ).toMatchObject({ code: 'VALIDATION' });
    },
  );

  it('names a chair marked absent only among the absent', async () => {
    const [chair] = (await t.call('attendees.list', { conferenceId, role: 'chu_tri' })).rows;
    await t.call('attendees.update', { id: chair.id, status: 'vang_co_ly_do', note: 'đi công tác nước ngoài' });
    const attendance = sectionText(await t.call('drafts.open', { conferenceId, kind: 'minutes' }), 'attendance');
    expect(attendance).not.toContain('Chủ trì:');
    expect(attendance).toContain(
      'Vắng có lý do: các đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh (đi công tác ' +
        'nước ngoài);',
    );
    // Absent, he does not preside at his point either.
    expect(attendance).toContain('- Tại điểm cầu Tỉnh ủy Thái Nguyên, cùng dự có các đồng chí Lương Thị Minh Tâm');
    expect(sectionText(await t.call('drafts.open', { conferenceId, kind: 'news' }), 'lead')).toMatch(
      new RegExp(`^${demoDay().press}, Tỉnh ủy Thái Nguyên tổ chức Hội nghị`),
    );
  });

  it('keeps formatting, refuses a malformed document, and names absentees with their reason', async () => {
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    const doc = richDoc(
      {
        type: 'paragraph',
        attrs: { indent: 2, textAlign: 'justify' },
        content: [text('Báo cáo ', 'bold', 'italic'), text('quý IV', 'underline')],
      },
      bulletList(paragraph('Một'), paragraph('Hai')),
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph('Ba')] }] },
    );
    await t.call('drafts.saveSection', { draftId: minutes.id, key: 'agenda', doc });
    expect(section(await t.call('drafts.open', { conferenceId, kind: 'minutes' }), 'agenda').doc).toEqual(doc);
    // A run of characters the cleaning removes leaves no empty run the editor would refuse.
    const cleaned = await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'closing',
      doc: richDoc(paragraph(text('\f', 'bold'), 'Bế mạc.')),
    });
    expect(cleaned.section.doc).toEqual(richDoc(paragraph('Bế mạc.')));
    const bad = await t.fail('drafts.saveSection', {
      draftId: minutes.id,
      key: 'agenda',
      doc: { type: 'doc', content: [{ type: 'image', attrs: { src: 'http://x' } }] },
    });
    expect(bad.code).toBe('VALIDATION');

    const [absentee] = (await t.call('attendees.list', { conferenceId, status: 'vang_co_ly_do' })).rows;
    await t.call('attendees.update', { id: absentee.id, note: 'đi công tác' });
    const again = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    expect(sectionText(again, 'attendance')).toContain(
      `Vắng có lý do: các đồng chí ${absentee.fullName}, ${absentee.position} (đi công tác);`,
    );
  });
});

describe('versions and the lock', () => {
  it(
    'saves into the current version, starts a new one after ten minutes, ' + 'and lists them with their times',
    async () => {
      const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      const first = await t.call('drafts.saveSection', {
        draftId: minutes.id,
        key: 'agenda',
        doc: richDoc(paragraph('Hội nghị đã nghe báo cáo.')),
      });
      expect(first.version.number).toBe(1);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 11 * 60_000);
      const later = await t.call('drafts.saveSection', {
        draftId: minutes.id,
        key: 'agenda',
        doc: richDoc(paragraph('Hội nghị đã nghe hai báo cáo.')),
      });
      expect(later.version.number).toBe(2);
      const versions = await t.call('drafts.versions', { draftId: minutes.id });
      expect(versions.map((v) => v.number)).toEqual([2, 1]);
      expect(versions[1].savedAt <= versions[0].savedAt).toBe(true);
      expect(sectionText(await t.call('drafts.version', { versionId: versions[1].id }), 'agenda')).toBe(
        'Hội nghị đã nghe báo cáo.',
      );
    },
  );

  it(
    'never changes a locked version: edits after "Chốt" go into a new one, ' + 'and the database itself refuses',
    async () => {
      const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      await t.call('drafts.saveSection', {
        draftId: minutes.id,
        key: 'conclusions',
        doc: richDoc(paragraph('Kết luận đã đọc lại.')),
      });
      const locked = await t.call('drafts.lock', { draftId: minutes.id });
      expect(locked.version.lockedAt).not.toBeNull();
      expect(await t.fail('drafts.lock', { draftId: minutes.id })).toMatchObject({
        code: 'CONFLICT',
        message: 'Phiên bản 1 đã được chốt rồi.',
      });

      const saved = await t.call('drafts.saveSection', {
        draftId: minutes.id,
        key: 'conclusions',
        doc: richDoc(paragraph('Sửa sau khi chốt.')),
      });
      expect(saved.version).toMatchObject({ number: 2, lockedAt: null });
      // New attendees change the attendance of the open version only.
      await t.call('attendees.add', {
        conferenceId,
        rows: [
          {
            fullName: 'Vũ Thị Lan',
            role: 'khach_moi',
            conferenceBridgePointId: await pointId('Điểm cầu Đảng ủy xã Đại Từ'),
          },
        ],
      });
      await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      const v1 = await t.call('drafts.version', { versionId: locked.version.id });
      expect(sectionText(v1, 'conclusions')).toBe('Kết luận đã đọc lại.');
      expect(sectionText(v1, 'attendance')).not.toContain('Vũ Thị Lan');
      expect(v1.version.lockedAt).toBe(locked.version.lockedAt);

      const db = new Database(t.dbPath);
      try {
        expect(() =>
          db.prepare(`UPDATE draft_sections SET doc = '{}' WHERE version_id = ?`).run(locked.version.id),
        ).toThrow(/locked draft version/);
        expect(() =>
          db.prepare(`UPDATE draft_versions SET locked_at = NULL WHERE id = ?`).run(locked.version.id),
        ).toThrow(/locked draft version/);
      } finally {
        db.close();
      }
    },
  );

  it('restores an old version as a new one and compares two versions word by word', async () => {
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'closing',
      doc: richDoc(paragraph('Hội nghị kết thúc vào lúc 16 giờ 30 phút.')),
    });
    const v1 = await t.call('drafts.lock', { draftId: minutes.id });
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'closing',
      doc: richDoc(paragraph('Hội nghị kết thúc vào lúc 17 giờ 05 phút cùng ngày.')),
    });
    const v2 = (await t.call('drafts.versions', { draftId: minutes.id }))[0];

    const comparison = await t.call('drafts.compare', { fromVersionId: v1.version.id, toVersionId: v2.id });
    const closing = comparison.find((c) => c.key === 'closing')!;
    expect(closing.changed).toBe(true);
    expect(closing.parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual(['16', '30']);
    expect(closing.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual([
      '17',
      '05',
      'cùng ngày',
    ]);
    expect(comparison.find((c) => c.key === 'agenda')!.changed).toBe(false);

    // The data changed since version 1 was signed: the restored text is still version 1's.
    await t.call('attendees.add', {
      conferenceId,
      rows: [
        {
          fullName: 'Vũ Thị Lan',
          role: 'khach_moi',
          conferenceBridgePointId: await pointId('Điểm cầu Đảng ủy xã Đại Từ'),
        },
      ],
    });
    const restored = await t.call('drafts.restore', { versionId: v1.version.id });
    expect(restored.version).toMatchObject({ number: 3, lockedAt: null });
    expect(sectionText(restored, 'closing')).toBe('Hội nghị kết thúc vào lúc 16 giờ 30 phút.');
    expect(section(restored, 'attendance')).toMatchObject({ doc: section(v1, 'attendance').doc, fromData: false });
    expect((await t.call('drafts.versions', { draftId: minutes.id })).map((v) => v.number)).toEqual([3, 2, 1]);

    const news = await t.call('drafts.open', { conferenceId, kind: 'news' });
    expect(
      await t.fail('drafts.compare', { fromVersionId: v1.version.id, toVersionId: news.version.id }),
    ).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('news item', () => {
  it(
    'reads like the example: session and date, the chair with ' +
      'full titles, the attendance sentence in protocol order',
    async () => {
      const news = await t.call('drafts.open', { conferenceId, kind: 'news' });
      expect(news.sections.map((s) => s.key)).toEqual(['title', 'lead', 'attendance', 'body', 'byline']);
      // A headline from what the conference is for, not its name: "Giao ban trực tuyến … quý IV/2026".
      expect(sectionText(news, 'title')).toBe(
        demoDay()
          .name.replace(/^Hội nghị giao ban/, 'Giao ban')
          .replace(/ năm (\d{4})$/, '/$1'),
      );
      expect(sectionText(news, 'lead')).toBe(
        `${demoDay().press}, đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đã ` +
          `chủ trì ${demoDay().name}. Cùng chủ trì có đồng chí Nông Văn Thành, Ủy viên Ban Thường vụ, Trưởng ` +
          'Ban Xây dựng Đảng Tỉnh ủy. Hội nghị được kết nối trực tuyến tới 6 điểm cầu.',
      );
      // The main room's leaders beyond the chairs, in protocol order.
      expect(sectionText(news, 'attendance')).toBe(
        'Dự tại điểm cầu Tỉnh ủy Thái Nguyên có các đồng chí: Lương Thị Minh Tâm, Ủy viên Ban Thường vụ, Chủ ' +
          'nhiệm Ủy ban Kiểm tra Tỉnh ủy; Trần Đức Long, Phó Trưởng Ban Xây dựng Đảng Tỉnh ủy; Hoàng Thị Minh ' +
          'Ngọc, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.',
      );
      expect(sectionText(news, 'byline')).toBe('Đặng Thu Trang');

      const daiTu = await pointId('Điểm cầu Đảng ủy xã Đại Từ');
      const chosen = await t.call('drafts.updateSettings', {
        draftId: news.id,
        newsPointId: daiTu,
        byline: 'Thu Trang (Văn phòng Tỉnh ủy)',
      });
      expect(sectionText(chosen, 'attendance')).toBe(
        'Dự tại điểm cầu Đảng ủy xã Đại Từ có đồng chí Nguyễn Diệu My, Bí thư Đảng ủy xã.',
      );
      expect(sectionText(chosen, 'byline')).toBe('Thu Trang (Văn phòng Tỉnh ủy)');
      const other = await t.call('conferences.create', {
        name: 'Khác',
        kind: 'khac',
        date: '2026-12-31',
        session: 'sang',
        startTime: '08:00',
        mainBridgePointId: 1,
      });
      const foreign = (await t.call('conferenceBridgePoints.list', { conferenceId: other.id }))[0].id;
      expect(await t.fail('drafts.updateSettings', { draftId: news.id, newsPointId: foreign })).toMatchObject({
        code: 'VALIDATION',
        field: 'newsPointId',
      });
    },
  );

  it('draws its body from the minutes and the speakers, leaving out what the secretary has not filled in', async () => {
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'agenda',
      doc: richDoc(
        paragraph(
          'Hội nghị đã nghe đồng chí Trần Đức Long trình bày Báo cáo kết quả công tác xây dựng Đảng trong quý.',
        ),
        paragraph('…'),
      ),
    });
    await t.call('drafts.saveSection', {
      draftId: minutes.id,
      key: 'conclusions',
      doc: richDoc(
        paragraph('Đồng chí đề nghị các cấp ủy tiếp tục chuẩn bị tốt công tác nhân sự.'),
        bulletList(paragraph('…')),
      ),
    });
    const [speaker] = (await t.call('attendees.list', { conferenceId, query: 'luong thi minh tam' })).rows;
    await t.call('speeches.add', { conferenceId, attendeeId: speaker.id, spokenAt: '15:10' });

    const news = await t.call('drafts.open', { conferenceId, kind: 'news' });
    // Those the lead and the attendance sentence introduced are named again by their office only.
    expect(sectionText(news, 'body').split('\n')).toEqual([
      'Hội nghị đã nghe đồng chí Trần Đức Long trình bày Báo cáo kết quả công tác xây dựng Đảng trong quý.',
      'Tại hội nghị, đồng chí Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lương Thị Minh Tâm đã phát biểu ý kiến.',
      'Phát biểu kết luận Hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy Hà Quang Vinh đề nghị các cấp ủy ' +
        'tiếp tục chuẩn bị tốt công tác nhân sự.',
    ]);
    expect(news.missing).toEqual([]);
  });

  it(
    "leaves out the minutes' template wording until it is written, lists what is missing, and names the chair " +
      'again by his office',
    async () => {
      const fresh = await t.call('drafts.open', { conferenceId, kind: 'news' });
      const missing = [
        'nội dung các báo cáo (biên bản, mục Nội dung)',
        'kết luận của đồng chí chủ trì (biên bản, mục Kết luận)',
      ];
      expect(fresh.missing).toEqual(missing);
      // The minutes as the template starts them: "đồng chí … trình bày", "đồng chí đề nghị:", "- …".
      const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      expect(sectionText(minutes, 'agenda')).toContain('…');
      expect(sectionText(minutes, 'conclusions')).toContain('đồng chí đề nghị:\n- …');
      const news = await t.call('drafts.open', { conferenceId, kind: 'news' });
      expect(news.missing).toEqual(missing);
      const text = news.sections.map((s) => plainText(s.doc)).join('\n');
      expect(text).not.toMatch(/…|\.\.\./);
      expect(text.split('\n').filter((line) => line.trim().endsWith(':'))).toEqual([]);
      expect(sectionText(news, 'body')).toBe('');

      // The conclusions written: the template's opening sentence now goes with them.
      const [opening] = section(minutes, 'conclusions').doc.content;
      await t.call('drafts.saveSection', {
        draftId: minutes.id,
        key: 'conclusions',
        doc: richDoc(
          opening as ReturnType<typeof paragraph>,
          paragraph('Để thực hiện tốt nhiệm vụ thời gian tới, đồng chí đề nghị:'),
          bulletList(paragraph('Tập trung chuẩn bị tốt công tác nhân sự đại hội.'), paragraph('…')),
        ),
      });
      const written = await t.call('drafts.open', { conferenceId, kind: 'news' });
      expect(written.missing).toEqual([missing[0]]);
      expect(sectionText(written, 'body').split('\n')).toEqual([
        'Phát biểu kết luận Hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy Hà Quang Vinh ghi nhận, đánh giá ' +
          'cao những kết quả đạt được trong thời gian qua; đồng thời chỉ rõ những hạn chế cần khắc phục.',
        'Để thực hiện tốt nhiệm vụ thời gian tới, đồng chí đề nghị:',
        '- Tập trung chuẩn bị tốt công tác nhân sự đại hội.',
      ]);

      // Typed by hand, the body no longer draws on the minutes: nothing is missing from it.
      await t.call('drafts.saveSection', {
        draftId: written.id,
        key: 'body',
        doc: richDoc(paragraph('Hội nghị thành công tốt đẹp.')),
      });
      expect((await t.call('drafts.open', { conferenceId, kind: 'news' })).missing).toEqual([]);
    },
  );

  it('drafts a new conference with nobody named yet without a gap or a sentence left open', async () => {
    const created = await t.call('conferences.create', {
      name: 'Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2026 công tác tổ chức xây dựng Đảng',
      kind: 'so_ket',
      date: '2026-07-02',
      session: 'sang',
      startTime: '08:00',
      mainBridgePointId: 1,
    });
    await t.call('drafts.open', { conferenceId: created.id, kind: 'minutes' });
    const news = await t.call('drafts.open', { conferenceId: created.id, kind: 'news' });
    expect(sectionText(news, 'title')).toBe('Sơ kết 6 tháng đầu năm 2026 công tác tổ chức xây dựng Đảng');
    const lines = news.sections.flatMap((s) => plainText(s.doc).split('\n'));
    expect(lines.filter((line) => /…|\.\.\.|:\s*$/.test(line))).toEqual([]);
    expect(news.missing).toHaveLength(2);
  });
});

describe('speakers log', () => {
  it(
    "stamps the time, takes the speaker from the attendees, keeps the order given, and becomes the minutes' " +
      'opinions',
    async () => {
      const [son] = (await t.call('attendees.list', { conferenceId, query: 'luong thi minh tam' })).rows;
      const [phuc] = (await t.call('attendees.list', { conferenceId, query: 'dieu my' })).rows;
      const first = await t.call('speeches.add', { conferenceId, attendeeId: son.id });
      expect(first).toMatchObject({
        speakerName: 'Lương Thị Minh Tâm',
        speakerPosition: 'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
        bridgePointName: 'Điểm cầu Tỉnh ủy Thái Nguyên',
      });
      expect(first.spokenAt).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      const second = await t.call('speeches.add', { conferenceId, attendeeId: phuc.id, spokenAt: '15:20' });
      const third = await t.call('speeches.add', {
        conferenceId,
        speakerName: 'Trần Văn Khách',
        speakerPosition: 'Phóng viên Báo Thái Nguyên',
      });
      await t.call('speeches.update', {
        id: second.id,
        opinion: richDoc(paragraph('Đề nghị ', text('bổ sung', 'bold'), ' kinh phí.')),
      });
      const moved = await t.call('speeches.move', { id: third.id, index: 0 });
      expect(moved.map((s) => s.id)).toEqual([third.id, first.id, second.id]);

      const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      expect(sectionText(minutes, 'speeches').split('\n')).toEqual([
        'Đồng chí Trần Văn Khách, Phóng viên Báo Thái Nguyên phát biểu:',
        'Đồng chí Lương Thị Minh Tâm, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy (điểm cầu Tỉnh ' +
          'ủy Thái Nguyên) phát biểu:',
        'Đồng chí Nguyễn Diệu My, Bí thư Đảng ủy xã (điểm cầu Đảng ủy xã Đại Từ) phát biểu:',
        'Đề nghị bổ sung kinh phí.',
      ]);

      const removal = await t.call('speeches.remove', { id: third.id });
      expect((await t.call('speeches.list', { conferenceId })).map((s) => s.id)).toEqual([first.id, second.id]);
      await t.call('undo.restore', { undoId: removal.undoId });
      expect((await t.call('speeches.list', { conferenceId })).map((s) => s.id)).toEqual([
        third.id,
        first.id,
        second.id,
      ]);
    },
  );

  it('refuses a speaker from another conference and an entry with no name', async () => {
    const other = await t.call('conferences.create', {
      name: 'Khác',
      kind: 'khac',
      date: '2026-12-31',
      session: 'sang',
      startTime: '08:00',
    });
    const [son] = (await t.call('attendees.list', { conferenceId, query: 'luong thi minh tam' })).rows;
    expect(await t.fail('speeches.add', { conferenceId: other.id, attendeeId: son.id })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'attendeeId',
    });
    expect(await t.fail('speeches.add', { conferenceId })).toMatchObject({
      code: 'VALIDATION',
      message: 'Hãy chọn đại biểu phát biểu hoặc gõ họ tên.',
    });
    expect(await t.call('speeches.list', { conferenceId: other.id })).toEqual([]);
  });
});

describe('templates', () => {
  it('offers the usual phrasing of each kind of conference', async () => {
    const templates = await t.call('drafts.templates', { kind: 'minutes' });
    const kinds = templates.filter((x) => x.builtIn).map((x) => x.conferenceKind);
    expect(kinds).toEqual(
      expect.arrayContaining(['giao_ban', 'hoc_tap_nghi_quyet', 'so_ket', 'tong_ket', 'chuyen_de']),
    );
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    const applied = await t.call('drafts.applyTemplate', {
      draftId: minutes.id,
      templateId: 'builtin:minutes:hoc_tap_nghi_quyet',
    });
    expect(applied.version.number).toBe(2);
    expect(sectionText(applied, 'agenda')).toContain('quán triệt những nội dung cơ bản, cốt lõi của Nghị quyết');
    expect(sectionText(applied, 'conclusions')).toContain(
      'Kết luận Hội nghị, đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy',
    );
    // The generated parts stay as they were.
    expect(section(applied, 'attendance').fromData).toBe(true);
    expect(
      await t.fail('drafts.applyTemplate', { draftId: minutes.id, templateId: 'builtin:news:giao_ban' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it(
    "saves the secretary's own wording with the conference's details as placeholders, and uses it for the " +
      'next conference of that kind',
    async () => {
      const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
      await t.call('drafts.saveSection', {
        draftId: minutes.id,
        key: 'closing',
        doc: richDoc(paragraph('Đồng chí Hà Quang Vinh tuyên bố bế mạc ', text(demoDay().name, 'italic'), '.')),
      });
      const saved = await t.call('drafts.saveTemplate', { draftId: minutes.id, name: 'Mẫu giao ban của Văn phòng' });
      expect(saved.id).toMatch(/^user:\d+$/);
      expect(saved).toMatchObject({
        conferenceKind: 'giao_ban',
        builtIn: false,
      });
      const stored = t.raw().prepare(`SELECT sections FROM draft_templates`).pluck().get() as string;
      expect(stored).toContain('Đồng chí {{chuTri}} tuyên bố bế mạc ');
      expect(stored).toContain('{{tenHoiNghi}}');

      const next = await t.call('conferences.create', {
        name: 'Hội nghị giao ban quý I năm 2027',
        kind: 'giao_ban',
        date: '2027-03-30',
        session: 'sang',
        startTime: '08:00',
        chair: { fullName: 'Nguyễn Văn Hùng', position: 'Bí thư Tỉnh ủy' },
      });
      const draft = await t.call('drafts.open', { conferenceId: next.id, kind: 'minutes' });
      expect(sectionText(draft, 'closing')).toBe(
        'Đồng chí Nguyễn Văn Hùng tuyên bố bế mạc Hội nghị giao ban quý I năm 2027.',
      );
      expect((await t.call('drafts.templates', { kind: 'minutes' }))[0]).toMatchObject({
        id: saved.id,
        name: 'Mẫu giao ban của Văn phòng',
      });

      // Where the conference says nothing, ordinary wording is not mistaken for its details.
      const plain = await t.call('conferences.create', {
        name: 'Hội nghị chuyên đề',
        kind: 'chuyen_de',
        date: '2027-01-05',
        session: 'sang',
        startTime: '08:00',
      });
      const plainDraft = await t.call('drafts.open', { conferenceId: plain.id, kind: 'minutes' });
      await t.call('drafts.saveSection', {
        draftId: plainDraft.id,
        key: 'closing',
        doc: richDoc(paragraph('Thay mặt Ban Tổ chức, xin cảm ơn 0 điểm cầu.')),
      });
      const own = await t.call('drafts.saveTemplate', { draftId: plainDraft.id, name: 'Chuyên đề' });
      const ownText = t
        .raw()
        .prepare(`SELECT sections FROM draft_templates WHERE id = ?`)
        .pluck()
        .get(Number(own.id.slice(5))) as string;
      expect(ownText).toContain('Thay mặt Ban Tổ chức, xin cảm ơn 0 điểm cầu.');

      await t.call('drafts.removeTemplate', { templateId: saved.id });
      expect((await t.call('drafts.templates', { kind: 'minutes' })).some((x) => x.id === saved.id)).toBe(false);
      expect(await t.fail('drafts.removeTemplate', { templateId: 'builtin:minutes:giao_ban' })).toMatchObject({
        code: 'VALIDATION',
      });
    },
  );
});

describe('master of ceremonies script', () => {
  it('introduces the main room first, then each point with its leaders', async () => {
    const script = await t.call('drafts.open', { conferenceId, kind: 'script' });
    const lines = sectionText(script, 'delegates').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Về dự hội nghị tại điểm cầu chính Tỉnh ủy Thái Nguyên, có các đồng chí:',
      '- Đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, chủ trì hội nghị;',
      '- Đồng chí Nông Văn Thành, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Tỉnh ủy, đồng chủ trì hội ' + 'nghị;',
    ]);
    expect(lines[6]).toBe('Về dự hội nghị tại điểm cầu Đảng ủy các cơ quan Đảng tỉnh, có đồng chí:');
    expect(sectionText(script, 'opening')).toContain('Hội nghị được kết nối trực tuyến đến 6 điểm cầu.');
  });
});
