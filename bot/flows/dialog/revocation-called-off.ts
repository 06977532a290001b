/**
 * A revocation called off in words at its reason or confirmation question (R7.1: revocation is
 * irreversible, so a clear stop is honoured): the card was found ("kart bulundu", "kartı bulduk
 * galiba", "we found the card"), or the customer asks not to revoke ("iptal etmeyin", "iptal etmek
 * istemiyoruz", "vazgeçtik", "don't revoke"). "kartı bulamıyoruz" (lost) and "bulunduğu yer" are no
 * finding, and "vazgeçtim kayıp olsun" gives up the reason chosen, not the revocation. Works on
 * folded text (bot/nlu/fold.ts).
 */
import { tokensOf } from "../../nlu/fold.ts";
import { revocationReasonOf } from "../revocation-reason.ts";

/** What the message says: the card was found, or only that the revocation is not wanted. */
export type CalledOff = "found" | "stop";

/** Turkish past forms of "bulmak" / "bulunmak" (never -ama-: "bulamadık" is a loss). */
const foundWord =
  /^(buldu(k|m|nuz|lar)?|bulmus(uz|um|tuk|tum|lar)?|bulunmus(tur)?|bulundu|bulduk(tan)?|bulduktan|found)$/;
/** A negation standing right before an English "found": "haven't found", "not found". */
const englishNegation =
  /\b(not|never|havent|haven t|cant|can t|couldnt|couldn t|didnt|didn t|t)\s+(yet\s+)?found\b/;
/** Asking not to revoke. */
const stopPhrase =
  /\biptal (etmeyin(iz)?|etmeyiniz|etmeyelim|etme|etmesin(ler)?|etmek istemiyoru[mz]|etmekten vazgect\w*|gerekmiyor|istemiyoru[mz])\b|\b(don ?t|do not|dont) revoke\b|\bno need to revoke\b/;
/** "vazgeçtik", "vazgeçtim", "vazgeçiyoruz": said with other words (alone it is the global "vazgeç"). */
const gaveUp = /^vazgec(tik|tim|iyoru[mz]|elim)$/;

/** A yes beside a stop ("evet iptal etmeyin") is unclear: the confirmation asks again (plain-yes.ts). */
const yesWord = /^(evet|yes|onayliyorum|onayliyoruz|tamam|ok|okay)$/;

/**
 * Whether a folded message names a reason of its own (kayıp or çalıntı, not negated): "vazgeçtim
 * kayıp olsun", "yok vazgeçtim çalıntı", "changed my mind, make it lost" give up the reason chosen
 * before, not the revocation (the reason question or the confirmation takes the new one).
 */
export function reasonNamedInstead(folded: string): boolean {
  const reason = revocationReasonOf(folded);
  return reason === "kayip" || reason === "calinti";
}

/** Whether a folded message at a revocation question calls it off, and how. */
export function revocationCalledOff(folded: string): CalledOff | undefined {
  const tokens = tokensOf(folded);
  if (tokens.some((t) => yesWord.test(t))) return undefined;
  if (tokens.some((t) => foundWord.test(t)) && !englishNegation.test(folded)) return "found";
  if (stopPhrase.test(folded)) return "stop";
  if (tokens.some((t) => gaveUp.test(t)) && !reasonNamedInstead(folded)) return "stop";
  return undefined;
}

/**
 * Turkish "iptal" with a form of "etmek" or "edilmek" that asks for the act ("iptal edelim", "iptal
 * et", "iptal edin lütfen", "iptal etmek istiyorum", "iptal edilsin"), or English asking to revoke
 * ("revoke it", "yes cancel the certificate", "go ahead and cancel it").
 */
const revokeAsked =
  /\biptal (et|edin|ediniz|edelim|ediyorum|ediyoruz|etmek istiyoru[mz]|etmem lazim|etmemiz lazim|edilsin|edilmesini istiyoru[mz]|edebilir misiniz|eder misiniz|etsin|etsene)\b|\biptal\w* (olsun|istiyoru[mz])\b|\brevoke\b|\bcancel (it|the (certificate|seal|card)|my (certificate|seal|card))\b/;

/** Words that leave whatever else is said ("iptal etmekten vazgeçtim", "dur", "never mind", "menü"). */
const leaveWord =
  /\b(vazgec\w*|dur|durun|durdur\w*|bos ?ver\w*|menu|ana menu|never ?mind|forget it|stop|dont|don t|do not|etmeyin\w*|etme|etmeyelim|istemiyoru[mz]|etmekten)\b/;

/**
 * Whether a folded message typed inside a revocation (its verification or its own questions) asks
 * for the revocation itself ("tamam iptal edelim", "iptal et", "revoke it"): the flow's own intent,
 * so the flow carries on rather than being left. Leaving words beside it ("iptal etmekten
 * vazgeçtim", "dur iptal etme") keep it a way of leaving.
 */
export function revocationAsked(folded: string): boolean {
  return revokeAsked.test(folded) && !leaveWord.test(folded) && revocationCalledOff(folded) === undefined;
}
