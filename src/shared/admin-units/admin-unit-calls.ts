// The contract's calls for the administrative list: the provinces and their units, searched
// without diacritics, and a province's units added as bridge points in one change. Spread into
// the one contract (../contract.ts).
import { z } from 'zod';
import { call, id, limit, query } from '../contract-fields';
import {
  communeKinds,
  type AddedUnits,
  type AdminCatalogInfo,
  type AdminProvince,
  type AdminUnitEntry,
} from './admin-units';
import { patternProblem } from './unit-point-name';

const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh, thành phố gồm 2 chữ số (ví dụ 19 là Thái Nguyên).');
const unitCode = z.string().regex(/^\d{5}$/, 'Mã xã, phường, đặc khu gồm 5 chữ số.');

export const adminUnitCalls = {
  'adminUnits.provinces': call<{ readonly catalog: AdminCatalogInfo; readonly provinces: readonly AdminProvince[] }>()(
    z.strictObject({}),
  ),
  /** A province's units (or, with a query, the units of every province whose name holds it). */
  'adminUnits.units': call<readonly AdminUnitEntry[]>()(
    z.strictObject({
      provinceCode: provinceCode.optional(),
      query: query.optional(),
      /** The point the units would go under, if not the province's own: names are compared below it. */
      parentId: id.optional(),
      limit: limit(5000, 5000),
    }),
  ),
  'bridgePoints.addUnits': call<AddedUnits>()(
    z.strictObject({
      provinceCode,
      /** The units ticked; absent, every unit of the kinds given. */
      unitCodes: z.array(unitCode).min(1, 'Hãy chọn ít nhất một xã, phường hoặc đặc khu.').max(10_000).optional(),
      kinds: z
        .array(z.enum(communeKinds.codes))
        .min(1)
        .default([...communeKinds.codes]),
      /** Absent: the province's own point, found or created at the top of the directory. */
      parentId: id.optional(),
      pattern: z
        .string()
        .max(400)
        .superRefine((pattern, ctx) => {
          const problem = patternProblem(pattern);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      conferenceId: id.optional(),
    }),
  ),
} as const;
