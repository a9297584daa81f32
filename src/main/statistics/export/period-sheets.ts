// The period's workbook as a service: the figures the screen shows, written into a staging
// folder for the door to save (statistics.saveSheets), as the register's book is.
import path from 'node:path';
import type { ServiceInput } from '../../../shared/contract';
import type { StagedSheets } from '../../../shared/sheets/sheet-calls';
import { asciiFileStem } from '../../../shared/text/file-name';
import { newStaging, removeStaging } from '../../files/staging';
import { writePeriodBook } from '../../sheets/xlsx/period-sheets';
import type { ServiceContext } from '../../services/context';
import { figuresToExport } from './period-report';

export async function writePeriodSheets(
  ctx: ServiceContext,
  input: ServiceInput<'statistics.writeSheets'>,
): Promise<StagedSheets> {
  const figures = figuresToExport(ctx, input.filter);
  const staging = await newStaging();
  const name = `Thong-ke-hoi-nghi-${asciiFileStem(figures.periodLabel)}.xlsx`;
  try {
    const rows = await writePeriodBook(path.join(staging.dir, name), figures, new Date());
    return { token: staging.token, name, files: [name], rows };
  } catch (error) {
    await removeStaging(staging.token);
    throw error;
  }
}
