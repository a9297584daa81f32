// Attendees taken from pasted prose: the news items of docs/examples exactly, then each way
// offices write people (news sentences, invitation lines, numbered lists under point headings),
// dirty text, and the prose that must give nobody.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../../src/cli/cli-error';
import { extractCommand } from '../../../../src/cli/extract-command';
import { extractAttendeesFromText } from '../../../../src/main/extract/attendees-from-text';

// docs/examples/000_53cc4273fc4b2b6f.txt
const thaiNguyen = [
  'Đẩy mạnh công tác tuyên truyền về Đại hội lần thứ XIII của Đảng',
  '',
  '  40 liên quanGốc',
  '',
  '  Chiều 30-12, đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương đã chủ trì Hội nghị giao ban trực tuyến toàn quốc đánh giá công tác tổ chức xây dựng Đảng trong quý IV năm 2020 và triển khai nhiệm vụ từ nay đến Đại hội XIII của Đảng. Dự tại điểm cầu Thái Nguyên có các đồng chí: Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Dương Xuân Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy.',
  '',
  '  Trong tháng 12 và quý IV năm 2020, toàn ngành Tổ chức xây dựng Đảng đã bám sát các văn bản chỉ đạo của Trung ương tham mưu hoàn thành đại hội đảng bộ trực thuộc Trung ương đảm bảo tiến độ và chất lượng. Ban Tổ chức Trung ương phối hợp với các cơ quan liên quan làm tốt công tác chuẩn bị tổ chức Đại hội lần thứ XIII của Đảng gắn với cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Tiếp tục tổ chức thực hiện có hiệu quả các nghị quyết của Trung ương về công tác Tổ chức xây dựng Đảng.',
  '',
  '  Đối với ngành Tổ chức xây dựng Đảng tỉnh Thái Nguyên trong quý IV năm 2020, đã bám bám sát chỉ đạo, hướng dẫn của Trung ương và tỉnh, tham mưu giúp cấp ủy tổ chức thành công Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025. Cùng với đó, tiếp tục tham mưu công tác cán bộ gắn với chuẩn bị nhân sự cấp ủy, HĐND các cấp và đại biểu Quốc hội khóa XV; tăng cường công tác kiểm tra, giám sát việc thực hiện các nghị quyết, công tác lãnh đạo, chỉ đạo xây dựng, ban hành và triển khai, tổ chức thực hiện quy chế làm việc của cấp ủy.',
  '',
  '  Phát biểu chỉ đạo Hội nghị, đồng chí Phạm Minh Chính đã đánh giá cao những kết quả đạt được của toàn ngành trong thời gian qua, đồng thời nhấn mạnh, nhiệm vụ từ nay đến Đại hội XIII của Đảng rất nặng nề, trước mắt là chuẩn bị tốt Hội nghị lần thứ 15 của Ban Chấp hành Trung ương Đảng và các công việc chuẩn bị để tổ chức thành công Đại hội lần thứ XIII của Đảng. Đồng chí yêu cầu toàn ngành thực hiện tốt công tác tuyên truyền về Đại hội lần thứ XIII của Đảng gắn với kết quả đại hội Đảng các cấp nhiệm kỳ 2020-2025 và công tác bầu cử đại biểu Quốc hội khóa XV, bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021-2026; tích cực đóng góp ý kiến vào quy chế Đại hội XIII và quy chế bầu cử trong Đảng; tăng cường phản bác các luận điệu sai trái của các thế lực thù địch, phần tử cơ hội, bảo vệ nền tảng tư tưởng của Đảng.',
  '',
  '  Hằng Nga',
  '',
  '   Nguồn Thái Nguyên: http://baothainguyen.org.vn/tin-tuc/chinh-tri/day-manh-cong-tac-tuyen-truyen-ve-dai-hoi-lan-thu-xiii-cua-dang-279040-97.html',
].join('\n');

