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
} from '../../../../shared/drafting/rich-text';
import { clockWords, officialDate } from '../../../../shared/text/vietnamese-dates';
import type { ConferenceFacts, NamedAttendee, PointFacts } from '../conference-facts';
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

export function minutesOpening(facts: ConferenceFacts): RichDoc {
  const { conference } = facts;
  const place = `tại ${mainPlace(facts) ?? 'hội trường'}`;
  const others = connectedPoints(facts);
  const online = others > 0 ? `, kết nối trực tuyến đến ${formatCount(others)} điểm cầu` : '';
  const organiser = conference.hostBody
    ? `${conference.hostBody} tổ chức ${conference.name}`
    : `${conference.name} được tổ chức`;
  return richDoc(
    paragraph(
      `Vào lúc ${clockWords(conference.startTime)}, ${officialDate(conference.date)}, ${place}, ${organiser}${online}.`,
    ),
  );
}

function roleLine(label: string, people: readonly NamedAttendee[]): Block[] {
  if (people.length === 0) return [];
  return [paragraph(text(`${label}: `, 'bold'), `${theComrades(people)}.`)];
}

/**
 * A point's attendance as minutes write it: "Tại điểm cầu Đảng ủy xã Đại Từ, đồng chí A, Bí thư
 * Đảng ủy xã chủ trì; cùng dự có đồng chí B, …; C, … và 04 đồng chí khác; vắng 01 đồng chí." The
 * presiding person is the one set for the point; the count of the others is what the point
 * reported, or its delegates marked present, less those named here and on lines of their own.
 */
function pointLine(p: PointFacts, chairNames: ReadonlySet<string>): Paragraph {
  const { presidingName, presidingPosition } = p.point;
  // The conference's chair has a line of his own: at his point he is not named again.
  const presiding =
    presidingName && !chairNames.has(presidingName) ? { fullName: presidingName, position: presidingPosition } : null;

  const named = p.leaders.filter((l) => l.fullName !== presidingName);
  const expected = p.present === null;
  const base = p.present ?? p.invited;
  const rest = Math.max(0, base - named.length - p.ownLines - (presiding ? 1 : 0));
  const join = presiding || p.ownLines > 0 ? 'cùng dự có' : 'dự có';
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

export function minutesAttendance(facts: ConferenceFacts): RichDoc {
  const { totals, points } = facts;
  const blocks: Block[] = [
    ...roleLine('Chủ trì', facts.chairs),
    ...roleLine('Đồng chủ trì', facts.coChairs),
    ...roleLine('Thư ký', facts.secretaries),
  ];
  const invited =
    `Tổng số đại biểu được triệu tập tại ${formatCount(points.length)} điểm cầu: ` + `${formatCount(totals.invited)}`;
  const counted =
    totals.present === null
      ? invited
      : `${invited}; có mặt: ${formatCount(totals.present)}; vắng: ${formatCount(totals.absent)}`;
  blocks.push(paragraph(`${counted}.`));
  if (facts.absentWithReason.length > 0) {
    const who = facts.absentWithReason.map((a) => (a.note ? `${introduce(a)} (${a.note})` : introduce(a))).join('; ');
    blocks.push(paragraph(text('Vắng có lý do: ', 'bold'), `${who}.`));
  }
  // Points in tree order; a national conference lists its first points and sums up the others.
  const listed = points.slice(0, listedPointsLimit);
  const chairNames = new Set(facts.chairs.map((c) => c.fullName));
  if (listed.length > 0) blocks.push(bulletList(...listed.map((p) => pointLine(p, chairNames))));
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
