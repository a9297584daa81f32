// "Xuất văn bản Word": choose the document, the format profile and the order, adjust the
// header's details, look at the first pages as they will print, then save (where the save
// dialog says) and open the folder.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  documentKinds,
  type DocumentKind,
  type HeaderDetailsValues,
  type SavedDocument,
} from '../../../../shared/documents/export-calls';
import type { Conference } from '../../../../shared/conferences/conference-types';
import type { AttendeeOrder } from '../../../../shared/attendees/vocabularies';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { Loader, useLoad } from '../../lib/use-load';
import { useStore } from '../../lib/store';
import { useDebounced } from '../../lib/use-debounced';
import { AttendeeOrderField } from '../../components/AttendeeOrderField';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { VocabularyOptions } from '../../components/VocabularyOptions';
import { SaveFooter } from './SavedFile';
import { showToast } from '../../app/toasts';
import { DocxPreview } from './DocxPreview';
import { ProblemNotice } from '../../components/ProblemNotice';
import type { ProfileSummary } from '../../../../shared/documents/profile-calls';
import { SymbolField } from './SymbolField';
import { headerFieldOf } from './header-field';
import { numberText } from '../../../../shared/register/register';
import { dayMonthYear } from '../../../../shared/text/vietnamese-dates';

interface Props {
  readonly conference: Conference;
  readonly initialDocument?: DocumentKind;
  readonly onClose: () => void;
}

type ProfileItem = Pick<ProfileSummary, 'id' | 'name' | 'family'>;
type HeaderFields = Omit<HeaderDetailsValues, 'profileId' | 'symbolFrom' | 'nextNumber' | 'issued'>;
type NumberState = Pick<HeaderDetailsValues, 'nextNumber' | 'issued'>;
type SymbolDefault = Pick<HeaderDetailsValues, 'symbol' | 'symbolFrom'>;

/** Rows of a long list shown in the preview: its first pages. */
const previewRows = 40;
const withHeader: readonly DocumentKind[] = [
  'minutes',
  'attendeeList',
  'signInSheet',
  'quickReport',
  'invitation',
  'plan',
  'conclusion',
  'report',
];
/** The documents a body numbers from its register. */
const numbered: readonly DocumentKind[] = ['minutes', 'invitation', 'plan', 'conclusion', 'report'];
/** The select's groups: what is made on the day, and the documents before and after it. */
const documentGroups: readonly { label: string; kinds: readonly DocumentKind[] }[] = [
  { label: 'Trong hội nghị', kinds: ['minutes', 'attendeeList', 'signInSheet', 'placeCards', 'news', 'quickReport'] },
  { label: 'Trước và sau hội nghị', kinds: ['invitation', 'plan', 'script', 'conclusion', 'report'] },
];
const withOrder: readonly DocumentKind[] = ['attendeeList', 'signInSheet', 'minutes'];

/**
 * The symbol to send as the secretary's: none while it is the one found for the issuing body, so
 * that what the conference remembers is only what she typed, and a symbol stored with the body
 * later is the one its next export takes.
 */
function typedSymbol(header: HeaderFields, found: SymbolDefault | null): string | null {
  const untouched = found !== null && found.symbolFrom !== 'typed' && header.symbol === found.symbol;
  return untouched ? null : header.symbol;
}

