// The master of ceremonies' introduction of the delegates: the main room first (the chair,
// then the leaders in protocol order), then each bridge point with leaders named, in the
// customary wording; points without named leaders are summed up in one sentence.
import { bulletList, paragraph, richDoc, type Block, type RichDoc } from '../../../shared/drafting/rich-text';
import type { ConferenceFacts, NamedAttendee, PointFacts } from '../conference-facts';
import { comrades, formatCount, introduce, pointInSentence } from './wording';

function people(list: readonly NamedAttendee[], roleNote: (a: NamedAttendee) => string): Block {
  return bulletList(
    ...list.map((a, i) => paragraph(`Đồng chí ${introduce(a)}${roleNote(a)}${i === list.length - 1 ? '.' : ';'}`)),
  );
}

function pointIntro(point: PointFacts, named: number, main: boolean): string {
  const where = main
    ? `điểm cầu chính ${pointInSentence(point.point.name)}`
    : `điểm cầu ${pointInSentence(point.point.name)}`;
  return `Về dự hội nghị tại ${where}, ${comrades(named)}:`;
}

export function scriptDelegates(facts: ConferenceFacts): RichDoc {
  const blocks: Block[] = [];
  const main = facts.mainPoint;
  // The chair leads the main room; co-chairs are named where they sit (those with no point,
  // in the main room), before the leaders there.
  const coChairsAt = (point: PointFacts | null) =>
    facts.coChairs.filter(
      (a) =>
        a.conferenceBridgePointId === (point?.point.id ?? null) ||
        (point === main && a.conferenceBridgePointId === null),
    );
  const roleNote = (a: NamedAttendee) =>
    a.role === 'chu_tri' ? ', chủ trì hội nghị' : a.role === 'dong_chu_tri' ? ', đồng chủ trì hội nghị' : '';
  const atMain = [...facts.chairs, ...coChairsAt(main), ...(main?.leaders ?? [])];
  if (atMain.length > 0) {
    blocks.push(paragraph(main ? pointIntro(main, atMain.length, true) : `Về dự hội nghị ${comrades(atMain.length)}:`));
    blocks.push(people(atMain, roleNote));
  }
  const others = facts.points.filter((p) => p !== main);
  const unnamed: PointFacts[] = [];
  for (const point of others) {
    const named = [...coChairsAt(point), ...point.leaders];
    if (named.length === 0) {
      unnamed.push(point);
      continue;
    }
    blocks.push(paragraph(pointIntro(point, named.length, false)));
    blocks.push(people(named, roleNote));
  }
  if (unnamed.length > 0) {
    const delegates = unnamed.reduce((sum, p) => sum + (p.present ?? p.invited), 0);
    blocks.push(
      paragraph(
        `Cùng dự hội nghị tại ${formatCount(unnamed.length)} điểm cầu còn lại có ${formatCount(delegates)} đại biểu.`,
      ),
    );
  }
  return richDoc(...blocks);
}
