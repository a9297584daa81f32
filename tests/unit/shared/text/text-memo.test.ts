// Remembered work runs once per text, and the memory starts again past its limit.
import { describe, expect, it } from 'vitest';
import { textMemo } from '../../../../src/shared/text/text-memo';

describe('textMemo', () => {
  it('works out each text once', () => {
    const seen: string[] = [];
    const length = textMemo(10, (text) => {
      seen.push(text);
      return text.length;
    });
    expect([length('Bí thư'), length('Phó Bí thư'), length('Bí thư')]).toEqual([6, 10, 6]);
    expect(seen).toEqual(['Bí thư', 'Phó Bí thư']);
  });

  it('forgets everything once the limit is reached, then remembers again', () => {
    const seen: string[] = [];
    const upper = textMemo(2, (text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    for (const text of ['xã', 'phường', 'đặc khu', 'xã', 'đặc khu']) upper(text);
    expect(seen).toEqual(['xã', 'phường', 'đặc khu', 'xã']);
  });

  it('remembers a false verdict as well as a true one', () => {
    let calls = 0;
    const known = textMemo(10, () => {
      calls++;
      return false;
    });
    known('hoà');
    known('hoà');
    expect(calls).toBe(1);
  });
});
