// "Nhập từ tệp": choose or drop a spreadsheet, or paste a paragraph naming people (a news
// item, an invitation), check what was understood (columns, bridge points, namesakes,
// warnings), then import it into a conference in one go, with Cancel.
import { useEffect, useRef, useState } from 'react';
import { type DoubtfulDecision, type ImportPreview, type ImportResult } from '../../../../shared/import/import-types';
import { personMatches, type ColumnKind } from '../../../../shared/import/vocabularies';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import type { ConferenceSummary } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { readFileAsBase64 } from '../../lib/read-file';
import { useAction } from '../../lib/use-action';
import { useLatest } from '../../lib/use-latest';
import { Modal } from '../../components/Modal';
import { ProgressBar } from '../../components/ProgressBar';
import { SegmentedChoice, type SegmentedOption } from '../../components/SegmentedChoice';
import { HiddenFileInput } from '../../components/HiddenFileInput';
import { ColumnMapping } from './ColumnMapping';
import { PointChoices, type PointChoice } from './PointChoices';
import { PointUpdateList, pointUpdateSummary } from './PointUpdateList';
import { DoubtfulList, type DoubtfulDefault } from './DoubtfulList';
import { DuplicateGroups } from './DuplicateGroups';
import { ProblemNotice } from '../../components/ProblemNotice';

interface Props {
  readonly conferenceId: number;
  /** A file dropped on the screen, read at once. */
  readonly initialFile?: File;
  /** Open on pasting text rather than choosing a file. */
  readonly startWithText?: boolean;
  readonly onClose: () => void;
  readonly onImported: (result: ImportResult) => void;
}

type Stage = { kind: 'choose' } | { kind: 'reading'; fileName: string } | { kind: 'preview' } | { kind: 'committing' };

type Source = 'file' | 'text';

const sourceOptions: readonly SegmentedOption<Source>[] = [
  { value: 'file', label: 'Từ tệp Excel, CSV' },
  { value: 'text', label: 'Dán đoạn văn' },
];