// docs/examples/001_a8bbc42e34f2cb4c.txt
const tuyenQuang = [
  'Tiếng việt\u00a0|\u00a0English',
  '',
  'Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc',
  '',
  '- Ngày 1-7, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến với các tỉnh, thành phố đánh giá công tác tổ chức xây dựng Đảng, xây dựng hệ thống chính trị và đội ngũ cán bộ, công chức, viên chức 6 tháng đầu năm; triển khai nhiệm vụ 6 tháng cuối năm 2020.',
  'Video không hợp lệ',
  '',
  '\u00a0Các đại biểu dự hội nghị tại điểm cầu Tuyên Quang.',
  '',
  'Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương chủ trì hội nghị. Dự và chủ trì hội nghị tại điểm cầu Tuyên Quang có các đồng chí: Nguyễn Hồng Thắng, Phó Bí thư Thường trực Tỉnh ủy; Lê Tiến Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy.',
  '',
  '6 tháng đầu năm, ngành Tổ chức đã vượt qua khó khăn lãnh đạo thực hiện đạt các mục tiêu, kế hoạch về công tác xây dựng Đảng; phối hợp tham mưu hoàn thiện các nội dung trình Hội nghị lần thứ 12 BCH Trung ương Đảng khoá XII và kỳ họp thứ 9, Quốc hội khóa XIV; tiếp tục triển khai thực hiện, hoàn thành có chất lượng các đề tài, đề án, nhiệm vụ theo chương trình công tác năm của cấp ủy, lãnh đạo các cấp; tham mưu chuẩn bị, tổ chức đại hội đảng các cấp nhiệm kỳ 2020-2025 gắn với công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026; hoàn thành việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên, cán bộ, công chức, viên chức các cấp năm 2019.\u00a0',
  '',
  'Tại hội nghị, đại biểu đã tham gia nhiều ý kiến đóng góp để thực hiện mục tiêu, nhiệm vụ 6 tháng cuối năm 2020.',
  '',
  'Phát biểu kết luận hội nghị, đồng chí Trưởng Ban Tổ chức Trung ương Phạm Minh Chính yêu cầu cơ quan Tổ chức từ Trung ương đến địa phương nêu cao hơn nữa tinh thần, trách nhiệm trước Đảng, trước nhân dân, tham mưu tập trung lãnh đạo, chỉ đạo thực hiện tốt công tác chuẩn bị đại hội đảng các cấp, tiến tới Đại hội toàn quốc lần thứ XIII của Đảng, gắn với bầu cử Đại biểu Quốc hội khóa XV và Đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Theo đó, nắm chắc tình hình, xử lý nghiêm theo nguyên tắc của Đảng; phát huy dân chủ, nhất quán, huy động sức mạnh trí tuệ tập thể; tỉnh táo, cảnh giác và ngăn chặn các biểu hiện có hình thức chống phá Đảng, Nhà nước…',
  '',
  'Đồng chí nhấn mạnh, ngành tập trung vào 10 nhóm giải pháp, nhiệm vụ trọng tâm: phối hợp tham mưu triển khai các nội dung được Hội nghị lần thứ 12 BCH Trung ương Đảng khoá XII, kỳ họp thứ 9 Quốc hội khóa XIV thông qua; phục vụ, chuẩn bị công tác nhân sự cho Đại hội toàn quốc lần thứ XIII của Đảng và kỳ họp thứ 10 Quốc hội khóa XIV; tham mưu tổ chức đại hội đảng các cấp; tổ chức thực hiện chế độ chính sách đối với cán bộ thôi tái cử cấp ủy, chính quyền, MTTQ và các đoàn thể chính trị - xã hội các cấp theo Nghị định số 26/2015/NĐ-CP của Chính phủ và Hướng dẫn số 27-HD/BTCTW ngày 20/12/2019 của Ban Tổ chức Trung ương; rà soát, bổ sung, sửa đổi, hoàn thiện xây dựng thể chế, chính sách; tiếp tục thực hiện tốt các nghị quyết của Hội nghị Trung ương 4,5,6,7,8 khóa XII của Đảng gắn với công tác nhân sự đại hội đảng và nhân sự đại biểu Quốc hội, HĐND các cấp; tăng cường kiểm tra giám sát, tuyên truyền, nghiên cứu khoa học, tổng kết thực tiễn phục vụ Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và công tác nhân sự. Đồng thời, đổi mới phương pháp, lề lối làm việc gắn với cải cách hành chính, xây dựng nội bộ đơn vị vững mạnh.',
  '',
  'Tin, ảnh: Trang Tâm',
  '',
  'Tin cùng chuyên mục',
].join('\n');

