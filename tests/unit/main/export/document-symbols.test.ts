// The symbol after a document's number is the issuing body's fixed one where docs/formats.md
// names it (Tỉnh ủy TU, Đảng ủy xã ĐU…), written in any case or tone placement; other bodies
// get their initials, for the secretary to correct.
import { describe, expect, it } from 'vitest';
import { bodySymbol, typedMinutesSymbol } from '../../../../src/main/services/exports/document-data';
import { builtInProfiles } from '../../../../src/shared/export/format-profile';

describe('the symbol of an issuing body', () => {
  it('is the fixed one of the Party and state bodies, else the initials', () => {
    expect(
      [
        'Tỉnh ủy Thái Nguyên',
        'TỈNH UỶ THÁI NGUYÊN',
        'Thành ủy Hà Nội',
        'Đảng ủy xã Đại Từ',
        'Đảng ủy phường Phan Đình Phùng',
        'Đảng ủy đặc khu Côn Đảo',
        'Ban Tổ chức Tỉnh ủy Thái Nguyên',
        'Văn phòng Tỉnh ủy',
        'Ban Tổ chức Trung ương',
        'Văn phòng Trung ương Đảng',
        'Trung ương',
        'Ủy ban nhân dân tỉnh Thái Nguyên',
        'HĐND xã Đại Từ',
        'Sở Nội vụ',
      ].map(bodySymbol),
    ).toEqual(['TU', 'TU', 'TU', 'ĐU', 'ĐU', 'ĐU', 'BTCTU', 'VPTU', 'BTCTW', 'VPTW', 'TW', 'UBND', 'HĐND', 'SNV']);
  });

  it('typed as the body’s part alone, or in the other family’s form, comes out in the profile’s form', () => {
    const { party, state } = builtInProfiles;
    expect(['BTCTU', 'BB-BTCTU', 'bb/TU', ' ĐU '].map((typed) => typedMinutesSymbol(party, typed))).toEqual([
      'BB/BTCTU',
      'BB/BTCTU',
      'BB/TU',
      'BB/ĐU',
    ]);
    expect(['UBND', 'BB/UBND', 'BB - HĐND'].map((typed) => typedMinutesSymbol(state, typed))).toEqual([
      'BB-UBND',
      'BB-UBND',
      'BB-HĐND',
    ]);
  });
});
