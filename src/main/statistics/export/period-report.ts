// The period's Word report as a service: its header completed from the issuing body (the
// symbol "BC/TU" or "BC-UBND") and the register (the number, and the day it was given), its
// figures read from periodFigures as the screen's are, and the header kept in app_settings so
// that the next report starts from it. Saving is the doors' business (statistics.saveReport).
import { z } from 'zod';
import type { CallResult, ServiceInput } from '../../../shared/contract';
import type { RenderedDocument } from '../../../shared/documents/export-calls';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { AppError } from '../../../shared/errors';
import { numberText, registerSymbol } from '../../../shared/register/register';
import {
  emptyReportHeader,
  periodReportHeader,
  type PeriodReportDefaults,
  type PeriodReportHeader,
} from '../../../shared/statistics/statistics-export-calls';
import type { PeriodFigures, PeriodFilter } from '../../../shared/statistics/statistics-types';
import { asciiFileStem } from '../../../shared/text/file-name';
import { localIsoDate } from '../../../shared/text/vietnamese-dates';
import { missingBodySymbol, symbolForBody, typedSymbol } from '../../documents/document-data';
import { Fragments, packDocument } from '../../documents/docx/pack';
import { periodReportDocument } from '../../documents/docx/period-report';
import { lowerFirst, periodReportSubject } from './words';
import { typedNumber } from '../../documents/issue';
import { getProfile } from '../../documents/profiles/profiles';
import { officeOf } from '../../drafting/generate/issuing';
import { issueNumber, suggestNumber } from '../../register/register';
import { settingValue, storeSetting } from '../../register/queries';
import type { ServiceContext } from '../../services/context';
import { periodFigures } from '../period';

type ReportInput = ServiceInput<'statistics.renderReport'>;

const storedKey = 'statistics.reportHeader';
const stored = z.strictObject({ profileId: z.string(), header: periodReportHeader });

/** The header and profile the last report was saved with; null before the first (or if unreadable). */
function storedReport(ctx: ServiceContext): z.output<typeof stored> | null {
  const value = settingValue(ctx.db, storedKey);
  if (value === undefined) return null;
  try {
    const parsed = stored.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The figures of the period, refused when it holds no conference: a report of nothing is not sent. */
export function figuresToExport(ctx: ServiceContext, filter: PeriodFilter): PeriodFigures {
  const figures = periodFigures(ctx, { filter });
  if (figures.conferences.length === 0)
    throw new AppError(
      'NOT_FOUND',
      `Không có hội nghị nào trong kỳ (${figures.periodLabel}${filter.kind || filter.host ? ', theo điều kiện lọc' : ''}) ` +
        'nên chưa có gì để xuất. Hãy chọn kỳ khác hoặc bỏ bớt điều kiện lọc.',
    );
  return figures;
}

/** "BC/TU" (Party) or "BC-UBND" (state): the body's part typed, else the one its name suggests. */
function reportSymbol(ctx: ServiceContext, profile: FormatProfile, header: PeriodReportHeader): string | null {
  if (header.symbol) return typedSymbol(profile, header.symbol, 'BC');
  const found = symbolForBody(ctx, { bridgePointId: null, bodyName: header.issuingBody });
  return found ? registerSymbol(profile.family, 'BC', found.symbol) : null;
}

/** The copy kept, as each family writes it: "Lưu Văn phòng Tỉnh ủy" (HD 36), "Lưu: VT" (NĐ 30). */
function recipientsOf(profile: FormatProfile, header: PeriodReportHeader): string[] {
  return [
    ...(header.superiorBody ? [`${header.superiorBody} (để báo cáo)`] : []),
    profile.family === 'party' ? `Lưu ${officeOf(header.issuingBody)}` : 'Lưu: VT',
  ];
}

/** The number and day the header prints: the register's once issued, the next one in a preview, else as typed. */
function numbering(
  ctx: ServiceContext,
  input: ReportInput,
  profile: FormatProfile,
  symbol: string | null,
  subject: string,
  recipients: readonly string[],
): { number: string | null; date: string } {
  const today = localIsoDate(new Date());
  const { header } = input;
  if (!input.issue) return { number: header.number, date: today };
  const request = { issuingBody: header.issuingBody, family: profile.family, kind: 'BC' as const, date: today };
  const typed = typedNumber(header.number);
  if (!input.remember) return { number: numberText(typed ?? suggestNumber(ctx, request).number), date: today };
  if (symbol === null)
    throw new AppError(
      'VALIDATION',
      `Chưa biết ký hiệu của ${header.issuingBody}, nên chưa cấp số được. Hãy ghi ký hiệu của cơ quan ` +
        '(ví dụ TU, BTCTU, UBND) rồi lưu lại.',
      'symbol',
    );
  const entry = issueNumber(ctx, {
    ...request,
    number: typed,
    symbol,
    subject: `Báo cáo ${lowerFirst(subject)}`,
    recipients: recipients.join('\n'),
    signer: header.signer,
    document: 'Báo cáo thống kê của kỳ (màn hình Thống kê)',
  });
  return { number: numberText(entry.number), date: entry.issuedOn };
}

export async function renderPeriodReport(ctx: ServiceContext, input: ReportInput): Promise<RenderedDocument> {
  const figures = figuresToExport(ctx, input.filter);
  const profileId = input.profileId ?? storedReport(ctx)?.profileId ?? 'state';
  const { profile } = getProfile(ctx, { id: profileId });
  const { header } = input;
  const symbol = reportSymbol(ctx, profile, header);
  const subject = periodReportSubject(figures.periodLabel);
  const recipients = recipientsOf(profile, header);
  const { number, date } = numbering(ctx, input, profile, symbol, subject, recipients);
  const fragments = new Fragments();
  const document = periodReportDocument(
    profile,
    {
      header: {
        superiorBody: header.superiorBody,
        issuingBody: header.issuingBody,
        number,
        symbol: symbol ?? registerSymbol(profile.family, 'BC', missingBodySymbol),
        place: header.place ?? '………',
        date,
      },
      figures,
      recipients,
      signer: header.signer,
    },
    fragments,
  );
  const bytes = await packDocument(document, fragments);
  // A number is one report's: the next starts from the register's.
  if (input.remember)
    storeSetting(ctx.db, storedKey, JSON.stringify({ profileId, header: { ...header, number: null } }));
  return {
    fileName: `Bao-cao-tinh-hinh-hoi-nghi-truc-tuyen-${asciiFileStem(figures.periodLabel)}.docx`,
    content: bytes.toString('base64'),
    profileId,
    profileName: profile.name,
  };
}

export function periodReportDefaults(
  ctx: ServiceContext,
  input: ServiceInput<'statistics.reportDefaults'>,
): CallResult<'statistics.reportDefaults'> {
  const last = storedReport(ctx);
  const profileId = input.profileId ?? last?.profileId ?? 'state';
  const { profile } = getProfile(ctx, { id: profileId });
  const issuingBody = input.issuingBody ?? last?.header.issuingBody ?? null;
  const result: PeriodReportDefaults = { profileId, header: last?.header ?? null, symbol: '', nextNumber: null };
  if (issuingBody === null) return result;
  // A body typed in the dialog has its own symbol, unless it is the one the last report had.
  const header = last && last.header.issuingBody === issuingBody ? last.header : { ...emptyReportHeader, issuingBody };
  const symbol = reportSymbol(ctx, profile, header);
  const { number } = suggestNumber(ctx, {
    issuingBody,
    family: profile.family,
    kind: 'BC',
    date: localIsoDate(new Date()),
  });
  return { ...result, symbol: symbol ?? '', nextNumber: number };
}
