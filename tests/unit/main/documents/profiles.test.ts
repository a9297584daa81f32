// Format profiles through the contract on a real database: the two built in stay read-only,
// the secretary's own are copied, edited, removed and exchanged as files, and every refusal
// says why in Vietnamese with nothing written.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInProfiles, type FormatProfile } from '../../../../src/shared/documents/format-profile';
import { getProfile } from '../../../../src/main/documents/profiles/profiles';
import { profileFileName } from '../../../../src/main/documents/profiles/profile-file';
import { AppError } from '../../../../src/shared/errors';
import { findDocumentReferences } from '../../../../src/shared/text/document-references';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
beforeEach(async () => {
  t = await openTestServices();
});
afterEach(() => t.close());

const stored = () =>
  t.raw().prepare(`SELECT id, name, profile FROM format_profiles ORDER BY id`).all() as {
    id: number;
    name: string;
    profile: string;
  }[];
const fileOf = (
  profile: unknown,
  head: Record<string, unknown> = { app: 'thu-ky-hoi-nghi', kind: 'format-profile', version: 1 },
) => JSON.stringify({ ...head, profile });
/** A copy of the profile as a file might hold it: the value at `at` (a dotted path) set, or removed. */
const changed = (profile: FormatProfile, at: string, ...value: [unknown] | []): unknown => {
  const copy = structuredClone(profile) as unknown as Record<string, unknown>;
  const keys = at.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, copy);
  if (value.length === 0) delete parent[last];
  else parent[last] = value[0];
  return copy;
};

describe('the built-in profiles', () => {
  it('are listed first, with their family and basis, and none is stored', async () => {
    const list = await t.call('profiles.list', {});
    expect(list).toEqual([
      { id: 'party', name: 'Đảng (QĐ 399-QĐ/TW)', family: 'party', basis: builtInProfiles.party.basis, builtIn: true },
      {
        id: 'state',
        name: 'Nhà nước (NĐ 30/2020/NĐ-CP)',
        family: 'state',
        basis: builtInProfiles.state.basis,
        builtIn: true,
      },
    ]);
    expect(await t.call('profiles.get', { id: 'state' })).toEqual({
      id: 'state',
      builtIn: true,
      profile: builtInProfiles.state,
    });
    expect(stored()).toEqual([]);
  });

  it('cannot be saved or removed: the message says to copy first', async () => {
    const saving = await t.fail('profiles.save', { id: 'state', profile: builtInProfiles.state });
    expect(saving).toEqual({
      code: 'VALIDATION',
      message:
        'Mẫu "Nhà nước (NĐ 30/2020/NĐ-CP)" có sẵn trong phần mềm nên không sửa được. Hãy bấm "Sao chép" để ' +
        'tạo bản của riêng mình rồi sửa bản sao đó.',
    });
    expect(await t.fail('profiles.remove', { id: 'party' })).toMatchObject({
      code: 'VALIDATION',
      message: 'Mẫu có sẵn trong phần mềm không xoá được.',
    });
    expect(stored()).toEqual([]);
  });
});

