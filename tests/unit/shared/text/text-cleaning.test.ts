import { describe, expect, it } from 'vitest';
import { bridgePointKey, canonicalBridgePointName } from '../../../../src/shared/text/bridge-point-name';
import { cleanLine, cleanMultiline, cleanOptional } from '../../../../src/shared/text/clean';
import { normalizePhone } from '../../../../src/shared/text/phone';

describe('cleanLine', () => {
  it('gives NFC with single spaces', () => {
    const dirty = '  Nguyễn\u00a0\u00a0Văn   Hùng\u200b '.normalize('NFD');
    const clean = cleanLine(dirty);
    expect(clean).toBe('Nguyễn Văn Hùng');
    expect(clean).toBe(clean.normalize('NFC'));
  });

  it('composes combining tone marks typed after the vowel (code page 1258 style)', () => {
    // "Hùng" written as H u + COMBINING GRAVE + n g
    expect(cleanLine('Hu\u0300ng')).toBe('Hùng');
  });

  it('removes control characters that XML and documents cannot hold', () => {
    expect(cleanLine('Ban\u0000 Tổ\u0008 chức\u001f')).toBe('Ban Tổ chức');
  });

  it('keeps line breaks only in multi-line text', () => {
    expect(cleanMultiline('Dòng 1 \r\n\r\n\r\n  Dòng\u00a02')).toBe('Dòng 1\n\nDòng 2');
    expect(cleanOptional('   ')).toBeNull();
  });
});

describe('normalizePhone', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['912345678', '0912345678'],
    ['(0208) 3855 123', '02083855123'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it('leaves text that is not a number readable', () => {
    expect(normalizePhone('  máy lẻ  105 ')).toBe('máy lẻ 105');
  });
});

describe('bridgePointKey', () => {
  it('names the same point however it is written', () => {
    const key = bridgePointKey('Điểm cầu Huyện ủy Đại Từ');
    expect(bridgePointKey('II. ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ')).toBe(key);
    expect(bridgePointKey('Huyện ủy Đại Từ')).toBe(key);
    expect(bridgePointKey('2) Điểm cầu Huyện uỷ Đại Từ')).toBe(key);
  });

  it('keeps names whose first word merely looks like a numeral', () => {
    expect(bridgePointKey('Vị Xuyên')).toBe('vi xuyen');
    expect(bridgePointKey('Mỹ Đức')).not.toBe(bridgePointKey('Đức'));
  });
});

describe('canonicalBridgePointName', () => {
  it.each([
    ['I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN', 'Điểm cầu Tỉnh ủy Thái Nguyên'],
    ['V. ĐIỂM CẦU ĐẢNG ỦY XÃ YÊN LÃNG', 'Điểm cầu Đảng ủy xã Yên Lãng'],
    ['2. ĐIỂM CẦU XÃ QUÂN CHU', 'Điểm cầu xã Quân Chu'],
    ['ĐIỂM CẦU UBND QUẬN BA ĐÌNH', 'Điểm cầu UBND quận Ba Đình'],
    ['ĐIỂM CẦU BAN TỔ CHỨC TỈNH UỶ', 'Điểm cầu Ban Tổ chức Tỉnh uỷ'],
    ['Huyện ủy Đại Từ', 'Điểm cầu Huyện ủy Đại Từ'],
    ['hội trường UBND xã', 'Điểm cầu Hội trường UBND xã'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalBridgePointName(raw)).toBe(expected);
  });
});
