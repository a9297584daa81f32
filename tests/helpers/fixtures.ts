import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** The attendee spreadsheets offices really send, with their expected results (see its README). */
export const fixturesDir = path.join(fixturesRoot, 'import');

export const fixtureFiles = fs.readdirSync(fixturesDir).filter((f) => !/\.(json|md)$/.test(f));
export const goodFixtures = fixtureFiles.filter((f) => !f.startsWith('bad-'));
export const badFixtures = fixtureFiles.filter((f) => f.startsWith('bad-'));

/** An attendee as a fixture's .expected.json lists it: the fields the importer fills, by name. */
export type ExpectedAttendee = Record<string, unknown>;

export function expectedAttendees(file: string): ExpectedAttendee[] {
  const expected = JSON.parse(
    fs.readFileSync(path.join(fixturesDir, file.replace(/\.[^.]+$/, '.expected.json')), 'utf8'),
  ) as { attendees: ExpectedAttendee[] };
  return expected.attendees;
}

/**
 * What the importer must say of each bad fixture, whatever name it is given and whichever door
 * reads it (directly, in its thread, through the services or the CLI): src/main/import/errors.ts
 * says why, in words the secretary can act on.
 */
export const badFixtureMessages: Readonly<Record<string, string>> = {
  'bad-bom-giai-nen.xlsx':
    'Tệp có nội dung nén phình ra quá lớn khi giải nén (có thể là tệp hỏng hoặc tệp độc hại) nên không được ' +
    'đọc. Hãy mở tệp bằng Excel, lưu lại thành tệp mới rồi nhập tệp mới.',
  'bad-file-bi-cat-cut.xlsx':
    'Tệp Excel bị hỏng hoặc không đầy đủ (có thể do tải về chưa xong hoặc gửi qua thư bị cắt). Hãy xin lại ' +
    'tệp gốc hoặc mở bằng Excel và lưu lại.',
  'bad-khong-co-cot-ho-ten.xlsx':
    'Không tìm thấy cột họ tên đại biểu (tiêu đề như "Họ và tên", "Họ tên", "Tên đại biểu") trong trang tính, ' +
    'nên tệp không giống danh sách đại biểu. Hãy kiểm tra đã gửi đúng tệp chưa, hoặc thêm dòng tiêu đề có cột ' +
    'họ tên rồi nhập lại.',
  'bad-khong-phai-excel.xlsx':
    'Tệp này không phải bảng tính (tệp ảnh). Hãy chọn tệp Excel (.xlsx, .xls), LibreOffice (.ods), Word ' +
    '(.docx) hoặc CSV chứa danh sách đại biểu.',
  'bad-trong.xlsx':
    'Tệp không có dữ liệu: mọi trang tính đều trống. Hãy kiểm tra lại đã gửi đúng tệp danh sách đại biểu chưa.',
};

/** The message a bad fixture must end in; a bad fixture added without one fails here. */
export function badFixtureMessage(file: string): string {
  const message = badFixtureMessages[file];
  if (message === undefined) throw new Error(`${file}: add the message it must end in to badFixtureMessages`);
  return message;
}

/** Real news items of online conferences, as provincial newspapers publish them. */
export const newsItemsDir = path.join(fixturesRoot, 'news-items');

export const newsItemFiles = fs.readdirSync(newsItemsDir).filter((f) => f.endsWith('.txt'));

export function readNewsItem(file: string): string {
  return fs.readFileSync(path.join(newsItemsDir, file), 'utf8');
}
