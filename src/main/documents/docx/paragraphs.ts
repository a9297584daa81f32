// Paragraph shapes of an official document: body text (justified, first-line indent, space
// after, the profile's line spacing), centred titles, and the short rules and "*" marks of
// the header.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import type { FormatProfile, TextStyle } from '../../../shared/documents/format-profile';
import { roman } from '../../attendees/group-title';
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

/** "II. THÀNH PHẦN THAM DỰ": the `n`-th numbered heading of a document's parts, kept with what follows. */
export function numberedHeading(profile: FormatProfile, n: number, heading: string): Paragraph {
  return bodyParagraph(profile, runs(`${roman(n)}. ${heading}`, { size: profile.body.size, bold: true }, profile), {
    firstLine: true,
    keepNext: true,
  });
}

/** A little room after a table. */
export function emptyLine(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
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
 * A centred horizontal rule `widthTwips` long, drawn as the top border of an empty, tiny
 * paragraph indented from both sides of a column `columnTwips` wide.
 */
export function ruleUnder(widthTwips: number, columnTwips: number): Paragraph {
  const width = Math.min(columnTwips, widthTwips);
  // The two sides take what is left between them, so the rule is the width to the twip.
  const left = Math.floor((columnTwips - width) / 2);
  return new Paragraph({
    indent: { left, right: columnTwips - width - left },
    spacing: { after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}
