// A small XML reader for the parts of an xlsx (sheets, shared strings, styles), which are
// machine-written and large: it walks the tags with one regular expression, and gives the
// attributes of only the tags asked for, which is several times faster than a general
// parser on a 100,000-row sheet. Parts with comments, CDATA or a DTD go to saxes instead.
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  /** name without its namespace prefix; attr(name) reads one attribute of this tag. */
  open?(name: string, attr: (name: string) => string | undefined, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return entities[entity] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

const attributePatterns = new Map<string, RegExp>();

function attributeReader(attrs: string): (name: string) => string | undefined {
  return (name) => {
    let pattern = attributePatterns.get(name);
    if (!pattern) {
      pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
      attributePatterns.set(name, pattern);
    }
    const match = pattern.exec(attrs);
    return match ? decodeXml(match[1] ?? match[2]) : undefined;
  };
}

function scanWithSaxes(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const byLocal = new Map(Object.entries(attributes).map(([k, v]) => [local(k), v]));
    handlers.open?.(local(tag.name), (name) => byLocal.get(name), tag.isSelfClosing);
  });
  parser.on('closetag', (tag) => handlers.close?.(local(tag.name)));
  parser.on('text', (t) => handlers.text?.(t));
  parser.on('cdata', (t) => handlers.text?.(t));
  parser.write(xml).close();
}

/** Throws on XML that is not well formed enough to read (a damaged file). */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  if (xml.includes('<!--') || xml.includes('<![CDATA[') || xml.includes('<!DOCTYPE'))
    return scanWithSaxes(xml, handlers);
  // "<" never occurs inside a tag: no attempt to match scans past the next one.
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)([^<>]*)>/g;
  let at = 0;
  let depth = 0;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    if (match.index > at && handlers.text && depth > 0) handlers.text(decodeXml(xml.slice(at, match.index)));
    at = tag.lastIndex;
    const name = local(match[2]);
    if (match[1]) {
      depth--;
      handlers.close?.(name);
      continue;
    }
    const rest = match[3];
    const selfClosing = rest.endsWith('/');
    handlers.open?.(name, attributeReader(selfClosing ? rest.slice(0, -1) : rest), selfClosing);
    if (selfClosing) handlers.close?.(name);
    else depth++;
  }
  if (depth !== 0 || xml.slice(at).trim() !== '') throw new Error('malformed XML');
}