export function ImportDialog({ conferenceId, initialFile, startWithText, onClose, onImported }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [source, setSource] = useState<Source>(startWithText ? 'text' : 'file');
  const [pasted, setPasted] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const action = useAction((requestId) => call('imports.cancel', { requestId }));
  const [decisions, setDecisions] = useState<Record<number, DoubtfulDecision>>({});
  const [doubtfulDefault, setDoubtfulDefault] = useState<DoubtfulDefault>('add');
  const [target, setTarget] = useState<string>(String(conferenceId));
  const [newName, setNewName] = useState('');
  const [conferences, setConferences] = useState<readonly ConferenceSummary[]>([]);
  const [points, setPoints] = useState<readonly ConferenceBridgePoint[]>([]);
  const [unassignedPoint, setUnassignedPoint] = useState('');
  const [pointChoices, setPointChoices] = useState<Record<string, PointChoice>>({});
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const targetConference = target === 'new' ? undefined : Number(target);

  useEffect(() => {
    call('conferences.list', {}).then(setConferences, () => undefined);
  }, []);
  useEffect(() => {
    if (targetConference === undefined) return setPoints([]);
    call('conferenceBridgePoints.list', { conferenceId: targetConference }).then(setPoints, () => undefined);
  }, [targetConference]);

  const showPreview = (result: ImportPreview) => {
    setPreview(result);
    // A returned template belongs to one conference: it goes there.
    if (result.pointUpdate) setTarget(String(result.pointUpdate.conferenceId));
    setDecisions({});
    setDoubtfulDefault('add');
    setPointChoices({});
    setStage({ kind: 'preview' });
  };

  const read = async (file: File) => {
    const shown = await action.run(async ({ requestId }) => {
      setStage({ kind: 'reading', fileName: file.name });
      const content = await readFileAsBase64(file);
      showPreview(
        await call(
          'imports.preview',
          { requestId, fileName: file.name, content, conferenceId: targetConference },
          { onProgress: () => undefined },
        ),
      );
      return true;
    });
    if (!shown) setStage({ kind: 'choose' });
  };

  const readText = () =>
    action.run(async () =>
      showPreview(await call('imports.previewText', { text: pasted, conferenceId: targetConference })),
    );

  // The dropped file is read once, when the dialog opens.
  const readDropped = useLatest(read);
  useEffect(() => {
    if (initialFile) void readDropped.current(initialFile);
  }, [initialFile, readDropped]);

  // Each choice in the preview (a column's meaning, a table taken in, a group kept apart) comes
  // back as the whole preview read again.
  const refine = async (
    ask: (target: { previewId: string; conferenceId: number | undefined }) => Promise<ImportPreview>,
  ) => {
    if (!preview) return;
    try {
      setPreview(await ask({ previewId: preview.previewId, conferenceId: targetConference }));
    } catch (error) {
      action.fail(error);
    }
  };
  const remap = (sheet: string, columnIndex: number, kind: ColumnKind | null) =>
    refine((at) => call('imports.remap', { ...at, sheet, columnIndex, kind }));
  const includeTable = (sheet: string, include: boolean) =>
    refine((at) => call('imports.includeTable', { ...at, sheet, include }));
  const keepApart = (groupId: string, apart: boolean) =>
    refine((at) => call('imports.keepApart', { ...at, groupId, keepApart: apart }));

  const commit = async () => {
    if (!preview) return;
    if (target === 'new' && !newName.trim()) {
      action.setProblem('Hãy nhập tên hội nghị mới.');
      return;
    }
    setStage({ kind: 'committing' });
    const result = await action.run(
      ({ requestId, onProgress }) =>
        call(
          'imports.commit',
          {
            requestId,
            previewId: preview.previewId,
            target: target === 'new' ? { newConferenceName: newName } : { conferenceId: Number(target) },
            decisions: Object.fromEntries(Object.entries(decisions)),
            doubtfulDefault,
            unassignedBridgePointId: unassignedPoint
              ? points.find((p) => p.id === Number(unassignedPoint))!.bridgePointId
              : null,
            pointChoices: Object.fromEntries(
              Object.entries(pointChoices).map(([name, { label: _label, ...choice }]) => [name, choice]),
            ),
          },
          { onProgress },
        ),
      // Stopped halfway, the import is taken back whole: she is told so where she looks.
      { progress: { done: 0, total: preview.attendeeCount }, onCancelled: action.setProblem },
    );
    if (result) onImported(result);
    else setStage({ kind: 'preview' });
  };

  const withoutPoint = preview?.counts.withoutPoint ?? 0;
  const skippedDoubtful = preview
    ? doubtfulDefault === 'skip'
      ? preview.counts.doubtful - Object.values(decisions).filter((d) => d.action !== 'skip').length
      : Object.values(decisions).filter((d) => d.action === 'skip').length
    : 0;
  const update = preview?.pointUpdate ?? null;
  const attendeeCount = preview ? formatCount(preview.attendeeCount) : '';
  // A point the secretary mapped to one in the directory is no longer a new one; two names the
  // file writes for one point ("UBND xã Quân Chu", its code alone) are one point.
  const knownPointOf = (p: ImportPreview['points'][number]): number | null => {
    const choice = pointChoices[p.name];
    return choice !== undefined && 'bridgePointId' in choice ? choice.bridgePointId : p.bridgePointId;
  };
  const knownPoints = new Set(preview?.points.flatMap((p) => knownPointOf(p) ?? [])).size;
  const newPoints = preview?.points.filter((p) => knownPointOf(p) === null).length ?? 0;
  const toImport = preview ? preview.attendeeCount - preview.counts.inConference - skippedDoubtful : 0;
  const updates = update ? update.added + update.changed + update.removed : 0;
  const busy = stage.kind === 'reading' || stage.kind === 'committing';

  // A bridge point's template sent back: what its list will become.
  const templateSummary = update && (
    <p className="import-summary template-summary" role="status">
      Mẫu gửi điểm cầu <strong>{update.pointName}</strong> của hội nghị "{update.conferenceName}", gửi lại với{' '}
      {attendeeCount} đại biểu: {pointUpdateSummary(update)}. Chỉ danh sách của điểm cầu này được cập nhật.
    </p>
  );

  return (
    <Modal
      title={
        preview
          ? `Nhập danh sách đại biểu từ "${preview.fileName}"`
          : source === 'text'
            ? 'Lấy đại biểu từ đoạn văn (tin bài, giấy mời)'
            : 'Nhập danh sách đại biểu từ tệp'
      }
      onClose={busy ? action.cancel : onClose}
      wide
      footer={
        busy ? (
          <>
            <ProgressBar
              className="import-progress"
              label="Tiến độ nhập"
              value={stage.kind === 'committing' && action.progress?.total ? action.progress : null}
            >
              <span>
                {stage.kind === 'reading'
                  ? `Đang đọc "${stage.fileName}"…`
                  : `Đang nhập ${formatCount(action.progress?.done ?? 0)}/${formatCount(action.progress?.total ?? 0)} đại biểu…`}
              </span>
            </ProgressBar>
            <button type="button" onClick={action.cancel}>
              Huỷ
            </button>
          </>
        ) : preview ? (
          <>
            <button type="button" onClick={() => (setPreview(null), setStage({ kind: 'choose' }))}>
              {source === 'text' ? 'Sửa đoạn văn' : 'Chọn tệp khác'}
            </button>
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              Đóng
            </button>
            {update ? (
              <button type="button" className="primary" disabled={updates === 0} onClick={() => void commit()}>
                {updates === 0 ? 'Không có thay đổi' : `Cập nhật điểm cầu (${pointUpdateSummary(update)})`}
              </button>
            ) : (
              <button type="button" className="primary" disabled={toImport <= 0} onClick={() => void commit()}>
                Nhập {formatCount(Math.max(0, toImport))} đại biểu
              </button>
            )}
          </>
        ) : undefined
      }
    >
      <ProblemNotice message={action.problem} />
      {!preview && (
        <SegmentedChoice label="Lấy đại biểu từ" options={sourceOptions} value={source} onChange={setSource} />
      )}
      {!preview && source === 'text' && (
        <div className="paste-text">
          <textarea
            aria-label="Đoạn văn có tên đại biểu"
            rows={10}
            autoFocus
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            placeholder={
              'Dán đoạn văn vào đây, ví dụ:\nDự tại điểm cầu Thái Nguyên có các đồng chí: Phạm Hoàng Sơn, ' +
              'Phó Bí thư Thường trực Tỉnh ủy; Dương Xuân Hùng, Trưởng Ban Tổ chức Tỉnh ủy.\nhoặc mỗi dòng ' +
              'một người: 1. Ông Nguyễn Văn A - Giám đốc Sở Nội vụ'
            }
          />
          <div className="toolbar">
            <span className="muted small">
              Họ tên, chức vụ và điểm cầu được tách ra để xem lại trước khi thêm vào hội nghị.
            </span>
            <span className="spacer" />
            <button type="button" className="primary" disabled={!pasted.trim()} onClick={() => void readText()}>
              Tìm đại biểu
            </button>
          </div>
        </div>
      )}
      {!preview && source === 'file' && (
        <div
          className={`drop-zone${dragging ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file) void read(file);
          }}
        >
          <p>Kéo tệp danh sách đại biểu thả vào đây, hoặc</p>
          <button type="button" className="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
            Chọn tệp…
          </button>
          <HiddenFileInput
            ref={fileInput}
            label="Chọn tệp danh sách đại biểu"
            accept=".xlsx,.xls,.ods,.docx,.csv,.txt"
            onFile={(file) => void read(file)}
          />
          <p className="muted small">
            Excel (.xlsx, .xls), LibreOffice (.ods), Word (.docx, bảng danh sách trong văn bản) hoặc CSV; tiêu đề có thể
            nằm dưới phần quốc hiệu, tên hội nghị; chữ TCVN3 (.VnTime) và VNI được chuyển sang Unicode.
          </p>
        </div>
      )}
      {preview && (
        <div className="import-preview">
          {templateSummary}
          {!update && (
            <p className="import-summary">
              <strong>{attendeeCount}</strong> đại biểu trong {preview.tables.length} bảng · {knownPoints + newPoints}{' '}
              điểm cầu ({knownPoints} có sẵn, {newPoints} sẽ tạo mới) · {formatCount(preview.counts.newPeople)} người
              mới, {formatCount(preview.counts.samePeople)} có trong danh bạ, {formatCount(preview.counts.doubtful)}{' '}
              trùng tên
              {preview.counts.inConference > 0 &&
                `, ${formatCount(preview.counts.inConference)} đã có trong hội nghị (bỏ qua)`}
            </p>
          )}
          {preview.skippedSheets.length > 0 && (
            <p className="muted small">
              Bỏ qua: {preview.skippedSheets.map((s) => `"${s.sheet}" (${s.reason})`).join('; ')}.
            </p>
          )}

          <section className="import-section">
            <h3>Nhập vào</h3>
            <div className="toolbar">
              <select
                aria-label="Hội nghị nhận danh sách"
                value={target}
                disabled={update !== null}
                onChange={(e) => setTarget(e.target.value)}
              >
                {conferences.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
                <option value="new">+ Hội nghị mới…</option>
              </select>
              {target === 'new' && (
                <input
                  aria-label="Tên hội nghị mới"
                  placeholder="Tên hội nghị mới"
                  value={newName}
                  onChange={(e) => setNewName(e.target.value)}
                />
              )}
              {withoutPoint > 0 && targetConference !== undefined && (
                <select
                  aria-label="Điểm cầu cho đại biểu không rõ điểm cầu"
                  value={unassignedPoint}
                  onChange={(e) => setUnassignedPoint(e.target.value)}
                >
                  <option value="">Đại biểu không rõ điểm cầu: để trống</option>
                  {points.map((p) => (
                    <option key={p.id} value={p.id}>
                      Đại biểu không rõ điểm cầu → {p.name}
                    </option>
                  ))}
                </select>
              )}
            </div>
          </section>

          <section className="import-section">
            <h3>Các cột đã nhận ra</h3>
            {preview.tables.map((table) => (
              <ColumnMapping
                key={table.sheet}
                table={table}
                onChange={(column, kind) => void remap(table.sheet, column, kind)}
                onInclude={(include) => void includeTable(table.sheet, include)}
              />
            ))}
          </section>

          {update && <PointUpdateList update={update} />}

          {preview.points.length > 0 && !update && (
            <PointChoices
              points={preview.points}
              choices={pointChoices}
              onChoose={(name, choice) =>
                setPointChoices(({ [name]: _old, ...others }) => (choice ? { ...others, [name]: choice } : others))
              }
            />
          )}

          <DuplicateGroups
            groups={preview.duplicates}
            total={preview.duplicateCount}
            onKeepApart={(groupId, apart) => void keepApart(groupId, apart)}
          />

          <DoubtfulList
            rows={preview.doubtful}
            total={preview.counts.doubtful}
            decisions={decisions}
            fallback={doubtfulDefault}
            onDecide={(index, decision) => setDecisions((d) => ({ ...d, [index]: decision }))}
            onDecideAll={(choice) => {
              setDoubtfulDefault(choice);
              setDecisions({});
            }}
          />

          {preview.warnings.length > 0 && (
            <section className="import-section">
              <h3>Cần kiểm tra ({formatCount(preview.warningCount)})</h3>
              <ul className="warnings-list">
                {preview.warnings.map((w, i) => (
                  <li key={i}>
                    {w.row > 0 && (
                      <span className="muted">
                        {w.sheet ? `${w.sheet}, ` : ''}dòng {w.row}:{' '}
                      </span>
                    )}
                    {w.message}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="import-section">
            <h3>
              Xem trước{' '}
              {preview.rows.length < preview.attendeeCount
                ? `${formatCount(preview.rows.length)}/${formatCount(preview.attendeeCount)}`
                : ''}{' '}
              đại biểu
            </h3>
            <div className="preview-table-wrap">
              <table className="list-table preview-table">
                <thead>
                  <tr>
                    <th>Dòng</th>
                    <th>Họ và tên</th>
                    <th>Chức vụ</th>
                    <th>Đơn vị</th>
                    <th>Điểm cầu</th>
                    <th>Điện thoại</th>
                    <th>Danh bạ</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r) => (
                    <tr key={r.index} className={`match-${r.match}`}>
                      <td className="muted">{r.row}</td>
                      <td>{r.fullName}</td>
                      <td>{r.position}</td>
                      <td>{r.unit}</td>
                      <td>{r.bridgePoint}</td>
                      <td>{r.phone}</td>
                      <td>{personMatches.label(r.match)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </Modal>
  );
}
