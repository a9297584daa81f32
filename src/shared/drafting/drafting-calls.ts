// The contract's calls for drafting: the drafts and their versions, the templates, the
// speakers' log and the spell check. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call, date, id, optionalText, requiredText, time } from '../contract-fields';
import type { Removal } from '../types';
import {
  draftKinds,
  invitationForms,
  type Draft,
  type DraftTemplate,
  type DraftVersionInfo,
  type SavedSection,
  type SectionComparison,
  type Speech,
} from './draft-types';
import { richDocSchema } from './rich-text';
import { registerNumber } from '../register/register-calls';

export interface Misspelling {
  readonly word: string;
  /** Offsets in the NFC form of the text checked (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly suggestions: readonly string[];
}

const draftId = id;
const templateId = z.string().regex(/^(builtin:\w+:\w+|user:\d+)$/, 'Mẫu không hợp lệ.');

export const draftingCalls = {
  'drafts.open': call<Draft>()(z.strictObject({ conferenceId: id, kind: z.enum(draftKinds.codes) })),
  'drafts.saveSection': call<SavedSection>()(
    z.strictObject({
      draftId,
      key: z.string().regex(/^[a-z]{1,40}$/),
      doc: richDocSchema,
      fromData: z.boolean().default(false),
    }),
  ),
  'drafts.lock': call<Draft>()(
    z.strictObject({
      draftId,
      /**
       * A numbered kind locked as issued: its number (the register's next when left out) is
       * recorded in the issuing body's register.
       */
      issue: z.strictObject({ number: registerNumber.optional() }).optional(),
    }),
  ),
  'drafts.versions': call<readonly DraftVersionInfo[]>()(z.strictObject({ draftId })),
  'drafts.version': call<Draft>()(z.strictObject({ versionId: id })),
  'drafts.restore': call<Draft>()(z.strictObject({ versionId: id })),
  'drafts.compare': call<readonly SectionComparison[]>()(z.strictObject({ fromVersionId: id, toVersionId: id })),
  'drafts.updateSettings': call<Draft>()(
    z.strictObject({
      draftId,
      newsPointId: id.nullable().optional(),
      byline: optionalText(200).optional(),
      signerName: optionalText(200).optional(),
      invitationForm: z.enum(invitationForms.codes).optional(),
      lineTestAt: time.nullable().optional(),
      listsDueDate: date.nullable().optional(),
      listsTo: optionalText(300).optional(),
    }),
  ),
  'drafts.templates': call<readonly DraftTemplate[]>()(z.strictObject({ kind: z.enum(draftKinds.codes) })),
  'drafts.applyTemplate': call<Draft>()(z.strictObject({ draftId, templateId })),
  'drafts.saveTemplate': call<DraftTemplate>()(
    z.strictObject({
      draftId,
      name: requiredText(200, 'Hãy đặt tên cho mẫu.'),
      forConferenceKind: z.boolean().default(true),
    }),
  ),
  'drafts.removeTemplate': call<{ removed: true }>()(z.strictObject({ templateId })),

  'speeches.list': call<readonly Speech[]>()(z.strictObject({ conferenceId: id })),
  'speeches.add': call<Speech>()(
    z.strictObject({
      conferenceId: id,
      attendeeId: id.optional(),
      speakerName: requiredText(200, 'Hãy gõ họ tên người phát biểu.').optional(),
      speakerPosition: optionalText(1000).optional(),
      spokenAt: time.optional(),
    }),
  ),
  'speeches.update': call<Speech>()(
    z.strictObject({
      id,
      speakerName: requiredText(200, 'Hãy gõ họ tên người phát biểu.').optional(),
      speakerPosition: optionalText(1000).optional(),
      spokenAt: time.optional(),
      opinion: richDocSchema.optional(),
    }),
  ),
  'speeches.move': call<readonly Speech[]>()(z.strictObject({ id, index: z.number().int().min(0).max(100_000) })),
  'speeches.remove': call<Removal>()(z.strictObject({ id })),

  'spelling.check': call<readonly Misspelling[]>()(z.strictObject({ conferenceId: id, text: z.string().max(500_000) })),
} as const;