describe('the built-in Party profile since Quy định 399-QĐ/TW', () => {
  const basis =
    'Quy định số 399-QĐ/TW ngày 09/01/2026 của Ban Bí thư; trình bày (lề, phông, cỡ chữ) theo Hướng dẫn số ' +
    '36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng cho đến khi có hướng dẫn mới';
  /** The Party profile as the app before QĐ 399 built it in. */
  const earlier = {
    name: 'Đảng (HD 36-HD/VPTW)',
    basis: 'Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng',
  };

  it("names the rule of its kinds and form, and says its layout is HD 36-HD/VPTW's until the new guide", () => {
    expect(builtInProfiles.party).toMatchObject({ name: 'Đảng (QĐ 399-QĐ/TW)', family: 'party', basis });
    // Every document made with it carries the basis: both citations are in the form the
    // drafting screen's citation check accepts.
    expect(
      findDocumentReferences(basis).map(({ kind, number, date, issuer, problems }) => ({
        kind,
        number,
        date,
        issuer,
        problems,
      })),
    ).toEqual([
      { kind: 'Quy định', number: '399-QĐ/TW', date: '2026-01-09', issuer: 'Ban Bí thư', problems: [] },
      {
        kind: 'Hướng dẫn',
        number: '36-HD/VPTW',
        date: '2018-04-03',
        issuer: 'Văn phòng Trung ương Đảng',
        problems: [],
      },
    ]);
  });

  it('keeps the layout values of HD 36-HD/VPTW that docs/formats.md gives', () => {
    expect(builtInProfiles.party).toMatchObject({
      font: 'Times New Roman',
      paper: { size: 'A4' },
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      header: {
        nationalLine: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { size: 15, bold: true, caps: true } },
        motto: null,
        superiorBody: { size: 14, bold: false, caps: true },
        issuingBody: { size: 14, bold: true, caps: true },
        issuingBodyMark: 'star',
        numberForm: 'Số {so}-{kyHieu}',
        numberStyle: { size: 14 },
        placeDate: { size: 14, italic: true },
      },
      documentType: { size: 16, bold: true, caps: true },
      subject: { size: 15, bold: true },
      body: { size: 14 },
      pageNumber: { onFirstPage: false },
    });
  });

  it('is shown with its new name and basis on a database from before, whose own copy stays as it was', async () => {
    const dbPath = t.dbPath;
    await t.close();
    // What the earlier app stored when the office copied its Party profile and edited the copy.
    const copy = {
      ...builtInProfiles.party,
      ...earlier,
      name: `Bản sao của ${earlier.name}`,
      margins: { ...builtInProfiles.party.margins, top: 25 },
    };
    const file = new Database(dbPath);
    file.prepare(`INSERT INTO format_profiles (name, profile) VALUES (?, ?)`).run(copy.name, JSON.stringify(copy));
    file.close();
    t = await openTestServices(dbPath);
    const before = stored();

    const list = await t.call('profiles.list', {});
    expect(list.filter((p) => p.family === 'party')).toEqual([
      { id: 'party', name: 'Đảng (QĐ 399-QĐ/TW)', family: 'party', basis, builtIn: true },
      { id: `user:${before[0].id}`, name: copy.name, family: 'party', basis: earlier.basis, builtIn: false },
    ]);
    expect(await t.call('profiles.get', { id: 'party' })).toEqual({
      id: 'party',
      builtIn: true,
      profile: builtInProfiles.party,
    });
    expect((await t.call('profiles.get', { id: `user:${before[0].id}` })).profile).toEqual(copy);
    // A copy made now starts from the new basis; the old one is still the office's to change.
    expect((await t.call('profiles.copy', { id: 'party' })).profile).toMatchObject({
      name: 'Bản sao của Đảng (QĐ 399-QĐ/TW)',
      basis,
    });
    expect(stored()[0]).toEqual(before[0]);
  });
});

/** A profile as the app stored it before each kind of document had its signers: the minutes' two sides only. */
function withFirstSignature(profile: FormatProfile, secretary: object, chair: object): unknown {
  const { signers: _signers, ...signature } = profile.signature;
  return { ...profile, signature: { ...signature, secretary, chair } };
}

