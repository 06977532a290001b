/**
 * Answers of the contact update's questions (R5.1) that are no plain answer: both contacts at once
 * ("ikisini de", "hem e-posta hem telefon", "both"), and the other contact named at the new-value
 * question ("aslında e-posta olsun", "actually make it email"). Over the folded text (bot/nlu/fold.ts).
 */
import { synonymsOf } from "../../nlu/choice-synonyms.ts";

/** Words that mean "both / all of them". */
const bothWords = /\b(ikisi\w*|her iki\w*|hepsi\w*|both|all of them|each of them)\b/;

/** The contact kinds of the update. */
export type ContactKind = "email" | "phone";

/** The typed words of each kind, as whole words ("telefon", "e posta", "email" …). */
function names(kind: ContactKind, folded: string): boolean {
  const words = [
    ...synonymsOf("contactKind", kind),
    ...(kind === "email" ? ["eposta", "mail"] : ["numara", "number"]),
  ];
  return words.some((word) =>
    new RegExp(`(^|\\s)${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\w*(\\s|$)`).test(folded),
  );
}

/** Whether the answer to "which contact?" asks for both contacts at once. */
export function asksBothContacts(folded: string): boolean {
  return bothWords.test(folded) || (names("email", folded) && names("phone", folded));
}

/** The one contact a message names ("telefonumu güncellemek istiyorum"), if it names exactly one. */
export function namedContactKind(folded: string): ContactKind | undefined {
  const email = names("email", folded);
  const phone = names("phone", folded);
  return email === phone ? undefined : email ? "email" : "phone";
}

/** The other kind when the answer names it (and not the kind asked): a change of mind. */
export function otherKindNamed(folded: string, asked: ContactKind): ContactKind | undefined {
  const other: ContactKind = asked === "email" ? "phone" : "email";
  return names(other, folded) && !names(asked, folded) ? other : undefined;
}
