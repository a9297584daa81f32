// Offline Vietnamese spell checking for the main process, on wooorm's hunspell dictionary
// (dictionary-vi). That dictionary lists syllables, each Vietnamese syllable being a word, and
// spells "oa", "oe", "uy" with the old tone placement ("hoà", "uỷ"): words in the new placement
// that official documents use ("hòa", "Ủy ban") are looked up in the old one.
import type NSpell from 'nspell';
import type { Misspelling } from '../../shared/drafting/drafting-calls';
import { toNewTonePlacement, toOldTonePlacement } from './tone-placement';
import { wordsToCheck } from './words';
import { textMemo } from '../../shared/text/text-memo';

export type { Misspelling };

export interface SpellChecker {
  /**
   * The words of `text` the dictionary does not know. `knownWords` are names the caller
   * vouches for (people, bridge points, units): each of their syllables is accepted, in any case.
   */
  check(text: string, knownWords?: Iterable<string>, options?: { readonly suggest?: boolean }): Misspelling[];
}

// Words of everyday official text that dictionary-vi lacks, found by checking the news items
// in tests/fixtures/news-items and the names of provinces and their chief towns. Names of
// people, bridge points and units are not listed: the caller passes them as known words.
const supplementaryWords = [
  // "đ", the currency unit in "500.000 đ/tháng" (the dictionary has no one-letter consonants).
  'đ',
  // Province and provincial city names printed in every national report.
  'Huế',
  'Kạn',
  'Đắk',
  'Lắk',
  'Kon',
  'Pleiku',
  'Thuột',
  'Uông',
  'Hới',
  // Official names of ethnic groups that reports on mountain provinces name.
  'Khmer',
  'Hrê',
  'Mnông',
  'Glai',
  'Xtiêng',
  'Bru',
  'Giáy',
  'Chứt',
  'Thẻn',
  'Péo',
  'Brâu',
  // Loanwords of everyday use in conference reports ("kết nối video", "họp online").
  'video',
  'online',
  'website',
  'camera',
  'micro',
];

const maxSuggestions = 3;
// A document repeats a few thousand distinct syllables, and nspell takes up to 0.2 s to
// suggest for a word unlike any syllable ("Ksor", "online"): each word is looked up once.
// Bounded because a long session checks many documents.
const verdictCacheLimit = 20_000;

function syllableKey(word: string): string {
  return toOldTonePlacement(word.toLowerCase());
}

function knownSyllables(knownWords: Iterable<string>): Set<string> {
  const syllables = new Set<string>();
  for (const name of knownWords) {
    for (const word of wordsToCheck(name.normalize('NFC'))) syllables.add(syllableKey(word.text));
  }
  return syllables;
}

function createSpellChecker(spell: NSpell): SpellChecker {
  for (const word of supplementaryWords) spell.add(word);

  function isCorrect(word: string): boolean {
    const lower = word.toLowerCase();
    return (
      spell.correct(word) ||
      spell.correct(lower) ||
      spell.correct(toOldTonePlacement(word)) ||
      spell.correct(toOldTonePlacement(lower))
    );
  }

  function suggestionsFor(word: string): readonly string[] {
    const old = toOldTonePlacement(word);
    const suggestions = spell.suggest(old).slice(0, maxSuggestions);
    return Object.freeze(old === word ? suggestions : suggestions.map(toNewTonePlacement));
  }

  const correct = textMemo(verdictCacheLimit, isCorrect);
  const suggested = textMemo(verdictCacheLimit, suggestionsFor);

  return {
    check(text, knownWords = [], { suggest = true } = {}) {
      const known = knownSyllables(knownWords);
      const misspellings: Misspelling[] = [];
      for (const word of wordsToCheck(text.normalize('NFC'))) {
        // Before the dictionary: suggesting for an unusual name is the slow part of a lookup.
        if (known.size > 0 && known.has(syllableKey(word.text))) continue;
        if (correct(word.text)) continue;
        const suggestions = suggest ? suggested(word.text) : [];
        misspellings.push({ word: word.text, start: word.start, end: word.end, suggestions });
      }
      return misspellings;
    },
  };
}

let loading: Promise<SpellChecker> | undefined;

/** The checker, its dictionary read on first use (dictionary-vi reads its files on import). */
export function loadSpellChecker(): Promise<SpellChecker> {
  loading ??= Promise.all([import('nspell'), import('dictionary-vi')]).then(
    ([{ default: nspell }, { default: dictionary }]) =>
      createSpellChecker(nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) })),
  );
  return loading;
}
