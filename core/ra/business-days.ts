/**
 * Turkish business days (R3.2: a bank payment is reflected one business day later). Weekends and
 * official holidays (the `date-holidays` calendar for TR, including both bayrams over all their
 * days) are not business days. Turkey keeps UTC+3 all year, so local dates are computed with a
 * fixed offset.
 */
import Holidays from "date-holidays";

const istanbulOffsetMs = 3 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;
const calendar = new Holidays("TR", { types: ["public"] });

/** The Istanbul calendar day of an instant, as a UTC-midnight Date standing for that day. */
function localDay(at: Date): Date {
  const shifted = new Date(at.getTime() + istanbulOffsetMs);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** Whether the Istanbul calendar day that contains `at` is a business day. */
export function isTurkishBusinessDay(at: Date): boolean {
  const day = localDay(at);
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  // Probe the early afternoon: an arife (eve) is a half day whose holiday starts in the evening.
  const probe = new Date(day.getTime() + 14 * 60 * 60 * 1000 - istanbulOffsetMs);
  return !calendar.isHoliday(probe);
}

/**
 * The instant `count` business days after `from`: 09:00 Istanbul time on the `count`-th business
 * day that follows the day of `from`.
 */
export function addTurkishBusinessDays(from: Date, count: number): Date {
  let day = localDay(from);
  let left = count;
  while (left > 0) {
    day = new Date(day.getTime() + dayMs);
    if (isTurkishBusinessDay(new Date(day.getTime() + 12 * 60 * 60 * 1000 - istanbulOffsetMs))) left--;
  }
  return new Date(day.getTime() + 9 * 60 * 60 * 1000 - istanbulOffsetMs);
}
