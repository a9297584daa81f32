// The contract's calls for importing a list of attendees: read (a file or pasted text), adjusted,
// committed, cancelled and undone. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call, id, limit, offset, requestId, uploadedFile } from '../contract-fields';
import { type ImportPreview, type ImportRecord, type ImportResult, type PreviewRow } from './import-types';
import { columnKinds } from './vocabularies';
import { importLimits } from './import-limits';
import { conferenceFields } from '../conferences/conference-calls';

export const importCalls = {
  'imports.preview': call<ImportPreview>()(
    z.strictObject({
      /** Chosen by the caller, so that imports.cancel can name this reading. */
      requestId: requestId,
      ...uploadedFile,
      conferenceId: id.optional(),
    }),
  ),
  'imports.previewText': call<ImportPreview>()(
    z.strictObject({
      text: z
        .string()
        .max(2_000_000)
        .refine((t) => t.trim() !== '', 'Hãy dán đoạn văn có tên các đại biểu.'),
      conferenceId: id.optional(),
    }),
  ),
  'imports.remap': call<ImportPreview>()(
    z.strictObject({
      previewId: requestId,
      sheet: z.string().max(300),
      columnIndex: z.number().int().min(0).max(importLimits.columns),
      kind: z.enum(columnKinds.codes).nullable(),
      conferenceId: id.optional(),
    }),
  ),
  'imports.includeTable': call<ImportPreview>()(
    z.strictObject({
      previewId: requestId,
      sheet: z.string().max(300),
      include: z.boolean(),
      conferenceId: id.optional(),
    }),
  ),
  'imports.keepApart': call<ImportPreview>()(
    z.strictObject({
      previewId: requestId,
      groupId: z.string().max(400),
      keepApart: z.boolean(),
      conferenceId: id.optional(),
    }),
  ),
  'imports.rows': call<readonly PreviewRow[]>()(
    z.strictObject({ previewId: requestId, offset, limit: limit(1000, 200) }),
  ),
  'imports.commit': call<ImportResult>()(
    z.strictObject({
      requestId: requestId,
      previewId: requestId,
      target: z.union([
        z.strictObject({ conferenceId: id }),
        z.strictObject({ newConferenceName: conferenceFields.name }),
      ]),
      /** What to do with the doubtful rows that have no decision of their own. */
      doubtfulDefault: z.enum(['add', 'skip', 'merge']).default('add'),
      /** For doubtful rows, by row index, overriding the default. */
      decisions: z
        .record(
          z.string().regex(/^\d+$/),
          z.union([
            z.strictObject({ action: z.enum(['add', 'skip']) }),
            z.strictObject({ action: z.literal('merge'), personId: id }),
          ]),
        )
        .default({}),
      /** Directory point for the rows whose bridge point the file does not say. */
      unassignedBridgePointId: id.nullable().default(null),
      /**
       * For bridge points of the file, by their name in the preview: the directory point it is, or
       * the parent the new point goes under (null: the top level). Unnamed ones are matched by
       * meaning, or created under the conference's main point.
       */
      pointChoices: z
        .record(
          z.string().max(500),
          z.union([z.strictObject({ bridgePointId: id }), z.strictObject({ parentId: id.nullable() })]),
        )
        .default({}),
    }),
  ),
  'imports.cancel': call<{ cancelled: boolean }>()(z.strictObject({ requestId })),
  'imports.list': call<readonly ImportRecord[]>()(z.strictObject({ conferenceId: id })),
  'imports.undo': call<{ message: string }>()(z.strictObject({ importId: id })),
} as const;