describe('own profiles stored before each document had its signers', () => {
  it('read the minutes’ two sides as its signers, and the other documents’ from the family’s profile', async () => {
    const dbPath = t.dbPath;
    await t.close();
    const party = withFirstSignature(
      { ...builtInProfiles.party, name: 'Mẫu cũ của Văn phòng' },
      { authority: 'NGƯỜI GHI BIÊN BẢN', title: '' },
      { authority: 'CHỦ TRÌ', title: 'PHÓ BÍ THƯ TỈNH ỦY' },
    );
    const state = withFirstSignature(
      { ...builtInProfiles.state, name: 'Mẫu cũ của UBND' },
      { authority: 'THƯ KÝ', title: '' },
      { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' },
    );
    const file = new Database(dbPath);
    for (const profile of [party, state])
      file
        .prepare(`INSERT INTO format_profiles (name, profile) VALUES (?, ?)`)
        .run((profile as FormatProfile).name, JSON.stringify(profile));
    file.close();
    t = await openTestServices(dbPath);
    const [partyRow, stateRow] = stored();

    const partyRead = (await t.call('profiles.get', { id: `user:${partyRow.id}` })).profile;
    expect(partyRead.signature.signers).toEqual({
      minutes: {
        left: { form: 'own', authority: 'NGƯỜI GHI BIÊN BẢN', title: '', name: 'secretary' },
        right: { form: 'own', authority: 'CHỦ TRÌ', title: 'PHÓ BÍ THƯ TỈNH ỦY', name: 'chair' },
      },
      quickReport: builtInProfiles.party.signature.signers.quickReport,
      invitation: builtInProfiles.party.signature.signers.invitation,
      plan: builtInProfiles.party.signature.signers.plan,
      conclusion: builtInProfiles.party.signature.signers.conclusion,
      report: builtInProfiles.party.signature.signers.report,
    });
    expect(partyRead.signature).not.toHaveProperty('secretary');
    // The form written before the authority is read as the form, so the family writes it its way.
    const stateRead = (await t.call('profiles.get', { id: `user:${stateRow.id}` })).profile;
    expect(stateRead.signature.signers.minutes.right).toEqual({
      form: 'forBody',
      authority: 'ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      name: 'chair',
    });
    expect(stateRead.signature.signers.quickReport).toEqual(builtInProfiles.state.signature.signers.quickReport);
    // What is stored stays as it was until the secretary saves the profile; then it is the new shape.
    expect(stored()[0].profile).toBe(JSON.stringify(party));
    await t.call('profiles.save', { id: `user:${partyRow.id}`, profile: partyRead });
    expect((JSON.parse(stored()[0].profile) as FormatProfile).signature).toEqual(partyRead.signature);
  });

  it('read the "Nơi nhận" styles and the công văn’s trích yếu they never had as their family’s', async () => {
    for (const family of ['party', 'state'] as const) {
      const { recipients: _recipients, ...built } = builtInProfiles[family];
      const { letterSubject: _letterSubject, ...header } = built.header;
      const old = { ...built, name: `Mẫu trước khi có nơi nhận ${family}`, header };
      const imported = await t.call('profiles.importFile', { content: fileOf(old) });
      expect(imported.profile.recipients).toEqual(builtInProfiles[family].recipients);
      expect(imported.profile.header.letterSubject).toEqual(builtInProfiles[family].header.letterSubject);
      expect(imported.profile.signature.signers.report).toEqual(builtInProfiles[family].signature.signers.report);
    }
    expect(builtInProfiles.party.recipients.label).toMatchObject({ size: 14, underline: true });
    expect(builtInProfiles.state.recipients).toMatchObject({
      label: { size: 12, bold: true, italic: true },
      item: { size: 11 },
    });
  });

  it('are imported from a file of that time', async () => {
    const old = withFirstSignature(
      { ...builtInProfiles.party, name: 'Mẫu gửi kèm thư' },
      { authority: 'THƯ KÝ', title: '' },
      { authority: 'K/T BÍ THƯ', title: 'PHÓ BÍ THƯ' },
    );
    const imported = await t.call('profiles.importFile', { content: fileOf(old) });
    expect(imported.profile.signature.signers.minutes.right).toEqual({
      form: 'deputy',
      authority: 'BÍ THƯ',
      title: 'PHÓ BÍ THƯ',
      name: 'chair',
    });
  });

  it('say which value of an old side is wrong, under the new field’s name', async () => {
    const old = withFirstSignature(
      { ...builtInProfiles.party, name: 'Mẫu hỏng' },
      { authority: 'THƯ KÝ', title: '' },
      { authority: 'CHỦ TRÌ', title: 7 },
    );
    const refused = await t.fail('profiles.importFile', { content: fileOf(old) });
    expect(refused.message).toContain('Bên phải (chủ trì): chức vụ dưới thẩm quyền (Người ký biên bản): phải là chữ.');
  });
});

describe('own profiles', () => {
  it('copies a built-in one as "Bản sao của …", then edits, lists and removes it', async () => {
    const copy = await t.call('profiles.copy', { id: 'state' });
    expect(copy.id).toMatch(/^user:\d+$/);
    expect(copy).toMatchObject({
      builtIn: false,
      profile: { ...builtInProfiles.state, name: 'Bản sao của Nhà nước (NĐ 30/2020/NĐ-CP)' },
    });

    const edited = {
      ...copy.profile,
      name: 'Mẫu Văn phòng Tỉnh ủy',
      margins: { ...copy.profile.margins, top: 25 },
      body: { ...copy.profile.body, size: 13 },
    };
    const saved = await t.call('profiles.save', { id: copy.id, profile: edited });
    expect(saved).toEqual({ id: copy.id, builtIn: false, profile: edited });
    expect(await t.call('profiles.get', { id: copy.id })).toEqual(saved);
    const [row] = t.raw().prepare(`SELECT name, created_at, updated_at FROM format_profiles`).all() as {
      name: string;
      created_at: string;
      updated_at: string;
    }[];
    expect(row.name).toBe('Mẫu Văn phòng Tỉnh ủy');
    expect(row.updated_at >= row.created_at).toBe(true);

    const ownCopy = await t.call('profiles.copy', { id: copy.id, name: '  Mẫu  cho Huyện ủy ' });
    expect(ownCopy.profile).toEqual({ ...edited, name: 'Mẫu cho Huyện ủy' });
    expect((await t.call('profiles.list', {})).map((p) => [p.id, p.name, p.builtIn])).toEqual([
      ['party', 'Đảng (QĐ 399-QĐ/TW)', true],
      ['state', 'Nhà nước (NĐ 30/2020/NĐ-CP)', true],
      [ownCopy.id, 'Mẫu cho Huyện ủy', false],
      [copy.id, 'Mẫu Văn phòng Tỉnh ủy', false],
    ]);

    expect(await t.call('profiles.remove', { id: copy.id })).toEqual({ removed: true });
    expect(stored().map((r) => r.name)).toEqual(['Mẫu cho Huyện ủy']);
    expect(await t.fail('profiles.get', { id: copy.id })).toEqual({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy mẫu định dạng này; có thể mẫu đã bị xoá. Hãy chọn mẫu khác trong danh sách.',
    });
    expect((await t.fail('profiles.remove', { id: copy.id })).code).toBe('NOT_FOUND');
    expect((await t.fail('profiles.save', { id: copy.id, profile: edited })).code).toBe('NOT_FOUND');
  });

  it('numbers a second copy, and refuses to save a name another profile has', async () => {
    const first = await t.call('profiles.copy', { id: 'party' });
    const second = await t.call('profiles.copy', { id: 'party' });
    const third = await t.call('profiles.copy', { id: 'party' });
    expect([first, second, third].map((c) => c.profile.name)).toEqual([
      'Bản sao của Đảng (QĐ 399-QĐ/TW)',
      'Bản sao của Đảng (QĐ 399-QĐ/TW) (2)',
      'Bản sao của Đảng (QĐ 399-QĐ/TW) (3)',
    ]);
    const clash = await t.fail('profiles.save', {
      id: second.id,
      profile: { ...second.profile, name: 'nhà nước (nđ 30/2020/nđ-cp)' },
    });
    expect(clash).toEqual({
      code: 'VALIDATION',
      message: 'Đã có mẫu định dạng tên "nhà nước (nđ 30/2020/nđ-cp)". Hãy đặt tên khác.',
      field: 'profile.name',
    });
    expect(await t.call('profiles.save', { id: second.id, profile: second.profile })).toEqual(second);
  });

  it('says which value is wrong, in Vietnamese, with the field to point at, and stores nothing', async () => {
    const copy = await t.call('profiles.copy', { id: 'state' });
    const before = stored();
    const cases: [unknown, string, string][] = [
      [changed(copy.profile, 'margins.top', 200), 'profile.margins.top', 'Lề trên (Khổ giấy và lề): tối đa 80 mm.'],
      [changed(copy.profile, 'body.size', null), 'profile.body.size', 'Cỡ chữ (Nội dung): phải là một số.'],
      [
        changed(copy.profile, 'header.issuingBody.size', 4),
        'profile.header.issuingBody.size',
        'Tên cơ quan ban hành, cỡ chữ (Phần đầu văn bản): tối thiểu 6 pt.',
      ],
      [
        changed(copy.profile, 'header.motto.style.bold', 'có'),
        'profile.header.motto.style.bold',
        'Tiêu ngữ, chữ đậm (Phần đầu văn bản): phải là có hoặc không.',
      ],
      [
        changed(copy.profile, 'signature.gapLines', 2.5),
        'profile.signature.gapLines',
        'Khoảng trống để ký (Chữ ký): phải là số nguyên.',
      ],
      [changed(copy.profile, 'name', '   '), 'profile.name', 'Tên mẫu (Tên và căn cứ): không được để trống.'],
      [
        changed(copy.profile, 'family', 'province'),
        'profile.family',
        'Hệ thống văn bản (Tên và căn cứ): chỉ nhận Văn bản của Đảng hoặc Văn bản hành chính nhà nước.',
      ],
      [
        changed(copy.profile, 'table.signRowHeightMm'),
        'profile.table.signRowHeightMm',
        'Chiều cao dòng ký tên (Bảng danh sách): bị thiếu.',
      ],
      [
        changed(copy.profile, 'margins.gutter', 5),
        'profile.margins',
        'Mục "gutter" trong nhóm Khổ giấy và lề không thuộc mẫu định dạng.',
      ],
    ];
    for (const [profile, field, message] of cases) {
      expect(await t.fail('profiles.save', { id: copy.id, profile })).toEqual({ code: 'VALIDATION', field, message });
    }
    expect(stored()).toEqual(before);
  });

  it('refuses an id that is not a profile', async () => {
    expect(await t.fail('profiles.get', { id: 'user:abc' })).toMatchObject({
      code: 'VALIDATION',
      field: 'id',
      message: 'Mẫu định dạng không hợp lệ.',
    });
  });
});

describe('getProfile, for the Word export', () => {
  it('gives a built-in or an own profile by id, and a Vietnamese NOT_FOUND for any other', async () => {
    const copy = await t.call('profiles.copy', { id: 'party', name: 'Mẫu Đảng ủy xã' });
    const ctx = { db: t.raw(), progress: () => {} };
    expect(getProfile(ctx, { id: 'party' })).toMatchObject({ id: 'party', profile: builtInProfiles.party });
    expect(getProfile(ctx, { id: copy.id }).profile.name).toBe('Mẫu Đảng ủy xã');
    for (const id of ['user:999', 'tinh', '']) {
      let error: unknown;
      try {
        getProfile(ctx, { id });
      } catch (e) {
        error = e;
      }
      expect(error, id).toBeInstanceOf(AppError);
      expect(error, id).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Không tìm thấy mẫu định dạng này; có thể mẫu đã bị xoá. Hãy chọn mẫu khác trong danh sách.',
      });
    }
  });
});

