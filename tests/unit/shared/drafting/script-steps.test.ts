// The script's steps survive being kept as a section, and prose typed into it is kept as steps.
import { describe, expect, it } from 'vitest';
import { plainText, paragraph, richDoc } from '../../../../src/shared/drafting/rich-text';
import { stepsDoc, stepsOf, type ScriptStep } from '../../../../src/shared/drafting/script-steps';

const steps: ScriptStep[] = [
  { time: '07:30', who: 'Kỹ thuật các điểm cầu', says: 'Kiểm tra đường truyền.' },
  { time: '08:00', who: 'Người dẫn chương trình', says: 'Tuyên bố lý do.\nGiới thiệu đại biểu.' },
  { time: '', who: 'Đồng chí chủ trì', says: '' },
];

describe('script steps', () => {
  it('reads back the steps it was given, line by line', () => {
    expect(stepsOf(stepsDoc(steps))).toEqual(steps);
    expect(stepsOf(stepsDoc([]))).toEqual([]);
  });

  it('reads as plain text with the time, who and what on their own lines', () => {
    expect(plainText(stepsDoc(steps.slice(0, 1)))).toBe('- 07:30\n   Kỹ thuật các điểm cầu\n   Kiểm tra đường truyền.');
  });

  it('keeps prose typed into the section as steps of what it says', () => {
    expect(stepsOf(richDoc(paragraph('Khai mạc.'), paragraph(), paragraph('Bế mạc.')))).toEqual([
      { time: '', who: '', says: 'Khai mạc.' },
      { time: '', who: '', says: 'Bế mạc.' },
    ]);
  });
});
