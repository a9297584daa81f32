// "Văn bản được trích dẫn": every official document the draft cites, in order, with what is
// wrong in a malformed citation (Party numbers take "-", state numbers "/", dates that do
// not exist), so it is fixed before the minutes go out.
import { useMemo } from 'react';
import type { RichDoc } from '../../../../shared/drafting/rich-text';
import { plainText } from '../../../../shared/drafting/rich-text';
import { findDocumentReferences, type DocumentReference } from '../../../../shared/text/document-references';
import { formatDate } from '../../lib/format';

interface Props {
  readonly sections: readonly { readonly key: string; readonly label: string; readonly doc: RichDoc }[];
}

interface Cited extends DocumentReference {
  readonly section: string;
}

export function CitationsPanel({ sections }: Props) {
  const cited = useMemo(
    () =>
      sections.flatMap((s): Cited[] =>
        findDocumentReferences(plainText(s.doc)).map((r) => ({ ...r, section: s.label })),
      ),
    [sections],
  );
  const wrong = cited.filter((c) => c.problems.length > 0).length;
  return (
    <aside className="citations" aria-label="Văn bản được trích dẫn">
      <h3>
        Văn bản được trích dẫn {cited.length > 0 && <span className="muted">({cited.length})</span>}
        {wrong > 0 && <span className="pill conn-su_co">{wrong} cần sửa</span>}
      </h3>
      {cited.length === 0 ? (
        <p className="muted small">
          Chưa có. Các văn bản như "Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị" được liệt kê ở đây khi gõ vào
          bản thảo.
        </p>
      ) : (
        <ol>
          {cited.map((c, i) => (
            <li key={i} className={c.problems.length > 0 ? 'has-problem' : ''}>
              <strong>
                {c.kind} số {c.number}
              </strong>
              {c.date && <> ngày {formatDate(c.date)}</>}
              {c.issuer && <> của {c.issuer}</>}
              <span className="muted small"> — {c.section}</span>
              {c.problems.map((p) => (
                <p key={p} className="problem">
                  {p}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
