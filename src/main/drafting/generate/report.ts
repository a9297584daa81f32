// The report on the conference to the superior body (báo cáo kết quả hội nghị): how it was
// held, the points connected and the delegates per level with the quick report's numbers, the
// reports presented and who spoke, what was concluded and how many tasks were given.
import { bulletList, paragraph, richDoc, type Block, type RichDoc } from '../../../shared/drafting/rich-text';
import type { DayFigures } from '../../../shared/conference-day/day-calls';
import type { Task } from '../../../shared/drafting/draft-types';
import type { ConferenceFacts } from '../conference-facts';
import { levelPhrase } from '../../conference-day/quick-report';
import { concludedBlocks, concluder, taskUnits } from './conclusion';
import { bodyShort, capitalized, issuingBody, keptBy, recipientsDoc, whenWords } from './issuing';
import { interruptionsSentence, minutesOpening, totalsSentence } from './minutes';
import { writtenLines, type MinutesContent } from './news';
import { formatCount, introduce, minutesCount, namesInSentence, pointInSentence, theComrades } from './wording';

/** Lines of the conclusions the results sum up. */
const resultLines = 3;

export function reportSubject(facts: ConferenceFacts): RichDoc {
  const { name } = facts.conference;
  return richDoc(paragraph(facts.own ? `Kết quả tham dự ${name}` : `Kết quả ${name}`));
}

export function reportOpening(facts: ConferenceFacts): RichDoc {
  const held = minutesOpening(facts, whenWords(facts.conference)).content;
  const who = concluder(facts);
  const where = facts.own ? ` tại điểm cầu ${pointInSentence(facts.own.point.name)}` : '';
  const chaired = who ? [paragraph(`${capitalized(theComrades([who]))} chủ trì${where}.`)] : [];
  return richDoc(...held, ...chaired, paragraph(`${issuingBody(facts)} báo cáo kết quả như sau:`));
}

/** "cấp xã: 4 điểm cầu (4 kết nối), triệu tập 32 đồng chí, có mặt 25 đồng chí, vắng 04 đồng chí". */
function levelLine(level: DayFigures['levels'][number]): string {
  const parts = [
    `${formatCount(level.points)} điểm cầu (${formatCount(level.connected)} kết nối)`,
    `triệu tập ${minutesCount(level.invited)} đồng chí`,
  ];
  if (level.present > 0 || level.absent > 0) {
    parts.push(`có mặt ${minutesCount(level.present)} đồng chí`);
    if (level.absent > 0) parts.push(`vắng ${minutesCount(level.absent)} đồng chí`);
    if (level.unknown > 0) parts.push(`chưa điểm danh ${minutesCount(level.unknown)} đồng chí`);
  }
  return `${capitalized(levelPhrase(level.level))}: ${parts.join(', ')}`;
}

/** The points and delegates as the quick report counts them, in the minutes' words. */
export function reportFigures(facts: ConferenceFacts, figures: DayFigures): RichDoc {
  const { points } = figures;
  const pointsLine = [
    `Số điểm cầu kết nối: ${formatCount(points.connected)}/${formatCount(points.total)} điểm cầu`,
    points.problems > 0 &&
      `${formatCount(points.problems)} điểm cầu gặp sự cố (${figures.problemPoints
        .slice(0, 5)
        .map((p) => p.name)
        .join(', ')}${points.problems > 5 ? ', …' : ''})`,
    points.unchecked > 0 && `${formatCount(points.unchecked)} điểm cầu chưa kiểm tra kết nối`,
  ]
    .filter(Boolean)
    .join('; ');
  const blocks: Block[] = [paragraph(`${pointsLine}.`), paragraph(totalsSentence(facts))];
  if (figures.levels.length > 1)
    blocks.push(
      bulletList(
        ...figures.levels.map((l, i) => paragraph(`${levelLine(l)}${i === figures.levels.length - 1 ? '.' : ';'}`)),
      ),
    );
  const dropped = interruptionsSentence(facts);
  if (dropped) blocks.push(paragraph(dropped));
  return richDoc(...blocks);
}

export function reportContent(facts: ConferenceFacts, minutes: MinutesContent): RichDoc {
  const blocks: Block[] = [];
  blocks.push(...writtenLines(minutes.agenda, minutes.templateWording).map((line) => paragraph(line)));
  const speakers = [...new Set(facts.speeches.map((s) => s.speakerName))];
  if (facts.speeches.length > 0) {
    const named = speakers.map((name) => {
      const s = facts.speeches.find((x) => x.speakerName === name)!;
      return introduce({ fullName: name, position: s.speakerPosition });
    });
    blocks.push(
      paragraph(
        `Tại hội nghị có ${minutesCount(facts.speeches.length)} ý kiến phát biểu của ` +
          `${named.length === 1 ? 'đồng chí' : 'các đồng chí'} ${named.length === 1 ? named[0] : namesInSentence(named)}.`,
      ),
    );
  }
  return richDoc(...blocks);
}

export function reportResults(facts: ConferenceFacts, minutes: MinutesContent, tasks: readonly Task[]): RichDoc {
  const blocks: Block[] = concludedBlocks(facts, minutes).slice(0, resultLines);
  if (tasks.length > 0)
    blocks.push(
      paragraph(
        `Hội nghị đã giao ${minutesCount(tasks.length)} nhiệm vụ cho ${minutesCount(taskUnits(tasks).length)} ` +
          'cơ quan, đơn vị (theo thông báo kết luận hội nghị).',
      ),
    );
  return richDoc(...blocks);
}

/**
 * The body the report goes up to: the host, from the own point; the superior body the header
 * names, when the secretary set one; a provincial committee's, the Party's Secretariat; else
 * the standing committee of the committee whose department issues it.
 */
export function reportRecipients(facts: ConferenceFacts, superiorBody: string | null): RichDoc {
  const body = issuingBody(facts);
  const above = facts.own
    ? (facts.conference.hostBody ?? 'Ban Tổ chức hội nghị')
    : (superiorBody ??
      (/^(tỉnh|thành) ủy\b/iu.test(body) ? 'Ban Bí thư Trung ương Đảng' : `Thường trực ${bodyShort(body)}`));
  return recipientsDoc([`${above} (để báo cáo)`, keptBy(facts)]);
}
