import { maskPersonalData } from "../../core/privacy/mask.ts";

/**
 * A field the service names `id` or `…Id` whose value is a UUID, as pino writes it: `"notificationId":"0195…"`.
 * The name is the code's own, never a customer's, and the value one of the ids the service gives
 * its records.
 */
const idField =
  /"(?:id|[A-Za-z]+Id)":"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"/;

/**
 * A certificate serial as the service writes it (core/pki/serial-number.ts): hexadecimal, at most 20
 * octets, with at least one letter a–f. A value of digits only is left to the masking: ten or eleven of
 * them cannot be told from a VKN or TCKN typed where a serial was expected (and a longer run is never
 * masked anyway).
 */
const serialValue = `"(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{1,40}"`;

/**
 * A field that carries certificate serials, as pino writes it: `serial`, `serialNumber`, `serials`,
 * `…Serial`, `…Serials`, `…SerialNumber` (`signerSerial`), and `replaces` (the OCSP signer's
 * predecessor, adapters/pki/ocsp-signer-renewal.ts), holding a serial or an array of serials. A
 * serial is no personal data and operators match it against certificates, but its hex digits now and
 * then hold ten or eleven decimal digits in a row, which free text masks as a VKN, TCKN or phone
 * number (outside tester: `"serial":"733d00*******11c2e…"`).
 */
const serialField = `"(?:serial|serialNumber|serials|replaces|[a-z][A-Za-z0-9]*Serial(?:s|Number)?)":(?:${serialValue}|\\[${serialValue}(?:,${serialValue})*\\])`;

/** The fields whose values a log line keeps whole: the service's own ids and certificate serials. */
const keptField = new RegExp(`${idField.source}|${serialField}`, "g");

/**
 * Masks a JSON log line with {@link maskPersonalData}, keeping whole the UUIDs of its id fields and
 * the serials of its serial fields: a random id's last group now and then holds ten digits in a row
 * ("…-1c5510396306"), and so does a serial's hex ("733d00123456711c2e…"), which free text masks as a
 * phone or identity number, and the line would no longer name its record or certificate. The same
 * text anywhere else in the line (the message, another field) is masked as before.
 */
export function maskLogLine(line: string): string {
  let masked = "";
  let from = 0;
  for (const match of line.matchAll(keptField)) {
    masked += maskPersonalData(line.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return from === 0 ? maskPersonalData(line) : masked + maskPersonalData(line.slice(from));
}
