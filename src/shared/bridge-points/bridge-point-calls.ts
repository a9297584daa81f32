// The contract's calls for the directory of bridge points: its tree, searched, edited and
// pasted into from Excel. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { call, id, limit, optionalText, partial, phone, query, requiredText } from '../contract-fields';
import { adminUnitKinds } from '../admin-units/admin-units';
import { cleanBodySymbol } from '../documents/body-symbols';
import type { BridgePoint, PastedBridgePoints } from './bridge-point-types';
import type { Removal } from '../types';

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

export const bridgePointCalls = {
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
} as const;
