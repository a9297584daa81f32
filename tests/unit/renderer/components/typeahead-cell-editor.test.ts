// A suggestion box in a grid cell moves the cursor as the keys of any cell's editor do.
import { describe, expect, it, vi } from 'vitest';

// The editor reaches the services through lib/api, which needs the window's transport.
vi.mock('../../../../src/renderer/src/lib/api', () => ({
  errorMessage: (error: unknown) => (error as Error).message,
}));
const { moveAfterTypeahead } = await import('../../../../src/renderer/src/components/TypeaheadCellEditor');

describe('moveAfterTypeahead', () => {
  it('goes down on Enter, right on Tab, left on Shift+Tab, and stays on a click or when leaving', () => {
    expect(moveAfterTypeahead('Enter')).toBe('down');
    expect(moveAfterTypeahead('Tab')).toBe('right');
    expect(moveAfterTypeahead('ShiftTab')).toBe('left');
    expect(moveAfterTypeahead('click')).toBe('none');
    expect(moveAfterTypeahead('blur')).toBe('none');
  });
});
