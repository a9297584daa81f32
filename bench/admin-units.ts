// A province's units as bridge points in one step: the 168 units of the largest city added
// through the services (read the list, match what is there, name, insert, attach to a
// conference, keep for undo) against plain better-sqlite3 inserting the same points and
// attachments into the same schema.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInProcessHost } from '../src/main/host/in-process-host';
import type { CallInput, CallName, CallResult } from '../src/shared/contract';
import { unitPointName } from '../src/shared/admin-units/unit-point-name';
import { communeLevel, defaultUnitNamePattern } from '../src/shared/admin-units/admin-units';
import { foldForSearch } from '../src/shared/text/vietnamese';
import { round, type Measure } from './measures';
import { openPlain } from './plain-insert';

const largestCity = '79';
const conferenceFields: CallInput<'conferences.create'> = {
  name: 'Hội nghị giao ban quý IV năm 2026',
  kind: 'giao_ban',
  date: '2026-12-28',
  session: 'sang',
  startTime: '08:00',
  hostBody: null,
};

export async function benchAdminUnits(log: (message: string) => void): Promise<Measure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thu-ky-bench-units-'));
  const host = await createInProcessHost({
    dbPath: path.join(dir, 'units.sqlite'),
    version: 'bench',
    dailyBackup: false,
  });
  const call = async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>> => {
    const envelope = await host.call(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as CallResult<N>;
  };
  const conference = await call('conferences.create', conferenceFields);
  let started = performance.now();
  // What the dialog asks first: the list is read from its file on first use.
  await call('adminUnits.provinces', {});
  const units = await call('adminUnits.units', { provinceCode: largestCity });
  const listSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const added = await call('bridgePoints.addUnits', {
    provinceCode: largestCity,
    pattern: defaultUnitNamePattern,
    conferenceId: conference.id,
  });
  const addSeconds = (performance.now() - started) / 1000;
  await host.close();
  if (added.added !== units.length) throw new Error(`added ${added.added} of ${units.length}`);

  const plainPath = path.join(dir, 'plain.sqlite');
  const plainHost = await createInProcessHost({ dbPath: plainPath, version: 'bench', dailyBackup: false });
  await plainHost.call('conferences.create', conferenceFields);
  await plainHost.close();
  const rows = units.map((u) => {
    const name = unitPointName(defaultUnitNamePattern, u);
    return [name, communeLevel, u.code, u.kind, foldForSearch(`${name} ${communeLevel}`)] as const;
  });
  const plain = await openPlain(plainPath);
  started = performance.now();
  plain.transaction(() => {
    const parent = Number(
      plain
        .prepare(
          `INSERT INTO bridge_points (parent_id, name, level_label, unit_code, unit_kind, position, search_text)
           VALUES (NULL, 'Điểm cầu Thành ủy Hồ Chí Minh', 'Tỉnh, thành phố', '79', 'thanh-pho', 1, 'diem cau')`,
        )
        .run().lastInsertRowid,
    );
    const insert = plain.prepare(
      `INSERT INTO bridge_points (parent_id, name, level_label, unit_code, unit_kind, position, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const attach = plain.prepare(`INSERT INTO conference_bridge_points (conference_id, bridge_point_id) VALUES (1, ?)`);
    attach.run(parent);
    rows.forEach((row, i) => attach.run(Number(insert.run(parent, ...row.slice(0, 4), i + 1, row[4]).lastInsertRowid)));
  })();
  const plainSeconds = (performance.now() - started) / 1000;
  plain.close();
  fs.rmSync(dir, { recursive: true, force: true });

  log(
    `Thêm ${units.length} xã, phường, đặc khu của Thành phố Hồ Chí Minh làm điểm cầu và gắn vào hội nghị: ` +
      `${round(addSeconds * 1000, 1)} ms (đọc danh mục lần đầu ${round(listSeconds * 1000, 1)} ms; ` +
      `better-sqlite3 ghi thẳng ${round(plainSeconds * 1000, 1)} ms)`,
  );
  return [
    { name: 'add_units_largest_city_seconds', value: round(addSeconds, 3), unit: 's', target: '< 1' },
    { name: 'admin_list_first_read_seconds', value: round(listSeconds, 3), unit: 's' },
    { name: 'add_units_plain_insert_seconds', value: round(plainSeconds, 3), unit: 's' },
    { name: 'add_units_ratio', value: round(addSeconds / plainSeconds), unit: 'x' },
  ];
}
