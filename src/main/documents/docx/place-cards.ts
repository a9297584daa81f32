// Bảng tên: one card per leader of the head table and the front rows, in protocol order, on
// A4 landscape folded in two along its length: the name and position are set large in the
// lower half, which faces the hall once the sheet is folded and stood up.
import { AlignmentType, Paragraph, type Document } from 'docx';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { officialDocument } from './document';
import { runs } from './text';
import { mmToTwips } from './units';

export interface PlaceCard {
  readonly fullName: string;
  readonly position: string | null;
}

const cardMargins = { top: 15, bottom: 15, left: 15, right: 15 };

export function placeCardsDocument(
  profile: FormatProfile,
  conferenceName: string,
  cards: readonly PlaceCard[],
): Document {
  const { placeCard } = profile;
  // The fold is at half the page height (105 mm); the text starts a little below it.
  const upperHalf = mmToTwips(105 - cardMargins.top + 12);
  const children = cards.flatMap((card, i) => {
    const name = new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: i > 0,
      spacing: { before: upperHalf, after: 240 },
      keepNext: true,
      children: runs(card.fullName, { size: placeCard.nameSize, bold: true, caps: true }, profile),
    });
    return card.position
      ? [
          name,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: runs(card.position, { size: placeCard.positionSize }, profile),
          }),
        ]
      : [name];
  });
  return officialDocument(profile, { title: `Bảng tên ${conferenceName}`, subject: conferenceName }, [
    {
      children: children.length > 0 ? children : [new Paragraph({ children: [] })],
      landscape: true,
      pageNumbers: false,
      margins: cardMargins,
    },
  ]);
}
