/** Dates as customers read them: Istanbul time, in the conversation's locale. */
import type { Turn } from "../turn.ts";

/** Date and time, e.g. "25 Kasım 2026 10:00". */
export function formatDateTime(turn: Turn, at: Date): string {
  return new Intl.DateTimeFormat(turn.ref.locale === "tr" ? "tr-TR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Istanbul",
  }).format(at);
}

/** Date only, e.g. "25 Kasım 2026". */
export function formatDate(turn: Turn, at: Date): string {
  return new Intl.DateTimeFormat(turn.ref.locale === "tr" ? "tr-TR" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Istanbul",
  }).format(at);
}
