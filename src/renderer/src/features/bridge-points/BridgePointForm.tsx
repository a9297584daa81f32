// Create a bridge point in the directory, under a chosen parent.
import { useState } from 'react';
import {
  communeLevel,
  defaultUnitNamePattern,
  levelSuggestions,
  type AdminUnitEntry,
} from '../../../../shared/admin-units/admin-units';
import { unitPointName } from '../../../../shared/admin-units/unit-point-name';
import { bodySymbolLabel, builtInBodySymbols, suggestedSymbol } from '../../../../shared/documents/body-symbols';
import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { ApiCallError, call } from '../../lib/api';
import { useFields } from '../../lib/use-fields';
import { Field } from '../../components/Field';
import { ConfirmButtons } from '../../components/ConfirmButtons';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { UnitPicker } from '../admin-units/UnitPicker';

interface Props {
  readonly parent: BridgePoint | null;
  readonly onClose: () => void;
  readonly onCreated: (point: BridgePoint) => void;
}

export function BridgePointForm({ parent, onClose, onCreated }: Props) {
  const {
    values: fields,
    errors,
    setErrors,
    change,
    text,
  } = useFields(() => ({
    name: '',
    levelLabel: '',
    address: '',
    techContact: '',
    techPhone: '',
    bodySymbol: '',
  }));
  const [unit, setUnit] = useState<AdminUnitEntry | null>(null);
  const suggested = suggestedSymbol(fields.name);
  // A unit picked before the name is typed names the point and gives its level.
  const pickUnit = (picked: AdminUnitEntry | null) => {
    setUnit(picked);
    if (!picked) return;
    change((f) => ({
      name: f.name.trim() ? f.name : unitPointName(defaultUnitNamePattern, picked),
      levelLabel: f.levelLabel.trim() ? f.levelLabel : communeLevel,
    }));
  };
  const submit = async () => {
    try {
      const created = await call('bridgePoints.create', {
        parentId: parent?.id ?? null,
        name: fields.name,
        levelLabel: fields.levelLabel || null,
        address: fields.address || null,
        techContact: fields.techContact || null,
        techPhone: fields.techPhone || null,
        bodySymbol: fields.bodySymbol || null,
        unitCode: unit?.code ?? null,
        unitKind: unit?.kind ?? null,
      });
      onCreated(created);
    } catch (error) {
      if (error instanceof ApiCallError) setErrors({ [error.error.field ?? 'name']: error.message });
      else throw error;
    }
  };
  return (
    <Modal
      title={parent ? `Thêm điểm cầu thuộc "${parent.name}"` : 'Thêm điểm cầu cấp cao nhất'}
      onClose={onClose}
      wide
      footer={<ConfirmButtons confirmLabel="Thêm điểm cầu" onConfirm={() => void submit()} onCancel={onClose} />}
    >
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField label="Tên điểm cầu" wide {...text('name')} placeholder="Ví dụ: Điểm cầu Đảng ủy xã Hùng Sơn" />
        {/* A group: a click on the unit's text would otherwise press "Bỏ", the picker's first control. */}
        <Field
          label="Đơn vị hành chính"
          group
          wide
          error={errors.unitCode}
          hint="Xã, phường, đặc khu có phòng họp là điểm cầu này (không bắt buộc); chọn trước thì tên và cấp được điền sẵn."
        >
          <UnitPicker unit={unit} onChange={pickUnit} />
        </Field>
        <TextField label="Cấp" list="level-suggestions" {...text('levelLabel')}>
          <datalist id="level-suggestions">
            {levelSuggestions.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </TextField>
        <TextField label="Địa chỉ, phòng họp" {...text('address')} />
        <TextField label="Cán bộ kỹ thuật" {...text('techContact')} />
        <TextField label="Điện thoại kỹ thuật" {...text('techPhone')} inputMode="tel" />
        <TextField
          label="Ký hiệu cơ quan"
          hint="In sau số văn bản của cơ quan có phòng họp này (TU, BTCTU, UBND…), theo quy định, không lập từ chữ cái đầu."
          list="body-symbol-suggestions"
          {...text('bodySymbol')}
          placeholder={suggested ? `Gợi ý: ${suggested}` : 'Ví dụ: BTCTU'}
        >
          <datalist id="body-symbol-suggestions">
            {builtInBodySymbols.map((s) => (
              <option key={s.code} value={s.code} label={bodySymbolLabel(s)} />
            ))}
          </datalist>
        </TextField>
        <button type="submit" hidden />
      </form>
    </Modal>
  );
}
