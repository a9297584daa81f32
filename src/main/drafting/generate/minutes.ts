// The parts of the minutes worked out from the data: when and where, who attended (chair,
// secretary, counts per bridge point, leaders named at each point), and the speeches from
// the speakers' log in its order.
import {
  bulletList,
  paragraph,
  richDoc,
  text,
  type Block,
  type Paragraph,
  type RichDoc,
} from '../../../shared/drafting/rich-text';
import { clockWords, officialDate } from '../../../shared/text/vietnamese-dates';
import { presidingAt, type ConferenceFacts, type NamedAttendee, type PointFacts } from '../conference-facts';
import {
  connectedPoints,
  formatCount,
  introduce,
  mainPlace,
  minutesCount,
  pointInSentence,
  theComrades,
} from './wording';

/** Points listed one by one in the minutes; beyond this they are summed up in one line. */
export const listedPointsLimit = 200;

/** `at`: the day and hour in other words than the minutes' ("08 giờ 00 phút, sáng thứ Ba, ngày …"). */
export function minutesOpening(facts: ConferenceFacts, at?: string): RichDoc {
  const { conference, own } = facts;
  const when = `Vào lúc ${at ?? `${clockWords(conference.startTime)}, ${officialDate(conference.date)}`}`;
  const others = connectedPoints(facts);
  if (own) {
    // At her own point: her body takes part in the host's conference, held from the main room.
    const body = pointInSentence(own.point.name);
    const place = own.point.address ? `tại ${own.point.address}` : `tại điểm cầu ${body}`;
    const host = conference.hostBody ? ` do ${conference.hostBody} tổ chức` : '';
    const from = mainPlace(facts);
    const online = `trực tuyến${from ? ` từ ${from}` : ''}${others > 0 ? ` đến ${formatCount(others)} điểm cầu` : ''}`;
    return richDoc(paragraph(`${when}, ${place}, ${body} tham dự ${conference.name}${host}, ${online}.`));
  }
  const place = `tại ${mainPlace(facts) ?? 'hội trường'}`;
  const online = others > 0 ? `, kết nối trực tuyến đến ${formatCount(others)} điểm cầu` : '';
  const organiser = conference.hostBody
    ? `${conference.hostBody} tổ chức ${conference.name}`
    : `${conference.name} được tổ chức`;
  return richDoc(paragraph(`${when}, ${place}, ${organiser}${online}.`));
}

function roleLine(label: string, people: readonly Pick<NamedAttendee, 'fullName' | 'position'>[], where = ''): Block[] {
  if (people.length === 0) return [];
  return [paragraph(text(`${label}: `, 'bold'), `${theComrades(people)}${where}.`)];
}

/**
 * A point's attendance as minutes write it: "Tại điểm cầu Đảng ủy xã Đại Từ, đồng chí A, Bí thư
 * Đảng ủy xã chủ trì; cùng dự có đồng chí B, …; C, … và 04 đồng chí khác; vắng 01 đồng chí." The
 * presiding person is the one set for the point; the count of the others is what the point
 * reported, or its delegates marked present, less those named here and on lines of their own.
 */
function pointLine(p: PointFacts, namedElsewhere: ReadonlySet<string>): Paragraph {
  const { presidingName, presidingPosition } = p.point;
  // The conference's chair has a line of his own, and someone absent is named among the
  // absent: at the point he is not named again.
  const presiding =
    presidingName && !namedElsewhere.has(presidingName)
      ? { fullName: presidingName, position: presidingPosition }
      : null;

  const named = p.leaders.filter((l) => l.fullName !== presidingName && !namedElsewhere.has(l.fullName));
  const expected = p.present === null;
  const base = p.present ?? p.invited;
  // Those present here but named before (presiding here, or on a line of their own) are not counted again.
  const namedBefore =
    p.leaders.length - named.length + (presiding && !p.leaders.some((l) => l.fullName === presidingName) ? 1 : 0);
  const rest = Math.max(0, base - named.length - p.ownLines - namedBefore);
  const join = namedBefore > 0 || p.ownLines > 0 ? 'cùng dự có' : 'dự có';
  const who =
    named.length > 0
      ? `${join} ${theComrades(named)}${rest > 0 ? ` và ${minutesCount(rest)} đồng chí khác` : ''}`
      : rest > 0
        ? `${join} ${minutesCount(rest)} đồng chí`
        : null;
  const parts = [
    who && (expected ? `${who} được triệu tập` : who),
    p.absent > 0 && `vắng ${minutesCount(p.absent)} đồng chí`,
  ].filter(Boolean);
  const chaired = presiding ? `, đồng chí ${introduce(presiding)} chủ trì` : '';
  return paragraph(
    text(`Tại điểm cầu ${pointInSentence(p.point.name)}`, 'bold'),
    `${chaired}${parts.length > 0 ? `${presiding ? ';' : ','} ${parts.join('; ')}` : ''}.`,
  );
}