export function ExportDialog({ conference, initialDocument = 'minutes', onClose }: Props) {
  const [document, setDocument] = useState<DocumentKind>(initialDocument);
  const [profileId, setProfileId] = useState<string | null>(null);
  const [order, setOrder] = useState<AttendeeOrder>('protocol');
  const [appendix, setAppendix] = useState(false);
  const [header, setHeader] = useState<HeaderFields | null>(null);
  const [symbolDefault, setSymbolDefault] = useState<SymbolDefault | null>(null);
  const [numbers, setNumbers] = useState<NumberState>({ nextNumber: null, issued: null });
  const [issue, setIssue] = useState(false);
  // Only the answers for the document, profile and details chosen last are shown: the number
  // and symbol of a document chosen before, or its preview, would not be this one's.
  const [numbering] = useState(() => new Loader<HeaderDetailsValues>());
  const [previewing] = useState(() => new Loader<string>());
  const { data: preview = null } = useStore(previewing.state);
  const action = useAction();
  const { fail, setProblem } = action;
  const [saved, setSaved] = useState<SavedDocument | null>(null);
  const { data: profiles = [] } = useLoad<readonly ProfileItem[]>(
    useCallback(() => call('profiles.list', {}), []),
    fail,
  );

  useEffect(() => {
    call('exports.headerDefaults', { conferenceId: conference.id, document: initialDocument }).then(
      ({ profileId: usual, symbolFrom, nextNumber, issued, ...fields }) => {
        setProfileId(usual);
        setHeader(fields);
        setSymbolDefault({ symbol: fields.symbol, symbolFrom });
        setNumbers({ nextNumber, issued });
      },
      fail,
    );
  }, [conference.id, initialDocument, fail]);

  /**
   * The symbol's form follows the profile ("BB-…" for the State, "BB/…" for the Party) and the
   * document's kind ("GM/…" for the invitation), and each numbered document has its own number.
   */
  const refreshNumbering = async (changes: { profileId?: string; document?: DocumentKind }) => {
    if (changes.profileId) setProfileId(changes.profileId);
    if (changes.document) {
      setDocument(changes.document);
      // Each document is issued by its own choice, never by the one ticked for another.
      setIssue(false);
    }
    const asked = {
      conferenceId: conference.id,
      profileId: changes.profileId ?? profileId ?? undefined,
      document: changes.document ?? document,
    };
    const shown = await numbering.load(() => call('exports.headerDefaults', asked), fail);
    const defaults = numbering.state.get().data;
    if (!shown || !defaults) return;
    setHeader((h) => (h ? { ...h, symbol: defaults.symbol, ...(changes.document && { number: defaults.number }) } : h));
    setSymbolDefault({ symbol: defaults.symbol, symbolFrom: defaults.symbolFrom });
    setNumbers({ nextNumber: defaults.nextNumber, issued: defaults.issued });
  };
  const changeProfile = (id: string) => refreshNumbering({ profileId: id });

  // A body typed in place of the host's has a symbol of its own, unless the secretary typed one.
  const findSymbolFor = async (issuingBody: string | null) => {
    if (profileId === null || header === null || typedSymbol(header, symbolDefault) !== null) return;
    try {
      const found = await call('exports.headerDefaults', {
        conferenceId: conference.id,
        profileId,
        issuingBody: issuingBody ?? undefined,
      });
      setHeader((h) => (h ? { ...h, symbol: found.symbol } : h));
      setSymbolDefault({ symbol: found.symbol, symbolFrom: found.symbolFrom });
    } catch (error) {
      fail(error);
    }
  };

  const options = useMemo(
    () =>
      profileId === null || header === null
        ? null
        : {
            conferenceId: conference.id,
            document,
            profileId,
            order,
            appendix: document === 'minutes' && appendix,
            header: withHeader.includes(document)
              ? { ...header, symbol: typedSymbol(header, symbolDefault) }
              : undefined,
            issue: numbered.includes(document) && (issue || numbers.issued !== null),
          },
    [conference.id, document, profileId, order, appendix, header, symbolDefault, issue, numbers.issued],
  );
  const settled = useDebounced(options, 400);

  useEffect(() => {
    if (!settled) return;
    setSaved(null);
    const rendering = previewing.load(
      async () => (await call('exports.render', { ...settled, previewRows })).content,
      fail,
    );
    void rendering.then((shown) => shown && setProblem(null));
    return previewing.drop;
  }, [previewing, settled, fail, setProblem]);

  const save = async () => {
    if (!options) return;
    await action.run(async () => {
      const result = await call('exports.save', options);
      setSaved(result);
      // Issued now: from here on the dialog shows the number the register gave it.
      if (options.issue) await refreshNumbering({});
      showToast({ kind: 'info', message: `Đã lưu "${result.path}".` });
    });
  };

  const field = headerFieldOf(header, setHeader);

  return (
    <Modal
      title="Xuất văn bản Word"
      wide
      onClose={onClose}
      footer={
        <SaveFooter
          saved={saved}
          onProblem={action.setProblem}
          saveLabel={action.busy ? 'Đang lưu…' : 'Lưu…'}
          disabled={!options || action.busy}
          onSave={() => void save()}
          onClose={onClose}
        />
      }
    >
      <ProblemNotice message={action.problem} />
      <div className="export-layout">
        <div className="export-options">
          <SelectField label="Văn bản" value={document} onChange={(kind) => void refreshNumbering({ document: kind })}>
            {documentGroups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                <VocabularyOptions vocabulary={documentKinds} codes={group.kinds} />
              </optgroup>
            ))}
          </SelectField>
          <SelectField label="Mẫu định dạng" value={profileId ?? ''} onChange={(id) => void changeProfile(id)}>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          {withOrder.includes(document) && <AttendeeOrderField value={order} onChange={setOrder} />}
          {document === 'minutes' && (
            <label className="checkbox">
              <input type="checkbox" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} />
              Kèm phụ lục danh sách đại biểu
            </label>
          )}
          {withHeader.includes(document) && header && (
            <fieldset className="export-header">
              <legend>Phần đầu văn bản</legend>
              {field('superiorBody', 'Cơ quan cấp trên', 'Để trống nếu không có')}
              {field('issuingBody', 'Cơ quan ban hành', '', (body) => void findSymbolFor(body || null))}
              {numbered.includes(document) && numbers.issued && (
                <p className="notice" role="note">
                  Đã vào sổ văn bản đi: số {numbers.issued.fullNumber}, ngày {dayMonthYear(numbers.issued.issuedOn)}.
                  Văn bản in số và ngày này.
                </p>
              )}
              {numbered.includes(document) && !numbers.issued && (
                <label className="checkbox">
                  <input type="checkbox" checked={issue} onChange={(e) => setIssue(e.target.checked)} />
                  Phát hành: cấp số trong sổ văn bản đi
                </label>
              )}
              {numbered.includes(document) &&
                !numbers.issued &&
                field(
                  'number',
                  'Số',
                  issue && numbers.nextNumber !== null
                    ? `Số tiếp theo: ${numberText(numbers.nextNumber)}`
                    : 'Để trống để ghi tay',
                )}
              {numbered.includes(document) && (
                <SymbolField
                  value={header.symbol}
                  usual={symbolDefault}
                  family={profiles.find((p) => p.id === profileId)?.family ?? null}
                  onChange={(symbol) => setHeader((h) => (h ? { ...h, symbol } : h))}
                />
              )}
              {field('place', 'Địa danh')}
            </fieldset>
          )}
        </div>
        <div className="export-preview">
          <p className="muted small">Xem trước các trang đầu (danh sách dài chỉ hiện {previewRows} người đầu).</p>
          <DocxPreview content={preview} />
        </div>
      </div>
    </Modal>
  );
}
