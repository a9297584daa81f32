// The one contract between the renderer and the data: every call's name, the runtime schema
// of its input (which also cleans the text: NFC, single spaces) and the type of its result.
// The preload, the IPC handlers, the loopback bridge and the CLI are all built from this.
import { z } from 'zod';
import { attendanceStatuses, attendeeOrders, attendeeRoles } from './attendees/vocabularies';
import { conferenceKinds, sessions } from './conferences/vocabularies';
import { connectionStatuses } from './conference-day/vocabularies';
import { genders } from './people/vocabularies';
import {
  birthYear,
  call,
  count,
  date,
  email,
  id,
  ids,
  limit,
  noteText,
  offset,
  optionalText,
  partial,
  phone,
  query,
  requestId,
  requiredText,
  time,
  uploadedFile,
} from './contract-fields';
import { draftingCalls } from './drafting/drafting-calls';
import { taskCalls } from './drafting/task-calls';
import { profileCalls } from './documents/profile-calls';
import { exportCalls } from './documents/export-calls';
import { sheetCalls } from './sheets/sheet-calls';
import { dayCalls } from './conference-day/day-calls';
import { adminUnitCalls } from './admin-units/admin-unit-calls';
import { protocolCalls } from './protocol/protocol-calls';
import { registerCalls } from './register/register-calls';
import { adminUnitKinds } from './admin-units/admin-units';
import { cleanBodySymbol } from './documents/body-symbols';
import {
  columnKinds,
  type ImportPreview,
  type ImportRecord,
  type ImportResult,
  type PreviewRow,
} from './import/import-types';
import { importLimits } from './import/import-limits';
import type { BackupInfo } from './backups/backups';
import type {
  AddedAttendees,
  AppInfo,
  Attendee,
  BridgePoint,
  Conference,
  ConferenceBridgePoint,
  ConferenceSummary,
  Page,
  PastedBridgePoints,
  Person,
  Removal,
  SearchResults,
} from './types';

/** A person picked from the directory, or typed in place as a new one. */
const personRef = z.union([
  z.strictObject({ personId: id, position: optionalText(1000).optional() }),
  z.strictObject({ fullName: requiredText(200, 'Hãy nhập họ và tên.'), position: optionalText(1000).optional() }),
]);

const conferenceFields = {
  name: requiredText(1000, 'Hãy nhập tên hội nghị.'),
  kind: z.enum(conferenceKinds.codes),
  date,
  session: z.enum(sessions.codes),
  startTime: time,
  hostBody: optionalText(500),
  mainBridgePointId: id.nullable(),
  chair: personRef.nullable(),
};

const bridgePointFields = {
  parentId: id.nullable(),
  name: requiredText(500, 'Hãy nhập tên điểm cầu.'),
  levelLabel: optionalText(100),
  address: optionalText(500),
  techContact: optionalText(200),
  techPhone: phone,
  /** The administrative unit the point is the room of: its national code and kind. */
  unitCode: z
    .string()
    .regex(/^(\d{2}|\d{5})$/, 'Mã đơn vị hành chính gồm 2 chữ số (tỉnh) hoặc 5 chữ số (xã).')
    .nullable(),
  unitKind: z.enum(adminUnitKinds.codes).nullable(),
  /** The symbol of the point's body, fixed by the rules ("TU", "BTCTU"): stored in capitals. */
  bodySymbol: z
    .string()
    .max(100)
    .nullable()
    .transform((v, ctx) => {
      if (v === null || v.trim() === '') return null;
      const symbol = cleanBodySymbol(v);
      if (symbol === null)
        ctx.addIssue({
          code: 'custom',
          message: 'Ký hiệu cơ quan chỉ gồm chữ cái và chữ số, tối đa 20 ký tự, ví dụ TU, BTCTU, UBND.',
        });
      return symbol;
    }),
};

/** A point's cells in the catalog's grid (where it sits in the tree is not one of them). */
const { parentId: _parentId, ...bridgePointCells } = bridgePointFields;

