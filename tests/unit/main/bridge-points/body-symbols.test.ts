// The symbol after the minutes' number is the issuing body's: the one stored with the host's
// main bridge point, else the usual body's one its name suggests, else a blank for the
// secretary; never the body's initials. Read back from the exported file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { CallInput } from '../../../../src/shared/contract';
import { paragraphTexts } from '../../../helpers/word-export';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
beforeAll(async () => {
  t = await openTestServices();
});
afterAll(() => t.close());

async function conference(hostBody: string, point: { name: string; bodySymbol?: string | null }): Promise<number> {
  const main = await t.call('bridgePoints.create', { parentId: null, ...point });
  const created = await t.call('conferences.create', {
    name: `Hội nghị của ${hostBody}`,
    kind: 'giao_ban',
    date: '2026-03-05',
    session: 'sang',
    startTime: '08:00',
    hostBody,
    mainBridgePointId: main.id,
  });
  return created.id;
}

/** The header's number line of the minutes as exported. */
async function numberLine(
  conferenceId: number,
  options: Omit<CallInput<'exports.render'>, 'conferenceId' | 'document'> = {},
): Promise<string> {
  const rendered = await t.call('exports.render', { conferenceId, document: 'minutes', ...options });
  const zip = await JSZip.loadAsync(Buffer.from(rendered.content, 'base64'));
  const texts = paragraphTexts((await zip.file('word/document.xml')?.async('string')) ?? '');
  return texts.find((text) => text.startsWith('Số'))!.replace(/\u00a0+/g, '_');
}

describe('the issuing body’s symbol in the minutes', () => {
  it('is stored with the bridge point, in capitals, and refused when it is not a symbol', async () => {
    const point = await t.call('bridgePoints.create', {
      parentId: null,
      name: 'Điểm cầu Sở Nội vụ',
      bodySymbol: ' snv ',
    });
    expect(point.bodySymbol).toBe('SNV');
    expect((await t.call('bridgePoints.update', { id: point.id, bodySymbol: '' })).bodySymbol).toBeNull();
    const refused = await t.fail('bridgePoints.update', { id: point.id, bodySymbol: 'BB/TU' });
    expect(refused.message).toContain('Ký hiệu cơ quan chỉ gồm chữ cái và chữ số');
  });

  it('is the one stored with the host’s main point, in the profile’s form', async () => {
    const id = await conference('Ban Tổ chức Tỉnh ủy Thái Nguyên', { name: 'Hội trường A', bodySymbol: 'BTCTU' });
    expect(await t.call('exports.headerDefaults', { conferenceId: id })).toMatchObject({
      profileId: 'party',
      symbol: 'BB/BTCTU',
      symbolFrom: 'point',
    });
    expect(await numberLine(id)).toBe('Số _-BB/BTCTU');
    expect(await numberLine(id, { profileId: 'state' })).toBe('Số: _/BB-BTCTU');
  });

  it('else the usual body’s one its name suggests', async () => {
    const id = await conference('Tỉnh ủy Thái Nguyên', { name: 'Điểm cầu Tỉnh ủy Thái Nguyên' });
    expect(await t.call('exports.headerDefaults', { conferenceId: id })).toMatchObject({
      symbol: 'BB/TU',
      symbolFrom: 'builtIn',
    });
    expect(await numberLine(id)).toBe('Số _-BB/TU');
  });

  it('is left blank for the secretary when the body is not one of the usual ones', async () => {
    const id = await conference('Sở Nội vụ tỉnh Thái Nguyên', { name: 'Điểm cầu Sở Nội vụ tỉnh' });
    expect(await t.call('exports.headerDefaults', { conferenceId: id })).toMatchObject({
      profileId: 'state',
      symbol: '',
      symbolFrom: null,
    });
    const line = await numberLine(id);
    expect(line).toBe('Số: _/BB-……');
    expect(line).not.toContain('SNVTTN');
  });

  it('typed as the body’s part alone gets the document’s kind', async () => {
    const id = await conference('Sở Nội vụ tỉnh Thái Nguyên', { name: 'Điểm cầu Sở Nội vụ tỉnh' });
    expect(await numberLine(id, { profileId: 'party', header: { number: '12', symbol: 'BTCTU' } })).toBe(
      'Số 12-BB/BTCTU',
    );
    expect(await numberLine(id, { profileId: 'state', header: { number: '12', symbol: 'BTCTU' } })).toBe(
      'Số: 12/BB-BTCTU',
    );
  });

  it('follows the symbol stored with the body later, when the export remembered none typed', async () => {
    const id = await conference('Tỉnh ủy Thái Nguyên', { name: 'Hội trường Tỉnh ủy' });
    const rendered = { conferenceId: id, document: 'minutes', remember: true } as const;
    await t.call('exports.render', { ...rendered, header: { number: '03', symbol: null } });
    const { mainBridgePointId } = await t.call('conferences.get', { id });
    await t.call('bridgePoints.update', { id: mainBridgePointId!, bodySymbol: 'BTCTU' });
    expect(await t.call('exports.headerDefaults', { conferenceId: id })).toMatchObject({
      number: '03',
      symbol: 'BB/BTCTU',
      symbolFrom: 'point',
    });
    // What she typed stays the conference's, whatever is stored with the body.
    await t.call('exports.render', { ...rendered, header: { symbol: 'TU' } });
    expect(await t.call('exports.headerDefaults', { conferenceId: id })).toMatchObject({
      symbol: 'BB/TU',
      symbolFrom: 'typed',
    });
  });

  it('is not the main point’s when the minutes are issued by another body', async () => {
    const id = await conference('Tỉnh ủy Thái Nguyên', { name: 'Điểm cầu Tỉnh ủy', bodySymbol: 'TU' });
    expect(await numberLine(id, { header: { issuingBody: 'Văn phòng Tỉnh ủy Thái Nguyên' } })).toBe('Số _-BB/VPTU');
    expect(await numberLine(id, { header: { issuingBody: 'TỈNH ỦY THÁI NGUYÊN' } })).toBe('Số _-BB/TU');
    // The dialog asks for the symbol of the body typed in.
    expect(
      await t.call('exports.headerDefaults', { conferenceId: id, issuingBody: 'Văn phòng Tỉnh ủy Thái Nguyên' }),
    ).toMatchObject({ issuingBody: 'Văn phòng Tỉnh ủy Thái Nguyên', symbol: 'BB/VPTU', symbolFrom: 'builtIn' });
  });
});
