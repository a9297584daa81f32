// The invitation (giấy mời) or summons (công văn triệu tập) to the bridge points, worked out
// from the conference: its numbered parts (time, form and main point, chair, who attends at
// each level, the technical preparation, the lists to send back) and "Nơi nhận" built from the
// points' bodies. From the secretary's own point it is her body's paper to the points under it.
import { bulletList, paragraph, richDoc, type RichDoc } from '../../../shared/drafting/rich-text';
import type { DraftSettings } from '../../../shared/drafting/draft-types';
import { officialClock, officialDate } from '../../../shared/text/vietnamese-dates';
import { presidingAt, type ConferenceFacts } from '../conference-facts';
import {
  headed,
  issuingBody,
  keptBy,
  levelWords,
  pointRecipients,
  pointsByLevel,
  receivingPoints,
  recipientsDoc,
  shiftClock,
  shiftDate,
  technicalContact,
  technicalPoint,
  whenWords,
} from './issuing';
import { connectedPoints, formatCount, mainPlace, minutesCount, pointInSentence, theComrades } from './wording';

export type InvitationSettings = Pick<DraftSettings, 'invitationForm' | 'lineTestAt' | 'listsDueDate' | 'listsTo'>;

/** The lists are due this many days before the day, as the checklist's item "lists" is. */
export const listsDaysBefore = 2;

/** Leaders named in a level's line of thành phần; more and the line counts them. */
const namedPerLevel = 8;

export function invitationSubject(facts: ConferenceFacts, settings: InvitationSettings): RichDoc {
  const { name } = facts.conference;
  return richDoc(paragraph(settings.invitationForm === 'congVan' ? `V/v triệu tập ${name}` : `Dự ${name}`));
}

export function invitationOpening(facts: ConferenceFacts, settings: InvitationSettings): RichDoc {
  const { conference, own } = facts;
  const body = issuingBody(facts);
  const summons = settings.invitationForm === 'congVan' ? '; đề nghị các cơ quan, đơn vị triệu tập đại biểu dự' : '';
  if (own) {
    const host = conference.hostBody ?? 'Ban Tổ chức';
    const under = receivingPoints(facts).length;
    const where =
      `tại điểm cầu ${pointInSentence(own.point.name)}` +
      (under > 0 ? ` và ${formatCount(under)} điểm cầu trực thuộc` : '');
    return richDoc(
      paragraph(`${host} tổ chức ${conference.name}. ${body} tổ chức dự hội nghị ${where}${summons}, cụ thể như sau:`),
    );
  }
  return richDoc(paragraph(`${body} tổ chức ${conference.name}${summons}, cụ thể như sau:`));
}

export function invitationTime(facts: ConferenceFacts): RichDoc {
  return richDoc(headed('1. Thời gian: ', `từ ${whenWords(facts.conference)}.`));
}

/** "trực tuyến; điểm cầu chính tại …; kết nối đến N điểm cầu", from the own point: its room and the points under it. */
export function placeWords(facts: ConferenceFacts): string {
  const { own } = facts;
  const main = mainPlace(facts);
  const connected = connectedPoints(facts);
  if (own) {
    const under = receivingPoints(facts).length;
    const from = main ? ` từ điểm cầu chính tại ${main}` : '';
    const here = own.point.address ?? `điểm cầu ${pointInSentence(own.point.name)}`;
    return (
      `trực tuyến${from} đến ${formatCount(connected)} điểm cầu; tại ${here}` +
      (under > 0 ? ` và ${formatCount(under)} điểm cầu trực thuộc (danh sách kèm theo)` : '')
    );
  }
  return (
    `trực tuyến; điểm cầu chính tại ${main ?? 'hội trường'}` +
    (connected > 0 ? `; kết nối đến ${formatCount(connected)} điểm cầu (danh sách kèm theo)` : '')
  );
}

export function invitationPlace(facts: ConferenceFacts): RichDoc {
  return richDoc(headed('2. Hình thức, địa điểm: ', `${placeWords(facts)}.`));
}

/** "đồng chí A, position" chairing, with the co-chairs and, from the own point, who presides there. */
export function chairWords(facts: ConferenceFacts): string {
  const { chairs, coChairs, own, mainPoint } = facts;
  const parts: string[] = [];
  if (chairs.length > 0) {
    const where = own && mainPoint ? ` (tại điểm cầu ${pointInSentence(mainPoint.point.name)})` : '';
    parts.push(`${theComrades(chairs)}${where}`);
  }
  if (coChairs.length > 0) parts.push(`đồng chủ trì: ${theComrades(coChairs)}`);
  const presiding = own && presidingAt(own);
  if (own && presiding)
    parts.push(`chủ trì tại điểm cầu ${pointInSentence(own.point.name)}: ${theComrades([presiding])}`);
  return parts.length > 0 ? parts.join('; ') : '…';
}