const personFields = {
  fullName: requiredText(200, 'Hãy nhập họ và tên.'),
  gender: z.enum(genders.codes).nullable(),
  birthYear,
  phone,
  email,
  position: optionalText(1000),
  unit: optionalText(500),
  note: noteText,
};

const attendeeFields = {
  position: optionalText(1000),
  unit: optionalText(500),
  conferenceBridgePointId: id.nullable(),
  role: z.enum(attendeeRoles.codes),
  status: z.enum(attendanceStatuses.codes),
  note: noteText,
};

/** One attendee to add: an existing person, or the details of one typed or pasted in. */
const newAttendee = z
  .strictObject({
    personId: id.optional(),
    fullName: requiredText(200, 'Hãy nhập họ và tên.').optional(),
    phone: phone.optional(),
    email: email.optional(),
    gender: personFields.gender.optional(),
    birthYear: birthYear.optional(),
    /** A bridge point named in pasted text, matched to the conference's points by meaning. */
    bridgePointName: optionalText(500).optional(),
    ...partial(attendeeFields),
  })
  .refine((row) => row.personId !== undefined || row.fullName !== undefined, {
    message: 'Mỗi đại biểu cần họ và tên hoặc một người trong danh bạ.',
    path: ['fullName'],
  });

export const contract = {
  'app.info': call<AppInfo>()(z.strictObject({})),
  'demo.create': call<{ conferenceId: number }>()(z.strictObject({})),
  'search.global': call<SearchResults>()(z.strictObject({ query, limit: limit(50, 8) })),

  'conferences.list': call<readonly ConferenceSummary[]>()(
    z.strictObject({
      query: query.optional(),
      kind: z.enum(conferenceKinds.codes).optional(),
      year: z.number().int().min(1900).max(2200).optional(),
    }),
  ),
  'conferences.get': call<Conference>()(z.strictObject({ id })),
  'conferences.create': call<Conference>()(
    z.strictObject({
      ...conferenceFields,
      hostBody: conferenceFields.hostBody.optional(),
      mainBridgePointId: conferenceFields.mainBridgePointId.optional(),
      chair: conferenceFields.chair.optional(),
    }),
  ),
  'conferences.update': call<Conference>()(
    z.strictObject({ id, ...partial(conferenceFields), ownPointId: id.nullable().optional() }),
  ),
  'conferences.clone': call<Conference>()(
    z.strictObject({ id, name: conferenceFields.name.optional(), date: date.optional() }),
  ),
  'conferences.remove': call<Removal>()(z.strictObject({ id })),

  'bridgePoints.children': call<readonly BridgePoint[]>()(z.strictObject({ parentId: id.nullable() })),
  'bridgePoints.get': call<BridgePoint>()(z.strictObject({ id })),
  'bridgePoints.search': call<readonly BridgePoint[]>()(z.strictObject({ query, limit: limit(200, 20) })),
  'bridgePoints.create': call<BridgePoint>()(
    z.strictObject({ ...partial(bridgePointFields), name: bridgePointFields.name }),
  ),
  'bridgePoints.update': call<BridgePoint>()(z.strictObject({ id, ...partial(bridgePointFields) })),
  'bridgePoints.remove': call<Removal>()(z.strictObject({ id })),
  /** Rows pasted from Excel: the points pasted over get the cells given, the rest are added under `parentId`. */
  'bridgePoints.paste': call<PastedBridgePoints>()(
    z
      .strictObject({
        updates: z.array(z.strictObject({ id, ...partial(bridgePointCells) })).max(100_000),
        parentId: id.nullable(),
        additions: z.array(z.strictObject({ ...partial(bridgePointCells), name: bridgePointCells.name })).max(100_000),
      })
      .refine((input) => input.updates.length + input.additions.length > 0, 'Không có dòng nào để dán.'),
  ),

  'people.list': call<Page<Person>>()(
    z.strictObject({
      query: query.optional(),
      order: z.enum(['name', 'recent']).default('name'),
      offset,
      limit: limit(500, 100),
    }),
  ),
  'people.get': call<Person>()(z.strictObject({ id })),
  'people.create': call<Person>()(z.strictObject({ ...partial(personFields), fullName: personFields.fullName })),
  'people.update': call<Person>()(z.strictObject({ id, ...partial(personFields) })),
  'people.remove': call<Removal>()(z.strictObject({ ids })),

  'conferenceBridgePoints.list': call<readonly ConferenceBridgePoint[]>()(z.strictObject({ conferenceId: id })),
  'conferenceBridgePoints.get': call<ConferenceBridgePoint>()(z.strictObject({ id })),
  'conferenceBridgePoints.attach': call<{ attached: number }>()(
    z.strictObject({ conferenceId: id, bridgePointIds: ids, withDescendants: z.boolean().default(false) }),
  ),
  'conferenceBridgePoints.update': call<ConferenceBridgePoint>()(
    z.strictObject({
      id,
      presidingName: optionalText(200).optional(),
      presidingPosition: optionalText(1000).optional(),
      connectionStatus: z.enum(connectionStatuses.codes).optional(),
      connectionNote: optionalText(1000).optional(),
      invitedCount: count.optional(),
      presentCount: count.optional(),
    }),
  ),
  'conferenceBridgePoints.detach': call<Removal>()(z.strictObject({ ids })),

  'attendees.list': call<Page<Attendee>>()(
    z.strictObject({
      conferenceId: id,
      query: query.optional(),
      conferenceBridgePointId: z.union([id, z.literal('none')]).optional(),
      role: z.enum(attendeeRoles.codes).optional(),
      status: z.enum(attendanceStatuses.codes).optional(),
      order: z.enum(attendeeOrders).default('protocol'),
      offset,
      limit: limit(1000, 100),
    }),
  ),
  'attendees.get': call<Attendee>()(z.strictObject({ id })),
  'attendees.add': call<AddedAttendees>()(
    z.strictObject({ conferenceId: id, rows: z.array(newAttendee).min(1).max(200_000) }),
  ),
  'attendees.update': call<Attendee>()(
    z.strictObject({
      id,
      fullName: personFields.fullName.optional(),
      phone: phone.optional(),
      protocolOrder: z.number().int().min(1).max(10_000_000).nullable().optional(),
      ...partial(attendeeFields),
    }),
  ),
  'attendees.assignProtocolOrder': call<{ numbered: number }>()(z.strictObject({ conferenceId: id })),
  'attendees.assignFileOrder': call<{ numbered: number }>()(z.strictObject({ conferenceId: id })),
  'attendees.remove': call<Removal>()(z.strictObject({ ids })),

  'undo.restore': call<{ message: string }>()(z.strictObject({ undoId: id })),

  /** The backups in the data folder, newest first, with what each holds. */
  'backups.list': call<readonly BackupInfo[]>()(z.strictObject({})),
  /** A backup taken now into the data folder (backups.saveNow also copies it where she chooses). */
  'backups.take': call<{ readonly file: string }>()(z.strictObject({})),
  /** Door only: a backup taken now and saved where the secretary chooses. */
  'backups.saveNow': call<{ readonly path: string; readonly bytes: number }>()(z.strictObject({})),
  /** Puts the named backup in place of the data, after backing up the present state. */
  'backups.restore': call<{ readonly message: string }>()(z.strictObject({ name: z.string().max(200) })),

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
  ...draftingCalls,
  ...taskCalls,
  ...profileCalls,
  ...exportCalls,
  ...sheetCalls,
  ...dayCalls,
  ...adminUnitCalls,
  ...protocolCalls,
  ...registerCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (before defaults and cleaning). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a service receives (validated, cleaned, defaults filled). */
export type ServiceInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallResult<N extends CallName> = Contract[N]['result'];

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Calls that can take long on big data; the UI shows progress for them. */
export interface Progress {
  readonly call: CallName;
  readonly done: number;
  readonly total: number;
}
