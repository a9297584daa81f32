// Attendees taken from pasted prose: the news items of tests/fixtures/news-items exactly, then each way
// offices write people (news sentences, invitation lines, numbered lists under point headings),
// dirty text, and the prose that must give nobody.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../../src/cli/cli-error';
import { extractCommand } from '../../../../src/cli/extract-command';
import { extractAttendeesFromText } from '../../../../src/main/import/extract/attendees-from-text';
import { readNewsItem } from '../../../helpers/fixtures';

const thaiNguyen = readNewsItem('000_53cc4273fc4b2b6f.txt');
const tuyenQuang = readNewsItem('001_a8bbc42e34f2cb4c.txt');
const khoiCacCoQuan = readNewsItem('003_f24adb3677c850f6.txt');

const chairToc = 'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương';

describe('extractAttendeesFromText on the news items of tests/fixtures/news-items', () => {
  it('finds the chair of the lead, then the two people at Điểm cầu Thái Nguyên', () => {
    expect(extractAttendeesFromText(thaiNguyen)).toEqual([
      { fullName: 'Phạm Minh Chính', position: chairToc },
      {
        fullName: 'Phạm Hoàng Sơn',
        position: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
        bridgePoint: 'Điểm cầu Thái Nguyên',
      },
      {
        fullName: 'Dương Xuân Hùng',
        position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy',
        bridgePoint: 'Điểm cầu Thái Nguyên',
      },
    ]);
  });

  it('keeps "Trưởng ban" as written and ignores the later "đồng chí Trưởng Ban … Phạm Minh Chính yêu cầu"', () => {
    expect(extractAttendeesFromText(tuyenQuang)).toEqual([
      {
        fullName: 'Phạm Minh Chính',
        position: 'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương',
      },
      {
        fullName: 'Nguyễn Hồng Thắng',
        position: 'Phó Bí thư Thường trực Tỉnh ủy',
        bridgePoint: 'Điểm cầu Tuyên Quang',
      },
      {
        fullName: 'Lê Tiến Thắng',
        position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy',
        bridgePoint: 'Điểm cầu Tuyên Quang',
      },
    ]);
  });

  it('finds the only person of a news item whose position has lowercase words', () => {
    expect(extractAttendeesFromText(khoiCacCoQuan)).toEqual([
      { fullName: 'Hoàng Anh Trung', position: 'Tỉnh ủy viên, Bí thư Đảng ủy Khối các cơ quan tỉnh' },
    ]);
  });
});

