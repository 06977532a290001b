/**
 * A name given after a few words that introduce it, at a name question: "imza yetkilisi benim, Ayşe
 * Yılmaz", "ben, Mehmet Demir", "teknik kişi: Ali Kaya", "it's me - John Smith". The part after the
 * last comma, colon or dash is the answer when the part before only introduces it (who, "I", "my
 * name"); the caller still validates that part as the field's value.
 */
import { foldTurkish } from "../../nlu/fold.ts";

/** Words (folded) that introduce a name: who it is, "I / me", "my name is". */
const introWords = new Set(
  (
    "ben benim bendeniz kendim adim ismim adi ismi soyadim ad soyad imza yetkili yetkilisi yetkilimiz " +
    "teknik kisi sorumlu sorumlusu muhasebe muhasebeci mudur mudurumuz sahibi evet tamam olarak " +
    "it is it s its me i am i m my name name signatory contact person the our yes"
  ).split(" "),
);

/** The name after an introduction, or undefined when the message is not one. */
export function nameAfterIntro(raw: string): string | undefined {
  const cut = Math.max(raw.lastIndexOf(","), raw.lastIndexOf(":"), raw.lastIndexOf(" - "));
  if (cut <= 0) return undefined;
  const before = foldTurkish(raw.slice(0, cut)).split(" ").filter(Boolean);
  const after = raw.slice(cut + (raw.startsWith(" - ", cut) ? 3 : 1)).trim();
  if (before.length === 0 || before.length > 5 || after.length === 0) return undefined;
  return before.every((w) => introWords.has(w)) ? after : undefined;
}
