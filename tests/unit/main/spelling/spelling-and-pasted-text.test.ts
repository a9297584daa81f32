// The spell check knows the conference's own names, and attendees pasted as text go through
// the import's preview and commit like a file.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pastedTextName } from '../../../../src/main/import/preview';
import { openDemoServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

describe('spelling', () => {
  it(
    'flags words no dictionary knows, with their place and suggestions, ' + 'but never the names of the conference',
    async () => {
      const sentence = 'Đồng chí Ksor Phước Hà phát biểu tại hộii nghị, đồng chí Lò Văn Pọm nhất trí.';
      const before = await t.call('spelling.check', { conferenceId, text: sentence });
      expect(before.map((m) => m.word)).toEqual(['Ksor', 'hộii', 'Pọm']);
      const typo = before[1];
      expect(sentence.slice(typo.start, typo.end)).toBe('hộii');
      expect(typo.suggestions).toContain('hội');

      await t.call('attendees.add', {
        conferenceId,
        rows: [{ fullName: 'Ksor Phước Hà', position: 'Phó Chủ tịch UBND huyện Krông Pa' }],
      });
      const after = await t.call('spelling.check', { conferenceId, text: `${sentence} Huyện Krông Pa.` });
      expect(after.map((m) => m.word)).toEqual(['hộii', 'Pọm']);
      // Names of another conference are not vouched for here.
      const other = await t.call('conferences.create', {
        name: 'Khác',
        kind: 'khac',
        date: '2026-12-31',
        session: 'sang',
        startTime: '08:00',
      });
      expect(
        (await t.call('spelling.check', { conferenceId: other.id, text: 'Đồng chí Ksor Phước Hà' })).map((m) => m.word),
      ).toEqual(['Ksor']);
    },
  );
});

describe('attendees from pasted text', () => {
  it("previews the people of a news item's attendance sentence with their point, then adds them", async () => {
    const text =
      'Dự tại điểm cầu Tỉnh ủy Thái Nguyên có các đồng chí: Trịnh Việt Hùng, Bí thư Tỉnh ủy; Nguyễn Thanh ' +
      'Hải, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.';
    const preview = await t.call('imports.previewText', { text, conferenceId });
    expect(preview.fileName).toBe(pastedTextName);
    expect(preview.rows.map((r) => [r.fullName, r.position, r.bridgePoint])).toEqual([
      ['Trịnh Việt Hùng', 'Bí thư Tỉnh ủy', 'Điểm cầu Tỉnh ủy Thái Nguyên'],
      ['Nguyễn Thanh Hải', 'Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh', 'Điểm cầu Tỉnh ủy Thái Nguyên'],
    ]);
    expect(preview.points).toEqual([
      expect.objectContaining({ count: 2, matchedName: 'Điểm cầu Tỉnh ủy Thái Nguyên' }),
    ]);
    const before = (await t.call('attendees.list', { conferenceId })).total;
    const result = await t.call('imports.commit', {
      requestId: randomUUID().replace(/-/g, ''),
      previewId: preview.previewId,
      target: { conferenceId },
    });
    expect(result).toMatchObject({ imported: 2, newPoints: 0 });
    const [hung] = (await t.call('attendees.list', { conferenceId, query: 'trinh viet hung' })).rows;
    const points = await t.call('conferenceBridgePoints.list', { conferenceId });
    expect(points.find((p) => p.id === hung.conferenceBridgePointId)?.name).toBe('Điểm cầu Tỉnh ủy Thái Nguyên');
    expect((await t.call('attendees.list', { conferenceId })).total).toBe(before + 2);
  });

  it('says what to paste when the text names nobody, and writes nothing', async () => {
    const error = await t.fail('imports.previewText', { text: 'Hội nghị diễn ra thành công tốt đẹp.', conferenceId });
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toMatch(/^Không tìm thấy đại biểu nào trong đoạn văn đã dán\./);
    expect(await t.fail('imports.previewText', { text: '   ' })).toMatchObject({
      code: 'VALIDATION',
      message: 'Hãy dán đoạn văn có tên các đại biểu.',
    });
  });
});
