import { maskPersonalData } from "../../core/privacy/mask.ts";

/**
 * A field the service names `id` or `…Id` whose value is a UUID, as pino writes it: `"notificationId":"0195…"`.
 * The name is the code's own, never a customer's, and the value one of the ids the service gives
 * its records.
 */
const idField =
  /"(?:id|[A-Za-z]+Id)":"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"/g;

/**
 * Masks a JSON log line with {@link maskPersonalData}, keeping the UUIDs of its id fields whole: a
 * random id's last group now and then holds ten digits in a row ("…-1c5510396306"), which free text
 * masks as a phone number, and the line would no longer name its record. A UUID-shaped text
 * anywhere else in the line is masked as before.
 */
export function maskLogLine(line: string): string {
  let masked = "";
  let from = 0;
  for (const match of line.matchAll(idField)) {
    masked += maskPersonalData(line.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return from === 0 ? maskPersonalData(line) : masked + maskPersonalData(line.slice(from));
}
