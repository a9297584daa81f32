// The contract's calls for the tasks the chair assigns in the conclusions: the conclusion
// notice lists them by unit, and the checklist follows them once the day has come. Spread into
// the one contract (../contract.ts).
import { z } from 'zod';
import { call, date, id, optionalText, requiredText } from '../contract-fields';
import type { Removal } from '../types';
import type { Task } from './draft-types';

const unit = requiredText(300, 'Hãy nhập cơ quan, đơn vị được giao nhiệm vụ.');
const content = requiredText(2000, 'Hãy nhập nội dung nhiệm vụ.');

export const taskCalls = {
  /** The conference's tasks in the order they were given. */
  'tasks.list': call<readonly Task[]>()(z.strictObject({ conferenceId: id })),
  'tasks.add': call<Task>()(z.strictObject({ conferenceId: id, unit, content, dueDate: date.nullable().optional() })),
  'tasks.update': call<Task>()(
    z.strictObject({
      id,
      unit: unit.optional(),
      content: content.optional(),
      dueDate: date.nullable().optional(),
      done: z.boolean().optional(),
      note: optionalText(1000).optional(),
    }),
  ),
  'tasks.remove': call<Removal>()(z.strictObject({ id })),
  /** Puts the task at `index` (0-based), the others keeping their order. */
  'tasks.move': call<readonly Task[]>()(z.strictObject({ id, index: z.number().int().min(0).max(100_000) })),
} as const;
