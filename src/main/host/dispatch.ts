// The single gate every call passes: known name, input that matches the contract's schema,
// then the service; whatever happens comes back as a value with a Vietnamese message.
import { z } from 'zod';
import { contract, doorOf, isCallName, type CallName, type ServiceCallName } from '../../shared/contract';
import { AppError, type ApiError, type Envelope } from '../../shared/errors';
import type { ServiceContext, ServiceOptions } from '../services/context';
import type { Handlers } from '../services';
import { awaitCancellable } from '../services/cancellable';
import { indexBacklog } from '../search/search-index';

const vietnamese = z.locales.vi();
// Schemas carry their own messages for what a secretary can type wrong; anything else (a
// broken caller) still gets a Vietnamese sentence naming the field.
z.config({
  customError: (issue) => {
    const detail = vietnamese.localeError(issue);
    const where = issue.path?.length ? ` ở "${issue.path.join('.')}"` : '';
    return `Dữ liệu không hợp lệ${where}: ${typeof detail === 'string' ? detail : (detail?.message ?? issue.message)}`;
  },
});

export interface Dispatch {
  (
    name: unknown,
    input: unknown,
    progress?: (name: CallName, done: number, total: number) => void,
  ): Promise<Envelope<unknown>>;
  /** Stops the background work (before the database is closed). */
  stop(): void;
}

// Rows indexed for search per step between calls: the step grows or shrinks to take about a
// tenth of a second, so a waiting call is never held long and a big backlog is not cut small.
const firstIndexingStep = 2000;
const indexingStepMs = 100;

/** Calls that only stop other work: they must not wait behind the work they stop. */
const immediateCalls: ReadonlySet<ServiceCallName> = new Set([
  'imports.cancel',
  'sheets.cancel',
  'meetingReports.cancel',
]);

/** Calls whose work stops on a cancel under their requestId, also while they wait their turn. */
const cancellableCalls: ReadonlySet<ServiceCallName> = new Set([
  'imports.preview',
  'imports.commit',
  'sheets.write',
  'meetingReports.preview',
]);

/** A call marked for a door that reached the services with no door in front of them. */
const noDoor: ApiError = {
  code: 'FORBIDDEN',
  message: 'Tệp chỉ lưu được từ cửa sổ ứng dụng (hộp thoại Lưu) hoặc bằng lệnh export của CLI.',
};

const sqliteErrors: [RegExp, ApiError][] = [
  [
    /^SQLITE_FULL/,
    {
      code: 'DISK_FULL',
      message:
        'Ổ đĩa đã đầy nên thay đổi chưa được lưu. Hãy giải phóng ' +
        'dung lượng ổ đĩa rồi thử lại; dữ liệu cũ vẫn nguyên vẹn.',
    },
  ],
  [
    /^SQLITE_(BUSY|LOCKED)/,
    { code: 'BUSY', message: 'Dữ liệu đang bận vì một thao tác khác chưa xong. Hãy đợi vài giây rồi thử lại.' },
  ],
  [
    /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/,
    { code: 'CONFLICT', message: 'Dữ liệu này đã có; thay đổi không được lưu để tránh trùng lặp.' },
  ],
  [
    /^SQLITE_CONSTRAINT/,
    {
      code: 'CONFLICT',
      message: 'Thay đổi không hợp lệ với dữ liệu hiện có (có thể mục liên quan vừa bị xoá). Hãy tải lại rồi thử lại.',
    },
  ],
  [
    /^SQLITE_(READONLY|IOERR|CANTOPEN|PERM)/,
    {
      code: 'DB_UNAVAILABLE',
      message:
        'Không ghi được vào tệp dữ liệu (ổ đĩa bị khoá, chỉ đọc hoặc lỗi đọc ghi). Thay đổi chưa được lưu; ' +
        'hãy kiểm tra ổ đĩa rồi thử lại.',
    },
  ],
  [
    /^SQLITE_(CORRUPT|NOTADB)/,
    {
      code: 'DB_UNAVAILABLE',
      message:
        'Tệp dữ liệu bị hỏng. Hãy đóng ứng dụng và mở lại: tệp hỏng sẽ được chuyển sang chỗ khác và bạn có ' +
        'thể khôi phục từ bản sao lưu.',
    },
  ],
];

