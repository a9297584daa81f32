// "Sao chép" puts the draft on the clipboard twice: as HTML for a word processor (read by
// LibreOffice Writer in tests/integration/shared/drafting/clipboard.test.ts) and as plain text, which
// must read the same: title, parts and their lines in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftForClipboard } from '../../../../src/shared/drafting/clipboard';
import type { Draft } from '../../../../src/shared/drafting/draft-types';
import { formattedMinutes } from '../../../helpers/formatted-minutes';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let minutes: Draft;
beforeAll(async () => {
  t = await openTestServices();
  minutes = await formattedMinutes(t);
});
afterAll(() => t.close());

describe('the clipboard text of a draft', () => {
  it('reads as the minutes do: title, then each part under its heading, lists marked with "- "', () => {
    const { plain } = draftForClipboard('minutes', 'Hội nghị giao ban quý IV năm 2026', minutes.sections);
    expect(plain.split('\n').slice(0, 3)).toEqual(['BIÊN BẢN', 'Hội nghị giao ban quý IV năm 2026', '']);
    expect(plain).toContain('Thành phần tham dự\nChủ trì: đồng chí Hà Quang Vinh');
    expect(plain).toContain('Hội nghị đã nghe đồng chí Trần Đức Long trình bày Báo cáo quý IV.');
    expect(plain).toContain(
      'Đồng chí chủ trì đề nghị:\n- Hoàn thành đại hội chi bộ trong quý I;\n- Rà soát quy hoạch cán bộ.',
    );
  });
});
