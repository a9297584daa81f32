// One conference: its details, its bridge points, its attendees.
import { Fragment, useCallback, useState } from 'react';
import type { DraftKind } from '../../../../shared/drafting/draft-types';
import { conferenceKinds } from '../../../../shared/conferences/vocabularies';
import { call } from '../../lib/api';
import { formatCount, formatWhen } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { navigate, type ConferenceTab } from '../../app/route';
import { showToast } from '../../app/toasts';
import { AttendeesTab } from '../attendees/AttendeesTab';
import { ConferencePointsTab } from '../bridge-points/ConferencePointsTab';
import { ChecklistTab } from '../conference-day/ChecklistTab';
import { RollCallTab } from '../conference-day/RollCallTab';
import { DraftWorkspace } from '../drafting/DraftWorkspace';
import { ExcelExportDialog } from '../sheets/ExcelExportDialog';
import { ExportDialog } from '../documents/ExportDialog';
import { SpeechesTab } from '../drafting/SpeechesTab';
import { CloneDialog } from './CloneDialog';
import { ConferenceForm } from './ConferenceForm';
import { OwnPointLine } from './OwnPointLine';
import { HistoryButton } from '../history/HistoryDialog';

const tabs: readonly { id: ConferenceTab; label: string }[] = [
  { id: 'info', label: 'Thông tin chung' },
  { id: 'points', label: 'Điểm cầu' },
  { id: 'checklist', label: 'Chuẩn bị' },
  { id: 'roll-call', label: 'Điểm danh' },
  { id: 'attendees', label: 'Đại biểu' },
  { id: 'speeches', label: 'Phát biểu' },
  { id: 'minutes', label: 'Biên bản' },
  { id: 'news', label: 'Tin bài' },
];

/**
 * The documents around the conference, under one tab: those written before it (the invitation
 * to the points, the plan, the script) and those after it (the conclusion notice, the report).
 */
const documentTabs: readonly { id: DocumentTab; label: string; when: 'Trước' | 'Sau' }[] = [
  { id: 'invitation', label: 'Giấy mời', when: 'Trước' },
  { id: 'plan', label: 'Kế hoạch', when: 'Trước' },
  { id: 'script', label: 'Kịch bản', when: 'Trước' },
  { id: 'conclusion', label: 'Thông báo kết luận', when: 'Sau' },
  { id: 'report', label: 'Báo cáo kết quả', when: 'Sau' },
];
type DocumentTab = Extract<ConferenceTab, 'invitation' | 'plan' | 'script' | 'conclusion' | 'report'>;
const isDocumentTab = (tab: ConferenceTab): tab is DocumentTab => documentTabs.some((t) => t.id === tab);
const draftTabs: readonly (ConferenceTab & DraftKind)[] = ['minutes', 'news', ...documentTabs.map((t) => t.id)];
const draftOf = (tab: ConferenceTab): DraftKind | undefined => draftTabs.find((t) => t === tab);

function TabLink(props: { conferenceId: number; tab: ConferenceTab; selected: boolean; label: string }) {
  return (
    <a
      role="tab"
      aria-selected={props.selected}
      className={props.selected ? 'on' : ''}
      href={`#/hoi-nghi/${props.conferenceId}/${props.tab}`}
    >
      {props.label}
    </a>
  );
}

export function ConferenceScreen({ id, tab }: { id: number; tab: ConferenceTab }) {
  const {
    data: loaded,
    problem,
    reload: load,
    show: setConference,
  } = useLoad(useCallback(() => call('conferences.get', { id }), [id]));
  // Another conference opened: until it has loaded, nothing of the one before is shown, so no
  // button acts on it (an export of the wrong conference), and a late answer for it is dropped.
  const conference = loaded?.id === id ? loaded : null;
  const [cloning, setCloning] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportingSheets, setExportingSheets] = useState(false);

  const reload = useCallback(() => void load(), [load]);

  if (problem) {
    return (
      <section className="screen">
        <p className="notice error">{problem}</p>
        <button type="button" onClick={() => navigate({ view: 'conferences' })}>
          ← Về danh sách hội nghị
        </button>
      </section>
    );
  }
  if (!conference) return <section className="screen" aria-busy="true" />;
  const pointCount = formatCount(conference.bridgePointCount);
  const attendeeCount = formatCount(conference.attendeeCount);
  const draftKind = draftOf(tab);

  return (
    <section className="screen conference-screen">
      <header className="screen-header conference-header">
        <div>
          <a href="#/" className="back-link">
            ← Hội nghị
          </a>
          <h1>{conference.name}</h1>
          <p className="muted">
            {formatWhen(conference.date, conference.session, conference.startTime)} ·{' '}
            {conferenceKinds.label(conference.kind)}
            {conference.hostBody && ` · ${conference.hostBody}`} · {pointCount} điểm cầu · {attendeeCount} đại biểu
          </p>
          <OwnPointLine conference={conference} onChanged={reload} />
        </div>
        <div className="toolbar">
          <button type="button" onClick={() => setExporting(true)}>
            Xuất văn bản Word…
          </button>
          <button type="button" onClick={() => setExportingSheets(true)}>
            Xuất Excel…
          </button>
          <button type="button" onClick={() => setCloning(true)}>
            Nhân bản
          </button>
        </div>
      </header>
      <nav className="tabs" role="tablist">
        {tabs.map((t) => (
          <TabLink key={t.id} conferenceId={id} tab={t.id} selected={tab === t.id} label={t.label} />
        ))}
        <TabLink conferenceId={id} tab="invitation" selected={isDocumentTab(tab)} label="Văn bản khác" />
      </nav>
      {isDocumentTab(tab) && (
        <nav className="tabs sub-tabs" role="tablist" aria-label="Văn bản trước và sau hội nghị">
          {documentTabs.map((t, i) => (
            <Fragment key={t.id}>
              {documentTabs[i - 1]?.when !== t.when && <span className="sub-tabs-when">{t.when} hội nghị:</span>}
              <TabLink conferenceId={id} tab={t.id} selected={tab === t.id} label={t.label} />
            </Fragment>
          ))}
        </nav>
      )}
      <div className="tab-panel" role="tabpanel">
        {tab === 'info' && (
          <>
            <ConferenceForm
              key={conference.updatedAt}
              conference={conference}
              submitLabel="Lưu thay đổi"
              onSaved={(saved) => {
                setConference(saved);
                showToast({ kind: 'info', message: 'Đã lưu thông tin hội nghị.' });
              }}
            />
            <div className="history-line">
              <HistoryButton entity="conference" record={conference} onPutBack={reload} />
            </div>
          </>
        )}
        {tab === 'points' && <ConferencePointsTab conference={conference} onChanged={reload} />}
        {tab === 'checklist' && <ChecklistTab conference={conference} />}
        {tab === 'roll-call' && <RollCallTab conference={conference} />}
        {tab === 'attendees' && <AttendeesTab conference={conference} onChanged={reload} />}
        {tab === 'speeches' && <SpeechesTab conference={conference} />}
        {draftKind && (
          // Another point of view is another set of documents: the draft is opened afresh.
          <DraftWorkspace key={`${tab}-${conference.ownPointId}`} conference={conference} kind={draftKind} />
        )}
      </div>
      {cloning && <CloneDialog source={conference} onClose={() => setCloning(false)} />}
      {exporting && <ExportDialog conference={conference} onClose={() => setExporting(false)} />}
      {exportingSheets && <ExcelExportDialog conference={conference} onClose={() => setExportingSheets(false)} />}
    </section>
  );
}
