/** "Lọc theo năm": the years around this one (next year for what is planned ahead), or every year. */
export function YearSelect({
  value,
  onChange,
}: {
  readonly value: number | '';
  readonly onChange: (year: number | '') => void;
}) {
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  return (
    <select
      aria-label="Lọc theo năm"
      value={value}
      onChange={(e) => onChange(e.target.value ? Number(e.target.value) : '')}
    >
      <option value="">Mọi năm</option>
      {years.map((y) => (
        <option key={y} value={y}>
          Năm {y}
        </option>
      ))}
    </select>
  );
}
