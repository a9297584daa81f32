// The news item's headline, drawn from what the conference is for, as the papers head their
// reports (tests/fixtures/news-items): "Học tập, quán triệt, triển khai Nghị quyết Đại hội Đảng
// bộ tỉnh lần thứ XX" for "Hội nghị cán bộ chủ chốt … học tập, quán triệt, triển khai thực
// hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025"; a purpose too
// long to head an item gives "Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc".
import type { Conference } from '../../../shared/conferences/conference-types';

/** Longest headline in words; the examples' run to fifteen. */
const maxWords = 18;

// The verbs a conference's name states its purpose with; the headline starts at the first.
const purposeVerbs = [
  'nghiên cứu',
  'học tập',
  'quán triệt',
  'triển khai',
  'sơ kết',
  'tổng kết',
  'đánh giá',
  'thông báo',
  'tập huấn',
  'góp ý',
  'lấy ý kiến',
  'cho ý kiến',
  'thảo luận',
  'phát động',
  'tuyên truyền',
  'đẩy mạnh',
  'tăng cường',
  'kiểm điểm',
  'rà soát',
  'công bố',
  'biểu dương',
  'kỷ niệm',
  'gặp mặt',
  'đối thoại',
];
const notLetter = '[^\\p{L}\\p{N}]';
const purposeVerb = new RegExp(`(?<=^|${notLetter})(?:${purposeVerbs.join('|')})(?=$|${notLetter})`, 'iu');

// What follows the purpose in a name but not in a headline: the next task, the term.
const tails = [/;.*$/u, /,?\s+và\s+(?:triển khai|phương hướng|đề ra|bàn)\s.*$/iu, /,\s*nhiệm kỳ\s.*$/iu];

// How the papers shorten the wording of a name in a headline.
const shortenings: readonly [RegExp, string][] = [
  [/triển khai thực hiện/giu, 'triển khai'],
  [/Đại hội đại biểu/gu, 'Đại hội'],
  [/(quý [IVX]+|tháng \d{1,2}) năm (\d{4})/giu, '$1/$2'],
];

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

function headlineWording(text: string): string {
  const cut = tails.reduce((t, tail) => t.replace(tail, ''), text).trim();
  return capitalized(shortenings.reduce((t, [pattern, by]) => t.replace(pattern, by), cut));
}

/**
 * A review meeting is headed by what it reviews and when: "Hội nghị giao ban trực tuyến công
 * tác xây dựng Đảng quý IV năm 2026" → "Giao ban trực tuyến công tác xây dựng Đảng quý IV/2026".
 */
function reviewHeadline(name: string): string {
  const format = ['trực tuyến', 'toàn quốc'].filter((w) => name.toLowerCase().includes(w));
  const subject = name
    .replace(/^(?:\s*(?:hội nghị|giao ban|trực tuyến|toàn quốc)(?=\s|$))+/iu, '')
    .replace(/^\s*đánh giá(?: kết quả)?(?: thực hiện)?\s+/iu, '')
    .replace(/\s+trong\s+(?=quý|tháng|năm)/iu, ' ');
  return headlineWording(['Giao ban', ...format, subject.trim()].filter(Boolean).join(' '));
}

export function newsHeadline(conference: Pick<Conference, 'name' | 'kind' | 'hostBody'>): string {
  const name = conference.name.trim();
  if (conference.kind === 'giao_ban' || /giao ban/iu.test(name)) {
    const review = reviewHeadline(name);
    if (words(review) <= maxWords) return review;
  }
  const verb = purposeVerb.exec(name);
  if (!verb) return name;
  const purpose = headlineWording(name.slice(verb.index));
  if (words(purpose) <= maxWords) return purpose;
  // Too long a purpose: who holds what kind of conference, as the examples head one.
  const event = name.slice(0, verb.index).trim() || 'hội nghị';
  return conference.hostBody ? `${conference.hostBody} tổ chức ${event}` : purpose;
}
