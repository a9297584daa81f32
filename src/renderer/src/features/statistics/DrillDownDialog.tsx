// The list behind one row of the period's figures: the conferences a point took part in, or
// the attendances of a unit or a person, each conference one click from its screen.
import { useCallback } from 'react';
import type { PeriodAttendee, PeriodFilter, PointConference } from '../../../../shared/statistics/statistics-types';
import { attendanceStatuses } from '../../../../shared/attendees/vocabularies';
import { conferenceKinds } from '../../../../shared/conferences/vocabularies';
import { connectionStatuses } from '../../../../shared/conference-day/vocabularies';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { Modal } from '../../components/Modal';
import { ProblemNotice } from '../../components/ProblemNotice';
import { call } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { conferenceLink, dateColumn, delegateColumns } from './columns';

export type DrillDown =
  | { readonly by: 'point'; readonly bridgePointId: number; readonly name: string }
  | { readonly by: 'unit'; readonly unit: string }
  | { readonly by: 'person'; readonly personId: number; readonly fullName: string };

const pointColumns: readonly ListColumn<PointConference>[] = [
  dateColumn((c) => c.date),
  { title: 'Hội nghị', cell: (c) => conferenceLink(c.conferenceId, c.conferenceName) },
  { title: 'Loại', cell: (c) => conferenceKinds.label(c.kind) },
  {
    title: 'Kết nối',
    cell: (c) => (
      <>
        {connectionStatuses.label(c.connectionStatus)}
        {c.problemReports > 0 && <div className="muted small">{formatCount(c.problemReports)} lần báo sự cố</div>}
        {c.connectionNote && <div className="muted small">{c.connectionNote}</div>}
      </>
    ),
  },
  ...delegateColumns<PointConference>(),
];

const attendeeStatus = (a: PeriodAttendee) =>
  [attendanceStatuses.label(a.status), a.late && 'đến muộn'].filter(Boolean).join(', ');

const attendeeColumns = (withName: boolean): readonly ListColumn<PeriodAttendee>[] => [
  dateColumn((a) => a.date),
  { title: 'Hội nghị', cell: (a) => conferenceLink(a.conferenceId, a.conferenceName) },
  ...(withName
    ? [
        {
          title: 'Đại biểu',
          cell: (a: PeriodAttendee) => (
            <>
              {a.fullName}
              {a.position && <div className="muted small">{a.position}</div>}
            </>
          ),
        },
      ]
    : [{ title: 'Đơn vị', cell: (a: PeriodAttendee) => a.unit ?? '' }]),
  { title: 'Tình trạng', cell: attendeeStatus },
  { title: 'Lý do vắng', cell: (a) => a.absenceReason ?? '' },
];

const titleOf = (of: DrillDown) =>
  of.by === 'point' ? of.name : of.by === 'unit' ? `Đơn vị: ${of.unit}` : `Đại biểu: ${of.fullName}`;

interface Props {
  readonly filter: PeriodFilter;
  readonly of: DrillDown;
  readonly onClose: () => void;
}

export function DrillDownDialog({ filter, of, onClose }: Props) {
  const { data, problem } = useLoad(
    useCallback(
      async () =>
        of.by === 'point'
          ? {
              by: 'point' as const,
              rows: await call('statistics.pointConferences', { filter, bridgePointId: of.bridgePointId }),
            }
          : {
              by: of.by,
              rows: await call('statistics.attendees', {
                filter,
                of: of.by === 'unit' ? { by: 'unit', unit: of.unit } : { by: 'person', personId: of.personId },
              }),
            },
      [filter, of],
    ),
  );
  const label = `Danh sách: ${titleOf(of)}`;
  return (
    <Modal title={titleOf(of)} onClose={onClose} wide>
      <ProblemNotice message={problem} />
      {data && data.rows.length === 0 && <p className="muted">Không có hội nghị nào trong kỳ này.</p>}
      {data?.by === 'point' && data.rows.length > 0 && (
        <ListTable label={label} columns={pointColumns} rows={data.rows} rowKey={(c) => c.conferenceId} />
      )}
      {data && data.by !== 'point' && data.rows.length > 0 && (
        <ListTable
          label={label}
          columns={attendeeColumns(data.by === 'unit')}
          rows={data.rows}
          rowKey={(a) => a.attendeeId}
        />
      )}
    </Modal>
  );
}
