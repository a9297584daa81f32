// `report period` as a user runs it, on the hand-counted small year (tests/helpers/small-year.ts):
// its --json document is the service's figures whole, its lines say the same, and what it
// refuses is refused in Vietnamese with the option named.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PeriodFigures } from '../../../src/shared/statistics/statistics-types';
import { buildSmallYear } from '../../helpers/small-year';
import { cli, document, errorDocument } from '../../helpers/cli';
import { openTestServices, tempDir } from '../../helpers/services';

let db: string;
let direct: PeriodFigures;
beforeAll(async () => {
  db = path.join(tempDir('thu-ky-cli-period-'), 'nam.sqlite');
  const t = await openTestServices(db);
  try {
    await buildSmallYear(t);
    direct = await t.call('statistics.period', { filter: { from: '2026-01-01', to: '2026-03-31' } });
  } finally {
    await t.close();
  }
});

const period = (...args: string[]) => cli('report', 'period', '--db', db, ...args);
const figures = z.looseObject({
  periodLabel: z.string(),
  conferences: z.array(z.looseObject({ name: z.string() })),
  byKind: z.array(z.looseObject({ kind: z.string(), conferences: z.number() })),
  byHost: z.array(z.unknown()),
  byMonth: z.array(z.unknown()),
  points: z.looseObject({ distinct: z.number() }),
  delegates: z.looseObject({ invited: z.number(), present: z.number() }),
  attendanceByPoint: z.array(z.unknown()),
  attendanceByUnit: z.array(z.unknown()),
  problemPoints: z.array(z.unknown()),
  repeatAbsentees: z.array(z.looseObject({ fullName: z.string(), absent: z.number() })),
});

describe('report period', () => {
  it('--json: one document, the figures the service gives for the same period', async () => {
    const result = await period('--from', '2026-01-01', '--to', '2026-03-31', '--json');
    expect(result.status).toBe(0);
    const printed = document(result, figures);
    expect(printed).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(printed.periodLabel).toBe('Quý I năm 2026');
    expect(printed.conferences).toHaveLength(3);
    expect(printed.delegates).toMatchObject({ invited: 37, present: 32 });
    expect(printed.byKind.map((k) => [k.kind, k.conferences])).toEqual([
      ['giao_ban', 2],
      ['chuyen_de', 1],
    ]);
    expect(printed.repeatAbsentees.map((a) => [a.fullName, a.absent])).toEqual([
      [direct.repeatAbsentees[0].fullName, 2],
    ]);
  });

  it('--kind and --host narrow the period; the lines say it in Vietnamese', async () => {
    const kind = document(
      await period('--from', '2026-01-01', '--to', '2026-03-31', '--kind', 'giao_ban', '--json'),
      figures,
    );
    expect(kind.conferences.map((c) => c.name)).toEqual(['Hội nghị giao ban tháng 1', 'Hội nghị giao ban tháng 2']);
    const host = document(
      await period('--from', '2026-01-01', '--to', '2026-03-31', '--host', 'UBND tỉnh Bắc Ninh', '--json'),
      figures,
    );
    expect(host.conferences.map((c) => c.name)).toEqual(['Hội nghị chuyên đề chuyển đổi số']);

    const human = await period('--from', '2026-01-01', '--to', '2026-03-31');
    expect(human.status).toBe(0);
    const lines = human.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Quý I năm 2026',
      'Hội nghị: 3',
      '  Giao ban: 2',
      `  ${direct.byKind[1].label}: 1`,
    ]);
    expect(human.stdout).toContain('Đại biểu: triệu tập 37, có mặt 32 (86,5 %');
    expect(human.stdout).toContain('Vắng từ 2 hội nghị trở lên: 1 người');
  });

  it('refuses a bad date, a start after the end and an unknown kind, naming the option', async () => {
    const refusal = async (...args: string[]) => {
      const result = await period(...args, '--json');
      expect(result.status).toBe(1);
      return document(result, errorDocument).error;
    };
    expect(await refusal('--from', '2026-13-01', '--to', '2026-12-31')).toEqual({
      code: 'VALIDATION',
      message: '--from: Ngày không hợp lệ (cần dạng năm-tháng-ngày).',
    });
    expect(await refusal('--from', '2026-12-01', '--to', '2026-01-31')).toEqual({
      code: 'VALIDATION',
      message: '--to: Ngày bắt đầu phải trước hoặc đúng ngày kết thúc.',
    });
    const kind = await refusal('--from', '2026-01-01', '--to', '2026-12-31', '--kind', 'hop');
    expect(kind.message).toMatch(/^--kind "hop": Hãy chọn loại hội nghị\. Các loại:\n {2}giao_ban: Giao ban\n/);
    expect(kind.message).toContain('hoc_tap_nghi_quyet: Học tập, quán triệt, triển khai nghị quyết');
    expect(await refusal('--to', '2026-12-31')).toEqual({
      code: 'USAGE',
      message: 'Thiếu --from YYYY-MM-DD hoặc --to YYYY-MM-DD (khoảng thời gian).',
    });
  });
});
