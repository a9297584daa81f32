// The details of a conference: used to create one and on its "Thông tin chung" tab.
import { useCallback, useState, type FormEvent } from 'react';
import type { CallInput } from '../../../../shared/contract';
import {
  conferenceKinds,
  sessions,
  type ConferenceKind,
  type Session,
} from '../../../../shared/conferences/vocabularies';
import type { Conference } from '../../../../shared/conferences/conference-types';
import type { Person } from '../../../../shared/people/people-types';
import { ApiCallError, call } from '../../lib/api';
import { todayIso } from '../../lib/format';
import { useFields } from '../../lib/use-fields';
import { ConfirmButtons } from '../../components/ConfirmButtons';
import { Field } from '../../components/Field';
import { PersonLabel } from '../../components/PersonLabel';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Typeahead } from '../../components/Typeahead';
import { VocabularyOptions } from '../../components/VocabularyOptions';
import { BridgePointTypeahead } from '../bridge-points/BridgePointTypeahead';

interface FormState {
  name: string;
  kind: ConferenceKind;
  date: string;
  session: Session;
  startTime: string;
  hostBody: string;
  chairName: string;
  chairPersonId: number | null;
  chairPosition: string;
  mainPointName: string;
  mainPointId: number | null;
}

type Input = CallInput<'conferences.create'>;

function initialState(conference?: Conference): FormState {
  const chair = conference?.chairs.find((c) => c.role === 'chu_tri');
  return {
    name: conference?.name ?? '',
    kind: conference?.kind ?? 'giao_ban',
    date: conference?.date ?? todayIso(),
    session: conference?.session ?? 'sang',
    startTime: conference?.startTime ?? '08:00',
    hostBody: conference?.hostBody ?? '',
    chairName: chair?.fullName ?? '',
    chairPersonId: chair?.personId ?? null,
    chairPosition: chair?.position ?? '',
    mainPointName: conference?.mainBridgePointName ?? '',
    mainPointId: conference?.mainBridgePointId ?? null,
  };
}

function toInput(s: FormState): Input {
  const chairName = s.chairName.trim();
  const position = s.chairPosition.trim() || null;
  return {
    name: s.name,
    kind: s.kind,
    date: s.date,
    session: s.session,
    startTime: s.startTime,
    hostBody: s.hostBody || null,
    mainBridgePointId: s.mainPointName.trim() ? s.mainPointId : null,
    chair:
      chairName === ''
        ? null
        : s.chairPersonId !== null
          ? { personId: s.chairPersonId, position }
          : { fullName: chairName, position },
  };
}

interface Props {
  readonly conference?: Conference;
  readonly submitLabel: string;
  readonly onSaved: (conference: Conference) => void;
  readonly onCancel?: () => void;
}

export function ConferenceForm({ conference, submitLabel, onSaved, onCancel }: Props) {
  const { values: state, errors, setErrors, set, change, text } = useFields(() => initialState(conference));
  const [saving, setSaving] = useState(false);

  const searchPeople = useCallback(async (q: string) => (await call('people.list', { query: q, limit: 8 })).rows, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(state);
    if (input.mainBridgePointId === null && state.mainPointName.trim()) {
      setErrors({ mainBridgePointId: 'Hãy chọn điểm cầu chính trong danh sách gợi ý (hoặc để trống).' });
      return;
    }
    setSaving(true);
    try {
      const saved = conference
        ? await call('conferences.update', { id: conference.id, ...input })
        : await call('conferences.create', input);
      setErrors({});
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiCallError) setErrors({ [error.error.field?.split('.')[0] ?? 'form']: error.message });
      else throw error;
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
      <Field label="Tên hội nghị" error={errors.name} wide>
        <textarea
          rows={2}
          value={state.name}
          onChange={(e) => set('name', e.target.value)}
          placeholder="Ví dụ: Hội nghị giao ban trực tuyến công tác tổ chức xây dựng Đảng quý IV năm 2026"
        />
      </Field>
      <SelectField label="Loại hội nghị" error={errors.kind} value={state.kind} onChange={(kind) => set('kind', kind)}>
        <VocabularyOptions vocabulary={conferenceKinds} />
      </SelectField>
      <TextField label="Cơ quan chủ trì" {...text('hostBody')} placeholder="Ví dụ: Ban Tổ chức Tỉnh ủy" />
      <TextField label="Ngày" type="date" {...text('date')} />
      <Field label="Buổi" error={errors.session}>
        <SegmentedChoice
          label="Buổi"
          options={sessions.options}
          value={state.session}
          onChange={(s) => set('session', s)}
        />
      </Field>
      <TextField label="Giờ bắt đầu" type="time" {...text('startTime')} />
      <Field
        label="Điểm cầu chính (nơi chủ trì)"
        error={errors.mainBridgePointId}
        hint="Gõ vài chữ không dấu để tìm trong danh mục điểm cầu."
      >
        <BridgePointTypeahead
          ariaLabel="Điểm cầu chính"
          limit={8}
          value={state.mainPointName}
          onChange={(name) => change({ mainPointName: name, mainPointId: null })}
          onPick={(p) => change({ mainPointName: p.name, mainPointId: p.id })}
        />
      </Field>
      <Field label="Đồng chí chủ trì" error={errors.chair} hint="Chọn trong danh bạ hoặc gõ họ tên người mới.">
        <Typeahead<Person>
          ariaLabel="Đồng chí chủ trì"
          value={state.chairName}
          onChange={(name) => change({ chairName: name, chairPersonId: null })}
          search={searchPeople}
          itemKey={(p) => p.id}
          renderItem={(p) => <PersonLabel person={p} />}
          onPick={(p) =>
            change((s) => ({
              chairName: p.fullName,
              chairPersonId: p.id,
              chairPosition: s.chairPosition || (p.position ?? ''),
            }))
          }
          onFreeText={() => undefined}
        />
      </Field>
      <TextField
        label="Chức vụ của đồng chí chủ trì"
        wide
        {...text('chairPosition')}
        placeholder="Ví dụ: Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy"
      />
      {errors.form && <p className="form-error wide">{errors.form}</p>}
      <div className="form-actions wide">
        <ConfirmButtons confirmLabel={submitLabel} disabled={saving} onCancel={onCancel} />
      </div>
    </form>
  );
}
