/**
 * A hand-off's summary as an agent reads it (console tester, round 21): the bot writes it with its
 * own ids ("dil=tr; konu=proof; adım=email; kişi=tuzel", bot/flows/handoff.ts), stored as written;
 * the console shows each part in words ("dil: Türkçe; konu: iletişim bilgisi doğrulama; adım: e-posta
 * kodu"), every label and id named in `slack.json`'s `summary` section. An id the locales do not name
 * and free values (a masked VKN, a title, an order number) are shown as they are.
 */
import type { TFunction } from "i18next";

/** The parts of a stored summary whose values are ids the locales name. */
const namedValues: ReadonlySet<string> = new Set(["dil", "konu", "adım", "kişi", "ortam"]);

/** One `key=value` part of a stored summary; `key` undefined for a free note. */
interface SummaryPart {
  key?: string;
  value: string;
}

/** The summary in words: labels and ids translated, free values as written. */
export function readableSummary(t: TFunction, summary: string): string {
  const parts = partsOf(summary);
  const flow = parts.find((p) => p.key === "konu")?.value;
  return parts
    .map((p) => {
      if (!p.key) return t(`summary.notes.${idKey(p.value)}`, { defaultValue: p.value });
      const label = t(`summary.labels.${idKey(p.key)}`, { defaultValue: p.key });
      return `${label}: ${namedValues.has(p.key) ? valueText(t, p.key, p.value, flow) : p.value}`;
    })
    .join("; ");
}

/** An id as a key of the locales (`adım` → `adim`, `e-posta` → `e_posta`): ASCII letters, digits, `_`. */
function idKey(id: string): string {
  return id
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "_");
}

/** An id value in words: a step by its flow first (`proof_email`: e-posta kodu), then by itself. */
function valueText(t: TFunction, key: string, value: string, flow: string | undefined): string {
  const section = `summary.${idKey(key)}`;
  const own = t(`${section}.${idKey(value)}`, { defaultValue: value });
  if (key !== "adım" || !flow) return own;
  return t(`${section}.${idKey(flow)}_${idKey(value)}`, { defaultValue: own });
}

/**
 * The parts of `summary` ("k=v; k=v; note"): a piece without a known `key=` start belongs to the
 * value before it (a title may hold "; "), unless it comes first or is a whole note.
 */
function partsOf(summary: string): SummaryPart[] {
  const parts: SummaryPart[] = [];
  for (const piece of summary.split("; ")) {
    const match = /^([\p{Ll}-]+)=(.*)$/su.exec(piece);
    if (match) parts.push({ key: match[1]!, value: match[2]! });
    else if (parts.length > 0 && parts.at(-1)!.key && !/^[\p{Ll} ]+$/u.test(piece))
      parts.at(-1)!.value += `; ${piece}`;
    else parts.push({ value: piece });
  }
  return parts;
}
