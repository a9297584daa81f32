// Where the secretary is, kept in the URL fragment so a reload stays on the same screen.
import { useEffect, useState } from 'react';

export type ConferenceTab =
  | 'info'
  | 'points'
  | 'checklist'
  | 'roll-call'
  | 'attendees'
  | 'speeches'
  | 'minutes'
  | 'news'
  | 'invitation'
  | 'plan'
  | 'script'
  | 'conclusion'
  | 'report';
export type Route =
  | { readonly view: 'conferences' }
  | { readonly view: 'conference'; readonly id: number; readonly tab: ConferenceTab }
  | { readonly view: 'bridgePoints'; readonly query?: string }
  | { readonly view: 'people'; readonly query?: string }
  | { readonly view: 'register' }
  | { readonly view: 'statistics' }
  | { readonly view: 'settings' };

const tabs: readonly ConferenceTab[] = [
  'info',
  'points',
  'checklist',
  'roll-call',
  'attendees',
  'speeches',
  'minutes',
  'news',
  'invitation',
  'plan',
  'script',
  'conclusion',
  'report',
];

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const query = new URLSearchParams(search).get('q') ?? undefined;
  if (parts[0] === 'hoi-nghi' && parts[1] && /^\d+$/.test(parts[1])) {
    const tab = tabs.find((t) => t === parts[2]) ?? 'info';
    return { view: 'conference', id: Number(parts[1]), tab };
  }
  if (parts[0] === 'diem-cau') return { view: 'bridgePoints', query };
  if (parts[0] === 'danh-ba') return { view: 'people', query };
  if (parts[0] === 'so-van-ban-di') return { view: 'register' };
  if (parts[0] === 'thong-ke') return { view: 'statistics' };
  if (parts[0] === 'cai-dat') return { view: 'settings' };
  return { view: 'conferences' };
}

export function routeHash(route: Route): string {
  const q = (query?: string) => (query ? `?q=${encodeURIComponent(query)}` : '');
  switch (route.view) {
    case 'conference':
      return `#/hoi-nghi/${route.id}/${route.tab}`;
    case 'bridgePoints':
      return `#/diem-cau${q(route.query)}`;
    case 'people':
      return `#/danh-ba${q(route.query)}`;
    case 'register':
      return '#/so-van-ban-di';
    case 'statistics':
      return '#/thong-ke';
    case 'settings':
      return '#/cai-dat';
    case 'conferences':
      return '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** Asked before the screen changes while something on it is not saved; it calls `proceed` to go on. */
export type LeaveGuard = (proceed: () => void) => void;
let leaveGuard: LeaveGuard | null = null;
let shownHash = window.location.hash;

/** Sets the guard for as long as the returned function is not called. */
export function guardLeaving(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => {
      const next = window.location.hash;
      if (leaveGuard && next !== shownHash) {
        // Stay where the unsaved work is (no new history entry), and go only if she agrees.
        history.replaceState(null, '', shownHash || '#/');
        const guard = leaveGuard;
        guard(() => {
          if (leaveGuard === guard) leaveGuard = null;
          window.location.hash = next;
        });
        return;
      }
      shownHash = next;
      setRoute(parseRoute(next));
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
