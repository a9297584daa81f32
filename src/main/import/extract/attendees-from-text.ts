// The people named in a pasted news item or invitation, with their titles and bridge points,
// so the secretary does not retype them. Only mentions that give a title create a person
// ("đồng chí X, Bí thư Tỉnh ủy đã dự", "Dự tại điểm cầu Y có các đồng chí: X, …; Z, …", list
// lines); later mentions by name alone ("đồng chí X nhấn mạnh") or by title then name add nothing.
import { cleanMultiline } from '../../../shared/text/clean';
import { isPersonName, startsWithFamilyName } from './name-shape';
import { bridgePointFromPhrase, bridgePointsIn, courtesyPrefix, parseEntry, type PersonEntry } from './person-entry';
import { splitSentences, stripListMarker } from './text-layout';

export interface ExtractedAttendee {
  readonly fullName: string;
  readonly position?: string;
  readonly bridgePoint?: string;
}

// What opens a list of people in a sentence: "… có các đồng chí:", "… gồm đồng chí …",
// "cùng dự có …", "… có:".
const listOpenings = [
  /cùng\s+dự\s+có(?:\s+các)?(?:\s+đồng\s+chí)?/u.source,
  /(?:có|gồm)(?:\s+sự\s+tham\s+dự\s+của)?\s+(?:các\s+)?(?:đồng\s+chí|đ\/c)(?!\p{L})/u.source,
  /(?:có|gồm)(?=\s*:)/u.source,
];
const listOpening = new RegExp(`(?<!\\p{L})(?:${listOpenings.join('|')})\\s*:?\\s*`, 'iu');
// "có các đồng chí" opens a list of attendees only in a sentence about attending.
const aboutAttending = /(?<!\p{L})(?:dự|điểm\s+cầu)(?!\p{L})/iu;
// A person named with a courtesy word inside a sentence: "đồng chí Phạm Minh Chính, …".
const mention = /(?<!\p{L})(?:[Đđ]ồng\s+chí|[Đđ]\/[Cc]|[Ôô]ng|[Bb]à)\s+(?=\p{Lu})/gu;
// The next person inside one list item: "…, Bí thư Tỉnh ủy và đồng chí …".
const nextCourtesy = /,?\s+(?:và\s+)?(?=đồng\s+chí\s+\p{Lu})/u;
// "… và Trần Văn B, …": a new person when what follows "và" is a name and a comma.
const andName = /\s+và\s+(?=((?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*)\s*,)/gu;
// "I. ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ", "Tại điểm cầu Huyện ủy Phú Lương:".
const pointHeading = /^(?:(?:tại|ở)\s+)?(điểm\s+cầu\s+[^,;:]+?)\s*:?$/iu;
// Notes in brackets that start in lowercase say where a person sits in a photo or what they
// do: "(thứ hai từ trái sang)", "(ảnh)", "(dự thay)".
const bracketNote = /\s*\(\p{Ll}[^()]*\)/gu;
const attendingVerb = /(?<!\p{L})(?:có|gồm|dự|chủ\s+trì)(?!\p{L})/iu;

interface Draft {
  fullName: string;
  position?: string;
  bridgePoint?: string;
}

class Attendees {
  private readonly people: Draft[] = [];
  private readonly byName = new Map<string, Draft>();

  add(entry: Pick<PersonEntry, 'fullName' | 'position' | 'bridgePoint'>, point?: string): void {
    const bridgePoint = entry.bridgePoint ?? point;
    // Exact letters: "Thắng" and "Thăng" are two people, whatever a search folds them to.
    const key = entry.fullName.toLocaleLowerCase('vi');
    const known = this.byName.get(key);
    if (known) {
      // A later mention may only complete what the first one left out, never contradict it.
      known.position ??= entry.position;
      known.bridgePoint ??= bridgePoint;
      return;
    }
    const person: Draft = { fullName: entry.fullName, position: entry.position, bridgePoint };
    this.people.push(person);
    this.byName.set(key, person);
  }

  list(): ExtractedAttendee[] {
    return this.people.map(({ fullName, position, bridgePoint }) => ({
      fullName,
      ...(position !== undefined && { position }),
      ...(bridgePoint !== undefined && { bridgePoint }),
    }));
  }
}

function headingPoint(body: string): string | undefined {
  const match = pointHeading.exec(body);
  if (!match || attendingVerb.test(match[1])) return undefined;
  return bridgePointFromPhrase(match[1]);
}

const isSectionHeading = (body: string) => /\p{Lu}{2}/u.test(body) && !/\p{Ll}/u.test(body);

/** A line of a list or an invitation, or null when the line is prose. */
function listLine(body: string, marked: boolean, expectingList: boolean): PersonEntry | null {
  if (splitSentences(body).length > 1) return null;
  const entry = parseEntry(body, 'line');
  if (!entry || entry.courtesy) return entry;
  const inList = marked || expectingList;
  if (entry.position === undefined) return inList && startsWithFamilyName(entry.fullName) ? entry : null;
  // Titles have lowercase words ("Bí thư Tỉnh ủy"); "Hà Nội, Việt Nam" has none.
  if (!/\s\p{Ll}/u.test(entry.position)) return null;
  return inList || startsWithFamilyName(entry.fullName) ? entry : null;
}

/** The people of one item after "có các đồng chí:", usually one, sometimes a run of names. */
function readItem(item: string, found: Attendees, point: string | undefined): void {
  const text = item.replace(andName, (and: string, name: string) => (isPersonName(name) ? '; ' : and));
  for (const piece of text.split(/\s*;\s*/).flatMap((part) => part.split(nextCourtesy))) {
    const names = piece.split(/\s*,\s*|\s+và\s+/).map((name) => name.replace(courtesyPrefix, ''));
    if (names.length > 1 && names.every(isPersonName)) {
      for (const fullName of names) found.add({ fullName }, point);
      continue;
    }
    const entry = parseEntry(piece.replace(/^và\s+/u, ''), 'sentence');
    if (entry) found.add(entry, point);
  }
}

function readMentions(clause: string, found: Attendees): void {
  const point = bridgePointsIn(clause, /(?:^|\s)(?:tại|ở)\s+/)[0];
  const starts = [...clause.matchAll(mention)].map((match) => match.index);
  // Each mention is read up to the next one, so a long sentence is not read again per person.
  for (const [i, start] of starts.entries()) {
    const entry = parseEntry(clause.slice(start, starts[i + 1]), 'sentence');
    if (entry?.position) found.add(entry, point);
  }
}

interface ProseResult {
  /** The line ends with "… có các đồng chí:": the people follow on the next lines. */
  readonly opensList: boolean;
  readonly point?: string;
}

function readProse(paragraph: string, found: Attendees, pointAbove: string | undefined): ProseResult {
  let result: ProseResult = { opensList: false };
  for (const sentence of splitSentences(paragraph)) {
    let listPoint: string | undefined;
    let inList = false;
    result = { opensList: false };
    for (const clause of sentence.split(/\s*;\s*/)) {
      const opening = listOpening.exec(clause);
      const before = opening ? clause.slice(0, opening.index) : '';
      if (opening && aboutAttending.test(before + opening[0])) {
        readMentions(before, found);
        inList = true;
        listPoint = bridgePointsIn(before).at(-1) ?? pointAbove;
        const items = clause.slice(opening.index + opening[0].length);
        readItem(items, found, listPoint);
        result = { opensList: items === '', point: listPoint };
      } else if (inList) {
        readItem(clause, found, listPoint);
        result = { opensList: false };
      } else {
        readMentions(clause, found);
      }
    }
  }
  return result;
}

export function extractAttendeesFromText(text: string): ExtractedAttendee[] {
  const found = new Attendees();
  // The bridge point set by the last heading, for the list lines under it.
  let point: string | undefined;
  let expectingList = false;
  // A row copied from a Word or Excel table arrives with tabs between its cells; cleaning
  // would turn them into spaces and glue the name to the position.
  const cells = text.replace(/(?<=\S)[ \u00a0]*\t+[ \u00a0]*(?=\S)/g, ' – ');
  for (const line of cleanMultiline(cells).split('\n')) {
    if (line === '') continue;
    const { body: unmarked, marked } = stripListMarker(line);
    const body = unmarked.replace(bracketNote, '');
    const heading = headingPoint(body);
    if (heading !== undefined) {
      point = heading;
      expectingList = true;
      continue;
    }
    const entry = listLine(body, marked, expectingList);
    if (entry) {
      found.add(entry, point);
      continue;
    }
    if (isSectionHeading(body)) {
      // "II. KHÁCH MỜI": a new group, no longer under the last point.
      point = undefined;
      expectingList = true;
      continue;
    }
    const prose = readProse(body, found, point);
    if (prose.opensList) point = prose.point;
    expectingList = prose.opensList || body.endsWith(':');
  }
  return found.list();
}
