// The script's programme worked out from the conference: the line test and settling in before
// the start, the master of ceremonies opening with the script's own words and the delegates'
// introduction, the chair's opening speech, each reporter, the discussion (the speakers' log,
// else those down to speak), the chair's conclusion and the close. Each step's first line
// says what is done, as a plan's programme lists it; what is said follows.
import { paragraphTexts, type RichDoc } from '../../../shared/drafting/rich-text';
import type { ScriptStep } from '../../../shared/drafting/script-steps';
import type { ConferenceFacts, NamedAttendee } from '../conference-facts';
import { lineTestTime, type InvitationSettings } from './invitation';
import { shiftClock, technicalContact, technicalPoint } from './issuing';
import { introduce, pointInSentence } from './wording';

/** The script's own words the master of ceremonies opens with. */
export interface ScriptTexts {
  readonly opening: RichDoc;
  readonly delegates: RichDoc;
  /** The transition after the introduction ("Xin kính mời đồng chí … phát biểu khai mạc"). */
  readonly closing: RichDoc;
}

const master = 'Người dẫn chương trình';
// Minutes each part takes, as programmes of a half-day conference allot them.
const minutes = {
  settling: 15,
  opening: 10,
  chairOpening: 10,
  report: 20,
  speaker: 10,
  discussion: 20,
  conclusion: 15,
};

const says = (what: string, ...lines: string[]) => [what, ...lines].join('\n');
const who = (a: Pick<NamedAttendee, 'fullName' | 'position'>) => `Đồng chí ${introduce(a)}`;

/** The named of the main room and the points counted, each once, in protocol order of their points. */
function named(facts: ConferenceFacts): NamedAttendee[] {
  const seen = new Set<string>();
  return [...(facts.mainPoint?.leaders ?? []), ...facts.points.flatMap((p) => p.leaders)].filter(
    (a) => !seen.has(a.fullName) && seen.add(a.fullName),
  );
}

export function scriptSteps(
  facts: ConferenceFacts,
  texts: ScriptTexts,
  settings: Pick<InvitationSettings, 'lineTestAt'>,
): ScriptStep[] {
  const start = facts.conference.startTime;
  const chair = facts.chairs[0];
  const chairWho = chair ? who(chair) : 'Đồng chí chủ trì hội nghị';
  const steps: ScriptStep[] = [];
  const settleAt = shiftClock(start, -minutes.settling);
  const lineTest = lineTestTime(facts, settings);
  if (lineTest < settleAt) {
    const contact = technicalContact(technicalPoint(facts));
    steps.push({
      time: lineTest,
      who: `Bộ phận kỹ thuật${contact ? `, ${contact}` : ''}`,
      says: 'Kiểm tra, chạy thử đường truyền tại các điểm cầu.',
    });
  }
  steps.push({ time: settleAt, who: 'Ban Tổ chức', says: 'Ổn định tổ chức; đại biểu có mặt tại các điểm cầu.' });
  let at = start;
  const step = (length: number, step: Omit<ScriptStep, 'time'>) => {
    steps.push({ time: at, ...step });
    at = shiftClock(at, length);
  };
  step(minutes.opening, {
    who: master,
    says: says(
      'Tuyên bố lý do, giới thiệu đại biểu:',
      ...[texts.opening, texts.delegates, texts.closing].flatMap(paragraphTexts),
    ),
  });
  step(minutes.chairOpening, { who: chairWho, says: 'Phát biểu khai mạc hội nghị.' });
  const people = named(facts);
  for (const reporter of people.filter((a) => a.role === 'bao_cao_vien'))
    step(minutes.report, { who: who(reporter), says: 'Trình bày báo cáo.' });
  const speakers = facts.speeches.filter((s) => s.speakerName !== chair?.fullName);
  const lines =
    speakers.length > 0
      ? speakers.map(
          (s) =>
            `${who({ fullName: s.speakerName, position: s.speakerPosition })}` +
            (s.bridgePointName ? ` (điểm cầu ${pointInSentence(s.bridgePointName)})` : ''),
        )
      : people.filter((a) => a.role === 'tham_luan').map(who);
  step(Math.max(minutes.discussion, lines.length * minutes.speaker), {
    who: 'Đại biểu các điểm cầu',
    says: says('Thảo luận, phát biểu ý kiến.', ...lines),
  });
  step(minutes.conclusion, { who: chairWho, says: 'Phát biểu kết luận hội nghị.' });
  step(0, {
    who: master,
    says: says(
      'Bế mạc hội nghị.',
      'Thay mặt Ban Tổ chức, xin trân trọng cảm ơn các đồng chí đại biểu đã về dự hội nghị.',
    ),
  });
  return steps;
}
