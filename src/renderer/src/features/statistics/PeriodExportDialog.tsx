// "Xuất báo cáo Word" and "Xuất Excel" of the period the Thống kê screen shows: the report's
// profile and header (proposed from the last report saved, its number from the register), or
// the workbook's sheets; saved where the save dialog says (the door: statistics.saveReport,
// statistics.saveSheets), the folder a click away.
import { useCallback, useEffect, useState } from 'react';
import type { SavedDocument } from '../../../../shared/documents/export-calls';
import type { ProfileSummary } from '../../../../shared/documents/profile-calls';
import { numberText } from '../../../../shared/register/register';
import type { SavedSheets } from '../../../../shared/sheets/sheet-calls';
import {
  emptyReportHeader,
  type PeriodReportDefaults,
  type PeriodReportHeader,
} from '../../../../shared/statistics/statistics-export-calls';
import type { PeriodFilter } from '../../../../shared/statistics/statistics-types';
import { showToast } from '../../app/toasts';
import { Modal } from '../../components/Modal';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SelectField } from '../../components/SelectField';
import { call } from '../../lib/api';
import { showFailure } from '../../lib/attempt';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { headerFieldOf } from '../documents/header-field';
import { SaveFooter } from '../documents/SavedFile';

interface Props {
  readonly filter: PeriodFilter;
  readonly kind: 'report' | 'sheets';
  readonly onClose: () => void;
}

type ProfileItem = Pick<ProfileSummary, 'id' | 'name'>;
type Numbering = Pick<PeriodReportDefaults, 'symbol' | 'nextNumber'>;

const sheetsWords =
  'một trang cho mỗi bảng: Tổng hợp, Theo loại, Theo cơ quan chủ trì, Theo tháng, Hội nghị, Điểm cầu, Đơn vị, ' +
  'Sự cố kết nối, Vắng nhiều lần';

export function PeriodExportDialog({ filter, kind, onClose }: Props) {
  const action = useAction();
  const [saved, setSaved] = useState<SavedDocument | SavedSheets | null>(null);
  const [profileId, setProfileId] = useState<string | null>(null);
  const [header, setHeader] = useState<PeriodReportHeader | null>(kind === 'report' ? null : emptyReportHeader);
  const [numbering, setNumbering] = useState<Numbering>({ symbol: '', nextNumber: null });
  const [issue, setIssue] = useState(false);
  const report = kind === 'report';
  const { data: profiles = [] } = useLoad<readonly ProfileItem[]>(
    useCallback(() => (report ? call('profiles.list', {}) : Promise.resolve([])), [report]),
    showFailure,
  );

  useEffect(() => {
    if (!report) return;
    call('statistics.reportDefaults', {}).then((defaults) => {
      setProfileId(defaults.profileId);
      setHeader(defaults.header ?? emptyReportHeader);
      setNumbering(defaults);
    }, showFailure);
  }, [report]);

  /** The symbol's form follows the profile ("BC/…" for the Party, "BC-…" for the State), the number the body's register. */
  const refreshNumbering = async (asked: { profileId?: string; issuingBody?: string }) => {
    try {
      const body = asked.issuingBody ?? header?.issuingBody;
      const defaults = await call('statistics.reportDefaults', {
        profileId: asked.profileId ?? profileId ?? undefined,
        issuingBody: body || undefined,
      });
      setNumbering(defaults);
    } catch (error) {
      showFailure(error);
    }
  };

  const save = async () => {
    if (report && (header === null || profileId === null)) return;
    setSaved(null);
    await action.run(async () => {
      const result =
        report && header && profileId
          ? await call('statistics.saveReport', { filter, profileId, header, issue })
          : await call('statistics.saveSheets', { filter });
      setSaved(result);
      showToast({ kind: 'info', message: `Đã lưu "${result.path}".` });
      // Issued now: the next report takes the register's next number.
      if (report && issue) {
        setIssue(false);
        setHeader((h) => (h ? { ...h, number: null } : h));
        await refreshNumbering({});
      }
    });
  };

  const field = headerFieldOf(header, setHeader, ['issuingBody']);
  const ready = !report || (header !== null && profileId !== null && header.issuingBody.trim() !== '');

  return (
    <Modal
      title={report ? 'Xuất báo cáo tình hình tổ chức hội nghị trực tuyến' : 'Xuất thống kê của kỳ ra Excel'}
      onClose={onClose}
      footer={
        <SaveFooter
          saved={saved}
          onProblem={action.setProblem}
          saveLabel={action.busy ? 'Đang lưu…' : 'Lưu…'}
          disabled={!ready || action.busy}
          onSave={() => void save()}
          onClose={onClose}
        />
      }
    >
      <ProblemNotice message={action.problem} />
      {!report && (
        <>
          <p>Tệp Excel có {sheetsWords}.</p>
          <p className="muted small">
            Mỗi trang in vừa khổ A4, dòng tiêu đề lặp lại trên mỗi trang; các dòng Tổng cộng và tỷ lệ là công thức.
          </p>
        </>
      )}
      {report && header && (
        <div className="export-options">
          <SelectField
            label="Mẫu định dạng"
            value={profileId ?? ''}
            onChange={(id) => {
              setProfileId(id);
              void refreshNumbering({ profileId: id });
            }}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <fieldset className="export-header">
            <legend>Phần đầu văn bản</legend>
            {field('superiorBody', 'Cơ quan cấp trên', 'Để trống nếu không có')}
            {field('issuingBody', 'Cơ quan ban hành', 'Ví dụ: Tỉnh ủy Thái Nguyên', (body) => {
              if (body) void refreshNumbering({ issuingBody: body });
            })}
            {field(
              'symbol',
              'Ký hiệu cơ quan',
              numbering.symbol ? `Theo tên cơ quan: ${numbering.symbol}` : 'Ví dụ: TU, BTCTU, UBND',
            )}
            <label className="checkbox">
              <input type="checkbox" checked={issue} onChange={(e) => setIssue(e.target.checked)} />
              Phát hành (ghi số vào sổ văn bản đi)
            </label>
            {field(
              'number',
              'Số',
              issue && numbering.nextNumber !== null
                ? `Số tiếp theo: ${numberText(numbering.nextNumber)}`
                : 'Để trống để ghi tay',
            )}
            {field('place', 'Địa danh', 'Ví dụ: Thái Nguyên')}
            {field('signer', 'Người ký', 'Để trống để ghi tay')}
          </fieldset>
        </div>
      )}
    </Modal>
  );
}
