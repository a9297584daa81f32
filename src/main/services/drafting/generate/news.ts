// The news item worked out from the data in the style of the provincial papers
// (tests/fixtures/news-items): the title, the lead with the session and date and the chair with
// full titles, the sentence naming who attended at the point the item is written from, the
// body drawn from the minutes, and the byline.
import {
  paragraph,
  paragraphTexts,
  richDoc,
  text,
  type Block,
  type RichDoc,
} from '../../../../shared/drafting/rich-text';
import { pressDate } from '../../../../shared/text/vietnamese-dates';
import type { ConferenceFacts, PointFacts } from '../conference-facts';
import { comradesListed, connectedPoints, formatCount, namesInSentence, pointInSentence, theComrades } from './wording';

export interface NewsChoices {
  /** The conference point the item is written from; the main point when not chosen. */
  readonly pointId: number | null;
  readonly byline: string | null;
}

export interface MinutesContent {
  readonly agenda: RichDoc;
  readonly conclusions: RichDoc;
}

export function newsTitle(facts: ConferenceFacts): RichDoc {
  return richDoc(paragraph(text(facts.conference.name, 'bold')));
}

export function newsLead(facts: ConferenceFacts): RichDoc {
  const { conference, chairs, coChairs } = facts;
  const when = pressDate(conference.session, conference.date);
  const sentences: string[] = [];
  if (chairs.length > 0) {
    sentences.push(`${when}, ${theComrades(chairs)} đã chủ trì ${conference.name}.`);
  } else {
    sentences.push(`${when}, ${conference.hostBody ?? 'Ban Tổ chức'} tổ chức ${conference.name}.`);
  }
  if (coChairs.length > 0) sentences.push(`Cùng chủ trì ${comradesListed(coChairs)}.`);
  const connected = connectedPoints(facts);
  if (connected > 0) sentences.push(`Hội nghị được kết nối trực tuyến tới ${formatCount(connected)} điểm cầu.`);
  return richDoc(paragraph(sentences.join(' ')));
}

/** The point chosen, else the first in tree order with leaders to name (the main room first). */
export function newsPoint(facts: ConferenceFacts, choices: Pick<NewsChoices, 'pointId'>): PointFacts | null {
  const chosen = facts.points.find((p) => p.point.id === choices.pointId);
  return chosen ?? facts.points.find((p) => p.leaders.length > 0) ?? null;
}

export function newsAttendance(facts: ConferenceFacts, choices: NewsChoices): RichDoc {
  const point = newsPoint(facts, choices);
  if (!point || point.leaders.length === 0) return richDoc();
  return richDoc(paragraph(`Dự tại điểm cầu ${pointInSentence(point.point.name)} ${comradesListed(point.leaders)}.`));
}

/** A paragraph the secretary has not filled in yet ("…", "- …"): nothing to tell readers. */
const unfilled = /^[\s.…\-–]*$/;

function written(doc: RichDoc): string[] {
  return paragraphTexts(doc).filter((line) => !unfilled.test(line));
}

export function newsBody(facts: ConferenceFacts, minutes: MinutesContent): RichDoc {
  const blocks: Block[] = written(minutes.agenda).map((line) => paragraph(line));
  const speakers = [...new Set(facts.speeches.map((s) => s.speakerName))];
  if (speakers.length > 0) {
    const who = speakers.length === 1 ? `đồng chí ${speakers[0]}` : `các đồng chí ${namesInSentence(speakers)}`;
    blocks.push(paragraph(`Tại hội nghị, ${who} đã phát biểu ý kiến.`));
  }
  const conclusions = written(minutes.conclusions);
  // The minutes' conclusions usually open by saying who concluded; otherwise the item says it.
  if (conclusions.length > 0 && !/kết luận/i.test(conclusions[0])) {
    const chair = facts.chairs[0]?.fullName;
    blocks.push(paragraph(chair ? `Phát biểu kết luận Hội nghị, đồng chí ${chair} nhấn mạnh:` : 'Kết luận Hội nghị:'));
  }
  blocks.push(...conclusions.map((line) => paragraph(line)));
  return richDoc(...blocks);
}

export function newsByline(facts: ConferenceFacts, choices: NewsChoices): RichDoc {
  const author = choices.byline ?? facts.secretaries[0]?.fullName ?? '';
  return author
    ? richDoc({ type: 'paragraph', attrs: { textAlign: 'right' }, content: [text(author, 'bold')] })
    : richDoc();
}
