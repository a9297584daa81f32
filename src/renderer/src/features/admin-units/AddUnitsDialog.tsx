// A province's communes, wards and special zones added to the directory in one step (and, in a
// conference, attached to it): choose the province, tick the units, say where they go and how
// they are named. The service does it as one change that "Hoàn tác" takes back.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  adminUnitKinds,
  communeKinds,
  defaultUnitNamePattern,
  unitNamePatterns,
  unitNamePlaceholders,
  type AddedUnits,
  type AdminCatalogInfo,
  type AdminProvince,
  type AdminUnitEntry,
} from '../../../../shared/admin-units/admin-units';
import { patternProblem, provincePointName, unitPointName } from '../../../../shared/admin-units/unit-point-name';
import { foldUnit, nameMatches, queryWords, unitRank } from '../../../../shared/admin-units/unit-search';
import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { formatCount } from '../../lib/format';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SearchBox } from '../../components/SearchBox';
import { Typeahead } from '../../components/Typeahead';
import { BridgePointTypeahead } from '../bridge-points/BridgePointTypeahead';
import { catalogLine } from './unit-label';

interface Props {
  /** In a conference, the points ticked are attached to it as well. */
  readonly conferenceId?: number;
  readonly onClose: () => void;
  readonly onAdded: (result: AddedUnits) => void;
}

const customPattern = 'custom';
const ownParentLabel = 'Điểm cầu của tỉnh/thành phố (tạo mới nếu chưa có)';

function provinceCounts(province: AdminProvince): string {
  const parts = communeKinds.codes
    .filter((k) => province.countsByKind[k] > 0)
    .map((k) => `${formatCount(province.countsByKind[k])} ${adminUnitKinds.label(k).toLocaleLowerCase('vi')}`);
  return `${formatCount(province.unitCount)} đơn vị: ${parts.join(', ')}`;
}