describe('profile files', () => {
  it('exports readable JSON under an ASCII name, and imports it back as a new own profile', async () => {
    const file = await t.call('profiles.exportFile', { id: 'state' });
    expect(file.fileName).toBe('Mau-dinh-dang-Nha-nuoc.json');
    expect(JSON.parse(file.content)).toEqual({
      app: 'thu-ky-hoi-nghi',
      kind: 'format-profile',
      version: 1,
      profile: builtInProfiles.state,
    });
    expect(file.content).toContain('\n  "profile": {\n    "name": "Nhà nước (NĐ 30/2020/NĐ-CP)",');

    const imported = await t.call('profiles.importFile', { content: file.content });
    expect(imported.id).toMatch(/^user:\d+$/);
    expect(imported).toMatchObject({
      builtIn: false,
      profile: { ...builtInProfiles.state, name: 'Nhà nước (NĐ 30/2020/NĐ-CP) (2)' },
    });
    const again = await t.call('profiles.importFile', { content: `\uFEFF${file.content}` });
    expect(again.profile.name).toBe('Nhà nước (NĐ 30/2020/NĐ-CP) (3)');
    expect((await t.call('profiles.exportFile', { id: again.id })).fileName).toBe('Mau-dinh-dang-Nha-nuoc-3.json');
    expect(stored().map((r) => r.name)).toEqual(['Nhà nước (NĐ 30/2020/NĐ-CP) (2)', 'Nhà nước (NĐ 30/2020/NĐ-CP) (3)']);
  });

  it('keeps a free name, fills the style flags a file leaves out, and puts decomposed letters together', async () => {
    const { bold, italic, caps, underline, ...size } = builtInProfiles.party.documentType;
    const profile = { ...builtInProfiles.party, name: 'Mẫu của Huyện ủy Đại Từ'.normalize('NFD'), documentType: size };
    const imported = await t.call('profiles.importFile', { content: fileOf(profile) });
    expect(imported.profile.name).toBe('Mẫu của Huyện ủy Đại Từ');
    expect(imported.profile.documentType).toEqual({
      size: 16,
      bold: false,
      italic: false,
      caps: false,
      underline: false,
    });
    expect([bold, italic, caps, underline]).toEqual([true, false, true, false]);
  });

  it('turns away what is not a profile file, naming the first wrong value, and writes nothing', async () => {
    const bad = (at: string, value: unknown) => fileOf(changed(builtInProfiles.state, at, value));
    const cases: [string, string][] = [
      [
        '{"app": "thu-ky-hoi-nghi", "kind": ',
        'Tệp này không phải mẫu định dạng văn bản: nội dung không đọc được (không phải JSON).',
      ],
      ['[1, 2, 3]', 'Tệp này không phải mẫu định dạng văn bản xuất từ Thư Ký Hội Nghị.'],
      [
        fileOf(builtInProfiles.state, { app: 'thu-ky-hoi-nghi', kind: 'draft-template', version: 1 }),
        'Tệp này không phải mẫu định dạng văn bản xuất từ Thư Ký Hội Nghị.',
      ],
      [
        fileOf(builtInProfiles.state, { app: 'thu-ky-hoi-nghi', kind: 'format-profile', version: 2 }),
        'Tệp mẫu định dạng này do phiên bản mới hơn của phần mềm tạo ra. Hãy cập nhật phần mềm rồi nhập lại.',
      ],
      [
        fileOf(builtInProfiles.state, { app: 'thu-ky-hoi-nghi', kind: 'format-profile' }),
        'Tệp mẫu định dạng này không ghi rõ phiên bản nên không đọc được.',
      ],
      [fileOf('A4'), 'Tệp không chứa mẫu định dạng nào.'],
      [
        bad('margins.left', -3),
        'Mẫu định dạng trong tệp có chỗ sai nên chưa được nhập. Lề trái (Khổ giấy và lề): tối thiểu 0 mm.',
      ],
      [
        bad('body.lineSpacing', 2.5),
        'Mẫu định dạng trong tệp có chỗ sai nên chưa được nhập. Giãn dòng (Nội dung): tối đa 2 lần.',
      ],
      [
        bad('header.nationalLine.text', 42),
        'Mẫu định dạng trong tệp có chỗ sai nên chưa được nhập. Quốc hiệu hoặc tiêu đề Đảng, nội dung (Phần ' +
          'đầu văn bản): phải là chữ.',
      ],
      [
        bad('colour', 'đỏ'),
        'Mẫu định dạng trong tệp có chỗ sai nên chưa được nhập. Mục "colour" không thuộc mẫu định dạng.',
      ],
    ];
    for (const [content, message] of cases) {
      expect(await t.fail('profiles.importFile', { content })).toEqual({ code: 'IMPORT_INVALID', message });
    }
    expect((await t.fail('profiles.importFile', { content: ' '.repeat(300_000) })).message).toBe(
      'Tệp quá lớn để là một mẫu định dạng (tối đa 200 KB).',
    );
    expect(stored()).toEqual([]);
  });

  it('names files in ASCII without the rule cited in brackets', () => {
    expect(profileFileName('Đảng (QĐ 399-QĐ/TW)')).toBe('Mau-dinh-dang-Dang.json');
    expect(profileFileName('Mẫu định dạng của Đảng ủy xã Hùng Sơn (2)')).toBe(
      'Mau-dinh-dang-cua-Dang-uy-xa-Hung-Son-2.json',
    );
  });
});
