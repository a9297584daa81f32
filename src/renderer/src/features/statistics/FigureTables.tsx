// The period's tables: by kind and by host, the conferences, attendance per point and per
// unit, the points with connection problems and the repeat absentees; a row of points, units
// or people opens the list behind it.
import type {
  HostFigures,
  KindFigures,
  PeriodConference,
  PeriodFigures,
  PeriodGroup,
  PointAttendance,
  ProblemPoint,
  RepeatAbsentee,
  UnitAttendance,
} from '../../../../shared/statistics/statistics-types';
import { conferenceKinds } from '../../../../shared/conferences/vocabularies';
import type { ListColumn } from '../../components/ListTable';
import { formatCount, formatDate } from '../../lib/format';
import { conferenceLink, dateColumn, delegateColumns } from './columns';
import type { DrillDown } from './DrillDownDialog';
import { attendanceRate, rateText } from '../../../../shared/statistics/rate-text';
import { StatisticsSection } from './StatisticsSection';

const opener = (label: string, title: string, open: () => void) => (
  <button type="button" className="link-button statistics-open" title={title} onClick={open}>
    {label}
  </button>
);

const count = (n: number) => formatCount(n);
const groupRate = (g: PeriodGroup) => rateText(attendanceRate(g));

function groupColumns<R extends PeriodGroup>(): readonly ListColumn<R>[] {
  return [
    { title: 'Số hội nghị', numeric: true, cell: (g) => count(g.conferences) },
    {
      title: 'Điểm cầu tham gia/Điểm cầu',
      numeric: true,
      nowrap: true,
      cell: (g) => `${count(g.takingPart)}/${count(g.points)}`,
    },
    { title: 'Có mặt/Triệu tập', numeric: true, nowrap: true, cell: (g) => `${count(g.present)}/${count(g.invited)}` },
    { title: 'Tỷ lệ', numeric: true, nowrap: true, cell: groupRate },
  ];
}

const kindColumns: readonly ListColumn<KindFigures>[] = [
  { title: 'Loại hội nghị', cell: (k) => k.label },
  ...groupColumns<KindFigures>(),
];
const hostColumns: readonly ListColumn<HostFigures>[] = [
  { title: 'Cơ quan chủ trì', cell: (h) => h.host },
  ...groupColumns<HostFigures>(),
];

const conferenceColumns: readonly ListColumn<PeriodConference>[] = [
  dateColumn((c) => c.date),
  {
    title: 'Hội nghị',
    cell: (c) => (
      <>
        {conferenceLink(c.id, c.name)}
        {c.joinedAt && (
          <div className="muted small" title="Số liệu tính tại điểm cầu này và các điểm cầu trực thuộc">
            Tham dự tại {c.joinedAt}
          </div>
        )}
      </>
    ),
  },
  { title: 'Loại', cell: (c) => conferenceKinds.label(c.kind) },
  {
    title: 'Điểm cầu tham gia/Điểm cầu',
    numeric: true,
    nowrap: true,
    cell: (c) => `${count(c.takingPart)}/${count(c.points)}`,
  },
  { title: 'Triệu tập', numeric: true, cell: (c) => count(c.invited) },
  { title: 'Có mặt', numeric: true, cell: (c) => count(c.present) },
  { title: 'Tỷ lệ', numeric: true, nowrap: true, cell: (c) => rateText(c.rate) },
];

interface Props {
  readonly figures: PeriodFigures;
  readonly onOpen: (of: DrillDown) => void;
}