/** "04 đồng chí (03 có lý do, 01 không có lý do)": the parts that are not nought. */
function withParts(total: number, parts: readonly [number, string][]): string {
  const shown = parts.filter(([n]) => n > 0);
  if (shown.length === 0) return `${minutesCount(total)} đồng chí`;
  if (shown.length === 1 && shown[0][0] === total) return `${minutesCount(total)} đồng chí ${shown[0][1]}`;
  return `${minutesCount(total)} đồng chí (${shown.map(([n, label]) => `${minutesCount(n)} ${label}`).join(', ')})`;
}

/**
 * "Tổng số đại biểu được triệu tập tại 07 điểm cầu: 50 đồng chí; có mặt 40 đồng chí (02 đồng chí
 * đến muộn); vắng 04 đồng chí (03 có lý do, 01 không có lý do); chưa điểm danh 06 đồng chí (đã
 * xác nhận tham dự)": the figures every sheet and report gives, adding up to those invited.
 */
export function totalsSentence(facts: ConferenceFacts): string {
  const { totals, points, own } = facts;
  const where = own
    ? `tại điểm cầu ${pointInSentence(own.point.name)}` +
      (points.length > 1 ? ` và ${formatCount(points.length - 1)} điểm cầu trực thuộc` : '')
    : `tại ${formatCount(points.length)} điểm cầu`;
  const parts = [`Tổng số đại biểu được triệu tập ${where}: ${minutesCount(totals.invited)} đồng chí`];
  if (totals.present > 0 || totals.absent > 0) {
    parts.push(
      `có mặt ${minutesCount(totals.present)} đồng chí` +
        (totals.late > 0 ? ` (${minutesCount(totals.late)} đồng chí đến muộn)` : ''),
    );
    if (totals.absent > 0)
      parts.push(
        `vắng ${withParts(totals.absent, [
          [totals.absentWithReason, 'có lý do'],
          [totals.absentWithoutReason, 'không có lý do'],
          [totals.absentByCount, 'theo số lượng điểm cầu báo cáo'],
        ])}`,
      );
    if (totals.unknown > 0) {
      const confirmed =
        totals.confirmed === 0
          ? ''
          : totals.confirmed === totals.unknown
            ? ' (đã xác nhận tham dự)'
            : ` (${minutesCount(totals.confirmed)} đồng chí đã xác nhận tham dự)`;
      parts.push(`chưa điểm danh ${minutesCount(totals.unknown)} đồng chí${confirmed}`);
    }
  } else if (totals.confirmed > 0) {
    parts.push(`đã xác nhận tham dự ${minutesCount(totals.confirmed)} đồng chí`);
  }
  return `${parts.join('; ')}.`;
}

/** "đồng chí A, position (reason); B, position" and "và 12 đồng chí khác" past those named. */
function absenteesLine(label: string, people: readonly NamedAttendee[], total: number): Block[] {
  if (total === 0) return [];
  const named = people.map((a) => (a.note ? `${introduce(a)} (${a.note})` : introduce(a)));
  const more = total - people.length;
  const who =
    named.length === 0
      ? `${minutesCount(total)} đồng chí`
      : `${named.length === 1 ? 'đồng chí' : 'các đồng chí'} ${named.join('; ')}` +
        (more > 0 ? ` và ${minutesCount(more)} đồng chí khác` : '');
  return [paragraph(text(`${label}: `, 'bold'), `${who}.`)];
}

