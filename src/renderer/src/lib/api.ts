// The only module that talks to the services. Every call is typed from the contract; an
// error answer becomes an ApiCallError carrying the Vietnamese message to show.
import type { CallInput, CallName, CallResult } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import { beginBusy } from './busy';
import { createSend } from './transport';

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const send = createSend();

const labels: Partial<Record<CallName, string>> = {
  'conferences.clone': 'Đang nhân bản hội nghị',
  'conferences.remove': 'Đang xoá hội nghị',
  'attendees.add': 'Đang thêm đại biểu',
  'attendees.remove': 'Đang xoá đại biểu',
  'attendees.assignProtocolOrder': 'Đang đánh số thứ tự lễ tân',
  'attendees.assignFileOrder': 'Đang đánh số theo thứ tự trong tệp',
  'conferenceBridgePoints.attach': 'Đang thêm điểm cầu',
  'bridgePoints.addUnits': 'Đang thêm điểm cầu',
  'undo.restore': 'Đang hoàn tác',
  'demo.create': 'Đang tạo dữ liệu mẫu',
  'imports.undo': 'Đang hoàn tác nhập',
  'protocolRanks.set': 'Đang xếp lại đại biểu theo chức vụ',
  'protocolRanks.reset': 'Đang xếp lại đại biểu theo chức vụ',
};

interface CallOptions {
  /** For a screen that shows the progress itself (with its own Cancel button). */
  readonly onProgress?: (done: number, total: number) => void;
}

export async function call<N extends CallName>(
  name: N,
  input: CallInput<N>,
  options: CallOptions = {},
): Promise<CallResult<N>> {
  const busy = options.onProgress ? null : beginBusy(labels[name] ?? 'Đang xử lý');
  try {
    const envelope = await send(name, input, (p) => (options.onProgress ?? busy!.progress)(p.done, p.total));
    if (!envelope.ok) throw new ApiCallError(envelope.error);
    return envelope.value as CallResult<N>;
  } finally {
    busy?.end();
  }
}

/** The secretary stopped the call herself: nothing went wrong, so nothing is shown as a problem. */
export function isCancelled(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError && error.error.code === 'CANCELLED';
}

export function errorMessage(error: unknown, unexpected = 'Đã xảy ra lỗi không mong muốn; hãy thử lại.'): string {
  return error instanceof ApiCallError ? error.message : unexpected;
}
