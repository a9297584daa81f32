// Where the secretary is, read from and written to the URL fragment: a reload stays on the same
// screen, and an address that means nothing opens the conference list.
import { describe, expect, it, vi } from 'vitest';

vi.stubGlobal('window', { location: { hash: '#/' } });
const { parseRoute, routeHash } = await import('../../../../src/renderer/src/app/route');

describe('parseRoute', () => {
  it('opens the conference list by default and for an unknown address', () => {
    expect(parseRoute('')).toEqual({ view: 'conferences' });
    expect(parseRoute('#/')).toEqual({ view: 'conferences' });
    expect(parseRoute('#/khong-co')).toEqual({ view: 'conferences' });
  });

  it("reads a conference's id and tab, with its information tab for a missing or unknown one", () => {
    expect(parseRoute('#/hoi-nghi/12/roll-call')).toEqual({ view: 'conference', id: 12, tab: 'roll-call' });
    expect(parseRoute('#/hoi-nghi/12')).toEqual({ view: 'conference', id: 12, tab: 'info' });
    expect(parseRoute('#/hoi-nghi/12/khac')).toEqual({ view: 'conference', id: 12, tab: 'info' });
  });

  it('does not take a conference id that is not a number', () => {
    expect(parseRoute('#/hoi-nghi/abc/info')).toEqual({ view: 'conferences' });
    expect(parseRoute('#/hoi-nghi/1e3')).toEqual({ view: 'conferences' });
  });

  it('reads the directories with their search, and the other screens', () => {
    expect(parseRoute('#/diem-cau?q=%C4%90%E1%BA%A1i%20T%E1%BB%AB')).toEqual({ view: 'bridgePoints', query: 'Đại Từ' });
    expect(parseRoute('#/danh-ba')).toEqual({ view: 'people', query: undefined });
    expect(parseRoute('#/so-van-ban-di')).toEqual({ view: 'register' });
    expect(parseRoute('#/thong-ke')).toEqual({ view: 'statistics' });
    expect(parseRoute('#/cai-dat')).toEqual({ view: 'settings' });
  });

  it('reads an address without its leading slash', () => {
    expect(parseRoute('#cai-dat')).toEqual({ view: 'settings' });
  });
});

describe('routeHash', () => {
  it('writes every screen so that reading it back gives the same place', () => {
    const routes = [
      { view: 'conferences' },
      { view: 'conference', id: 3, tab: 'minutes' },
      { view: 'bridgePoints', query: 'xã Phú Lương & "Đại Từ"' },
      { view: 'people', query: 'Nguyễn' },
      { view: 'register' },
      { view: 'statistics' },
      { view: 'settings' },
    ] as const;
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('leaves out an empty search', () => {
    expect(routeHash({ view: 'people', query: '' })).toBe('#/danh-ba');
    expect(routeHash({ view: 'conference', id: 3, tab: 'info' })).toBe('#/hoi-nghi/3/info');
  });
});
