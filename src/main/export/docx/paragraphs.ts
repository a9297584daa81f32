// Paragraph shapes of an official document: body text (justified, first-line indent, space
// after, the profile's line spacing), centred titles, and the short rules and "*" marks of
// the header.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import type { FormatProfile, TextStyle } from '../../../shared/export/format-profile';
import { runs } from './text';
import { cmToTwips, ptToTwips } from './units';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface BodyOptions {
  readonly alignment?: Alignment;
  readonly firstLine?: boolean;
  /** Extra left indent in steps of the first-line indent. */
  readonly indentSteps?: number;
  readonly keepNext?: boolean;
  readonly pageBreakBefore?: boolean;
}

export function bodyParagraph(
  profile: FormatProfile,
  children: ParagraphChild[],
  options: BodyOptions = {},
): Paragraph {
  const step = cmToTwips(profile.body.firstLineIndentCm);
  return new Paragraph({
    alignment: options.alignment ?? AlignmentType.JUSTIFIED,
    indent: {
      firstLine: options.firstLine === false ? undefined : step,
      left: options.indentSteps ? options.indentSteps * step : undefined,
    },
    spacing: {
      after: ptToTwips(profile.body.spacingAfterPt),
      line: Math.round(profile.body.lineSpacing * 240),
      lineRule: LineRuleType.AUTO,
    },
    keepNext: options.keepNext,
    pageBreakBefore: options.pageBreakBefore,
    children,
  });
}

/** A line of text in a style, centred (titles, header lines). */
export function centred(
  profile: FormatProfile,
  text: string,
  style: TextStyle,
  spacingAfterPt = 0,
  keepNext = true,
  spacingBeforePt = 0,
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: ptToTwips(spacingBeforePt), after: ptToTwips(spacingAfterPt) },
    keepNext,
    children: runs(text, style, profile),
  });
}

/**
 * A centred horizontal rule about as long as `text` in `style` would be, drawn as the top
 * border of an empty, tiny paragraph indented from both sides of a column `columnTwips` wide.
 */
export function ruleUnder(text: string, style: TextStyle, columnTwips: number, share?: number): Paragraph {
  // Average advance of Times New Roman: about half the size for lower case, 0.65 for capitals.
  const perChar = style.caps || text === text.toUpperCase() ? 0.68 : 0.5;
  const textTwips = Math.round(text.length * style.size * perChar * 20);
  const width = Math.min(columnTwips, share ? Math.round(columnTwips * share) : textTwips);
  const side = Math.max(0, Math.round((columnTwips - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}