/** A box that ticks a whole set: ticked when all are, half-ticked when some are. */
function TickAll({
  label,
  total,
  ticked,
  onChange,
}: {
  label: string;
  total: number;
  ticked: number;
  onChange: (tick: boolean) => void;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        disabled={total === 0}
        checked={total > 0 && ticked === total}
        ref={(box) => {
          if (box) box.indeterminate = ticked > 0 && ticked < total;
        }}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

/** One of a fieldset's choices, with its words beside it. */
function Choice({
  group,
  checked,
  onChoose,
  children,
}: {
  group: string;
  checked: boolean;
  onChoose: () => void;
  children: ReactNode;
}) {
  return (
    <label className="checkbox">
      <input type="radio" name={group} checked={checked} onChange={onChoose} />
      {children}
    </label>
  );
}

export function AddUnitsDialog({ conferenceId, onClose, onAdded }: Props) {
  const inConference = conferenceId !== undefined;
  const [catalog, setCatalog] = useState<{ info: AdminCatalogInfo; provinces: readonly AdminProvince[] } | null>(null);
  const action = useAction();
  const { fail, setProblem } = action;
  const [provinceText, setProvinceText] = useState('');
  const [province, setProvince] = useState<AdminProvince | null>(null);
  const [units, setUnits] = useState<readonly AdminUnitEntry[] | null>(null);
  const [filter, setFilter] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [parentChoice, setParentChoice] = useState<'own' | 'other'>('own');
  const [parentText, setParentText] = useState('');
  const [parent, setParent] = useState<BridgePoint | null>(null);
  const [patternChoice, setPatternChoice] = useState<string>(defaultUnitNamePattern);
  const [ownPattern, setOwnPattern] = useState('Điểm cầu {tên}');

  useEffect(() => {
    call('adminUnits.provinces', {})
      .then((answer) => setCatalog({ info: answer.catalog, provinces: answer.provinces }))
      .catch(fail);
  }, [fail]);

  const searchProvinces = useCallback(
    (query: string) =>
      Promise.resolve((catalog?.provinces ?? []).filter((p) => nameMatches(p.name, queryWords(query))).slice(0, 12)),
    [catalog],
  );

  const choose = (chosen: AdminProvince) => {
    setProvince(chosen);
    setProvinceText(chosen.name);
    setUnits(null);
    setTicked(new Set());
    setFilter('');
    setProblem(null);
  };

  // What is there already depends on the parent too: names are compared among the points below it.
  const parentId = parentChoice === 'other' && parent ? parent.id : undefined;
  useEffect(() => {
    if (!province) return;
    let current = true;
    call('adminUnits.units', { provinceCode: province.code, parentId, limit: 5000 })
      .then((answer) => {
        if (!current) return;
        setUnits(answer);
        if (!inConference) {
          const present = new Set(answer.filter((u) => u.pointId !== null).map((u) => u.code));
          setTicked((ticks) => new Set([...ticks].filter((code) => !present.has(code))));
        }
      })
      .catch((error) => current && fail(error));
    return () => {
      current = false;
    };
  }, [province, parentId, inConference, fail]);

  const folded = useMemo(() => new Map(units?.map((u) => [u.code, foldUnit(u)])), [units]);
  // A unit the directory has already is not added again; in a conference, ticking it attaches its point.
  const tickable = useCallback((u: AdminUnitEntry) => inConference || u.pointId === null, [inConference]);
  const visible = useMemo(() => {
    const words = queryWords(filter);
    return (units ?? []).filter((u) => unitRank(folded.get(u.code)!, words) !== null);
  }, [units, folded, filter]);
  const groups = communeKinds.codes
    .map((kind) => ({
      kind,
      total: units?.filter((u) => u.kind === kind).length ?? 0,
      shown: visible.filter((u) => u.kind === kind),
    }))
    .filter((g) => g.total > 0);

  const tick = (list: readonly AdminUnitEntry[], on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      for (const u of list) {
        if (!tickable(u)) continue;
        if (on) next.add(u.code);
        else next.delete(u.code);
      }
      return next;
    });
  const tickedIn = (list: readonly AdminUnitEntry[]) => list.filter((u) => ticked.has(u.code)).length;

  // In the order shown, kind by kind, so the preview names the first units ticked on screen.
  const shownOrder = groups.flatMap((g) => (units ?? []).filter((u) => u.kind === g.kind));
  const chosenUnits = shownOrder.filter((u) => ticked.has(u.code));
  const newCount = chosenUnits.filter((u) => u.pointId === null).length;
  const presentCount = chosenUnits.length - newCount;
  const present = (units ?? []).filter((u) => u.pointId !== null).length;

  const pattern = patternChoice === customPattern ? ownPattern : patternChoice;
  const patternError = patternProblem(pattern);
  const samples = (chosenUnits.length > 0 ? chosenUnits : shownOrder).slice(0, 3);

  const count = inConference ? chosenUnits.length : newCount;
  const missing =
    !province || !units
      ? 'Hãy chọn tỉnh, thành phố.'
      : count === 0
        ? !inConference && present === units.length
          ? `Mọi xã, phường, đặc khu của ${province.name} đã có trong danh mục điểm cầu.`
          : 'Hãy đánh dấu các xã, phường, đặc khu cần thêm.'
        : parentChoice === 'other' && !parent
          ? 'Hãy chọn điểm cầu cấp trên trong danh mục.'
          : patternError;

  const add = async () => {
    if (missing || !province) return;
    // A refusal leaves everything chosen as it was, to try again.
    const result = await action.run(() =>
      call('bridgePoints.addUnits', {
        provinceCode: province.code,
        unitCodes: chosenUnits.map((u) => u.code),
        parentId,
        pattern,
        conferenceId,
      }),
    );
    if (result) onAdded(result);
  };

  const summary =
    !province || !units
      ? ''
      : [
          newCount > 0 && `Sẽ thêm ${formatCount(newCount)} điểm cầu mới vào danh mục`,
          inConference &&
            chosenUnits.length > 0 &&
            `gắn ${formatCount(chosenUnits.length)} điểm cầu và điểm cầu cấp trên của chúng vào hội nghị`,
          inConference && presentCount > 0 && `${formatCount(presentCount)} đã có trong danh mục`,
        ]
          .filter(Boolean)
          .join('; ');

  return (
    <Modal
      title="Thêm điểm cầu theo danh mục hành chính"
      onClose={onClose}
      wide
      footer={
        <>
          <span className="small muted" aria-live="polite">
            {summary || missing}
          </span>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Huỷ
          </button>
          <button
            type="button"
            className="primary"
            disabled={missing !== null || action.busy}
            title={missing ?? undefined}
            onClick={() => void add()}
          >
            {action.busy
              ? 'Đang thêm…'
              : inConference
                ? `Thêm và gắn ${formatCount(count)} điểm cầu vào hội nghị`
                : `Thêm ${formatCount(count)} điểm cầu`}
          </button>
        </>
      }
    >
      <ProblemNotice message={action.problem} />
      <div className="units-dialog">
        <Field
          label="Tỉnh, thành phố"
          hint={
            province
              ? `${provinceCounts(province)}${present > 0 ? ` · ${formatCount(present)} đã có trong danh mục điểm cầu` : ''}`
              : catalog
                ? catalogLine(catalog.info)
                : 'Đang đọc danh mục hành chính…'
          }
        >
          <Typeahead<AdminProvince>
            ariaLabel="Tỉnh, thành phố"
            placeholder="Gõ tên tỉnh, thành phố (không dấu cũng được), ví dụ: thai nguyen…"
            value={provinceText}
            onChange={setProvinceText}
            search={searchProvinces}
            itemKey={(p) => p.code}
            renderItem={(p) => (
              <span>
                <strong>{p.name}</strong>
                <span className="muted"> — {provinceCounts(p)}</span>
              </span>
            )}
            onPick={choose}
            autoHighlight
          />
        </Field>

        {province && units && (
          <>
            <div className="toolbar">
              <SearchBox
                label="Lọc xã, phường, đặc khu"
                placeholder="Lọc theo tên (gõ không dấu cũng được)…"
                value={filter}
                onChange={setFilter}
              />
              <TickAll
                label={
                  filter.trim()
                    ? `Chọn tất cả ${formatCount(visible.length)} đơn vị khớp`
                    : `Chọn tất cả (${formatCount(units.length)})`
                }
                total={visible.filter(tickable).length}
                ticked={tickedIn(visible)}
                onChange={(on) => tick(visible, on)}
              />
              <span className="spacer" />
              <span className="small">Đã chọn {formatCount(chosenUnits.length)}</span>
            </div>
            <div className="unit-groups" role="group" aria-label={`Xã, phường, đặc khu của ${province.name}`}>
              {groups.map((g) => (
                <section key={g.kind} className="unit-group" aria-label={adminUnitKinds.label(g.kind)}>
                  <h3>
                    <TickAll
                      label={`${adminUnitKinds.label(g.kind)} (${formatCount(g.total)})${
                        filter.trim() ? ` · ${formatCount(g.shown.length)} khớp` : ''
                      }`}
                      total={g.shown.filter(tickable).length}
                      ticked={tickedIn(g.shown)}
                      onChange={(on) => tick(g.shown, on)}
                    />
                  </h3>
                  <ul className="unit-list">
                    {g.shown.map((u) => (
                      <li key={u.code} className={u.pointId !== null ? 'present' : undefined}>
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            disabled={!tickable(u)}
                            checked={ticked.has(u.code)}
                            onChange={(e) => tick([u], e.target.checked)}
                          />
                          <span>
                            {u.shortName}
                            {u.pointName && <span className="unit-present small"> — đã có: {u.pointName}</span>}
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
              {visible.length === 0 && <p className="muted">Không có xã, phường, đặc khu nào khớp "{filter}".</p>}
            </div>

            <div className="units-options">
              <fieldset className="units-choice">
                <legend>Thuộc điểm cầu cấp trên</legend>
                <Choice group="units-parent" checked={parentChoice === 'own'} onChoose={() => setParentChoice('own')}>
                  {ownParentLabel}
                </Choice>
                <Choice
                  group="units-parent"
                  checked={parentChoice === 'other'}
                  onChoose={() => setParentChoice('other')}
                >
                  Điểm cầu khác trong danh mục
                </Choice>
                {parentChoice === 'other' && (
                  <BridgePointTypeahead
                    ariaLabel="Điểm cầu cấp trên"
                    placeholder="Tìm điểm cầu cấp trên…"
                    limit={8}
                    value={parentText}
                    onChange={(text) => {
                      setParentText(text);
                      setParent(null);
                    }}
                    onPick={(p) => {
                      setParent(p);
                      setParentText(p.name);
                    }}
                    autoHighlight
                  />
                )}
              </fieldset>

              <fieldset className="units-choice">
                <legend>Đặt tên điểm cầu</legend>
                {unitNamePatterns.map((p) => (
                  <Choice
                    key={p}
                    group="units-pattern"
                    checked={patternChoice === p}
                    onChoose={() => setPatternChoice(p)}
                  >
                    {p.replace('{tên}', 'xã X')}
                  </Choice>
                ))}
                <Choice
                  group="units-pattern"
                  checked={patternChoice === customPattern}
                  onChoose={() => setPatternChoice(customPattern)}
                >
                  Mẫu riêng…
                </Choice>
                {patternChoice === customPattern && (
                  <label className={`field${patternError ? ' has-error' : ''}`}>
                    <span className="field-label">Mẫu tên</span>
                    <input value={ownPattern} onChange={(e) => setOwnPattern(e.target.value)} />
                    <span className="field-hint">
                      Có thể dùng: {unitNamePlaceholders.map((p) => `${p.key} (${p.example})`).join(', ')}.
                    </span>
                  </label>
                )}
              </fieldset>
            </div>

            <div className="units-preview" aria-label="Tên điểm cầu sẽ đặt">
              {patternError ? (
                <p className="field-error" role="alert">
                  {patternError}
                </p>
              ) : (
                <>
                  <span className="field-label">Tên sẽ đặt, ví dụ:</span>
                  <ul>
                    {parentChoice === 'own' && (
                      <li>
                        {provincePointName(pattern, province)}{' '}
                        <span className="muted small">(điểm cầu của tỉnh, thành phố, nếu chưa có)</span>
                      </li>
                    )}
                    {samples.map((u) => (
                      <li key={u.code}>{unitPointName(pattern, u)}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            {catalog && <p className="hint">{catalogLine(catalog.info)}</p>}
          </>
        )}
      </div>
    </Modal>
  );
}
