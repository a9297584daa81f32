// The shell: navigation, the search box, the screen for the current route, and the
// messages, progress and undo that every screen shares.
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { ApiCallError, call } from '../lib/api';
import { useBusy } from '../lib/busy';
import { useLoad } from '../lib/use-load';
import { ProblemNotice } from '../components/ProblemNotice';
import { ProgressBar } from '../components/ProgressBar';
import { useTopModal } from '../components/top-layer';
import { BridgePointDirectory } from '../features/bridge-points/BridgePointDirectory';
import { ConferenceList } from '../features/conferences/ConferenceList';
import { ConferenceScreen } from '../features/conferences/ConferenceScreen';
import { PeopleDirectory } from '../features/people/PeopleDirectory';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { StatisticsScreen } from '../features/statistics/StatisticsScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { routeHash, useRoute, type Route } from './route';
import { dismissToast, showError, useToasts } from './toasts';
import { undoLast } from './undo';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.view) {
    case 'conference':
      return <ConferenceScreen id={route.id} tab={route.tab} />;
    case 'bridgePoints':
      return <BridgePointDirectory key={route.query ?? ''} initialQuery={route.query} />;
    case 'people':
      return <PeopleDirectory initialQuery={route.query} />;
    case 'register':
      return <RegisterScreen />;
    case 'statistics':
      return <StatisticsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'conferences':
      return <ConferenceList />;
  }
}

// Inside the open modal dialog while there is one, so its buttons stay reachable and it is
// still announced; fixed at the bottom of the window either way.
function ToastRegion() {
  const toasts = useToasts();
  const modal = useTopModal();
  const region = (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          <span>{t.message}</span>
          {t.action && (
            <button
              type="button"
              onClick={() => {
                dismissToast(t.id);
                t.action!.run();
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Đóng thông báo" onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
  return modal ? createPortal(region, modal) : region;
}

// Without an answer at all the services are out of reach, which is what the secretary is told.
const readAppInfo = () =>
  call('app.info', {}).catch((error: unknown) => {
    throw error instanceof ApiCallError
      ? error
      : new ApiCallError({
          code: 'DB_UNAVAILABLE',
          message: 'Không kết nối được tới phần xử lý dữ liệu của ứng dụng.',
        });
  });

export function App() {
  const route = useRoute();
  const { data: info, problem: fatal } = useLoad(readAppInfo);
  const busy = useBusy();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !isTyping(e.target)) {
        e.preventDefault();
        void undoLast();
      }
    };
    const onRejection = (e: PromiseRejectionEvent) => {
      console.error(e.reason);
      showError(
        e.reason instanceof ApiCallError
          ? e.reason.message
          : 'Đã xảy ra lỗi không mong muốn; thao tác có thể chưa hoàn tất. Hãy thử lại.',
      );
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);

  if (fatal) {
    return (
      <div className="fatal">
        <h1>Thư Ký Hội Nghị</h1>
        <ProblemNotice message={fatal} />
      </div>
    );
  }

  const nav = (label: string, target: Route, active: boolean) => (
    <a href={routeHash(target)} className={active ? 'on' : ''} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark">TK</span>
          <span>
            Thư Ký
            <br />
            Hội Nghị
          </span>
        </div>
        <nav aria-label="Chức năng">
          {nav('Hội nghị', { view: 'conferences' }, route.view === 'conferences' || route.view === 'conference')}
          {nav('Danh mục điểm cầu', { view: 'bridgePoints' }, route.view === 'bridgePoints')}
          {nav('Danh bạ đại biểu', { view: 'people' }, route.view === 'people')}
          {nav('Sổ văn bản đi', { view: 'register' }, route.view === 'register')}
          {nav('Thống kê', { view: 'statistics' }, route.view === 'statistics')}
          {nav('Cài đặt', { view: 'settings' }, route.view === 'settings')}
        </nav>
        {info && (
          <footer className="sidebar-footer" title={info.dbPath}>
            Phiên bản {info.version}
          </footer>
        )}
      </aside>
      <div className="main">
        <header className="topbar">
          <GlobalSearch />
        </header>
        {busy && (
          <ProgressBar
            className="busy"
            label={busy.label}
            value={busy.total ? { done: busy.done ?? 0, total: busy.total } : null}
          >
            <span>
              {busy.label}
              {busy.total
                ? ` (${(busy.done ?? 0).toLocaleString('vi-VN')}/${busy.total.toLocaleString('vi-VN')})`
                : '…'}
            </span>
          </ProgressBar>
        )}
        {info?.notices.map((n) => (
          <p key={n.message} className={`notice ${n.level}`}>
            {n.message}
            {n.offersRestore && (
              <>
                {' '}
                <a href="#/cai-dat">Mở Sao lưu và khôi phục</a>
              </>
            )}
          </p>
        ))}
        <main>
          <ErrorBoundary resetKey={routeHash(route)}>
            <Screen route={route} />
          </ErrorBoundary>
        </main>
      </div>
      <ToastRegion />
    </div>
  );
}
