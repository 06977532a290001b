/** Dates as customers read them: Istanbul time, in the conversation's locale. */
import type { Turn } from "../turn.ts";

/** Date and time, e.g. "25 Kasım 2026 10:00". */
export function formatDateTime(turn: Turn, at: Date): string {
  return dateTimeFormats[localeOf(turn)].format(at);
}

/** Date only, e.g. "25 Kasım 2026". */
export function formatDate(turn: Turn, at: Date): string {
  return dateFormats[localeOf(turn)].format(at);
}

function localeOf(turn: Turn): "tr" | "en" {
  return turn.ref.locale === "tr" ? "tr" : "en";
}

// Made once: building an Intl formatter costs far more than formatting with it.
const zone = "Europe/Istanbul";
const dateTimeFormats = {
  tr: new Intl.DateTimeFormat("tr-TR", { dateStyle: "long", timeStyle: "short", timeZone: zone }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: zone }),
};
const dateFormats = {
  tr: new Intl.DateTimeFormat("tr-TR", { dateStyle: "long", timeZone: zone }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: zone }),
};
