// "Sao chép" pastes cleanly into a word processor: the clipboard's HTML of the demo minutes,
// opened by LibreOffice Writer the way a paste is read, keeps the font and size, bold,
// italic, the lists and the paragraphs. The plain flavour is read in
// tests/unit/shared/drafting/clipboard.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftForClipboard } from '../../../../src/shared/drafting/clipboard';
import type { Draft } from '../../../../src/shared/drafting/draft-types';
import { convertWithLibreOffice } from '../../../helpers/office';
import { formattedMinutes } from '../../../helpers/formatted-minutes';
import { openTestServices, tempDir, type TestServices } from '../../../helpers/services';

let t: TestServices;
let minutes: Draft;
beforeAll(async () => {
  t = await openTestServices();
  minutes = await formattedMinutes(t);
});
afterAll(() => t.close());

/** Automatic styles of a flat ODT, by name: the properties LibreOffice gave each span and paragraph. */
function styles(fodt: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of fodt.matchAll(/<style:style style:name="([^"]+)"[^>]*>([\s\S]*?)<\/style:style>/g))
    found.set(m[1], m[2]);
  return found;
}

describe('the clipboard HTML of a draft', () => {
  it('opens in Writer in Times New Roman 14 pt with its bold, italic, underline and lists', () => {
    const { html } = draftForClipboard('minutes', 'Hội nghị giao ban quý IV năm 2026', minutes.sections);
    const file = path.join(tempDir(), 'dan-vao-word.html');
    fs.writeFileSync(file, html);
    const fodt = fs.readFileSync(convertWithLibreOffice(file, 'fodt', 'HTML (StarWriter)'), 'utf8');
    const byName = styles(fodt);
    const body = fodt.slice(fodt.indexOf('<office:text'), fodt.indexOf('</office:text>'));

    const paragraphs = [...body.matchAll(/<text:p text:style-name="([^"]+)">([\s\S]*?)<\/text:p>/g)];
    expect(paragraphs[0][2]).toBe('BIÊN BẢN');
    const unstyled = paragraphs.filter(
      ([, style]) => !/style:font-name="Times New Roman"[^>]*fo:font-size="14pt"/.test(byName.get(style) ?? ''),
    );
    expect(unstyled.map(([whole]) => whole)).toEqual([]);
    const spanStyle = (words: string) =>
      byName.get(new RegExp(`<text:span text:style-name="([^"]+)">${words}</text:span>`).exec(body)?.[1] ?? '') ?? '';
    expect(spanStyle('Chủ trì: ')).toMatch(/fo:font-weight="bold"/);
    expect(spanStyle('Trần Đức Long')).toMatch(/fo:font-style="italic"/);
    expect(spanStyle('Báo cáo')).toMatch(
      new RegExp(
        [
          /fo:font-weight="bold"[\s\S]*style:text-underline-style="solid"/.source,
          /style:text-underline-style="solid"[\s\S]*fo:font-weight="bold"/.source,
        ].join('|'),
      ),
    );
    // The points of the attendance stay a list, one item per point.
    const items = [...body.matchAll(/<text:list-item>/g)].length;
    expect(items).toBe(
      minutes.sections.find((s) => s.key === 'attendance')!.doc.content.find((b) => b.type === 'bulletList')!.content
        .length + 2,
    );
    expect(body).toContain('Tại điểm cầu Tỉnh ủy Thái Nguyên');
  });
});