// docs/examples/003_f24adb3677c850f6.txt
const khoiCacCoQuan = [
  'Học tập, quán triệt, triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX',
  '',
  'Học tập, quán triệt, triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX',
  '',
  'Sáng 4-12, đồng chí Hoàng Anh Trung, Tỉnh ủy viên, Bí thư Đảng ủy Khối các cơ quan tỉnh đã chủ trì Hội nghị cán bộ chủ chốt của Đảng bộ Khối học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025 (ảnh).',
  '',
  'Tại Hội nghị, các đại biểu được các đồng chí lãnh đạo Đảng ủy Khối quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025; Chương trình hành động của Ban Chấp hành\u00a0Đảng bộ tỉnh thực hiện Nghị quyết; dự thảo Chương trình hành động của Đảng bộ Khối các cơ quan tỉnh thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX. Các đại biểu dự Hội nghị đã đóng góp nhiều ý kiến vào dự thảo Chương trình hành động thực hiện nghị quyết của Đảng ủy Khối.',
  '',
  'Theo kế hoạch của Đảng ủy Khối yêu cầu các chi, đảng bộ trực tổ chức hội nghị học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX cho cán bộ, đảng viên xong trước ngày 31/12/2020. Sau khi nghiên cứu và quán triệt nghị quyết mỗi đảng bộ, chi bộ tập trung xây dựng chương trình hành động sát với nhiệm vụ chính trị của cơ quan, đơn vị mình; tổ chức tốt việc thực hiện chương trình hành động đưa để đưa Nghị quyết vào cuộc sống, bằng việc phát động các phong trào thi đua yêu nước góp phần vào việc thực hiện tốt các chỉ tiêu mà Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và Đại hội Đảng bộ Khối lần thứ XV đã đề ra.',
  '',
  'Về định hướng công tác tuyên truyền tháng 12/2020, lãnh đạo Đảng ủy Khối đề nghị các chi, đảng bộ tập trung tuyên truyền các nội dung liên quan tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; kết quả kỳ họp thứ 10, Quốc hội khóa XIV; kỳ họp thứ 12, HĐND tỉnh khóa XIII; kết quả thực hiện nhiệm vụ chính trị năm 2020 của tỉnh, địa phương, đơn vị; công tác phòng, chống dịch COVID-19… Tăng cường nắm tình hình tư tưởng, dư luận xã hội; tuyên truyền thông tin tích cực, nâng cao ý thức cảnh giác của các tầng lớp nhân dân trước âm mưu, thủ đoạn mới của các thế lực thù địch, phản động, bảo vệ nền tảng tư tưởng của Đảng.',
  '',
  'Hằng Nga',
].join('\n');

const chairToc = 'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương';