export function FigureTables({ figures, onOpen }: Props) {
  const openPoint = (p: { bridgePointId: number; name: string }) =>
    opener(p.name, 'Xem các hội nghị của điểm cầu', () =>
      onOpen({ by: 'point', bridgePointId: p.bridgePointId, name: p.name }),
    );

  const pointColumns: readonly ListColumn<PointAttendance>[] = [
    {
      title: 'Điểm cầu',
      cell: (p) => (
        <>
          {openPoint(p)}
          {p.levelLabel && <div className="muted small">{p.levelLabel}</div>}
        </>
      ),
    },
    { title: 'Số hội nghị', numeric: true, cell: (p) => count(p.conferences) },
    ...delegateColumns<PointAttendance>(),
  ];

  const unitColumns: readonly ListColumn<UnitAttendance>[] = [
    {
      title: 'Đơn vị',
      cell: (u) => opener(u.unit, 'Xem đại biểu của đơn vị', () => onOpen({ by: 'unit', unit: u.unit })),
    },
    { title: 'Số hội nghị', numeric: true, cell: (u) => count(u.conferences) },
    ...delegateColumns<UnitAttendance>(),
  ];

  const problemColumns: readonly ListColumn<ProblemPoint>[] = [
    { title: 'Điểm cầu', cell: openPoint },
    {
      title: 'Hội nghị gặp sự cố/Số hội nghị',
      numeric: true,
      nowrap: true,
      cell: (p) => `${count(p.problemConferences)}/${count(p.conferences)}`,
    },
    { title: 'Số lần báo sự cố', numeric: true, cell: (p) => count(p.problemReports) },
    {
      title: 'Lần gần nhất',
      cell: (p) => (
        <>
          <span className="nowrap">{formatDate(p.lastDate)}</span>
          {p.lastNote && <div className="muted small">{p.lastNote}</div>}
        </>
      ),
    },
  ];

  const absenteeColumns: readonly ListColumn<RepeatAbsentee>[] = [
    {
      title: 'Đại biểu',
      cell: (a) => (
        <>
          {opener(a.fullName, 'Xem các hội nghị của đại biểu', () =>
            onOpen({ by: 'person', personId: a.personId, fullName: a.fullName }),
          )}
          {a.position && <div className="muted small">{a.position}</div>}
        </>
      ),
    },
    { title: 'Đơn vị', cell: (a) => a.unit ?? '' },
    { title: 'Được mời', numeric: true, cell: (a) => count(a.invited) },
    { title: 'Có mặt', numeric: true, cell: (a) => count(a.present) },
    { title: 'Vắng', numeric: true, cell: (a) => count(a.absent) },
    { title: 'Vắng có lý do', numeric: true, cell: (a) => count(a.absentWithReason) },
    { title: 'Vắng không lý do', numeric: true, cell: (a) => count(a.absentWithoutReason) },
  ];

  return (
    <>
      <div className="statistics-pair">
        <StatisticsSection
          title="Theo loại hội nghị"
          columns={kindColumns}
          rows={figures.byKind}
          rowKey={(k) => k.kind}
        />
        <StatisticsSection
          title="Theo cơ quan chủ trì"
          columns={hostColumns}
          rows={figures.byHost}
          rowKey={(h) => h.host}
        />
      </div>
      <StatisticsSection
        title="Hội nghị trong kỳ"
        columns={conferenceColumns}
        rows={figures.conferences}
        rowKey={(c) => c.id}
      />
      <StatisticsSection
        title="Tỷ lệ dự theo điểm cầu"
        columns={pointColumns}
        rows={figures.attendanceByPoint}
        rowKey={(p) => p.bridgePointId}
        empty="Các hội nghị trong kỳ chưa có điểm cầu nào."
      />
      <StatisticsSection
        title="Tỷ lệ dự theo đơn vị"
        columns={unitColumns}
        rows={figures.attendanceByUnit}
        rowKey={(u) => u.unit}
        empty="Các hội nghị trong kỳ chưa có đại biểu nào có tên."
      />
      <StatisticsSection
        title="Điểm cầu gặp sự cố kết nối"
        columns={problemColumns}
        rows={figures.problemPoints}
        rowKey={(p) => p.bridgePointId}
        empty="Không có điểm cầu nào gặp sự cố kết nối trong kỳ."
      />
      <StatisticsSection
        title="Đại biểu vắng nhiều lần"
        columns={absenteeColumns}
        rows={figures.repeatAbsentees}
        rowKey={(a) => a.personId}
        empty={`Không có đại biểu nào vắng từ ${formatCount(figures.filter.absentAtLeast)} lần trở lên.`}
      />
    </>
  );
}
