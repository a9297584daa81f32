// Packing a document whose long tables are written as XML directly. docx builds an object per
// cell, row and run, which makes a 20,000-row list ten times slower than the table alone;
// the rows of a list are plain and alike, so they are written as text and put in the place
// of a marker paragraph once docx has packed the rest.
import { Packer, Paragraph, TextRun, type Document } from 'docx';
import JSZip from 'jszip';

export class Fragments {
  private readonly parts = new Map<string, string>();

  /** A paragraph that the packed file will have replaced by `xml` (body-level elements). */
  placeholder(xml: string): Paragraph {
    const marker = `\u2983tkhn-${this.parts.size + 1}\u2984`;
    this.parts.set(marker, xml);
    return new Paragraph({ children: [new TextRun(marker)] });
  }

  splice(documentXml: string): string {
    let out = documentXml;
    for (const [marker, xml] of this.parts) {
      const at = out.indexOf(marker);
      if (at < 0) throw new Error(`marker ${marker} missing from the packed document`);
      const start = Math.max(out.lastIndexOf('<w:p>', at), out.lastIndexOf('<w:p ', at));
      const end = out.indexOf('</w:p>', at) + '</w:p>'.length;
      out = out.slice(0, start) + xml + out.slice(end);
    }
    return out;
  }

  get size(): number {
    return this.parts.size;
  }
}

export async function packDocument(document: Document, fragments: Fragments): Promise<Buffer> {
  const packed = await Packer.toBuffer(document);
  if (fragments.size === 0) return packed;
  const zip = await JSZip.loadAsync(packed);
  const part = 'word/document.xml';
  zip.file(part, fragments.splice(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Text for an XML element's content, without what XML forbids. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