describe('extractAttendeesFromText: who attended at a bridge point', () => {
  it.each([
    ['Dự và chủ trì hội nghị tại điểm cầu Lạng Sơn có các đồng chí:', 'Điểm cầu Lạng Sơn'],
    ['Tham dự tại điểm cầu Huyện ủy Định Hóa có các đồng chí', 'Điểm cầu Huyện ủy Định Hóa'],
    ['Về dự hội nghị tại điểm cầu tỉnh Yên Bái có các đồng chí:', 'Điểm cầu tỉnh Yên Bái'],
    ['Dự hội nghị tại điểm cầu TP. Hải Phòng có các đồng chí:', 'Điểm cầu TP. Hải Phòng'],
  ])('reads "%s" followed by people separated by semicolons', (opening, bridgePoint) => {
    const text =
      `Sáng 12-9, Ban Tuyên giáo Trung ương tổ chức hội nghị trực tuyến. ${opening} Ma Thị Nguyệt, Ủy viên ` +
      `Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; Lò Văn Sơn, Giám đốc Sở Văn hóa, Thể thao và Du lịch.`;
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Ma Thị Nguyệt', position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy', bridgePoint },
      { fullName: 'Lò Văn Sơn', position: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', bridgePoint },
    ]);
  });

  it('reads a single "có đồng chí" and a "cùng dự có" in the same item', () => {
    const text =
      'Dự hội nghị tại điểm cầu Trung ương có đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư. ' +
      'Cùng dự có Nguyễn Thị Thu Hà, Phó Trưởng Ban Dân vận Trung ương.';
    expect(extractAttendeesFromText(text)).toEqual([
      {
        fullName: 'Trần Cẩm Tú',
        position: 'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư',
        bridgePoint: 'Điểm cầu Trung ương',
      },
      { fullName: 'Nguyễn Thị Thu Hà', position: 'Phó Trưởng Ban Dân vận Trung ương' },
    ]);
  });

  it('takes the people listed on the lines after "… có các đồng chí:"', () => {
    const text =
      'Dự tại điểm cầu Bắc Kạn có các đồng chí:\n- Hoàng Duy Chinh, Bí thư Tỉnh ủy;\n- Phương Thị Thanh, ' +
      'Phó Bí thư Thường trực Tỉnh ủy.';
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Hoàng Duy Chinh', position: 'Bí thư Tỉnh ủy', bridgePoint: 'Điểm cầu Bắc Kạn' },
      { fullName: 'Phương Thị Thanh', position: 'Phó Bí thư Thường trực Tỉnh ủy', bridgePoint: 'Điểm cầu Bắc Kạn' },
    ]);
  });

  it('splits people joined by "và" or by "đồng chí", and a run of bare names', () => {
    expect(
      extractAttendeesFromText(
        'Dự có các đồng chí: Đinh Văn Hải, Bí thư Huyện ủy và Trần Văn Bình, Chủ tịch UBND huyện, đồng chí ' +
          'Vi Thị Nga, Phó Chủ tịch HĐND huyện.',
      ),
    ).toEqual([
      { fullName: 'Đinh Văn Hải', position: 'Bí thư Huyện ủy' },
      { fullName: 'Trần Văn Bình', position: 'Chủ tịch UBND huyện' },
      { fullName: 'Vi Thị Nga', position: 'Phó Chủ tịch HĐND huyện' },
    ]);
    expect(
      extractAttendeesFromText('Dự hội nghị có các đồng chí: Nguyễn Văn Hải, Trần Văn Bình và Lê Thị Cúc.'),
    ).toEqual([{ fullName: 'Nguyễn Văn Hải' }, { fullName: 'Trần Văn Bình' }, { fullName: 'Lê Thị Cúc' }]);
  });

  it('leaves out groups named by their title ("các đồng chí Ủy viên Ban Thường vụ")', () => {
    const text =
      'Cùng dự có các đồng chí: Nguyễn Thanh Hải, Phó Bí thư Thường trực Tỉnh ủy; các đồng chí Ủy viên Ban ' +
      'Thường vụ Tỉnh ủy; lãnh đạo các sở, ngành.';
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Nguyễn Thanh Hải', position: 'Phó Bí thư Thường trực Tỉnh ủy' },
    ]);
  });
});

describe('extractAttendeesFromText: the chair in the lead', () => {
  it.each([
    ['Chiều 2-6, đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương đã chủ trì hội nghị.'],
    ['Đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị.'],
    ['Sáng 8-5, đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương dự và chỉ đạo hội nghị.'],
    [
      'Phát biểu tại hội nghị, đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ' +
        'ương, nhấn mạnh vai trò của cấp ủy.',
    ],
    ['Đồng chí Lê Minh Hưng (thứ hai từ trái sang), Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương phát biểu.'],
  ])('ends the position before the verb: %s', (text) => {
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Lê Minh Hưng', position: 'Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương' },
    ]);
  });

  it('gives the chair a bridge point only when the sentence names one', () => {
    expect(
      extractAttendeesFromText(
        'Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy chủ trì tại điểm cầu Trung ương.',
      ),
    ).toEqual([
      {
        fullName: 'Nguyễn Văn Nên',
        position: 'Ủy viên Bộ Chính trị, Bí thư Thành ủy',
        bridgePoint: 'Điểm cầu Trung ương',
      },
    ]);
    expect(
      extractAttendeesFromText('Tại điểm cầu Hà Nội, đồng chí Bùi Thị Minh Hoài, Bí thư Thành ủy chủ trì.')[0]
        .bridgePoint,
    ).toBe('Điểm cầu Hà Nội');
    expect(
      extractAttendeesFromText(
        'Hội nghị do đồng chí Lê Văn Dũng, Bí thư Huyện ủy chủ trì, kết nối tới 180 điểm cầu trên cả nước.',
      ),
    ).toEqual([{ fullName: 'Lê Văn Dũng', position: 'Bí thư Huyện ủy' }]);
  });

  it('does not cut titles that contain "dự" ("Ủy viên dự khuyết", "Ban Quản lý dự án")', () => {
    const text =
      'Đồng chí Hà Văn Nam, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Giám đốc Ban Quản lý dự án tỉnh đã dự.';
    expect(extractAttendeesFromText(text)).toEqual([
      {
        fullName: 'Hà Văn Nam',
        position: 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Giám đốc Ban Quản lý dự án tỉnh',
      },
    ]);
  });
});

