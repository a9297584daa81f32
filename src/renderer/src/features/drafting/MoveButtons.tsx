// Up and down for an entry of a list whose order the secretary sets (the speakers' log, the
// tasks); Alt+↑/↓ on the entry does the same.
export function MoveButtons({
  first,
  last,
  onMove,
}: {
  readonly first: boolean;
  readonly last: boolean;
  readonly onMove: (delta: -1 | 1) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label="Lên (Alt+↑)"
        title="Lên (Alt+↑)"
        disabled={first}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Xuống (Alt+↓)"
        title="Xuống (Alt+↓)"
        disabled={last}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}

/** The entry's key handler for Alt+↑/↓. */
export function moveKeys(onMove: (delta: -1 | 1) => void) {
  return (e: React.KeyboardEvent) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      onMove(e.key === 'ArrowUp' ? -1 : 1);
    }
  };
}