describe('extractAttendeesFromText on the news items of docs/examples', () => {
  it('finds the chair of the lead, then the two people at Điểm cầu Thái Nguyên', () => {
    expect(extractAttendeesFromText(thaiNguyen)).toEqual([
      { fullName: 'Phạm Minh Chính', position: chairToc },
      { fullName: 'Phạm Hoàng Sơn', position: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh', bridgePoint: 'Điểm cầu Thái Nguyên' },
      { fullName: 'Dương Xuân Hùng', position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy', bridgePoint: 'Điểm cầu Thái Nguyên' },
    ]);
  });

  it('keeps "Trưởng ban" as written and ignores the later "đồng chí Trưởng Ban … Phạm Minh Chính yêu cầu"', () => {
    expect(extractAttendeesFromText(tuyenQuang)).toEqual([
      { fullName: 'Phạm Minh Chính', position: 'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương' },
      { fullName: 'Nguyễn Hồng Thắng', position: 'Phó Bí thư Thường trực Tỉnh ủy', bridgePoint: 'Điểm cầu Tuyên Quang' },
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
    const text = `Sáng 12-9, Ban Tuyên giáo Trung ương tổ chức hội nghị trực tuyến. ${opening} Ma Thị Nguyệt, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; Lò Văn Sơn, Giám đốc Sở Văn hóa, Thể thao và Du lịch.`;
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
      { fullName: 'Trần Cẩm Tú', position: 'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư', bridgePoint: 'Điểm cầu Trung ương' },
      { fullName: 'Nguyễn Thị Thu Hà', position: 'Phó Trưởng Ban Dân vận Trung ương' },
    ]);
  });

  it('takes the people listed on the lines after "… có các đồng chí:"', () => {
    const text = 'Dự tại điểm cầu Bắc Kạn có các đồng chí:\n- Hoàng Duy Chinh, Bí thư Tỉnh ủy;\n- Phương Thị Thanh, Phó Bí thư Thường trực Tỉnh ủy.';
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Hoàng Duy Chinh', position: 'Bí thư Tỉnh ủy', bridgePoint: 'Điểm cầu Bắc Kạn' },
      { fullName: 'Phương Thị Thanh', position: 'Phó Bí thư Thường trực Tỉnh ủy', bridgePoint: 'Điểm cầu Bắc Kạn' },
    ]);
  });

  it('splits people joined by "và" or by "đồng chí", and a run of bare names', () => {
    expect(
      extractAttendeesFromText(
        'Dự có các đồng chí: Đinh Văn Hải, Bí thư Huyện ủy và Trần Văn Bình, Chủ tịch UBND huyện, đồng chí Vi Thị Nga, Phó Chủ tịch HĐND huyện.',
      ),
    ).toEqual([
      { fullName: 'Đinh Văn Hải', position: 'Bí thư Huyện ủy' },
      { fullName: 'Trần Văn Bình', position: 'Chủ tịch UBND huyện' },
      { fullName: 'Vi Thị Nga', position: 'Phó Chủ tịch HĐND huyện' },
    ]);
    expect(extractAttendeesFromText('Dự hội nghị có các đồng chí: Nguyễn Văn Hải, Trần Văn Bình và Lê Thị Cúc.')).toEqual([
      { fullName: 'Nguyễn Văn Hải' },
      { fullName: 'Trần Văn Bình' },
      { fullName: 'Lê Thị Cúc' },
    ]);
  });

  it('leaves out groups named by their title ("các đồng chí Ủy viên Ban Thường vụ")', () => {
    const text =
      'Cùng dự có các đồng chí: Nguyễn Thanh Hải, Phó Bí thư Thường trực Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các sở, ngành.';
    expect(extractAttendeesFromText(text)).toEqual([{ fullName: 'Nguyễn Thanh Hải', position: 'Phó Bí thư Thường trực Tỉnh ủy' }]);
  });
});

