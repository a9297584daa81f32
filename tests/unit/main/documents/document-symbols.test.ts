// The symbol after a document's number is the issuing body's fixed one where docs/formats.md
// names it (Tỉnh ủy TU, Đảng ủy xã ĐU…), written in any case or tone placement; any other body
// has no suggestion at all, never its initials, until the secretary stores its symbol.
import { describe, expect, it } from 'vitest';
import { symbolCode, typedSymbol } from '../../../../src/main/documents/document-data';
import {
  builtInBodySymbols,
  bodySymbolLabel,
  cleanBodySymbol,
  suggestedSymbol,
} from '../../../../src/shared/documents/body-symbols';
import { builtInProfiles } from '../../../../src/shared/documents/format-profile';

describe('the symbol of an issuing body', () => {
  it('is the fixed one of the usual Party and state bodies', () => {
    expect(
      [
        'Ban Tổ chức Trung ương',
        'Ban Tổ chức Tỉnh ủy Thái Nguyên',
        'Tỉnh ủy Thái Nguyên',
        'TỈNH UỶ THÁI NGUYÊN',
        'Thành ủy Hà Nội',
        'Đảng ủy xã Đại Từ',
        'Đảng ủy phường Phan Đình Phùng',
        'Đảng ủy đặc khu Côn Đảo',
        'Văn phòng Tỉnh ủy',
        'Văn phòng Trung ương Đảng',
        'Trung ương',
        'Ủy ban nhân dân tỉnh Thái Nguyên',
        'UBND tỉnh',
        'HĐND xã Đại Từ',
        'Điểm cầu Tỉnh ủy Thái Nguyên',
      ].map(suggestedSymbol),
    ).toEqual([
      'BTCTW',
      'BTCTU',
      'TU',
      'TU',
      'TU',
      'ĐU',
      'ĐU',
      'ĐU',
      'VPTU',
      'VPTW',
      'TW',
      'UBND',
      'UBND',
      'HĐND',
      'TU',
    ]);
  });

  it('is never made from the initials of another body', () => {
    expect(['Sở Nội vụ', 'Ban Chỉ đạo 35', 'Trung tâm Hội nghị tỉnh', 'Ubnd2', '', null].map(suggestedSymbol)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('lists the usual symbols with what they stand for', () => {
    expect(builtInBodySymbols.map((s) => s.code)).toEqual([
      'TW',
      'BTCTW',
      'VPTW',
      'TU',
      'BTCTU',
      'VPTU',
      'ĐU',
      'UBND',
      'HĐND',
    ]);
    expect(bodySymbolLabel(builtInBodySymbols[1])).toBe('BTCTW — Ban Tổ chức Trung ương');
  });

  it('is stored in capitals, without spaces, letters and digits only', () => {
    expect(['btctu', ' Đ U ', 'ubnd', 'BB/TU', '', 'x'.repeat(21)].map(cleanBodySymbol)).toEqual([
      'BTCTU',
      'ĐU',
      'UBND',
      null,
      null,
      null,
    ]);
  });

  it('typed as the body’s part alone, or in the other family’s form, comes out in the profile’s form', () => {
    const { party, state } = builtInProfiles;
    expect(['BTCTU', 'BB-BTCTU', 'bb/TU', ' ĐU '].map((typed) => typedSymbol(party, typed, 'BB'))).toEqual([
      'BB/BTCTU',
      'BB/BTCTU',
      'BB/TU',
      'BB/ĐU',
    ]);
    expect(['UBND', 'BB/UBND', 'BB - HĐND'].map((typed) => typedSymbol(state, typed, 'BB'))).toEqual([
      'BB-UBND',
      'BB-UBND',
      'BB-HĐND',
    ]);
  });

  it('takes the kind’s code, whichever kind it was typed for; the công văn its own', () => {
    const { party, state } = builtInProfiles;
    const codes = (profile: typeof party) =>
      (['invitation', 'plan', 'conclusion', 'report', 'minutes'] as const).map((kind) =>
        typedSymbol(profile, 'BB/TU', symbolCode(profile, kind)),
      );
    expect(codes(party)).toEqual(['GM/TU', 'KH/TU', 'TB/TU', 'BC/TU', 'BB/TU']);
    expect(codes(state)).toEqual(['GM-TU', 'KH-TU', 'TB-TU', 'BC-TU', 'BB-TU']);
    expect(typedSymbol(party, 'GM-TU', symbolCode(party, 'invitation', 'congVan'))).toBe('CV/TU');
    // The State's công văn is numbered with the body's symbol alone.
    expect(typedSymbol(state, 'GM-UBND', symbolCode(state, 'invitation', 'congVan'))).toBe('UBND');
  });
});
