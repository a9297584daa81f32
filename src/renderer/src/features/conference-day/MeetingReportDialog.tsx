// "Nhập báo cáo Zoom/Teams": choose the attendance report, see who matched which bridge point
// or attendee, settle the rest, and write it to the conference.
import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  AppliedReport,
  MeetingReportPreview,
  ReportChoice,
  ReportParticipant,
  ReportTarget,
} from '../../../../shared/conference-day/meeting-report';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { call } from '../../lib/api';
import { formatCount, formatDate, formatInstant } from '../../lib/format';
import { newRequestId, readFileAsBase64 } from '../../lib/read-file';
import { useAction } from '../../lib/use-action';
import { Modal } from '../../components/Modal';
import { HiddenFileInput } from '../../components/HiddenFileInput';
import { ProblemNotice } from '../../components/ProblemNotice';

interface Props {
  readonly conferenceId: number;
  readonly points: readonly ConferenceBridgePoint[];
  readonly onClose: () => void;
  /** After a report was written (or one taken back): for the roll call to reload and say so. */
  readonly onApplied: (result: { readonly message: string; readonly reportId?: number }) => void;
}

const clock = (local: string) => local.slice(11, 16);
const spansText = (p: ReportParticipant) => p.spans.map((s) => `${clock(s.join)}–${clock(s.leave)}`).join(', ');
const targetLabel = (t: ReportTarget) =>
  t.kind === 'point' ? t.name : `${t.name}${t.pointName ? ` (${t.pointName})` : ''}`;
const choiceValue = (c: ReportChoice | null) =>
  c === null ? '' : c.kind === 'ignore' ? 'ignore' : `${c.kind}:${c.id}`;