describe('extractAttendeesFromText: invitations and lists', () => {
  it('reads dash and comma lines with courtesy prefixes, and a point at the end of a line', () => {
    const text = [
      'Ông Nguyễn Văn An - Giám đốc Sở Nội vụ - Điểm cầu UBND tỉnh',
      'Bà Trần Thị Bích – Phó Chủ tịch UBND huyện',
      'Đ/c Lê Văn Cường, Bí thư Đảng ủy xã Yên Lãng',
      'Đồng chí Đỗ Minh Tuấn - Chủ tịch UBND xã - chủ trì',
    ].join('\n');
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Nguyễn Văn An', position: 'Giám đốc Sở Nội vụ', bridgePoint: 'Điểm cầu UBND tỉnh' },
      { fullName: 'Trần Thị Bích', position: 'Phó Chủ tịch UBND huyện' },
      { fullName: 'Lê Văn Cường', position: 'Bí thư Đảng ủy xã Yên Lãng' },
      { fullName: 'Đỗ Minh Tuấn', position: 'Chủ tịch UBND xã' },
    ]);
  });

  it('puts the people of a numbered list under the point heading above them', () => {
    const text = [
      'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ',
      'I. ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ',
      '1. Đồng chí Nguyễn Văn Anh, Bí thư Huyện ủy',
      '2) Ông TRẦN VĂN BẢO - Chủ tịch UBND huyện',
      'II. ĐIỂM CẦU XÃ QUÂN CHU',
      '- Bà Lê Thị Cúc, Bí thư Đảng ủy xã',
      'a) Đinh Văn Dũng, Chủ tịch UBND xã',
      'Tại điểm cầu Huyện ủy Phú Lương:',
      '• Phạm Thị Én, Phó Bí thư Huyện ủy',
      '2. Hoàng Văn Giang',
      'III. KHÁCH MỜI',
      '1. Nguyễn Văn Phúc, Phóng viên Báo Thái Nguyên',
    ].join('\n');
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Nguyễn Văn Anh', position: 'Bí thư Huyện ủy', bridgePoint: 'Điểm cầu Huyện ủy Đại Từ' },
      { fullName: 'Trần Văn Bảo', position: 'Chủ tịch UBND huyện', bridgePoint: 'Điểm cầu Huyện ủy Đại Từ' },
      { fullName: 'Lê Thị Cúc', position: 'Bí thư Đảng ủy xã', bridgePoint: 'Điểm cầu xã Quân Chu' },
      { fullName: 'Đinh Văn Dũng', position: 'Chủ tịch UBND xã', bridgePoint: 'Điểm cầu xã Quân Chu' },
      { fullName: 'Phạm Thị Én', position: 'Phó Bí thư Huyện ủy', bridgePoint: 'Điểm cầu Huyện ủy Phú Lương' },
      { fullName: 'Hoàng Văn Giang', bridgePoint: 'Điểm cầu Huyện ủy Phú Lương' },
      { fullName: 'Nguyễn Văn Phúc', position: 'Phóng viên Báo Thái Nguyên' },
    ]);
  });

  it('reads the rows of a table copied from Word, its cells separated by tabs', () => {
    const text =
      'STT\tHọ và tên\tChức vụ\tĐiểm cầu\n1\tÔng Nguyễn Văn An\tGiám đốc Sở Nội vụ\tĐiểm cầu UBND ' +
      'tỉnh\n2\tTrần Thị Bình\tPhó Giám đốc Sở Tài chính\t';
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Nguyễn Văn An', position: 'Giám đốc Sở Nội vụ', bridgePoint: 'Điểm cầu UBND tỉnh' },
      { fullName: 'Trần Thị Bình', position: 'Phó Giám đốc Sở Tài chính' },
    ]);
  });

  it('reads lines without bullets under "Kính mời:" but not a place and date line', () => {
    const text =
      'Thái Nguyên, ngày 5 tháng 3 năm 2024\nKính mời:\nNguyễn Văn An - Giám đốc Sở Nội vụ\nTrần Thị Bình - ' +
      'Phó Giám đốc Sở Tài chính';
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Nguyễn Văn An', position: 'Giám đốc Sở Nội vụ' },
      { fullName: 'Trần Thị Bình', position: 'Phó Giám đốc Sở Tài chính' },
    ]);
  });
});

