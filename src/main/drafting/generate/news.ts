// The news item worked out from the data in the style of the provincial papers
// (tests/fixtures/news-items): the headline, the lead with the session and date and the chair
// with full titles, the sentence naming who attended at the point the item is written from,
// the body drawn from what the minutes say (people named again by their office only), and the
// byline.
import { paragraph, paragraphTexts, richDoc, text, type Block, type RichDoc } from '../../../shared/drafting/rich-text';
import { pressDate } from '../../../shared/text/vietnamese-dates';
import type { ConferenceFacts, NamedAttendee, PointFacts } from '../conference-facts';
import { newsHeadline } from './headline';
import {
  comradesListed,
  connectedPoints,
  formatCount,
  introduce,
  mentionAgain,
  namesInSentence,
  pointInSentence,
  theComrades,
} from './wording';

export interface NewsChoices {
  /** The conference point the item is written from; the main point when not chosen. */
  readonly pointId: number | null;
  readonly byline: string | null;
}

export interface MinutesContent {
  readonly agenda: RichDoc;
  readonly conclusions: RichDoc;
  /** The templates' own paragraphs, filled in: nothing written about this conference. */
  readonly templateWording: ReadonlySet<string>;
}

export function newsTitle(facts: ConferenceFacts): RichDoc {
  return richDoc(paragraph(text(newsHeadline(facts.conference), 'bold')));
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

/**
 * The point chosen, else the secretary's own, else the first in tree order with leaders to name
 * (the main room first).
 */
export function newsPoint(facts: ConferenceFacts, choices: Pick<NewsChoices, 'pointId'>): PointFacts | null {
  const chosen = facts.points.find((p) => p.point.id === choices.pointId);
  return chosen ?? facts.own ?? facts.points.find((p) => p.leaders.length > 0) ?? null;
}

export function newsAttendance(facts: ConferenceFacts, choices: NewsChoices): RichDoc {
  const point = newsPoint(facts, choices);
  if (!point || point.leaders.length === 0) return richDoc();
  return richDoc(paragraph(`Dự tại điểm cầu ${pointInSentence(point.point.name)} ${comradesListed(point.leaders)}.`));
}

/** A paragraph the secretary has not filled in yet ("…", "- …"): nothing to tell readers. */
const unfilled = /^[\s.…\-–]*$/;
// A gap a template leaves: "…" or "..." standing on its own ("đồng chí … trình bày"), not
// closing a word as an "and so on" does ("chống phá Đảng, Nhà nước…"), or a placeholder unfilled.
const gap = /(?:^|[\s:;,(])(?:…|\.\.\.)|\{\{\w+\}\}/u;

/**
 * The lines of a part of the minutes worth printing: those with gaps left out, and so a line
 * announcing what follows ("đồng chí đề nghị:") when nothing follows it. None when nothing
 * left in the part was written about this conference (only the templates' wording).
 */
export function writtenLines(doc: RichDoc, templateWording: ReadonlySet<string>): string[] {
  const lines = paragraphTexts(doc);
  const kept = lines.map((line) => !unfilled.test(line) && !gap.test(line));
  for (let i = lines.length - 1; i >= 0; i--) {
    if (kept[i] && lines[i].endsWith(':') && !kept[i + 1]) kept[i] = false;
  }
  const written = lines.filter((_, i) => kept[i]);
  return written.every((line) => templateWording.has(line)) ? [] : written;
}

/** The parts of the minutes the body is drawn from that hold nothing to print yet. */
export function newsMissing(minutes: MinutesContent): string[] {
  const missing: string[] = [];
  if (writtenLines(minutes.agenda, minutes.templateWording).length === 0)
    missing.push('nội dung các báo cáo (biên bản, mục Nội dung)');
  if (writtenLines(minutes.conclusions, minutes.templateWording).length === 0)
    missing.push('kết luận của đồng chí chủ trì (biên bản, mục Kết luận)');
  return missing;
}

/** Those the lead and the attendance sentence introduce with their full titles. */
function introduced(facts: ConferenceFacts, choices: Pick<NewsChoices, 'pointId'>): NamedAttendee[] {
  return [...facts.chairs, ...facts.coChairs, ...(newsPoint(facts, choices)?.leaders ?? [])];
}

/** The minutes name people with all their titles each time; the item, once (see the examples). */
function namedAgain(line: string, people: readonly NamedAttendee[]): string {
  return people.reduce(
    (text, person) => (person.position ? text.split(introduce(person)).join(mentionAgain(person)) : text),
    line,
  );
}

/**
 * The conclusions opened the way the papers do ("Phát biểu kết luận Hội nghị, đồng chí …
 * đề nghị …"), unless they already say who concluded.
 */
function concluding(lines: readonly string[], chair: NamedAttendee | undefined): string[] {
  const [first, ...rest] = lines;
  if (/^kết luận hội nghị/iu.test(first)) return [first.replace(/^kết luận/iu, 'Phát biểu kết luận'), ...rest];
  if (/kết luận/iu.test(first)) return [...lines];
  if (!chair) return ['Kết luận Hội nghị:', ...lines];
  const who = `Phát biểu kết luận Hội nghị, đồng chí ${mentionAgain(chair)}`;
  // "Đồng chí đề nghị …": the chair, by the pronoun the minutes use once he has been named.
  const pronoun = /^đồng chí (?=\p{Ll})/iu.exec(first);
  return pronoun ? [`${who} ${first.slice(pronoun[0].length)}`, ...rest] : [`${who} nhấn mạnh:`, ...lines];
}

export function newsBody(
  facts: ConferenceFacts,
  minutes: MinutesContent,
  choices: Pick<NewsChoices, 'pointId'>,
): RichDoc {
  const people = introduced(facts, choices);
  const again = (line: string) => namedAgain(line, people);
  const blocks: Block[] = writtenLines(minutes.agenda, minutes.templateWording).map((line) => paragraph(again(line)));
  const speakers = [...new Set(facts.speeches.map((s) => s.speakerName))].map((name) => {
    const known = people.find((p) => p.fullName === name);
    return known ? mentionAgain(known) : name;
  });
  if (speakers.length > 0) {
    const who = speakers.length === 1 ? `đồng chí ${speakers[0]}` : `các đồng chí ${namesInSentence(speakers)}`;
    blocks.push(paragraph(`Tại hội nghị, ${who} đã phát biểu ý kiến.`));
  }
  const conclusions = writtenLines(minutes.conclusions, minutes.templateWording).map(again);
  if (conclusions.length > 0) blocks.push(...concluding(conclusions, facts.chairs[0]).map((line) => paragraph(line)));
  return richDoc(...blocks);
}

export function newsByline(facts: ConferenceFacts, choices: NewsChoices): RichDoc {
  const author = choices.byline ?? facts.secretaries[0]?.fullName ?? '';
  return author
    ? richDoc({ type: 'paragraph', attrs: { textAlign: 'right' }, content: [text(author, 'bold')] })
    : richDoc();
}
