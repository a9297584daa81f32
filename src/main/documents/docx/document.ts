// The Word document around the content: A4 with the profile's margins, the profile's font as
// the default on every script slot, Vietnamese as the language of every run, page numbers
// centred at the top from page 2 (the first page carries none), and the profile's name
// recorded in the document's properties.
import {
  AlignmentType,
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { tableStyles } from './xml-table';
import { xmlSafe } from '../../files/xml-safe';
import { vietnamese } from './text';
import { a4, mmToTwips } from './units';

export interface DocumentSection {
  readonly children: readonly FileChild[];
  readonly landscape?: boolean;
  /** False for sheets that are not read as pages (place cards). */
  readonly pageNumbers?: boolean;
  /** Margins of their own (place cards are centred on the sheet), in mm. */
  readonly margins?: FormatProfile['margins'];
}

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
}

/** The name custom property under which every document records the profile that made it. */
export const profileProperty = 'MauDinhDang';

function pageNumberHeader(profile: FormatProfile): Header {
  const font = { ascii: profile.font, hAnsi: profile.font, eastAsia: profile.font, cs: profile.font };
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font,
            size: profile.pageNumber.size * 2,
            language: vietnamese,
          }),
        ],
      }),
    ],
  });
}

function section(profile: FormatProfile, content: DocumentSection): ISectionOptions {
  const margins = content.margins ?? profile.margins;
  return {
    properties: {
      // A different first page, left without a header, is how Word leaves page 1 unnumbered.
      titlePage: !profile.pageNumber.onFirstPage,
      page: {
        size: {
          width: mmToTwips(a4.widthMm),
          height: mmToTwips(a4.heightMm),
          orientation: content.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(margins.top),
          bottom: mmToTwips(margins.bottom),
          left: mmToTwips(margins.left),
          right: mmToTwips(margins.right),
        },
      },
    },
    headers: {
      default: content.pageNumbers === false ? new Header({ children: [] }) : pageNumberHeader(profile),
      first: new Header({ children: [] }),
    },
    children: [...content.children],
  };
}

export function officialDocument(
  profile: FormatProfile,
  meta: DocumentMeta,
  sections: readonly DocumentSection[],
): Document {
  const font = { ascii: profile.font, hAnsi: profile.font, eastAsia: profile.font, cs: profile.font };
  return new Document({
    creator: 'Thư Ký Hội Nghị',
    title: xmlSafe(meta.title),
    subject: xmlSafe(meta.subject),
    description: xmlSafe(`Định dạng theo mẫu "${profile.name}" (${profile.basis}).`),
    customProperties: [{ name: profileProperty, value: xmlSafe(profile.name) }],
    styles: {
      default: {
        document: {
          run: {
            font,
            size: profile.body.size * 2,
            sizeComplexScript: profile.body.size * 2,
            language: vietnamese,
          },
        },
      },
      paragraphStyles: tableStyles(profile),
    },
    sections: sections.map((s) => section(profile, s)),
  });
}
