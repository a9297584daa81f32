// When a form's answer was sent, from the texts of its timestamp column. Google Forms writes
// the sheet owner's locale ("15/07/2025 8:03:12" or "7/15/2025 8:03:12"), the xlsx reader
// writes dates as "dd/mm/yyyy hh:mm:ss", Microsoft Forms may write ISO text.

const dated = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|SA|CH)?)?/i;

/** Per text, the time in ms (UTC clock, for ordering only), or undefined when unreadable. */
export function answerTimes(texts: readonly string[]): (number | undefined)[] {
  const parts = texts.map((t) => dated.exec(t.trim()));
  // The column decides day-first or month-first once: a day above 12 shows which it is.
  const monthFirst =
    parts.some((p) => p && p[1].length <= 2 && Number(p[2]) > 12) &&
    !parts.some((p) => p && p[1].length <= 2 && Number(p[1]) > 12);
  return parts.map((p) => {
    if (!p) return undefined;
    let [year, month, day] = [Number(p[3]), Number(p[2]), Number(p[1])];
    if (p[1].length === 4) [year, month, day] = [Number(p[1]), Number(p[2]), Number(p[3])];
    else if (monthFirst) [month, day] = [day, month];
    let hour = Number(p[4] ?? 0);
    const marker = p[7]?.toUpperCase();
    if ((marker === 'PM' || marker === 'CH') && hour < 12) hour += 12;
    if ((marker === 'AM' || marker === 'SA') && hour === 12) hour = 0;
    const time = Date.UTC(year, month - 1, day, hour, Number(p[5] ?? 0), Number(p[6] ?? 0));
    return Number.isNaN(time) ? undefined : time;
  });
}
