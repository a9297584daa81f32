// One value of a format profile in the form, by its kind: a number with its unit, a line of
// text, a yes/no, a choice, or a text style (size and the four marks the rules speak of).
import { useId, type ReactNode } from 'react';
import {
  formatDecimal,
  styleFlags,
  valueAt,
  type ProfileField,
} from '../../../../shared/documents/format-profile-fields';
import type { FormatProfile } from '../../../../shared/documents/format-profile';
import { Field } from '../../components/Field';

export interface FieldEditing {
  readonly profile: FormatProfile;
  /** What the secretary typed in number boxes, by path, until it is saved ("1,27", ""). */
  readonly texts: Readonly<Record<string, string>>;
  readonly change: (path: string, value: unknown) => void;
  readonly typeNumber: (path: string, text: string) => void;
}

function NumberBox({
  path,
  unit,
  label,
  editing,
}: {
  path: string;
  unit: string;
  label?: string;
  editing: FieldEditing;
}) {
  const value = valueAt(editing.profile, path);
  return (
    <span className="with-unit">
      <input
        aria-label={label}
        inputMode="decimal"
        value={editing.texts[path] ?? (typeof value === 'number' ? formatDecimal(value) : '')}
        onChange={(e) => editing.typeNumber(path, e.target.value)}
      />
      <span className="unit">{unit}</span>
    </span>
  );
}

function StyleControls({ path, label, editing }: { path: string; label: string; editing: FieldEditing }) {
  return (
    <div className="style-controls">
      <NumberBox path={`${path}.size`} unit="pt" label={`${label}: cỡ chữ`} editing={editing} />
      {styleFlags.map((flag) => (
        <label key={flag.key} className="checkbox">
          <input
            type="checkbox"
            checked={valueAt(editing.profile, `${path}.${flag.key}`) === true}
            onChange={(e) => editing.change(`${path}.${flag.key}`, e.target.checked)}
          />
          {flag.label}
        </label>
      ))}
    </div>
  );
}

/** A group of controls under one name (a style, a line): a label element cannot hold them all. */
function Compound({
  label,
  error,
  wide,
  children,
}: {
  label: string;
  error?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div
      className={`field compound${wide ? ' wide' : ''}${error ? ' has-error' : ''}`}
      role="group"
      aria-labelledby={id}
    >
      <span className="field-label" id={id}>
        {label}
      </span>
      {children}
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}

/** Options longer than this get a box twice as wide, so that the chosen one is read whole. */
const longChoice = 16;

export function ProfileFieldInput({
  field,
  editing,
  error,
}: {
  field: ProfileField;
  editing: FieldEditing;
  error?: string;
}) {
  const value = valueAt(editing.profile, field.path);
  switch (field.kind) {
    case 'text':
      return (
        <Field label={field.label} hint={field.hint} error={error} wide={field.long}>
          <input value={textOf(value)} onChange={(e) => editing.change(field.path, e.target.value)} />
        </Field>
      );
    case 'number':
      return (
        <Field label={field.label} hint={field.hint} error={error}>
          <NumberBox path={field.path} unit={field.unit} editing={editing} />
        </Field>
      );
    case 'boolean':
      return (
        <div className={`field flag${error ? ' has-error' : ''}`}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={value === true}
              onChange={(e) => editing.change(field.path, e.target.checked)}
            />
            {field.label}
          </label>
          {error && <span className="field-error">{error}</span>}
        </div>
      );
    case 'choice':
      return (
        <Field label={field.label} error={error}>
          <select
            className={field.options.some((o) => o.label.length > longChoice) ? 'long' : undefined}
            value={String(value)}
            onChange={(e) => editing.change(field.path, e.target.value)}
          >
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      );
    case 'style':
      return (
        <Compound label={field.label} error={error}>
          <StyleControls path={field.path} label={field.label} editing={editing} />
        </Compound>
      );
    case 'line':
      return (
        <Compound label={field.label} error={error} wide>
          {field.addedAs && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={value !== null}
                onChange={(e) => editing.change(field.path, e.target.checked ? field.addedAs : null)}
              />
              Có {field.label.toLowerCase()}
            </label>
          )}
          {value !== null && (
            <div className="line-controls">
              <input
                aria-label={`${field.label}: nội dung`}
                value={textOf(valueAt(value, 'text'))}
                onChange={(e) => editing.change(`${field.path}.text`, e.target.value)}
              />
              <StyleControls path={`${field.path}.style`} label={field.label} editing={editing} />
            </div>
          )}
        </Compound>
      );
  }
}

/** A text value of the profile as its box shows it ('' while it has none). */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