export function invitationChair(facts: ConferenceFacts): RichDoc {
  return richDoc(headed('3. Chủ trì: ', `${chairWords(facts)}.`));
}

/**
 * A line per level of the points counted: "Tại điểm cầu xã, phường: các đồng chí A, …; B, … và
 * đại biểu theo danh sách triệu tập của 4 điểm cầu (32 đồng chí)".
 */
export function participantLines(facts: ConferenceFacts): string[] {
  // Those who chair or preside are named under "Chủ trì".
  const presiding = facts.own && presidingAt(facts.own);
  const chairing = new Set(
    [...facts.chairs, ...facts.coChairs, ...(presiding ? [presiding] : [])].map((a) => a.fullName),
  );
  return pointsByLevel(facts.points).map(({ level, points }) => {
    const words = levelWords(
      level,
      points.map((p) => p.point.name),
    );
    const where = words === null ? 'Tại các điểm cầu khác' : `Tại điểm cầu ${words}`;
    const leaders = points.flatMap((p) => p.leaders).filter((a) => !chairing.has(a.fullName));
    const invited = points.reduce((sum, p) => sum + p.invited, 0);
    const list =
      points.length === 1
        ? `đại biểu theo danh sách triệu tập`
        : `đại biểu theo danh sách triệu tập của ${formatCount(points.length)} điểm cầu`;
    const counted = invited > 0 ? `${list} (${minutesCount(invited)} đồng chí)` : list;
    const who =
      leaders.length > 0 && leaders.length <= namedPerLevel ? `${theComrades(leaders)} và ${counted}` : counted;
    return `${where}: ${who}`;
  });
}

export function invitationParticipants(facts: ConferenceFacts): RichDoc {
  const lines = participantLines(facts);
  return richDoc(
    headed('5. Thành phần:'),
    ...(lines.length > 0
      ? [bulletList(...lines.map((line, i) => paragraph(`${line}${i === lines.length - 1 ? '.' : ';'}`)))]
      : []),
  );
}

/** When the line is tested: the time set, else an hour before the start. */
export function lineTestTime(facts: ConferenceFacts, settings: Pick<InvitationSettings, 'lineTestAt'>): string {
  return settings.lineTestAt ?? shiftClock(facts.conference.startTime, -60);
}

export function invitationTechnical(facts: ConferenceFacts, settings: InvitationSettings): RichDoc {
  const point = technicalPoint(facts);
  const contact = technicalContact(point);
  const sentences = [
    `Các điểm cầu kiểm tra, chạy thử đường truyền lúc ${officialClock(lineTestTime(facts, settings))} cùng ngày.`,
  ];
  if (point && contact)
    sentences.push(`Đầu mối kỹ thuật tại điểm cầu ${pointInSentence(point.point.name)}: ${contact}.`);
  sentences.push(
    'Đề nghị mỗi điểm cầu bố trí cán bộ kỹ thuật trực, bảo đảm đường truyền trong suốt thời gian diễn ra hội nghị.',
  );
  return richDoc(headed('6. Chuẩn bị kỹ thuật: ', sentences.join(' ')));
}

/** The day the points' lists are due: the day set, else two days before. */
export function listsDueDate(facts: ConferenceFacts, settings: Pick<InvitationSettings, 'listsDueDate'>): string {
  return settings.listsDueDate ?? shiftDate(facts.conference.date, -listsDaysBefore);
}

export function invitationLists(facts: ConferenceFacts, settings: InvitationSettings): RichDoc {
  const to = settings.listsTo ?? technicalContact(technicalPoint(facts)) ?? `Văn phòng ${issuingBody(facts)}`;
  return richDoc(
    headed(
      '7. Danh sách đại biểu: ',
      `đề nghị các điểm cầu gửi danh sách đại biểu dự hội nghị (theo Mẫu gửi điểm cầu kèm theo) về ${to} ` +
        `chậm nhất trong ${officialDate(listsDueDate(facts, settings))}.`,
    ),
  );
}

export function invitationRecipients(facts: ConferenceFacts): RichDoc {
  const bodies = pointRecipients(receivingPoints(facts));
  return recipientsDoc([...(bodies.length > 0 ? bodies : ['Như thành phần mời']), keptBy(facts)]);
}