describe('extractAttendeesFromText: dirty text, repeats and prose', () => {
  it('reads NFD text with NBSP, double spaces, Windows line breaks and bullets, and gives NFC', () => {
    const text = (
      '\u2022  Đ/c\u00a0Nguyễn  Văn Hùng, Bí thư Đảng ủy xã.\r\n' + '\u2022 Đ/c Trần Thị Lan,\u00a0Chủ tịch UBND xã\r\n'
    ).normalize('NFD');
    const found = extractAttendeesFromText(text);
    expect(found).toEqual([
      { fullName: 'Nguyễn Văn Hùng', position: 'Bí thư Đảng ủy xã' },
      { fullName: 'Trần Thị Lan', position: 'Chủ tịch UBND xã' },
    ]);
    for (const person of found) expect(person.fullName).toBe(person.fullName.normalize('NFC'));
  });

  it('gives one entry for a person mentioned again, by name or by title then name', () => {
    const text =
      'Chiều 20-4, đồng chí Hoàng Văn Đức, Phó Bí thư Thường trực Tỉnh ủy đã dự và chỉ đạo hội nghị. ' +
      'Phát biểu chỉ đạo hội nghị, đồng chí Hoàng Văn Đức đề nghị các cấp ủy tăng cường kiểm tra. ' +
      'Đồng chí Phó Bí thư Thường trực Tỉnh ủy Hoàng Văn Đức yêu cầu các địa phương báo cáo trước ngày 30/6. ' +
      'Dự tại điểm cầu Huyện ủy Võ Nhai có đồng chí Hoàng Văn Đức, Phó Bí thư Thường trực Tỉnh ủy.';
    expect(extractAttendeesFromText(text)).toEqual([
      {
        fullName: 'Hoàng Văn Đức',
        position: 'Phó Bí thư Thường trực Tỉnh ủy',
        bridgePoint: 'Điểm cầu Huyện ủy Võ Nhai',
      },
    ]);
  });

  it('finds nobody in prose, bodies, places and bylines', () => {
    const text = [
      'Hội nghị trực tuyến toàn quốc',
      'Hội nghị được kết nối tới 180 điểm cầu trên cả nước. Ban Tổ chức Trung ương, Hội nghị.',
      'Tại Hội nghị, các đại biểu đã tham gia nhiều ý kiến, trong đó có ý kiến của Bà Rịa - Vũng Tàu.',
      'Các đại biểu dự hội nghị tại điểm cầu Tuyên Quang.',
      'Hà Nội, ngày 5 tháng 3 năm 2024',
      'Hằng Nga',
      'Tin, ảnh: Trang Tâm',
    ].join('\n');
    expect(extractAttendeesFromText(text)).toEqual([]);
    expect(extractAttendeesFromText('')).toEqual([]);
  });
});

describe('extractCommand', () => {
  const tempFile = (bytes: Buffer) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-extract-')), 'tin-bai.txt');
    fs.writeFileSync(file, bytes);
    return file;
  };

  it('prints {"attendees"} with only the keys the text gives, from UTF-8 with a BOM', async () => {
    const file = tempFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(thaiNguyen, 'utf8')]));
    const { document } = await extractCommand(file);
    expect(document).toEqual({ attendees: extractAttendeesFromText(thaiNguyen) });
    const { attendees } = document as { attendees: Record<string, string>[] };
    expect(Object.keys(attendees[0])).toEqual(['fullName', 'position']);
    expect(Object.keys(attendees[1])).toEqual(['fullName', 'position', 'bridgePoint']);
  });

  it('reads UTF-16LE with a BOM like UTF-8, and lists one person a line for people', async () => {
    const file = tempFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tuyenQuang, 'utf16le')]));
    const { lines } = await extractCommand(file);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/Tìm thấy 3 đại biểu/);
    expect(lines[2]).toBe('  2. Nguyễn Hồng Thắng, Phó Bí thư Thường trực Tỉnh ủy — Điểm cầu Tuyên Quang');
  });

  it('fails with NOT_FOUND and a Vietnamese message on a file it cannot read', async () => {
    const missing = path.join(os.tmpdir(), 'khong-co-tep-nay.txt');
    await expect(extractCommand(missing)).rejects.toBeInstanceOf(CliError);
    await expect(extractCommand(missing)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `Không đọc được tệp "${missing}": tệp không tồn tại hoặc không có quyền đọc.`,
    });
  });
});
