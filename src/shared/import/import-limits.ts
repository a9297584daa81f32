// Caps on what an untrusted file may cost. Offices send small lists; anything far beyond
// these is a damaged or hostile file, and is refused with a message instead of being read.

export const importLimits = {
  /** Bytes of the file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Bytes of all parts of a zip-based file (xlsx, ods) once inflated. */
  inflatedBytes: 100 * 1024 * 1024,
  /** Parts of a zip-based file. */
  zipEntries: 5000,
  sheets: 100,
  /** Rows over all sheets. */
  rows: 250_000,
  /** Cells holding a value over all sheets (a 125,000-row list of eight columns). */
  cells: 1_000_000,
  /** Characters of one cell: what a cell of Excel holds. */
  cellChars: 32_767,
  /** Distinct texts in an xlsx's shared strings. */
  sharedStrings: 1_000_000,
  /** Columns read per row; cells further right are ignored. */
  columns: 200,
  /** Time for the whole reading, in milliseconds. */
  parseMs: 60_000,
  /** Heap of the process that reads the file. */
  workerHeapMb: 320,
} as const;
