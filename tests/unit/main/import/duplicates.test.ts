// One person answering a form twice, or copied twice into a list: merged into the latest
// answer, field by field, and said so; two people who only share a name stay two.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { answerTimes } from '../../../../src/main/import/duplicates/answer-time';
import { parseSpreadsheet } from '../../../../src/main/import/parse';

const fields = (rows: ReturnType<typeof attendeesOf>['attendees']) => rows.map(({ sheet: _s, row: _r, ...f }) => f);

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('duplicate rows', () => {
  it(
    'a Microsoft Forms export: completion times order the answers, the respondent email fills the ' +
      'email, a later empty answer keeps the earlier one',
    async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow([
          'ID',
          'Start time',
          'Completion time',
          'Email',
          'Name',
          'Họ và tên của anh/chị',
          'Anh/chị giữ chức vụ gì?',
          'Đơn vị công tác',
          'Số điện thoại',
          'Anh/chị dự tại điểm cầu nào?',
        ]);
        // The later answer (row 2, completed on 3 March) comes first in the file: order by time.
        ws.addRow([
          1,
          new Date(Date.UTC(2026, 2, 3, 9, 0)),
          new Date(Date.UTC(2026, 2, 3, 9, 5)),
          'anonymous',
          'anonymous',
          'Đinh Thị  Mơ',
          'Phó Giám đốc',
          'SỞ Y TẾ',
          '',
          'Điểm cầu Sở Y tế',
        ]);
        ws.addRow([
          2,
          new Date(Date.UTC(2026, 2, 1, 8, 0)),
          new Date(Date.UTC(2026, 2, 1, 8, 2)),
          'anonymous',
          'anonymous',
          'Đinh Thị Mơ',
          'Trưởng phòng',
          'Sở Y tế',
          '0903 111 222',
          'Điểm cầu Sở Y tế',
        ]);
        ws.addRow([
          3,
          new Date(Date.UTC(2026, 2, 2, 8, 0)),
          new Date(Date.UTC(2026, 2, 2, 8, 1)),
          'khanh.bt@yte.gov.vn',
          'Bùi Tuấn Khanh',
          'Bùi Tuấn Khanh',
          'Chuyên viên',
          'Sở Y tế',
          '0903111333',
          'Điểm cầu Sở Y tế',
        ]);
      });
      const parsed = parseSpreadsheet(bytes, 'Phiếu đăng ký.xlsx');
      expect(parsed.tables[0].columns.filter((c) => c.kind === 'timestamp').map((c) => c.header)).toEqual([
        'Completion time',
      ]);
      const result = attendeesOf(parsed);
      expect(fields(result.attendees)).toEqual([
        {
          fullName: 'Đinh Thị Mơ',
          position: 'Phó Giám đốc',
          unit: 'SỞ Y TẾ',
          bridgePoint: 'Điểm cầu Sở Y tế',
          phone: '0903111222',
        },
        {
          fullName: 'Bùi Tuấn Khanh',
          position: 'Chuyên viên',
          unit: 'Sở Y tế',
          bridgePoint: 'Điểm cầu Sở Y tế',
          phone: '0903111333',
          email: 'khanh.bt@yte.gov.vn',
        },
      ]);
      expect(result.attendees[0].row).toBe(2);
      expect(result.duplicates).toMatchObject([
        { reason: 'unit', rows: [{ row: 2 }, { row: 3 }], kept: { row: 2 }, keptApart: false },
      ]);
      const message = result.warnings.find((w) => w.message.includes('cùng một người'))?.message;
      expect(message).toContain('Dòng 2 và dòng 3 là cùng một người (cùng họ tên và đơn vị)');
      expect(message).toContain('chức vụ "Trưởng phòng" (dòng 3)');
    },
    15_000,
  );

  it(
    'an ordinary list with one person twice (case, composed and decomposed letters, spaces) is merged; ' +
      'kept apart on request; namesakes in other units with other phones stay two',
    async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet('DS');
        ws.addRow(['DANH SÁCH ĐẠI BIỂU']);
        ws.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại']);
        ws.addRow([1, 'Phạm Quốc Tuấn', 'Phó Chủ tịch', 'UBND phường Đức Xuân', '0912000001']);
        ws.addRow([2, 'Lò Văn Pấng', 'Bí thư', 'Đảng ủy xã Nà Phặc', '0912000002']);
        ws.addRow([3, 'PHẠM  QUỐC TUẤN'.normalize('NFD'), '', 'UBND  phường đức xuân'.normalize('NFD'), '']);
        ws.addRow([4, 'Lò Văn Pấng', 'Chuyên viên', 'Văn phòng Tỉnh ủy', '0912000004']);
      });
      const parsed = parseSpreadsheet(bytes, 'danh-sach.xlsx');
      const merged = attendeesOf(parsed);
      expect(merged.attendees.map((a) => [a.row, a.fullName, a.position, a.phone])).toEqual([
        [5, 'Phạm Quốc Tuấn', 'Phó Chủ tịch', '0912000001'],
        [4, 'Lò Văn Pấng', 'Bí thư', '0912000002'],
        [6, 'Lò Văn Pấng', 'Chuyên viên', '0912000004'],
      ]);
      expect(merged.duplicates).toHaveLength(1);
      const group = merged.duplicates[0];
      expect(group).toMatchObject({ reason: 'unit', rows: [{ row: 3 }, { row: 5 }], kept: { row: 5 } });

      const apart = attendeesOf(parsed, undefined, undefined, new Set([group.id]));
      expect(apart.attendees.map((a) => a.row)).toEqual([3, 4, 5, 6]);
      expect(apart.duplicates[0].keptApart).toBe(true);
      expect(apart.warnings.some((w) => w.message.includes('giữ riêng từng dòng'))).toBe(true);
    },
    15_000,
  );

  it('two namesakes of one unit whose rows differ in phone, birth year or gender stay two people', () => {
    const csv =
      'Họ và tên,Năm sinh,Giới tính,Đơn vị,Điện thoại\r\n' +
      'Nguyễn Văn Hùng,1975,Nam,Đảng ủy xã Yên Trạch,0912000001\r\n' +
      'Nguyễn Văn Hùng,1975,Nam,Đảng ủy xã Yên Trạch,0912000002\r\n' +
      'Nguyễn Thị Mai,1980,Nữ,UBND xã Yên Trạch,\r\n' +
      'Nguyễn Thị Mai,1992,Nữ,UBND xã Yên Trạch,\r\n' +
      'Hoàng Minh,,Nam,Công an xã,\r\n' +
      'Hoàng Minh,,Nữ,Công an xã,\r\n' +
      'Lê Văn Tám,1970,,Hội Nông dân xã,0912000003\r\n' +
      'Lê Văn Tám,,Nam,Hội Nông dân xã,\r\n';
    const result = attendeesOf(parseSpreadsheet(new TextEncoder().encode(csv), 'ds.csv'));
    expect(result.attendees.map((a) => a.fullName)).toEqual([
      'Nguyễn Văn Hùng',
      'Nguyễn Văn Hùng',
      'Nguyễn Thị Mai',
      'Nguyễn Thị Mai',
      'Hoàng Minh',
      'Hoàng Minh',
      'Lê Văn Tám',
    ]);
    expect(result.attendees.at(-1)).toMatchObject({ birthYear: 1970, gender: 'Nam', phone: '0912000003' });
    expect(result.duplicates).toHaveLength(1);
  });

  it('a CSV of a US-locale Google Form: month-first stamps and phones written with +84 join one person', () => {
    const csv =
      '\ufeffTimestamp,Email Address,Họ và tên,Số điện thoại liên hệ,Đồng chí công tác tại đơn vị nào?\r\n' +
      '7/15/2025 14:03:12,,Vũ Thị Hằng,+84 988 777 666,Huyện ủy cũ\r\n' +
      '7/9/2025 8:00:00,,Vũ Thị Hằng,0988777666,Huyện ủy Định Hóa\r\n';
    const result = attendeesOf(parseSpreadsheet(new TextEncoder().encode(csv), 'responses.csv'));
    expect(result.attendees).toHaveLength(1);
    expect(result.attendees[0]).toMatchObject({ row: 2, unit: 'Huyện ủy cũ', phone: '0988777666' });
    expect(result.duplicates[0]).toMatchObject({ reason: 'phone', kept: { row: 2 } });
  });

  it('a row copied 20,000 times is one person, said in one short warning', () => {
    const lines = ['Họ và tên,Đơn vị,Chức vụ'];
    for (let i = 0; i < 20_000; i++) lines.push(`Mai Văn Tú,Sở Tài chính,Chuyên viên ${i}`);
    const result = attendeesOf(parseSpreadsheet(new TextEncoder().encode(lines.join('\n')), 'ds.csv'));
    expect(result.attendees).toHaveLength(1);
    expect(result.attendees[0]).toMatchObject({ row: 20_001, position: 'Chuyên viên 19999' });
    const message = result.warnings.find((w) => w.message.includes('cùng một người'))?.message ?? '';
    expect(message).toContain('và 19990 dòng khác');
    expect(message.length).toBeLessThan(1_000);
  }, 15_000);

  it('reads a timestamp column day-first unless a day above 12 shows it is month-first', () => {
    expect(answerTimes(['15/07/2025 8:03:12', '7/8/2025 9:00'])).toEqual([
      Date.UTC(2025, 6, 15, 8, 3, 12),
      Date.UTC(2025, 7, 7, 9, 0),
    ]);
    expect(answerTimes(['7/15/2025 8:03:12 PM', '7/8/2025 9:00'])).toEqual([
      Date.UTC(2025, 6, 15, 20, 3, 12),
      Date.UTC(2025, 6, 8, 9, 0),
    ]);
    expect(answerTimes(['2026-03-01T08:02:00', 'chưa gửi'])).toEqual([Date.UTC(2026, 2, 1, 8, 2), undefined]);
  });
});
