// A paragraph attribute kept in the DOM as data-* (styled by the stylesheet), because the
// window's Content Security Policy refuses inline style attributes. Text pasted from Word or
// the web brings inline styles instead, which are read on the way in.
import type { Attribute } from '@tiptap/core';

export function dataAttribute<T extends string | number | null>(
  key: string,
  dataName: string,
  allowed: readonly T[],
  fallback: T,
  fromStyle: (style: CSSStyleDeclaration) => string | null,
): Attribute {
  const pick = (value: string | null): T | null =>
    value === null ? null : (allowed.find((a) => String(a) === value) ?? null);
  return {
    default: fallback,
    parseHTML: (element) =>
      pick(element.getAttribute(`data-${dataName}`)) ?? pick(fromStyle(element.style)) ?? fallback,
    renderHTML: (attributes) => {
      const value = attributes[key] as T | null;
      return value === fallback || value === null || value === undefined ? {} : { [`data-${dataName}`]: String(value) };
    },
  };
}

/** Indent steps of a pasted paragraph's left margin (a step is one 1.27 cm first-line indent). */
export function indentSteps(style: CSSStyleDeclaration): string | null {
  const match = /^([\d.]+)(px|pt|cm|mm|in|em)$/.exec(style.marginLeft.trim());
  if (!match) return null;
  const perStep: Record<string, number> = { px: 48, pt: 36, cm: 1.27, mm: 12.7, in: 0.5, em: 2 };
  return String(Math.round(Number(match[1]) / perStep[match[2]]));
}
