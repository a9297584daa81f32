// Realistic Vietnamese names, positions and phones for the demo conference and the bench.
// Seeded, so a run can be repeated exactly.

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Family names weighted roughly as in the population (Nguyễn about four in ten).
const familyNames: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Võ', 2],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 1],
  ['Trịnh', 0.8],
  ['Đào', 0.7],
  ['Lương', 0.6],
  ['Triệu', 0.4],
  ['Ma', 0.3],
  ['Hà', 0.6],
  ['Lò', 0.2],
];
const maleMiddle = [
  'Văn',
  'Hữu',
  'Đức',
  'Minh',
  'Quang',
  'Xuân',
  'Thanh',
  'Công',
  'Mạnh',
  'Tiến',
  'Duy',
  'Ngọc',
  'Quốc',
  'Trọng',
  'Đình',
];
const femaleMiddle = ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Hồng', 'Minh', 'Thị Thu', 'Kim', 'Phương', 'Bích', 'Diệu', 'Hải'];
const maleGiven = [
  'Hùng',
  'Hưng',
  'Dũng',
  'Tuấn',
  'Sơn',
  'Long',
  'Nam',
  'Thắng',
  'Cường',
  'Hải',
  'Hoàng',
  'Trung',
  'Đức',
  'Quân',
  'Phong',
  'Khánh',
  'Toàn',
  'Tùng',
  'Bình',
  'Chiến',
  'Đạt',
  'Hiếu',
  'Kiên',
  'Lâm',
  'Nghĩa',
  'Phúc',
  'Quang',
  'Thành',
  'Việt',
  'Vinh',
];
const femaleGiven = [
  'Mai',
  'Lan',
  'Hương',
  'Hoa',
  'Linh',
  'Trang',
  'Hà',
  'Thảo',
  'Nga',
  'Yến',
  'Hằng',
  'Huyền',
  'Loan',
  'Ngân',
  'Oanh',
  'Phượng',
  'Quyên',
  'Thủy',
  'Tâm',
  'Vân',
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hạnh',
  'Liên',
  'My',
  'Nhung',
  'Thơ',
  'Uyên',
];

function pickWeighted(random: () => number, items: [string, number][]): string {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return items[items.length - 1][0];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export interface GeneratedPerson {
  fullName: string;
  gender: 'nam' | 'nu';
  phone: string;
  birthYear: number;
}

const mobilePrefixes = [
  '091',
  '094',
  '088',
  '083',
  '084',
  '085',
  '081',
  '082',
  '096',
  '097',
  '098',
  '086',
  '032',
  '033',
  '035',
  '038',
  '039',
  '070',
  '076',
  '077',
  '078',
  '079',
  '090',
  '093',
  '089',
];

export function generatePerson(random: () => number): GeneratedPerson {
  const gender = random() < 0.62 ? 'nam' : 'nu';
  const middle = gender === 'nam' ? pick(random, maleMiddle) : pick(random, femaleMiddle);
  const given = gender === 'nam' ? pick(random, maleGiven) : pick(random, femaleGiven);
  const phone = pick(random, mobilePrefixes) + String(Math.floor(random() * 1e7)).padStart(7, '0');
  return {
    fullName: `${pickWeighted(random, familyNames)} ${middle} ${given}`,
    gender,
    phone,
    birthYear: 1965 + Math.floor(random() * 33),
  };
}

/**
 * Positions as a commune's point lists them since the two-tier reform of 2025, leaders first:
 * the Party committee's standing members hold the People's Council and Committee chairs.
 */
export const communePositions = [
  'Bí thư Đảng ủy xã',
  'Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã',
  'Phó Bí thư Đảng ủy, Chủ tịch UBND xã',
  'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã',
  'Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy xã',
  'Đảng ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam xã',
  'Chánh Văn phòng Đảng ủy xã',
  'Bí thư Chi bộ thôn',
  'Bí thư Chi bộ',
  'Đảng viên',
];

/** The same positions at a ward: its Party committee and its residential groups. */
export function wardPositions(positions: readonly string[]): string[] {
  return positions.map((p) => p.replace(/ xã$/u, ' phường').replace(/ thôn$/u, ' tổ dân phố'));
}

/** Positions as a Party committee of the province's agencies lists them, leaders first. */
export const agencyCommitteePositions = [
  'Bí thư Đảng ủy',
  'Phó Bí thư Thường trực Đảng ủy',
  'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy',
  'Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy',
  'Chánh Văn phòng Đảng ủy',
  'Bí thư Chi bộ',
];
