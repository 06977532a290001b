/**
 * Whether each branch needs a seal of its own, asked (folded): "şube olarak ayrı mühür almamız lazım
 * mı", "İstanbul şubemiz için de mali mühür gerekir mi", "her şube için ayrı kart mı gerekiyor", "do
 * our branches need their own seal?". A mali mühür names the firm's VKN and unvan (the certificate
 * profile), so branches under the same VKN need no seal each; a firm with its own VKN applies for its
 * own (R3.3.3); branches that issue e-Fatura too are a reason for an HSM (R2.2). These were read as
 * the R9 firms that cannot apply online, as the application, or as the card/HSM comparison.
 * A foreign company's branch is ./foreign-branch.ts; a card to be delivered to a branch is delivery.
 */
import { asForeign } from "./nationalities.ts";

const branchNamed = /\b(?:sube\w*|branch\w*)\b/;
/** A seal or an application named: what the branch would need. */
const sealNamed =
  /\b(?:muhur\w*|muhr\w*|kart\w*|sertifika\w*|basvuru\w*|seals?|cards?|certificates?|apply|application)\b/;
/** One each, of its own, or too: "ayrı", "kendi", "her", "için de", "own", "separate", "each", "too". */
const eachOrToo =
  /\b(?:ayri\w*|kendi\w*|her|icin de|icin da|de mi|da mi|own|separate\w*|each|every|too|as well|also)\b/;
/** A need or a question. */
const needAsked =
  /\b(?:gerek\w*|lazim\w*|sart\w*|zorunlu\w*|mecbur\w*|m[iu]|m[iu]\w*(?:iz|yiz|yuz)|need\w*|requir\w*|must|should|have to|do|does)\b/;
/**
 * Shipping to a branch, the firm's own foreignness, or the branches' signing and the HSM (the
 * card/HSM advice: "her şube kendi faturasını kesiyor, HSM'e mi geçmeliyiz"): other topics.
 */
const otherTopic =
  /\b(?:kargo\w*|teslim\w*|gonder\w*|gelir mi|deliver\w*|ship\w*|send\w*|yabanci|foreign|hsm\w*|fatura\w*|invoic\w*|imzal\w*|sign(?:s|ing)?)\b/;

/** Whether a folded message asks whether each branch needs its own mali mühür. */
export function branchSealAsked(folded: string): boolean {
  return (
    branchNamed.test(folded) &&
    sealNamed.test(folded) &&
    eachOrToo.test(folded) &&
    needAsked.test(folded) &&
    !otherTopic.test(asForeign(folded))
  );
}