export function MeetingReportDialog({ conferenceId, points, onClose, onApplied }: Props) {
  const [report, setReport] = useState<MeetingReportPreview | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const action = useAction();
  const { problem, setProblem, fail } = action;
  const [choices, setChoices] = useState<Record<string, ReportChoice>>({});
  /** Targets found by searching, kept so the chosen one stays named in its list. */
  const [found, setFound] = useState<Record<string, readonly ReportTarget[]>>({});
  const [onlyUnmatched, setOnlyUnmatched] = useState(true);
  const fileInput = useRef<HTMLInputElement>(null);
  const [applied, setApplied] = useState<readonly AppliedReport[]>([]);
  useEffect(() => {
    call('meetingReports.list', { conferenceId }).then(setApplied, fail);
  }, [conferenceId, fail]);

  const takeBack = async (reportId: number) => {
    try {
      onApplied(await call('meetingReports.undo', { reportId }));
    } catch (error) {
      fail(error);
    }
  };

  const choose = async (file: File) => {
    const requestId = newRequestId();
    setProblem(null);
    setReading(requestId);
    try {
      const read = await call('meetingReports.preview', {
        requestId,
        fileName: file.name,
        content: await readFileAsBase64(file),
        conferenceId,
      });
      setReport(read);
      setChoices({});
      setFound({});
      setOnlyUnmatched(read.participants.some((p) => p.match === null));
    } catch (error) {
      fail(error);
    } finally {
      setReading(null);
    }
  };

  const chosen = (p: ReportParticipant): ReportChoice | null =>
    choices[p.key] ?? (p.match ? { kind: p.match.kind, id: p.match.id } : null);
  const unsettled = report?.participants.filter((p) => chosen(p) === null) ?? [];
  const shown = report
    ? onlyUnmatched
      ? report.participants.filter((p) => p.match === null)
      : report.participants
    : [];

  const search = async (p: ReportParticipant, text: string) => {
    const words = foldForSearch(text).split(' ').filter(Boolean);
    if (words.length === 0) return;
    const pointHits = points.filter((x) => words.every((w) => foldForSearch(x.name).includes(w))).slice(0, 8);
    const people = await call('attendees.list', { conferenceId, query: text, limit: 8 });
    const byId = new Map(points.map((x) => [x.id, x.name]));
    setFound((f) => ({
      ...f,
      [p.key]: [
        ...pointHits.map((x): ReportTarget => ({ kind: 'point', id: x.id, name: x.name })),
        ...people.rows.map((a): ReportTarget => ({
          kind: 'attendee',
          id: a.id,
          name: a.fullName,
          pointName: a.conferenceBridgePointId ? (byId.get(a.conferenceBridgePointId) ?? null) : null,
        })),
      ],
    }));
  };

  const apply = async () => {
    if (!report) return;
    const result = await action.run(() =>
      call('meetingReports.apply', { requestId: report.requestId, conferenceId, choices }),
    );
    if (result) onApplied(result);
  };

  const footer = report ? (
    <>
      <span className="muted small">
        {unsettled.length > 0
          ? `${formatCount(unsettled.length)} người tham gia chưa khớp sẽ được bỏ qua.`
          : 'Mọi người tham gia đã khớp hoặc được bỏ qua.'}
      </span>
      <button type="button" onClick={onClose}>
        Đóng
      </button>
      <button type="button" className="primary" disabled={action.busy} onClick={() => void apply()}>
        {action.busy ? 'Đang ghi…' : 'Ghi vào hội nghị'}
      </button>
    </>
  ) : (
    <button type="button" onClick={onClose}>
      Đóng
    </button>
  );

  return (
    <Modal title="Nhập báo cáo điểm danh Zoom/Teams" onClose={onClose} footer={footer} wide>
      <div className="meeting-report">
        <p className="small">
          Chọn báo cáo tải từ Zoom (Báo cáo › Người tham gia, tệp CSV) hoặc Microsoft Teams (Báo cáo điểm danh, tệp CSV
          hoặc Excel). Thiết bị phòng họp mang tên điểm cầu được tính là cả điểm cầu; các lần vào lại cách nhau dưới 1
          phút được gộp; vào sau giờ khai mạc quá 10 phút được ghi là đến muộn.
        </p>
        <div className="row">
          <button type="button" onClick={() => fileInput.current?.click()} disabled={reading !== null}>
            {report ? 'Chọn báo cáo khác…' : 'Chọn tệp báo cáo…'}
          </button>
          {reading && (
            <>
              <span className="muted">Đang đọc báo cáo…</span>
              <button type="button" onClick={() => void call('meetingReports.cancel', { requestId: reading })}>
                Huỷ
              </button>
            </>
          )}
          <HiddenFileInput
            ref={fileInput}
            label="Tệp báo cáo Zoom/Teams"
            accept=".csv,.txt,.xlsx,.xls"
            onFile={(file) => void choose(file)}
          />
        </div>
        <ProblemNotice message={problem} />
        {!report && applied.length > 0 && (
          <section aria-label="Báo cáo đã ghi vào hội nghị">
            <h3>Báo cáo đã ghi vào hội nghị</h3>
            <ul className="applied-reports">
              {applied.map((a) => (
                <li key={a.id}>
                  <span>
                    <strong>{a.fileName}</strong> ({a.platform ?? 'họp trực tuyến'}, ghi lúc{' '}
                    {formatInstant(a.appliedAt)}): {a.summary}.
                  </span>
                  <button type="button" onClick={() => void takeBack(a.id)}>
                    Hoàn tác
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {report && (
          <>
            <p>
              <strong>Báo cáo {report.platform ?? 'họp trực tuyến'}</strong>
              {report.title && ` · ${report.title}`}
              {report.from &&
                report.to &&
                ` · ${clock(report.from)}–${clock(report.to)} ngày ${formatDate(report.from.slice(0, 10))}`}{' '}
              · {formatCount(report.participants.length)} người tham gia, khớp{' '}
              {formatCount(report.participants.filter((p) => p.match).length)}.
            </p>
            {report.dateWarning && (
              <p className="notice warning" role="alert">
                {report.dateWarning}
              </p>
            )}
            <div className="segmented" role="group" aria-label="Lọc người tham gia">
              <button
                type="button"
                aria-pressed={onlyUnmatched}
                className={onlyUnmatched ? 'on' : ''}
                onClick={() => setOnlyUnmatched(true)}
              >
                Chưa khớp ({formatCount(report.participants.filter((p) => p.match === null).length)})
              </button>
              <button
                type="button"
                aria-pressed={!onlyUnmatched}
                className={!onlyUnmatched ? 'on' : ''}
                onClick={() => setOnlyUnmatched(false)}
              >
                Tất cả ({formatCount(report.participants.length)})
              </button>
            </div>
            <table className="meeting-report-table">
              <thead>
                <tr>
                  <th>Người tham gia</th>
                  <th>Thời gian trong cuộc họp</th>
                  <th>Ứng với</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <ParticipantRow
                    key={p.key}
                    participant={p}
                    choice={chosen(p)}
                    extra={found[p.key] ?? null}
                    onChoose={(c) => setChoices((all) => ({ ...all, [p.key]: c }))}
                    onSearch={(text) => void search(p, text).catch(fail)}
                  />
                ))}
              </tbody>
            </table>
            {shown.length === 0 && (
              <p className="muted">Mọi người tham gia đều đã khớp với điểm cầu hoặc đại biểu; bấm "Tất cả" để xem.</p>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}

interface RowProps {
  readonly participant: ReportParticipant;
  readonly choice: ReportChoice | null;
  /** What a search found; null before any search. */
  readonly extra: readonly ReportTarget[] | null;
  readonly onChoose: (choice: ReportChoice) => void;
  readonly onSearch: (text: string) => void;
}

function ParticipantRow({ participant: p, choice, extra, onChoose, onSearch }: RowProps) {
  const options = useMemo(() => {
    const all = [...(p.match ? [p.match] : []), ...p.candidates, ...(extra ?? [])];
    return [...new Map(all.map((t) => [`${t.kind}:${t.id}`, t])).values()];
  }, [p, extra]);
  const [text, setText] = useState('');
  const pick = (t: ReportTarget) => onChoose({ kind: t.kind, id: t.id });
  return (
    <tr className={choice === null ? 'unsettled' : undefined}>
      <td>
        {p.name}
        <div className="muted small">{[p.email, p.role].filter(Boolean).join(' · ')}</div>
      </td>
      <td>
        {spansText(p)}
        <div className="muted small">
          {formatCount(p.minutes)} phút{p.rows > 1 ? ` · gộp ${p.rows} dòng` : ''}
          {p.spans.length > 1 ? ` · ${p.spans.length - 1} lần mất kết nối` : ''}
        </div>
      </td>
      <td>
        <select
          aria-label={`Ứng với của ${p.name}`}
          value={choiceValue(choice)}
          onChange={(e) => {
            const [kind, id] = e.target.value.split(':');
            onChoose(kind === 'ignore' ? { kind: 'ignore' } : { kind: kind as 'point' | 'attendee', id: Number(id) });
          }}
        >
          {choice === null && <option value="">— Chọn —</option>}
          {options.map((t) => (
            <option key={`${t.kind}:${t.id}`} value={`${t.kind}:${t.id}`}>
              {t.kind === 'point' ? 'Điểm cầu: ' : 'Đại biểu: '}
              {targetLabel(t)}
            </option>
          ))}
          <option value="ignore">Bỏ qua</option>
        </select>
        <div className="muted small">{p.reason}</div>
        {choice === null && (
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              onSearch(text);
            }}
          >
            <input
              aria-label={`Tìm điểm cầu hoặc đại biểu cho ${p.name}`}
              placeholder="Tìm điểm cầu, đại biểu…"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit">Tìm</button>
          </form>
        )}
        {choice === null && extra !== null && (
          <ul className="found" aria-label={`Tìm thấy cho ${p.name}`}>
            {extra.length === 0 && (
              <li className="muted small">Không thấy điểm cầu hay đại biểu nào như vậy trong hội nghị.</li>
            )}
            {extra.map((t) => (
              <li key={`${t.kind}:${t.id}`}>
                <button type="button" className="link-button" onClick={() => pick(t)}>
                  {t.kind === 'point' ? 'Điểm cầu: ' : 'Đại biểu: '}
                  {targetLabel(t)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
