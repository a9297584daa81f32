// `npm run bench [-- --json] [-- --only attendees|import|word|excel|day|units|period] [-- --attendees N --points M
// --queries Q --import-rows R] [-- --keep FILE] [-- --into FILE]`
// Each figure is measured against the raw library in the same run; see README for targets.
import { parseArgs } from 'node:util';
import { benchAdminUnits } from './admin-units';
import { benchAttendees } from './attendees';
import { benchDay } from './day';
import { benchExcel } from './excel';
import { benchImport } from './import';
import { benchHistory } from './history';
import { benchPeriod } from './period';
import { benchWord } from './word';
import type { Measure } from './measures';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    attendees: { type: 'string', default: '1000000' },
    points: { type: 'string', default: '31000' },
    queries: { type: 'string', default: '1000' },
    'import-rows': { type: 'string', default: '100000' },
    'excel-rows': { type: 'string', default: '100000' },
    'day-attendees': { type: 'string', default: '2000000' },
    /** Keep the databases for a closer look: the period's at FILE, the attendees' in a printed folder. */
    keep: { type: 'string' },
    /** The period's year added into this database (a copy of the demo's) rather than a new one. */
    into: { type: 'string' },
  },
});
const log = (message: string) => (values.json ? process.stderr : process.stdout).write(`${message}\n`);

const measures: Measure[] = [];
if (!values.only || values.only === 'word')
  measures.push(...(await benchWord({ appendixAttendees: 2000, listAttendees: 20_000, log })));
if (!values.only || values.only === 'excel')
  measures.push(...(await benchExcel({ rows: Number(values['excel-rows']), log })));
if (!values.only || values.only === 'day')
  measures.push(
    ...(await benchDay({ points: Number(values.points), attendees: Number(values['day-attendees']), log })),
  );
if (!values.only || values.only === 'units') measures.push(...(await benchAdminUnits(log)));
if (!values.only || values.only === 'period')
  measures.push(...(await benchPeriod({ keep: values.keep, into: values.into, log })));
if (!values.only || values.only === 'import')
  measures.push(...(await benchImport({ rows: Number(values['import-rows']), log })));
if (!values.only || values.only === 'history') measures.push(...(await benchHistory({ edits: 2000, log })));
if (!values.only || values.only === 'attendees') {
  measures.push(
    ...(await benchAttendees({
      attendees: Number(values.attendees),
      points: Number(values.points),
      queries: Number(values.queries),
      keep: values.keep !== undefined,
      log,
    })),
  );
}

if (values.json) console.log(JSON.stringify({ measures }));
else
  console.table(
    measures.map((m) => ({ 'chỉ số': m.name, 'giá trị': m.value, 'đơn vị': m.unit, 'mục tiêu': m.target ?? '' })),
  );
