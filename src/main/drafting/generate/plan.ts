// The plan for organising the conference (kế hoạch tổ chức hội nghị), its parts worked out
// from the data: II. when, where and how; III. who attends (the invitation's thành phần);
// IV. the programme (the script's steps); V. who does what by when, the dates counted back
// from the day as the checklist counts them; and "Nơi nhận".
import { bulletList, paragraph, richDoc, type Block, type RichDoc } from '../../../shared/drafting/rich-text';
import type { ScriptStep } from '../../../shared/drafting/script-steps';
import { dayMonthYear, officialClock } from '../../../shared/text/vietnamese-dates';
import type { ConferenceFacts } from '../conference-facts';
import { chairWords, lineTestTime, placeWords, type InvitationSettings } from './invitation';
import {
  bodyShort,
  headed,
  issuingBody,
  keptBy,
  officeOf,
  pointRecipients,
  receivingPoints,
  recipientsDoc,
  shiftDate,
  technicalContact,
  technicalPoint,
  whenWords,
} from './issuing';

export function planSubject(facts: ConferenceFacts): RichDoc {
  const { name } = facts.conference;
  return richDoc(paragraph(facts.own ? `Tổ chức tham dự ${name}` : `Tổ chức ${name}`));
}

export function planTimePlace(facts: ConferenceFacts): RichDoc {
  return richDoc(
    headed('1. Thời gian: ', `từ ${whenWords(facts.conference)}.`),
    headed('2. Hình thức, địa điểm: ', `${placeWords(facts)}.`),
    headed('3. Chủ trì: ', `${chairWords(facts)}.`),
  );
}

// The invitation numbers its parts; inside the plan its thành phần is part III.
const invitationHeading = /^\s*(?:\d+\.\s*)?thành phần\s*:?\s*$/iu;

/** Part III: the invitation's thành phần (its lines as they stand); the document prints the part's heading. */
export function planParticipants(participants: RichDoc): RichDoc {
  const [first, ...rest] = participants.content;
  const heading =
    first?.type === 'paragraph' &&
    invitationHeading.test((first.content ?? []).map((n) => (n.type === 'text' ? n.text : '')).join(''));
  const blocks: Block[] = heading ? rest : [...participants.content];
  return richDoc(...blocks);
}

/** "14:00" → "14 giờ 00" */
const stepClock = (time: string) => officialClock(time).replace(/ phút$/u, '');

/** Part IV: a line per step of the script, "- 14 giờ 00: Khai mạc hội nghị (who)". */
export function planProgram(steps: readonly ScriptStep[]): RichDoc {
  const lines = steps.map((s) => {
    const what = (s.says.split('\n')[0] ?? '').replace(/[:.;]+$/u, '');
    const time = s.time ? `${stepClock(s.time)}: ` : '';
    return paragraph(`${time}${what}${s.who ? ` (${s.who})` : ''}.`);
  });
  return lines.length > 0 ? richDoc(bulletList(...lines)) : richDoc();
}

/** When each of the checklist's standard items falls due ("room", "lists", "documents", "connection"). */
export type PreparationDates = Readonly<Record<'room' | 'lists' | 'documents' | 'connection', string>>;

const by = (date: string) => ` (hoàn thành trước ngày ${dayMonthYear(date)})`;
/** The notice and the report go out within this many days of the conference. */
const afterDays = 3;

/** Part V: the office, the technical staff, the propaganda board, logistics and the budget, each with its dates. */
export function planOrganisation(
  facts: ConferenceFacts,
  dates: PreparationDates,
  settings: Pick<InvitationSettings, 'lineTestAt'>,
): RichDoc {
  const body = issuingBody(facts);
  const office = officeOf(body);
  const committee = bodyShort(body);
  const contact = technicalContact(technicalPoint(facts));
  const day = dayMonthYear(facts.conference.date);
  const units: [string, string[]][] = [
    [
      office,
      [
        `Chủ trì, tham mưu tổ chức hội nghị; phát hành giấy mời, tổng hợp danh sách đại biểu các điểm cầu${by(dates.lists)}.`,
        `Chuẩn bị tài liệu, gửi các điểm cầu${by(dates.documents)}; chuẩn bị kịch bản điều hành, ` +
          'bố trí thư ký ghi biên bản hội nghị.',
        `Dự thảo thông báo kết luận và báo cáo kết quả hội nghị (hoàn thành trước ngày ${dayMonthYear(
          shiftDate(facts.conference.date, afterDays),
        )}).`,
      ],
    ],
    [
      `Bộ phận kỹ thuật${contact ? ` (${contact})` : ''}`,
      [
        `Bảo đảm đường truyền, kiểm tra kết nối tại tất cả các điểm cầu${by(dates.connection)}.`,
        `Chạy thử đường truyền lúc ${officialClock(lineTestTime(facts, settings))} ngày ${day}; ` +
          'trực kỹ thuật trong suốt thời gian diễn ra hội nghị.',
      ],
    ],
    [
      // A Party committee has its propaganda board; other bodies name whoever does it.
      /(?:ủy|uỷ)$/iu.test(committee) ? `Ban Tuyên giáo và Dân vận ${committee}` : 'Bộ phận tuyên truyền',
      [`Phối hợp với các cơ quan báo chí đưa tin về hội nghị trong ngày ${day}; theo dõi, định hướng thông tin.`],
    ],
    [
      'Công tác hậu cần',
      [`Chuẩn bị hội trường, phòng họp tại điểm cầu chính${by(dates.room)}; bố trí đón tiếp đại biểu, nước uống.`],
    ],
    ['Kinh phí', [`Kinh phí tổ chức hội nghị do ${office} bảo đảm theo quy định${by(dates.room)}.`]],
  ];
  return richDoc(
    ...units.flatMap(([unit, tasks], i): Block[] => [
      headed(`${i + 1}. ${unit}:`),
      bulletList(...tasks.map((t) => paragraph(t))),
    ]),
  );
}

export function planRecipients(facts: ConferenceFacts): RichDoc {
  return recipientsDoc([...pointRecipients(receivingPoints(facts)), keptBy(facts)]);
}
