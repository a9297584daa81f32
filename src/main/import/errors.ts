import { AppError } from '../../shared/errors';

/** Why a file cannot be imported, in words the secretary can act on. Nothing is written. */
export function importError(message: string): AppError {
  return new AppError('IMPORT_INVALID', message);
}

export const importMessages = {
  tooBig: (mb: number) =>
    `Tệp quá lớn (${mb} MB). Danh sách đại biểu thường chỉ vài trăm KB; hãy kiểm tra lại tệp, hoặc chia ` +
    `thành nhiều tệp nhỏ hơn 50 MB.`,
  inflates:
    'Tệp có nội dung nén phình ra quá lớn khi giải nén (có thể là tệp hỏng hoặc tệp độc hại) nên không được ' +
    'đọc. Hãy mở tệp bằng Excel, lưu lại thành tệp mới rồi nhập tệp mới.',
  damagedZip:
    'Tệp Excel bị hỏng hoặc không đầy đủ (có thể do tải về chưa xong hoặc gửi qua thư bị cắt). Hãy xin lại ' +
    'tệp gốc hoặc mở bằng Excel và lưu lại.',
  notSpreadsheet: (what: string) =>
    `Tệp này không phải bảng tính (${what}). Hãy chọn tệp Excel (.xlsx, .xls), LibreOffice (.ods), Word ` +
    `(.docx) hoặc CSV chứa danh sách đại biểu.`,
  damagedWord:
    'Tệp Word bị hỏng hoặc không đầy đủ (có thể do tải về chưa xong hoặc gửi qua thư bị cắt). Hãy xin lại ' +
    'tệp gốc hoặc mở bằng Word và lưu lại.',
  oldWord:
    'Đây là tài liệu Word 97-2003 (.doc), định dạng cũ không đọc trực tiếp được. Hãy mở tệp trong Word, chọn ' +
    'Tệp > Lưu thành…, ở mục "Lưu dưới dạng" chọn "Tài liệu Word (*.docx)" rồi nhập tệp .docx mới.',
  rtf:
    'Đây là tệp văn bản RTF, không đọc trực tiếp được. Hãy mở tệp trong Word, chọn Tệp > Lưu thành…, ở mục ' +
    '"Lưu dưới dạng" chọn "Tài liệu Word (*.docx)" rồi nhập tệp .docx mới.',
  empty: 'Tệp không có dữ liệu: mọi trang tính đều trống. Hãy kiểm tra lại đã gửi đúng tệp danh sách đại biểu chưa.',
  prose:
    'Tệp không có bảng danh sách nào: nội dung là văn bản (bài viết, công văn) chứ không phải bảng. Nếu văn ' +
    'bản có tên các đại biểu, hãy dùng "Dán đoạn văn…" để lấy đại biểu từ văn bản; nếu không, hãy chọn đúng tệp ' +
    'danh sách.',
  noNameColumn: (sheets: string) =>
    `Không tìm thấy cột họ tên đại biểu (tiêu đề như "Họ và tên", "Họ tên", "Tên đại biểu") trong ` +
    `${sheets}, nên tệp không giống danh sách đại biểu. Hãy kiểm tra đã gửi đúng tệp chưa, hoặc thêm dòng ` +
    `tiêu đề có cột họ tên rồi nhập lại.`,
  tooManyRows: (limit: number) =>
    `Tệp có hơn ${limit.toLocaleString('vi-VN')} dòng, vượt giới hạn một lần nhập. Hãy chia danh sách thành nhiều tệp.`,
  tooManyCells: (limit: number) =>
    `Tệp có hơn ${limit.toLocaleString('vi-VN')} ô dữ liệu, vượt giới hạn một lần nhập. Hãy chỉ giữ các cột ` +
    `cần nhập (họ tên, chức vụ, đơn vị, điểm cầu…) hoặc chia danh sách thành nhiều tệp.`,
  tooManyStrings: (limit: number) =>
    `Tệp có hơn ${limit.toLocaleString('vi-VN')} đoạn chữ khác nhau, vượt giới hạn một lần nhập. Hãy chia ` +
    `danh sách thành nhiều tệp.`,
  fieldTooLong: (record: number) =>
    `Dòng thứ ${record.toLocaleString('vi-VN')} của tệp có một ô dài hơn 32.767 ký tự (giới hạn một ô của ` +
    `Excel), thường do một dấu ngoặc kép (") mở mà không đóng. Hãy mở tệp bằng Excel hoặc Notepad, sửa dòng ` +
    `đó rồi nhập lại.`,
  cellTooLong: (sheet: string, cell: string) =>
    `Ô ${cell} của trang tính "${sheet}" dài hơn 32.767 ký tự (giới hạn một ô của Excel), nên tệp không phải ` +
    `một danh sách bình thường hoặc đã bị hỏng. Hãy mở tệp bằng Excel, kiểm tra ô đó rồi lưu lại.`,
  tooManySheets: (limit: number) =>
    `Tệp có hơn ${limit} trang tính, vượt giới hạn một lần nhập. Hãy chỉ giữ các trang danh sách đại biểu.`,
  tooSlow:
    'Đọc tệp mất quá nhiều thời gian nên đã dừng (tệp quá lớn hoặc có cấu trúc bất thường). Hãy mở bằng ' +
    'Excel, lưu lại rồi thử lại, hoặc chia nhỏ tệp.',
  tooMuchMemory:
    'Tệp cần quá nhiều bộ nhớ để đọc nên đã dừng (tệp quá lớn hoặc có cấu trúc bất thường). Hãy chia nhỏ ' +
    'tệp rồi nhập lại.',
  unreadable:
    'Không đọc được tệp này (định dạng lạ hoặc tệp bị hỏng). Hãy mở bằng Excel hoặc LibreOffice, lưu lại ' +
    'dưới dạng .xlsx rồi nhập lại.',
  encrypted:
    'Tệp Excel có đặt mật khẩu nên không đọc được. Hãy mở tệp, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm ' +
    'việc) rồi lưu và nhập lại.',
  cancelled: 'Đã huỷ nhập tệp; dữ liệu không thay đổi.',
} as const;
