// "Kỳ thống kê": a quarter, six months or a year of a chosen year, or any two days.
import { Field } from '../../components/Field';
import { SegmentedChoice, type SegmentedOption } from '../../components/SegmentedChoice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { YearSelect } from '../../components/YearSelect';
import { choiceRange, type Half, type PeriodChoice, type PeriodMode, type Quarter } from './period-choice';

const modes: readonly SegmentedOption<PeriodMode>[] = [
  { value: 'quarter', label: 'Quý' },
  { value: 'half', label: '6 tháng' },
  { value: 'year', label: 'Năm' },
  { value: 'range', label: 'Khoảng ngày' },
];
const quarters = ['I', 'II', 'III', 'IV'];

interface Props {
  readonly choice: PeriodChoice;
  readonly onChange: (choice: PeriodChoice) => void;
}

export function PeriodPicker({ choice, onChange }: Props) {
  const set = (change: Partial<PeriodChoice>) => onChange({ ...choice, ...change });
  // Two days to start from, those of the period shown, rather than two empty boxes.
  const setMode = (mode: PeriodMode) => set(mode === 'range' ? { mode, ...choiceRange(choice) } : { mode });
  return (
    <div className="statistics-period">
      <Field label="Kỳ thống kê" group>
        <SegmentedChoice label="Kỳ thống kê" options={modes} value={choice.mode} onChange={setMode} />
      </Field>
      {choice.mode === 'range' ? (
        <>
          <TextField label="Từ ngày" type="date" value={choice.from} onChange={(from) => set({ from })} />
          <TextField label="Đến ngày" type="date" value={choice.to} onChange={(to) => set({ to })} />
        </>
      ) : (
        <>
          <Field label="Năm" group>
            {/* A period is always of one year: "Mọi năm" leaves the year as it is. */}
            <YearSelect value={choice.year} onChange={(year) => year !== '' && set({ year })} />
          </Field>
          {choice.mode === 'quarter' && (
            <SelectField
              label="Quý"
              value={String(choice.quarter)}
              onChange={(q) => set({ quarter: Number(q) as Quarter })}
            >
              {quarters.map((label, i) => (
                <option key={label} value={i + 1}>
                  Quý {label}
                </option>
              ))}
            </SelectField>
          )}
          {choice.mode === 'half' && (
            <SelectField label="6 tháng" value={String(choice.half)} onChange={(h) => set({ half: Number(h) as Half })}>
              <option value="1">6 tháng đầu năm</option>
              <option value="2">6 tháng cuối năm</option>
            </SelectField>
          )}
        </>
      )}
    </div>
  );
}
