// Spell checking a draft against the dictionary, where the conference's own names (its
// people, their positions and units, its bridge points, its host body) are never flagged.
// Those names are only looked up for the words the dictionary rejects, through the search
// index, so a conference of a million attendees costs no more than a small one.
import type { ServiceInput } from '../../shared/contract';
import type { Misspelling } from '../../shared/drafting/drafting-calls';
import { foldForSearch } from '../../shared/text/vietnamese';
import { loadSpellChecker } from './spell-checker';
import { assertConference } from '../bridge-points/conference-bridge-points';
import type { ServiceContext } from '../services/context';
import { searchHits } from '../search/fts';
import { conferenceAndPointTexts } from '../bridge-points/queries';
import { attendeeNameTexts } from '../attendees/queries';

/** Names read per rejected word: enough to find the word in them if it is a name. */
const namesPerWord = 50;

export async function checkSpelling(
  ctx: ServiceContext,
  input: ServiceInput<'spelling.check'>,
): Promise<readonly Misspelling[]> {
  assertConference(ctx, input.conferenceId);
  const checker = await loadSpellChecker();
  // Suggestions wait for the second pass: most rejected words turn out to be names.
  const rejected = checker.check(input.text, [], { suggest: false });
  if (rejected.length === 0) return rejected;
  const known = conferenceAndPointTexts(ctx.db, input.conferenceId);
  for (const word of new Set(rejected.map((m) => foldForSearch(m.word)))) {
    const { ids } = searchHits(
      ctx,
      'attendees',
      word,
      'a.conference_id = @conference',
      { conference: input.conferenceId },
      namesPerWord,
    );
    if (ids.length > 0) known.push(...attendeeNameTexts(ctx.db, ids));
  }
  return checker.check(input.text, known);
}
