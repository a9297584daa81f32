// The administrative list of 2025 as the secretary uses it through the services: the provinces
// and their units searched without diacritics, a province's units added as bridge points in one
// change that undo takes back, units already in the directory (by code or by meaning) not
// added twice, and a newer list put in the data folder used instead of the built-in one.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../../src/shared/text/vietnamese';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
beforeEach(async () => (t = await openTestServices()));
afterEach(() => t.close());

const hcm = '79';
const thaiNguyen = '19';
const points = () =>
  t
    .raw()
    .prepare(`SELECT id, parent_id, name, level_label, unit_code, unit_kind FROM bridge_points ORDER BY id`)
    .all() as {
    id: number;
    parent_id: number | null;
    name: string;
    level_label: string | null;
    unit_code: string | null;
    unit_kind: string | null;
  }[];

async function newConference() {
  return t.call('conferences.create', {
    name: 'Hội nghị giao ban công tác xây dựng Đảng quý IV năm 2026',
    kind: 'giao_ban',
    date: '2026-12-28',
    session: 'sang',
    startTime: '08:00',
    hostBody: 'Thành ủy Thành phố Hồ Chí Minh',
  });
}

describe('the administrative list', () => {
  it('holds the 34 provinces and 3,321 units of 2025, each unit of its kind', async () => {
    const { catalog, provinces } = await t.call('adminUnits.provinces', {});
    expect(catalog).toMatchObject({ source: 'built-in', provinceCount: 34, unitCount: 3321 });
    expect(path.basename(catalog.file)).toBe('don-vi-hanh-chinh-2025.json');
    const city = provinces.find((p) => p.code === hcm)!;
    expect(city).toMatchObject({ name: 'Thành phố Hồ Chí Minh', shortName: 'Hồ Chí Minh', kind: 'thanh-pho' });
    expect(city.unitCount).toBe(168);
    expect(city.countsByKind.xa + city.countsByKind.phuong + city.countsByKind['dac-khu']).toBe(168);
    expect(Math.max(...provinces.map((p) => p.unitCount))).toBe(168);
    const zones = provinces.reduce((sum, p) => sum + p.countsByKind['dac-khu'], 0);
    expect(zones).toBe(13);

    // The list writes one unit in lower case ("xã Bắc Sơn"); it is listed like the others.
    const bacSon = await t.call('adminUnits.units', { query: 'bac son' });
    expect(bacSon.every((u) => /^(Xã|Phường|Đặc khu) /.test(u.name))).toBe(true);
    expect(bacSon.length).toBeGreaterThan(0);
  });

  it('finds units without diacritics, by name, province or code', async () => {
    const daiTu = await t.call('adminUnits.units', { query: 'xa dai tu' });
    expect([daiTu[0].name, daiTu[0].provinceName]).toEqual(['Xã Đại Từ', 'Tỉnh Thái Nguyên']);
    expect(daiTu.slice(1).every((u) => !/Đại Từ/.test(u.name))).toBe(true);
    // Words are the starts of words; the unit's own name comes before a match through its province.
    const phu = await t.call('adminUnits.units', { query: 'phu thai nguyen' });
    expect(phu.length).toBeGreaterThan(3);
    expect(phu.map((u) => u.provinceName)).toEqual(phu.map(() => 'Tỉnh Thái Nguyên'));
    expect(phu.filter((u) => !` ${foldForSearch(u.shortName)}`.includes(' phu'))).toEqual([]);
    const binh = await t.call('adminUnits.units', { query: 'phu binh' });
    expect(binh[0]).toMatchObject({ name: 'Xã Phú Bình', provinceCode: thaiNguyen });
    expect(daiTu[0]).toMatchObject({ kind: 'xa', shortName: 'Đại Từ', pointId: null });
    const byCode = await t.call('adminUnits.units', { query: daiTu[0].code });
    expect(byCode.map((u) => u.name)).toEqual(['Xã Đại Từ']);
    const inProvince = await t.call('adminUnits.units', { provinceCode: thaiNguyen, query: 'phuong' });
    const wards = (await t.call('adminUnits.units', { provinceCode: thaiNguyen })).filter((u) => u.kind === 'phuong');
    expect(wards.length).toBeGreaterThan(0);
    expect(inProvince.filter((u) => u.kind === 'phuong')).toEqual(wards);
    expect(inProvince.filter((u) => u.kind !== 'phuong' && !foldForSearch(u.name).includes('phuong'))).toEqual([]);
    expect(await t.fail('adminUnits.units', { provinceCode: '00' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('adding a province’s units as bridge points', () => {
  it('adds the 168 units of the largest city under its own point, attached to a conference, and undoes it', async () => {
    const conference = await newConference();
    const started = performance.now();
    const result = await t.call('bridgePoints.addUnits', {
      provinceCode: hcm,
      pattern: 'Điểm cầu Đảng ủy {tên}',
      conferenceId: conference.id,
    });
    console.log(
      `168 units of Thành phố Hồ Chí Minh added and attached in ${Math.round(performance.now() - started)} ms`,
    );
    expect(result).toMatchObject({ added: 168, skipped: 0, attached: 169 });
    expect(result.message).toBe(
      'Đã thêm 168 điểm cầu của Thành phố Hồ Chí Minh vào danh mục; gắn 169 điểm cầu vào hội nghị.',
    );

    const stored = points();
    const city = stored.find((p) => p.id === result.parentId)!;
    expect(city).toMatchObject({
      parent_id: null,
      name: 'Điểm cầu Thành ủy Hồ Chí Minh',
      level_label: 'Tỉnh, thành phố',
      unit_code: hcm,
      unit_kind: 'thanh-pho',
    });
    const units = stored.filter((p) => p.parent_id === city.id);
    expect(units).toHaveLength(168);
    expect(units.every((p) => p.level_label === 'Xã, phường, đặc khu' && /^\d{5}$/.test(p.unit_code!))).toBe(true);
    expect(units.map((p) => p.name)).toContain('Điểm cầu Đảng ủy phường Sài Gòn');
    expect(units.find((p) => p.unit_kind === 'dac-khu')?.name).toBe('Điểm cầu Đảng ủy đặc khu Côn Đảo');
    const attached = await t.call('conferenceBridgePoints.list', { conferenceId: conference.id });
    expect(attached).toHaveLength(169);
    expect(attached[0]).toMatchObject({ name: city.name, depth: 0 });
    expect(attached.slice(1).every((p) => p.depth === 1)).toBe(true);

    // Again: nothing new, and the conference keeps its points once.
    const again = await t.call('bridgePoints.addUnits', {
      provinceCode: hcm,
      pattern: 'Điểm cầu Đảng ủy {tên}',
      conferenceId: conference.id,
    });
    expect(again).toMatchObject({ added: 0, skipped: 168, attached: 0, parentId: city.id });
    expect(points()).toHaveLength(169);
    const listed = await t.call('adminUnits.units', { provinceCode: hcm });
    expect(listed.every((u) => u.pointId !== null)).toBe(true);

    await t.call('undo.restore', { undoId: again.undoId });
    expect(await t.call('undo.restore', { undoId: result.undoId })).toEqual({
      message: 'Đã hoàn tác: thêm 168 điểm cầu của Thành phố Hồ Chí Minh vào danh mục; gắn 169 điểm cầu vào hội nghị.',
    });
    expect(points()).toEqual([]);
    expect(await t.call('conferenceBridgePoints.list', { conferenceId: conference.id })).toEqual([]);
  });

  it('does not add again a unit the directory has by meaning, and gives that point the code', async () => {
    // Typed by hand before the list existed: the province's point, one of its communes in another form.
    const province = await t.call('bridgePoints.create', { name: 'Điểm cầu Tỉnh ủy Thái Nguyên', parentId: null });
    const typed = await t.call('bridgePoints.create', { name: 'UBND xã Đại Từ', parentId: province.id });
    // Typed at the top: a name only one province has is that unit; one three provinces have
    // ("xã Phúc Lộc": Hà Nội, Thái Nguyên, Nghệ An) may be another province's.
    const unique = await t.call('bridgePoints.create', { name: 'Điểm cầu Đảng ủy xã Phú Bình', parentId: null });
    const elsewhere = await t.call('bridgePoints.create', { name: 'Điểm cầu xã Phúc Lộc', parentId: null });
    const before = await t.call('adminUnits.units', { provinceCode: thaiNguyen, query: 'dai tu' });
    expect(before).toMatchObject([{ name: 'Xã Đại Từ', pointId: typed.id, pointName: 'UBND xã Đại Từ' }]);
    // Under another parent chosen, the point typed under the province's is not one of its units.
    const other = await t.call('bridgePoints.create', { name: 'Điểm cầu Ban Tổ chức Tỉnh ủy', parentId: null });
    expect(
      await t.call('adminUnits.units', { provinceCode: thaiNguyen, query: 'dai tu', parentId: other.id }),
    ).toMatchObject([{ name: 'Xã Đại Từ', pointId: null }]);
    await t.call('bridgePoints.remove', { id: other.id });

    const result = await t.call('bridgePoints.addUnits', {
      provinceCode: thaiNguyen,
      kinds: ['xa'],
      pattern: 'Điểm cầu {tên}',
    });
    const { provinces } = await t.call('adminUnits.provinces', {});
    const communes = provinces.find((p) => p.code === thaiNguyen)!.countsByKind.xa;
    expect(result).toMatchObject({ parentId: province.id, added: communes - 2, skipped: 2, attached: 0 });
    expect(await t.call('bridgePoints.get', { id: unique.id })).toMatchObject({ unitKind: 'xa', parentId: null });
    expect(await t.call('bridgePoints.get', { id: typed.id })).toMatchObject({
      name: 'UBND xã Đại Từ',
      unitCode: before[0].code,
      unitKind: 'xa',
    });
    expect(await t.call('bridgePoints.get', { id: province.id })).toMatchObject({
      unitCode: thaiNguyen,
      unitKind: 'tinh',
    });
    expect(await t.call('bridgePoints.get', { id: elsewhere.id })).toMatchObject({ unitCode: null });
    const names = points()
      .filter((p) => p.parent_id === province.id)
      .map((p) => p.name);
    expect(names.filter((n) => /Đại Từ/.test(n))).toEqual(['UBND xã Đại Từ']);
    expect(names.every((n) => n === 'UBND xã Đại Từ' || n.startsWith('Điểm cầu xã '))).toBe(true);
    expect(names).toContain('Điểm cầu xã Phúc Lộc');
    expect(names).not.toContain('Điểm cầu xã Phú Bình');

    // Undone, the points typed by hand are as they were.
    await t.call('undo.restore', { undoId: result.undoId });
    expect(await t.call('bridgePoints.get', { id: typed.id })).toMatchObject({ unitCode: null, unitKind: null });
    expect(await t.call('bridgePoints.get', { id: province.id })).toMatchObject({ unitCode: null });
    expect(points()).toHaveLength(4);
  });

  it('adds the units ticked, under the parent chosen, named by the secretary’s pattern', async () => {
    const parent = await t.call('bridgePoints.create', { name: 'Điểm cầu UBND tỉnh Thái Nguyên', parentId: null });
    const wards = (await t.call('adminUnits.units', { provinceCode: thaiNguyen })).filter((u) => u.kind === 'phuong');
    const ticked = wards.slice(0, 3);
    const result = await t.call('bridgePoints.addUnits', {
      provinceCode: thaiNguyen,
      unitCodes: ticked.map((u) => u.code),
      parentId: parent.id,
      pattern: 'Điểm cầu UBND {tên riêng} ({loại}, mã {mã})',
    });
    expect(result).toMatchObject({ added: 3, skipped: 0, parentId: parent.id });
    expect(
      points()
        .filter((p) => p.parent_id === parent.id)
        .map((p) => p.name),
    ).toEqual(ticked.map((u) => `Điểm cầu UBND ${u.shortName} (phường, mã ${u.code})`));
  });

  it('refuses with a message what cannot be added, and writes nothing', async () => {
    expect(
      await t.fail('bridgePoints.addUnits', { provinceCode: thaiNguyen, pattern: 'Điểm cầu Đảng ủy xã' }),
    ).toMatchObject({
      code: 'VALIDATION',
      message: 'Mẫu tên cần có {tên} hoặc {tên riêng}, nếu không mọi điểm cầu sẽ trùng một tên.',
    });
    const saigon = (await t.call('adminUnits.units', { provinceCode: hcm, query: 'sai gon' }))[0];
    expect(
      await t.fail('bridgePoints.addUnits', {
        provinceCode: thaiNguyen,
        unitCodes: [saigon.code],
        pattern: 'Điểm cầu {tên}',
      }),
    ).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('không thuộc Tỉnh Thái Nguyên') as string });
    expect(await t.fail('bridgePoints.addUnits', { provinceCode: '99', pattern: 'Điểm cầu {tên}' })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Không có tỉnh, thành phố mã 99') as string,
    });
    expect(
      await t.fail('bridgePoints.addUnits', { provinceCode: hcm, pattern: 'Điểm cầu {tên}', conferenceId: 999 }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(points()).toEqual([]);
  });
});

describe('a point linked to its unit by hand', () => {
  it('gets the kind from the list, loses it with the code, and refuses a code the list has not', async () => {
    const point = await t.call('bridgePoints.create', { name: 'Phòng họp Đảng ủy xã Đại Từ', parentId: null });
    expect(await t.call('bridgePoints.update', { id: point.id, unitCode: '05830' })).toMatchObject({
      unitCode: '05830',
      unitKind: 'xa',
    });
    // Found by its code in the directory's search.
    expect((await t.call('bridgePoints.search', { query: '05830' })).map((p) => p.id)).toEqual([point.id]);
    expect(await t.call('bridgePoints.update', { id: point.id, unitCode: null })).toMatchObject({
      unitCode: null,
      unitKind: null,
    });
    expect(await t.fail('bridgePoints.update', { id: point.id, unitCode: '99999' })).toMatchObject({
      code: 'VALIDATION',
      field: 'unitCode',
    });
    const province = await t.call('bridgePoints.create', { name: 'Điểm cầu Thành ủy Huế', unitCode: '46' });
    expect(province).toMatchObject({ unitCode: '46', unitKind: 'thanh-pho' });
  });
});

describe('a newer list in the data folder', () => {
  const newer = {
    about: 'Danh mục sau sắp xếp năm 2027',
    provinces: [
      {
        code: '19',
        name: 'Tỉnh Thái Nguyên',
        units: [
          { code: '05830', name: 'Xã Đại Từ' },
          { code: '99001', name: 'Phường Mới Lập' },
        ],
      },
    ],
  };

  it('is used instead of the built-in one, with no new version of the app', async () => {
    fs.writeFileSync(path.join(path.dirname(t.dbPath), 'don-vi-hanh-chinh.json'), JSON.stringify(newer));
    const { catalog, provinces } = await t.call('adminUnits.provinces', {});
    expect(catalog).toMatchObject({
      source: 'data-folder',
      about: 'Danh mục sau sắp xếp năm 2027',
      provinceCount: 1,
      unitCount: 2,
    });
    expect(provinces.map((p) => p.countsByKind)).toEqual([{ xa: 1, phuong: 1, 'dac-khu': 0 }]);
    const result = await t.call('bridgePoints.addUnits', { provinceCode: '19', pattern: 'Điểm cầu {tên}' });
    expect(result.added).toBe(2);
    expect(points().map((p) => p.name)).toEqual([
      'Điểm cầu tỉnh Thái Nguyên',
      'Điểm cầu xã Đại Từ',
      'Điểm cầu phường Mới Lập',
    ]);
  });

  it('that is not of the right shape is refused with what is wrong and what to do', async () => {
    const file = path.join(path.dirname(t.dbPath), 'don-vi-hanh-chinh.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ provinces: [{ ...newer.provinces[0], units: [{ code: '1', name: 'X' }] }] }),
    );
    expect(await t.fail('adminUnits.provinces', {})).toEqual({
      code: 'VALIDATION',
      message:
        `Tệp danh mục hành chính "${file}" không đúng mẫu (Tỉnh Thái Nguyên có đơn vị thiếu mã 5 chữ số hoặc ` +
        `tên: X). Hãy thay bằng tệp đúng mẫu, hoặc xoá tệp này khỏi thư mục dữ liệu để dùng danh mục có sẵn ` +
        `trong ứng dụng.`,
    });
    fs.writeFileSync(file, '{"provinces": [');
    expect(await t.fail('adminUnits.provinces', {})).toMatchObject({
      message: expect.stringContaining('không đúng mẫu (không phải JSON)') as string,
    });
    fs.rmSync(file);
    expect((await t.call('adminUnits.provinces', {})).catalog.source).toBe('built-in');
  });
});
