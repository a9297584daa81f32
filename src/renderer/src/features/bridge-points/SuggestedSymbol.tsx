// A point's body symbol when none is stored: the usual body's one its name suggests, greyed, as
// a suggestion only (nothing is stored until the secretary types it); nothing for a body not
// among the usual ones, whose symbol no name tells.
import { suggestedSymbol } from '../../../../shared/documents/body-symbols';

export function SuggestedSymbol({ name }: { name: string }) {
  const suggested = suggestedSymbol(name);
  return suggested ? (
    <span className="muted" title="Gợi ý theo tên điểm cầu; bấm Enter hoặc F2 để sửa">
      {suggested} (gợi ý)
    </span>
  ) : null;
}
