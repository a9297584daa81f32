import { foldForSearch } from './vietnamese';

// A group number in front of a heading: "II.", "2)", "a -".
const numbering = /^\s*(?:[IVXLCDM]+|\d+|[a-zA-Z])\s*[.):\-–]\s*/i;

/**
 * The identity of a bridge point name, compared by meaning: "II. ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ",
 * "Điểm cầu Huyện ủy Đại Từ" and "Huyện ủy Đại Từ" give the same key.
 */
export function bridgePointKey(name: string): string {
  return foldForSearch(name.replace(numbering, '')).replace(/^diem cau /, '');
}
