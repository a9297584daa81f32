// Whether a run of capitalised words is a person's name. In prose every proper noun is
// capitalised ("Ban Tổ chức Trung ương", "Tuyên Quang", "Hội nghị"), so the shape alone is not
// enough: the first word of a name is a family name, never the word that opens a body, a
// title or a date.

// Words that open the name of a body, a title, a place word or a phrase of a news item.
const neverFirst = new Set(
  (
    'ban bộ sở ủy uỷ tỉnh huyện xã phường quận thị thành đảng điểm phòng trung cục viện trường báo đài ' +
    'chi khối tòa toà ngân quân mặt tổng các những đại hội chủ phó bí giám trưởng thường nguồn tin ảnh ' +
    'theo tại về dự tham sáng chiều tối trưa ngày tháng ' +
    'năm cùng kính việt nhà quốc chính công nghị thủ tiếng'
  ).split(' '),
);
// Syllables that belong to names of bodies and places and never to a person's name.
const neverInside = new Set(['ủy', 'uỷ', 'ương', 'tỉnh', 'huyện', 'phường', 'quận']);

// Common family names (Kinh and the larger minorities). Used only where nothing else says the
// text is a person: a bare line in a list, or a line without a bullet or a courtesy prefix.
const familyNames = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương trịnh trương ' +
    'lâm phùng mai tô hà tạ chu lương lưu đinh cao quách thái lại tăng kiều khúc triệu nông lò hứa mạc ' +
    'từ tống giang la đàm lục ma vi hầu giàng sùng thào vàng mùa lù sầm quàng cầm lường bế âu doãn diệp ' +
    'phí kim thân đồng nghiêm tôn mẫn khổng ninh lã lạc cù bạch châu chử đậu đường giáp hàn khương kha ' +
    'khuất lỗ mã nhữ quan quản tiêu trình tào thạch uông ứng vy đới đổng lành lô bàn lỳ chảo tẩn ly hờ ' +
    'điêu lữ nhâm thiều ngụy nguỵ bành'
  ).split(' '),
);

const lower = (word: string) => word.toLocaleLowerCase('vi');

/** Two to six words, each one capitalised syllable, not a body, a title or a place. */
export function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}{0,7}$/u.test(w))) return false;
  if (neverFirst.has(lower(words[0]))) return false;
  return !words.some((w) => neverInside.has(lower(w)));
}

export function startsWithFamilyName(name: string): boolean {
  return familyNames.has(lower(name.split(' ')[0]));
}