export function minutesAttendance(facts: ConferenceFacts): RichDoc {
  const { totals, points, own } = facts;
  const presiding = own && presidingAt(own);
  const main = facts.mainPoint ? ` (tại điểm cầu ${pointInSentence(facts.mainPoint.point.name)})` : '';
  const blocks: Block[] = own
    ? [
        // The host's chair is the conference's context; the point's own chair presides here.
        ...roleLine('Chủ trì Hội nghị', facts.chairs, main),
        ...roleLine('Đồng chủ trì Hội nghị', facts.coChairs),
        ...roleLine(`Chủ trì tại điểm cầu ${pointInSentence(own.point.name)}`, presiding ? [presiding] : []),
        ...roleLine('Thư ký', facts.secretaries),
      ]
    : [
        ...roleLine('Chủ trì', facts.chairs),
        ...roleLine('Đồng chủ trì', facts.coChairs),
        ...roleLine('Thư ký', facts.secretaries),
      ];
  blocks.push(paragraph(totalsSentence(facts)));
  blocks.push(
    ...absenteesLine('Vắng có lý do', facts.absentWithReason, totals.absentWithReason),
    ...absenteesLine('Vắng không có lý do', facts.absentWithoutReason, totals.absentWithoutReason),
  );
  // Points in tree order; a national conference lists its first points and sums up the others.
  const listed = points.slice(0, listedPointsLimit);
  const namedElsewhere = new Set(
    [...facts.chairs, ...facts.absentWithReason, ...facts.absentWithoutReason].map((c) => c.fullName),
  );
  if (presiding) namedElsewhere.add(presiding.fullName);
  if (listed.length > 0) blocks.push(bulletList(...listed.map((p) => pointLine(p, namedElsewhere))));
  const rest = points.slice(listedPointsLimit);
  if (rest.length > 0) {
    const invited = rest.reduce((sum, p) => sum + p.invited, 0);
    blocks.push(paragraph(`Và ${formatCount(rest.length)} điểm cầu khác với ${formatCount(invited)} đại biểu.`));
  }
  const dropped = interruptionsSentence(facts);
  if (dropped) blocks.push(paragraph(dropped));
  return richDoc(...blocks);
}

/** Interruptions named one by one in the minutes; beyond this they are counted. */
const listedInterruptions = 10;

/** "Trong quá trình hội nghị, điểm cầu X mất kết nối lúc 14 giờ 05 phút, kết nối lại lúc 14 giờ 20 phút; …" */
export function interruptionsSentence(facts: ConferenceFacts): string | null {
  const { interruptions } = facts;
  if (interruptions.length === 0) return null;
  const parts = interruptions.slice(0, listedInterruptions).map((i) => {
    const back = i.restored ? `, kết nối lại lúc ${clockWords(i.restored)}` : ', chưa kết nối lại';
    return `điểm cầu ${pointInSentence(i.pointName)} mất kết nối lúc ${clockWords(i.dropped)}${back}`;
  });
  const more =
    interruptions.length > listedInterruptions
      ? `; và ${formatCount(interruptions.length - listedInterruptions)} lần mất kết nối khác`
      : '';
  return `Trong quá trình hội nghị, ${parts.join('; ')}${more}.`;
}

export function minutesSpeeches(facts: ConferenceFacts): RichDoc {
  const blocks = facts.speeches.flatMap((speech): Block[] => {
    const where = speech.bridgePointName ? ` (điểm cầu ${pointInSentence(speech.bridgePointName)})` : '';
    const intro = paragraph(
      text(`Đồng chí ${introduce({ fullName: speech.speakerName, position: speech.speakerPosition })}`, 'bold'),
      `${where} phát biểu:`,
    );
    const said = speech.opinion.content.filter((b) => b.type !== 'paragraph' || (b.content ?? []).length > 0);
    return [intro, ...said];
  });
  return richDoc(...blocks);
}