export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') {
    const known = sqliteErrors.find(([pattern]) => pattern.test(code));
    if (known) return known[1];
  }
  console.error(error);
  return {
    code: 'INTERNAL',
    message:
      'Đã xảy ra lỗi không mong muốn nên thao tác chưa được thực hiện; dữ liệu đã lưu không bị ảnh hưởng. ' +
      'Hãy thử lại; nếu vẫn lỗi, hãy báo bộ phận kỹ thuật.',
  };
}

/**
 * Calls run one at a time, in the order they came: a long import that yields between chunks
 * of its transaction is never interleaved with an edit. Work that does not touch the database
 * (reading a file in its own process) is done outside that order, through `ctx.outsideQueue`.
 */
export function createDispatch(db: ServiceContext['db'], handlers: Handlers, options: ServiceOptions = {}): Dispatch {
  let queue: Promise<void> = Promise.resolve();
  let waiting = 0;
  let indexing = false;
  let stopped = false;
  let step = firstIndexingStep;

  // New rows are indexed for search in small steps while no call is waiting.
  const indexWhenIdle = () => {
    if (indexing || stopped) return;
    indexing = true;
    const work = () => {
      if (stopped || waiting > 0) return void (indexing = false);
      try {
        const started = performance.now();
        if (indexBacklog(db, step) === 0) return void (indexing = false);
        const took = performance.now() - started;
        step = Math.max(
          500,
          Math.min(100_000, Math.round(step * (took < indexingStepMs / 2 ? 2 : took > indexingStepMs * 2 ? 0.5 : 1))),
        );
      } catch (error) {
        console.error(error);
        return void (indexing = false);
      }
      setImmediate(work);
    };
    setImmediate(work);
  };
  indexWhenIdle();

  /** Waits for this call's turn at the database; resolves with the function that ends it. */
  const turn = (): Promise<() => void> => {
    waiting++;
    const before = queue;
    let release!: () => void;
    queue = new Promise<void>((resolve) => (release = resolve));
    return before.then(() => {
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        waiting--;
        release();
        indexWhenIdle();
      };
    });
  };

  const dispatch = ((name, input, progress) => {
    if (!isCallName(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CALL', message: 'Yêu cầu không hợp lệ: ứng dụng không có chức năng này.' },
      });
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.map(String).join('.');
      return Promise.resolve({
        ok: false,
        error: field
          ? { code: 'VALIDATION', message: issue.message, field }
          : { code: 'VALIDATION', message: issue.message },
      });
    }
    if (doorOf(name)) return Promise.resolve({ ok: false, error: noDoor });
    const serviceCall = name as ServiceCallName;
    const immediate = immediateCalls.has(serviceCall);
    // Taken now, not when the call starts: calls keep the order they came in.
    const myTurn = immediate ? Promise.resolve(() => undefined) : turn();
    // A cancel that comes while the call waits its turn must be answered as stopping it.
    const endWait = cancellableCalls.has(serviceCall)
      ? awaitCancellable((parsed.data as { requestId: string }).requestId)
      : () => undefined;
    return (async (): Promise<Envelope<unknown>> => {
      let endTurn = await myTurn;
      const ctx: ServiceContext = {
        db,
        progress: (done, total) => progress?.(name, done, total),
        ...options,
        // The turn is given up while the work runs, and waited for again after it; work that
        // fails (a refused file, a cancelled reading) ends the call without waiting.
        outsideQueue: async (work) => {
          if (immediate) return work();
          endTurn();
          const value = await work();
          endTurn = await turn();
          return value;
        },
      };
      try {
        const handler = handlers[serviceCall] as (ctx: ServiceContext, input: unknown) => unknown;
        return { ok: true, value: await handler(ctx, parsed.data) };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      } finally {
        endWait();
        endTurn();
      }
    })();
  }) as Dispatch;
  dispatch.stop = () => {
    stopped = true;
  };
  return dispatch;
}
