// "Xuất Excel": choose the report (attendee list, summary, bridge points, sign-in sheet, or
// the templates sent to each bridge point), its options, then save where the dialog says.
// A long list shows its progress and can be stopped; nothing is saved when it is.
import { useState } from 'react';
import { sheetReports, type SavedSheets, type SheetReport } from '../../../../shared/sheets/sheet-calls';
import type { CallInput } from '../../../../shared/contract';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { vocabulary, type VocabularyCode } from '../../../../shared/vocabulary';
import type { AttendeeOrder } from '../../../../shared/attendees/vocabularies';
import { call } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { AttendeeOrderField } from '../../components/AttendeeOrderField';
import { Modal } from '../../components/Modal';
import { ProgressBar } from '../../components/ProgressBar';
import { SelectField } from '../../components/SelectField';
import { VocabularyOptions } from '../../components/VocabularyOptions';
import { SaveFooter } from '../documents/SavedFile';
import { TemplatePoints, type PointChoice } from '../documents/TemplatePoints';
import { ProblemNotice } from '../../components/ProblemNotice';
import { showToast } from '../../app/toasts';

interface Props {
  readonly conference: Conference;
  readonly onClose: () => void;
}

const descriptions: Record<SheetReport, string> = {
  attendees: 'Họ tên, chức vụ, đơn vị, điểm cầu, điện thoại… của mọi đại biểu; nhập lại vào ứng dụng được nguyên vẹn.',
  summary: 'Số được mời, có mặt, vắng của từng điểm cầu và từng cấp, với dòng tổng cộng bằng công thức.',
  bridgePoints: 'Các điểm cầu với người chủ trì, cán bộ kỹ thuật, điện thoại và tình trạng kết nối.',
  signInSheet: 'Danh sách để đại biểu ký tên, chia nhóm theo điểm cầu, dòng đủ cao để ký.',
  quickReport:
    'Đoạn báo cáo cho chủ trì và biên bản, số điểm cầu và đại biểu theo cấp, các điểm cầu gặp sự cố (một trang).',
  templates:
    'Mỗi điểm cầu (trừ điểm cầu chính) một tệp, đã điền sẵn những người đã biết, để gửi đi cho điểm cầu ' +
    'điền. Khi nhận lại, dùng "Nhập danh sách" để cập nhật đúng điểm cầu đó.',
};
const withOrder: readonly SheetReport[] = ['attendees', 'signInSheet', 'templates'];
type SaveInput = CallInput<'sheets.save'>;
const fileFormats = vocabulary({
  xlsx: 'Excel (.xlsx)',
  csv: 'CSV UTF-8 (cho phần mềm khác)',
} satisfies Record<NonNullable<SaveInput['format']>, string>);
const layouts = vocabulary({
  oneSheet: 'Một trang tính, có cột điểm cầu',
  perPoint: 'Mỗi điểm cầu một trang tính',
} satisfies Record<NonNullable<SaveInput['layout']>, string>);

export function ExcelExportDialog({ conference, onClose }: Props) {
  const [report, setReport] = useState<SheetReport>('attendees');
  const [layout, setLayout] = useState<VocabularyCode<typeof layouts>>('oneSheet');
  const [format, setFormat] = useState<VocabularyCode<typeof fileFormats>>('xlsx');
  const [order, setOrder] = useState<AttendeeOrder>('protocol');
  const action = useAction((requestId) => call('sheets.cancel', { requestId }));
  const [saved, setSaved] = useState<SavedSheets | null>(null);
  const [points, setPoints] = useState<PointChoice>(null);
  const writing = action.busy;
  const progress = action.progress ?? { done: 0, total: 0 };

  const save = async () => {
    if (report === 'templates' && points !== null && points.size === 0) {
      action.setProblem('Hãy chọn ít nhất một điểm cầu để gửi mẫu, hoặc chọn "Mọi điểm cầu".');
      return;
    }
    setSaved(null);
    await action.run(
      async ({ requestId, onProgress }) => {
        const result = await call(
          'sheets.save',
          {
            conferenceId: conference.id,
            report,
            layout,
            format: report === 'attendees' ? format : 'xlsx',
            order,
            requestId,
            conferenceBridgePointIds: report === 'templates' && points ? [...points] : undefined,
          },
          { onProgress },
        );
        setSaved(result);
        showToast({
          kind: 'info',
          message:
            report === 'templates'
              ? `Đã lưu ${formatCount(result.files)} mẫu vào "${result.path}".`
              : `Đã lưu "${result.path}".`,
        });
      },
      { onCancelled: (message) => showToast({ kind: 'info', message }) },
    );
  };

  const unit = report === 'templates' ? 'điểm cầu' : 'dòng';
  return (
    <Modal
      title="Xuất Excel"
      onClose={writing ? action.cancel : onClose}
      footer={
        writing ? (
          <>
            <ProgressBar className="import-progress" label="Tiến độ xuất" value={progress.total ? progress : null}>
              <span>
                {progress.total
                  ? `Đang ghi ${formatCount(progress.done)}/${formatCount(progress.total)} ${unit}…`
                  : 'Đang chuẩn bị…'}
              </span>
            </ProgressBar>
            <span className="spacer" />
            <button type="button" onClick={action.cancel}>
              Dừng
            </button>
          </>
        ) : (
          <SaveFooter
            saved={saved}
            onProblem={action.setProblem}
            saveLabel={report === 'templates' ? 'Lưu vào thư mục…' : 'Lưu…'}
            onSave={() => void save()}
            onClose={onClose}
          />
        )
      }
    >
      <ProblemNotice message={action.problem} />
      <fieldset className="sheet-reports" disabled={writing}>
        <legend>Báo cáo</legend>
        {sheetReports.codes.map((r) => (
          <label key={r} className={`sheet-report${report === r ? ' on' : ''}`}>
            <input type="radio" name="sheet-report" value={r} checked={report === r} onChange={() => setReport(r)} />
            <span>
              <strong>{sheetReports.label(r)}</strong>
              <span className="muted small">{descriptions[r]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="sheet-options">
        {report === 'attendees' && (
          <>
            <SelectField label="Dạng tệp" value={format} disabled={writing} onChange={setFormat}>
              <VocabularyOptions vocabulary={fileFormats} />
            </SelectField>
            {format === 'xlsx' && (
              <SelectField label="Trang tính" value={layout} disabled={writing} onChange={setLayout}>
                <VocabularyOptions vocabulary={layouts} />
              </SelectField>
            )}
          </>
        )}
        {withOrder.includes(report) && <AttendeeOrderField value={order} disabled={writing} onChange={setOrder} />}
      </div>
      {report === 'templates' && (
        <TemplatePoints
          conferenceId={conference.id}
          choice={points}
          disabled={writing}
          onChange={(choice) => {
            setPoints(choice);
            action.setProblem(null);
          }}
          onProblem={action.setProblem}
        />
      )}
      <p className="muted small">
        Tệp in vừa khổ A4, dòng tiêu đề lặp lại trên mỗi trang, có sẵn bộ lọc; số điện thoại giữ số 0 ở đầu.
      </p>
    </Modal>
  );
}
