/**
 * The appointment date an agent types in the "Randevu ver" modal (R3.3.4): `GG.AA.YYYY SS:DD` in
 * Istanbul time (UTC+3, no daylight saving). A day or time the calendar does not have (31.02,
 * 29.02 of a common year, 24:00, 10:61) is refused here by name, never rolled over by `Date.UTC`
 * to another day that would be saved and e-mailed to the firm.
 */

/** What the typed text is: an instant, or why it is none. */
export type TypedAppointment =
  | { kind: "at"; at: Date }
  /** Not of the form `GG.AA.YYYY SS:DD` at all (core answers `invalid_appointment`). */
  | { kind: "malformed" }
  /** Of the form, but the calendar has no such day (`date` as typed, `GG.AA.YYYY`). */
  | { kind: "no_such_day"; date: string }
  /** Of the form, but the clock has no such time (`time` as typed, `SS:DD`). */
  | { kind: "no_such_time"; time: string };

const form = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})$/;

/** Reads `GG.AA.YYYY SS:DD` typed in Istanbul time. */
export function parseIstanbulTime(text: string): TypedAppointment {
  const m = form.exec(text.trim());
  if (!m) return { kind: "malformed" };
  const [, d, mo, y, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const pad = (n: number) => String(n).padStart(2, "0");
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo))
    return { kind: "no_such_day", date: `${pad(d)}.${pad(mo)}.${y}` };
  if (h > 23 || mi > 59) return { kind: "no_such_time", time: `${pad(h)}:${pad(mi)}` };
  return { kind: "at", at: new Date(Date.UTC(y, mo - 1, d, h - 3, mi)) };
}

/** Days of month `month` (1–12) of `year` in the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
