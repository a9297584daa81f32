interface Props {
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly full?: boolean;
}

export function SearchBox({ label, placeholder, value, onChange, full }: Props) {
  return (
    <input
      type="search"
      className={`search-input${full ? ' full' : ''}`}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