describe('extractAttendeesFromText: the chair in the lead', () => {
  it.each([
    ['Chiều 2-6, đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương đã chủ trì hội nghị.'],
    ['Đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị.'],
    ['Sáng 8-5, đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương dự và chỉ đạo hội nghị.'],
    ['Phát biểu tại hội nghị, đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương, nhấn mạnh vai trò của cấp ủy.'],
    ['Đồng chí Lê Minh Hưng (thứ hai từ trái sang), Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương phát biểu.'],
  ])('ends the position before the verb: %s', (text) => {
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Lê Minh Hưng', position: 'Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương' },
    ]);
  });

  it('gives the chair a bridge point only when the sentence names one', () => {
    expect(extractAttendeesFromText('Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy chủ trì tại điểm cầu Trung ương.')).toEqual([
      { fullName: 'Nguyễn Văn Nên', position: 'Ủy viên Bộ Chính trị, Bí thư Thành ủy', bridgePoint: 'Điểm cầu Trung ương' },
    ]);
    expect(extractAttendeesFromText('Tại điểm cầu Hà Nội, đồng chí Bùi Thị Minh Hoài, Bí thư Thành ủy chủ trì.')[0].bridgePoint).toBe('Điểm cầu Hà Nội');
    expect(extractAttendeesFromText('Hội nghị do đồng chí Lê Văn Dũng, Bí thư Huyện ủy chủ trì, kết nối tới 180 điểm cầu trên cả nước.')).toEqual([
      { fullName: 'Lê Văn Dũng', position: 'Bí thư Huyện ủy' },
    ]);
  });

  it('does not cut titles that contain "dự" ("Ủy viên dự khuyết", "Ban Quản lý dự án")', () => {
    const text = 'Đồng chí Hà Văn Nam, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Giám đốc Ban Quản lý dự án tỉnh đã dự.';
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Hà Văn Nam', position: 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Giám đốc Ban Quản lý dự án tỉnh' },
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
    const text = 'STT\tHọ và tên\tChức vụ\tĐiểm cầu\n1\tÔng Nguyễn Văn An\tGiám đốc Sở Nội vụ\tĐiểm cầu UBND tỉnh\n2\tTrần Thị Bình\tPhó Giám đốc Sở Tài chính\t';
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Nguyễn Văn An', position: 'Giám đốc Sở Nội vụ', bridgePoint: 'Điểm cầu UBND tỉnh' },
      { fullName: 'Trần Thị Bình', position: 'Phó Giám đốc Sở Tài chính' },
    ]);
  });

  it('reads lines without bullets under "Kính mời:" but not a place and date line', () => {
    const text = 'Thái Nguyên, ngày 5 tháng 3 năm 2024\nKính mời:\nNguyễn Văn An - Giám đốc Sở Nội vụ\nTrần Thị Bình - Phó Giám đốc Sở Tài chính';
    expect(extractAttendeesFromText(text)).toEqual([
      { fullName: 'Nguyễn Văn An', position: 'Giám đốc Sở Nội vụ' },
      { fullName: 'Trần Thị Bình', position: 'Phó Giám đốc Sở Tài chính' },
    ]);
  });
});

describe('extractAttendeesFromText: dirty text, repeats and prose', () => {
  it('reads NFD text with NBSP, double spaces, Windows line breaks and bullets, and gives NFC', () => {
    const text = '\u2022  Đ/c\u00a0Nguyễn  Văn Hùng, Bí thư Đảng ủy xã.\r\n\u2022 Đ/c Trần Thị Lan,\u00a0Chủ tịch UBND xã\r\n'.normalize('NFD');
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
      { fullName: 'Hoàng Văn Đức', position: 'Phó Bí thư Thường trực Tỉnh ủy', bridgePoint: 'Điểm cầu Huyện ủy Võ Nhai' },
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
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const printed = async (file: string, json: boolean) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await extractCommand(file, json);
    return log.mock.calls.map((args) => String(args[0]));
  };
  const tempFile = (bytes: Buffer) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-extract-')), 'tin-bai.txt');
    fs.writeFileSync(file, bytes);
    return file;
  };

  it('prints {"attendees"} with only the keys the text gives, from UTF-8 with a BOM', async () => {
    const file = tempFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(thaiNguyen, 'utf8')]));
    const [line] = await printed(file, true);
    expect(JSON.parse(line)).toEqual({ attendees: extractAttendeesFromText(thaiNguyen) });
    const { attendees } = JSON.parse(line) as { attendees: Record<string, string>[] };
    expect(Object.keys(attendees[0])).toEqual(['fullName', 'position']);
    expect(Object.keys(attendees[1])).toEqual(['fullName', 'position', 'bridgePoint']);
  });

  it('reads UTF-16LE with a BOM like UTF-8, and lists one person a line for people', async () => {
    const file = tempFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tuyenQuang, 'utf16le')]));
    const lines = await printed(file, false);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/Tìm thấy 3 đại biểu/);
    expect(lines[2]).toBe('  2. Nguyễn Hồng Thắng, Phó Bí thư Thường trực Tỉnh ủy — Điểm cầu Tuyên Quang');
  });

  it('fails with NOT_FOUND and a Vietnamese message on a file it cannot read', async () => {
    const missing = path.join(os.tmpdir(), 'khong-co-tep-nay.txt');
    await expect(extractCommand(missing, true)).rejects.toBeInstanceOf(CliError);
    await expect(extractCommand(missing, true)).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/Không đọc được tệp/) });
  });
});
