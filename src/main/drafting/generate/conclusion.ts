// The conclusion notice (thông báo kết luận): who concluded which conference, what he
// concluded (the minutes' conclusions, else what he said in the speakers' log), the tasks by
// unit with their deadlines as he assigned them, and "Nơi nhận" the units given tasks. From
// the secretary's own point it is the conclusion of whoever presided there.
import { bulletList, paragraph, richDoc, type Block, type RichDoc } from '../../../shared/drafting/rich-text';
import type { Task } from '../../../shared/drafting/draft-types';
import { dayMonthYear, officialDate } from '../../../shared/text/vietnamese-dates';
import { presidingAt, type ConferenceFacts, type NamedAttendee } from '../conference-facts';
import { capitalized, headed, issuingBody, keptBy, pointRecipients, receivingPoints, recipientsDoc } from './issuing';
import { writtenLines, type MinutesContent } from './news';
import {
  connectedPoints,
  formatCount,
  introduce,
  mainPlace,
  mentionAgain,
  minutesCount,
  pointInSentence,
  theComrades,
} from './wording';

type Person = Pick<NamedAttendee, 'fullName' | 'position'>;

/** Whose conclusion: the chair, or from the own point whoever presided there. */
export function concluder(facts: ConferenceFacts): Person | null {
  return (facts.own && presidingAt(facts.own)) ?? facts.chairs[0] ?? null;
}

/**
 * What was concluded: the lines of the minutes' conclusions written for this conference, else
 * what the concluder said last in the speakers' log (the chair speaks first to open the
 * conference, and last to conclude it); none when neither says anything yet.
 */
export function concludedBlocks(facts: ConferenceFacts, minutes: MinutesContent): Block[] {
  const lines = writtenLines(minutes.conclusions, minutes.templateWording);
  if (lines.length > 0) return lines.map((line) => paragraph(line));
  const who = concluder(facts);
  const chairIds = new Set(facts.conference.chairs.filter((c) => c.role === 'chu_tri').map((c) => c.attendeeId));
  const last = facts.speeches
    .filter(
      (s) => (s.attendeeId !== null && !facts.own && chairIds.has(s.attendeeId)) || s.speakerName === who?.fullName,
    )
    .at(-1);
  return (last?.opinion.content ?? []).filter((b) => b.type !== 'paragraph' || (b.content ?? []).length > 0);
}

export function conclusionSubject(facts: ConferenceFacts): RichDoc {
  const who = concluder(facts);
  const { name } = facts.conference;
  return richDoc(paragraph(who ? `Kết luận của đồng chí ${introduce(who)} tại ${name}` : `Kết luận ${name}`));
}

/** "37 đại biểu", or those invited while nobody is marked. */
function delegatesWords(facts: ConferenceFacts): string {
  const { present, invited } = facts.totals;
  return present > 0 ? `${minutesCount(present)} đại biểu` : `${minutesCount(invited)} đại biểu được triệu tập`;
}

export function conclusionOpening(facts: ConferenceFacts): RichDoc {
  const { conference, own, chairs, coChairs } = facts;
  const day = capitalized(officialDate(conference.date));
  const connected = connectedPoints(facts);
  const who = concluder(facts);
  const sentences: string[] = [];
  if (own) {
    const host = conference.hostBody ?? 'Ban Tổ chức';
    const under = receivingPoints(facts).length;
    sentences.push(
      `${day}, ${host} tổ chức ${conference.name}` +
        (connected > 0 ? `, trực tuyến đến ${formatCount(connected)} điểm cầu.` : '.'),
    );
    const here = `Tại điểm cầu ${pointInSentence(own.point.name)}`;
    const where =
      `tại điểm cầu ${pointInSentence(own.point.name)}` +
      (under > 0 ? ` và ${formatCount(under)} điểm cầu trực thuộc` : '');
    sentences.push(
      `${here}${who ? `, ${theComrades([who])} chủ trì;` : ','} dự hội nghị có ${delegatesWords(facts)} ${where}.`,
    );
  } else {
    const place = mainPlace(facts);
    sentences.push(
      `${day}${place ? `, tại ${place}` : ''}, ${issuingBody(facts)} tổ chức ${conference.name}` +
        (connected > 0 ? `, kết nối trực tuyến đến ${formatCount(connected)} điểm cầu.` : '.'),
    );
    if (chairs.length > 0) sentences.push(`${capitalized(theComrades(chairs))} chủ trì hội nghị.`);
    if (coChairs.length > 0) sentences.push(`Cùng chủ trì có ${theComrades(coChairs)}.`);
    sentences.push(`Dự hội nghị có ${delegatesWords(facts)} tại ${formatCount(facts.points.length)} điểm cầu.`);
  }
  const concludes = who
    ? `${own ? 'Kết thúc hội nghị' : 'Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu'}, ` +
      `đồng chí ${mentionAgain(who)} kết luận như sau:`
    : 'Hội nghị kết luận như sau:';
  return richDoc(paragraph(sentences.join(' ')), paragraph(concludes));
}

export function conclusionConclusions(facts: ConferenceFacts, minutes: MinutesContent): RichDoc {
  return richDoc(...concludedBlocks(facts, minutes));
}

/** The tasks' units, in the order they were first given one. */
export function taskUnits(tasks: readonly Task[]): string[] {
  return [...new Set(tasks.map((t) => t.unit))];
}

/** "1. Văn phòng Tỉnh ủy:" then "- content (hoàn thành trước ngày 31/12/2026)." */
export function conclusionTasks(tasks: readonly Task[]): RichDoc {
  const blocks = taskUnits(tasks).flatMap((unit, i): Block[] => [
    headed(`${i + 1}. ${unit}:`),
    bulletList(
      ...tasks
        .filter((t) => t.unit === unit)
        .map((t) =>
          paragraph(
            `${t.content.replace(/[\s.;,]+$/u, '')}` +
              `${t.dueDate ? ` (hoàn thành trước ngày ${dayMonthYear(t.dueDate)})` : ''}.`,
          ),
        ),
    ),
  ]);
  return richDoc(...blocks);
}

export function conclusionClosing(facts: ConferenceFacts): RichDoc {
  return richDoc(paragraph(`${issuingBody(facts)} thông báo để các cơ quan, đơn vị biết, thực hiện./.`));
}

/** The units given tasks, else the points; then the copy kept. */
export function conclusionRecipients(facts: ConferenceFacts, tasks: readonly Task[]): RichDoc {
  const units = taskUnits(tasks);
  return recipientsDoc([...(units.length > 0 ? units : pointRecipients(receivingPoints(facts))), keptBy(facts)]);
}
