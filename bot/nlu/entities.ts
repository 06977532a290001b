/**
 * Entities of a message, recognised whatever the intent: VKN and TCKN (checksummed), certificate
 * serial numbers, order numbers (`MM` + 10 digits), Turkish mobile numbers, e-mail addresses,
 * volumes ("dakikada 200 fatura" → 200 per minute) and dates.
 */
import { normaliseEmail } from "../../core/identity/email.ts";
import { normaliseTurkishMobile } from "../../core/identity/phone.ts";
import { isValidTckn } from "../../core/identity/tckn.ts";
import { isValidVkn } from "../../core/identity/vkn.ts";
import { normaliseSerial } from "../../core/pki/serial-number.ts";
import { normaliseOrderNumber } from "../../core/ra/order-number.ts";
import { foldTurkish } from "./fold.ts";
import { parseNumber } from "./numbers.ts";

/** A volume of documents or signatures in a unit of time. */
export interface Volume {
  count: number;
  per: "second" | "minute" | "hour" | "day" | "month";
  /** The same volume per minute. */
  perMinute: number;
}

/** What a message contains. */
export interface Entities {
  vkn?: string;
  tckn?: string;
  /** Canonical serial (core/pki/serial-number.ts). */
  serial?: string;
  orderNo?: string;
  phone?: string;
  email?: string;
  volume?: Volume;
  /** ISO dates (YYYY-MM-DD) in the order written. */
  dates: string[];
}

const months: Record<string, number> = {
  ocak: 1,
  subat: 2,
  mart: 3,
  nisan: 4,
  mayis: 5,
  haziran: 6,
  temmuz: 7,
  agustos: 8,
  eylul: 9,
  ekim: 10,
  kasim: 11,
  aralik: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const perUnit: [RegExp, Volume["per"], number][] = [
  [/\b(saniyede|saniye|second|sec)\b|per second/, "second", 1 / 60],
  [/\b(dakikada|dakika|dk|minute|min)\b|per minute|a minute/, "minute", 1],
  [/\b(saatte|saat|hour)\b|per hour|an hour/, "hour", 60],
  [/\b(gunde|gunluk|gun|day|daily)\b|per day|a day/, "day", 60 * 24],
  [/\b(ayda|aylik|month|monthly)\b|per month|a month/, "month", 60 * 24 * 30],
];

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

function datesOf(raw: string, folded: string): string[] {
  const found: { at: number; iso: string }[] = [];
  for (const m of raw.matchAll(/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) found.push({ at: m.index, iso });
  }
  for (const m of raw.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ at: m.index, iso });
  }
  const dates = found.sort((a, b) => a.at - b.at).map((f) => f.iso);
  for (const m of folded.matchAll(/\b(\d{1,2}) ([a-z]+) (\d{4})\b/g)) {
    const month = months[m[2]!];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : undefined;
    if (iso) dates.push(iso);
  }
  return dates;
}

function volumeOf(folded: string): Volume | undefined {
  if (!/fatura|invoice|imza|signature|belge|document|mühür|muhur/.test(folded)) return undefined;
  // years, identity and order numbers are no volumes
  const count = parseNumber(folded.replace(/\b(19|20)\d\d\b|\d{6,}|\bmm\s*\d+/g, " "));
  if (count === undefined || count <= 0) return undefined;
  for (const [re, per, minutes] of perUnit)
    if (re.test(folded)) return { count, per, perMinute: count / minutes };
  return undefined;
}

/**
 * The order number in a message (`MM` + 10 digits, also in groups: "MM 3244 9626 09",
 * "mm-3244-962609"), canonical, and the text it was written as; undefined when there is none.
 */
export function orderNumberIn(text: string): { orderNo: string; written: string } | undefined {
  const order = /\bmm\s*-?\s*(\d[\d\s-]{8,14}\d)/i.exec(text);
  const orderNo = order ? normaliseOrderNumber(`MM${order[1]}`) : undefined;
  return order && orderNo ? { orderNo, written: order[0] } : undefined;
}

/** The entities of a raw customer message. */
export function extractEntities(raw: string): Entities {
  const folded = foldTurkish(raw);
  const entities: Entities = { dates: datesOf(raw, folded) };
  const order = orderNumberIn(raw);
  if (order) entities.orderNo = order.orderNo;
  const serial =
    /\b(?:seri(?:\s*(?:no|numarasi|numarası))?|serial(?:\s*(?:no|number))?)\s*[:#]?\s*((?:0x)?(?:[0-9a-f]{2}:){3,19}[0-9a-f]{2}|(?:0x)?[0-9a-f]{8,40})\b/i.exec(
      raw,
    ) ?? /\b((?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,40})\b/i.exec(raw);
  const normalised = serial ? normaliseSerial(serial[1]!) : undefined;
  if (normalised) entities.serial = normalised;
  // the digits of an order number or a serial are no VKN, TCKN or phone: a random serial holds
  // a checksummed VKN one time in a few dozen
  let withoutNumbers = order ? raw.replace(order.written, " ") : raw;
  if (serial && normalised) withoutNumbers = withoutNumbers.replace(serial[1]!, " ");
  for (const m of withoutNumbers.matchAll(/(?<![\d+])\d{10,11}(?!\d)/g)) {
    const digits = m[0];
    if (digits.length === 10 && !entities.vkn && isValidVkn(digits)) entities.vkn = digits;
    if (digits.length === 11 && !entities.tckn && isValidTckn(digits)) entities.tckn = digits;
  }
  const phone = /(?:\+?90|0)?[\s(]*5\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/.exec(withoutNumbers);
  const mobile = phone ? normaliseTurkishMobile(phone[0].replace(/[()]/g, "")) : undefined;
  if (mobile) entities.phone = mobile;
  const mail = /[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[a-z]{2,}/i.exec(raw);
  const email = mail ? normaliseEmail(mail[0].replace(/\.$/, "")) : undefined;
  if (email) entities.email = email;
  const volume = volumeOf(folded);
  if (volume) entities.volume = volume;
  return entities;
}
