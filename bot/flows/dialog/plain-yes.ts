/**
 * The answer to an irreversible step's "onaylıyor musunuz?" (R7.1: a revocation is never undone).
 * A yes acts only when every other word of the message confirms the same act ("evet", "evet iptal
 * edin", "yes, revoke it please"); a yes beside a refusal, a delay or a change of mind ("evet iptal
 * etmeyin", "evet, vazgeçtim", "evet sonra yaparım") is unclear and asked again, never acted on.
 * Works on folded text (bot/nlu/fold.ts) after bot/nlu/yes-no.ts has read the plain yes or no.
 */
import { tokensOf } from "../../nlu/fold.ts";
import { isQuestion } from "../../nlu/question-form.ts";
import { yesNo, yesWords } from "../../nlu/yes-no.ts";

/**
 * Words (folded) that may stand beside a yes without changing it: every yes word of
 * bot/nlu/yes-no.ts, and the act, its object, politeness.
 */
const confirming: ReadonlySet<string> = new Set([
  ...yesWords,
  ...(
    "onayla onaylayin tabii tabi elbette lutfen hemen simdi artik iptal et edin ediniz edilsin edelim etsin " +
    "etsinler ettirin ettirelim yap yapin yapalim yapabilirsiniz kapat kapatin kapatilsin sertifika " +
    "sertifikayi sertifikami sertifikamizi kart karti kartimi kartimizi mali muhur muhuru muhurumu " +
    "muhurumuzu bunu onu confirmed please now revoke it do go ahead the certificate card seal my our"
  ).split(" "),
]);

/** `yes` only for a plain yes, `no` for a no, `unclear` for anything else typed. */
export function plainYesNo(folded: string, raw: string): "yes" | "no" | "unclear" {
  const answer = yesNo(folded, raw);
  if (answer === "no") return "no";
  if (answer !== "yes") return "unclear";
  return tokensOf(folded).every((t) => confirming.has(t)) ? "yes" : "unclear";
}

/** The words (folded) of a clear refusal that hedging beside it does not undo. */
const refusalWords: ReadonlySet<string> = new Set([
  "hayir",
  "hayr",
  "istemiyorum",
  "istemiyoruz",
  "no",
  "nope",
]);

/** Phrases where a refusal word is no refusal ("no idea", "hayır demiyorum", "sorun yok"). */
const notRefusal =
  /\b(no (idea|clue|problem|worries|matter)|not saying no|(hayir|no) (diyemem|diyemiyorum|diyemiyoruz|demedim|demiyorum|demiyoruz|demek istemiyorum)|(mi|mu) (hayir|evet))\b/;

/**
 * A clear no with hedging words around it ("hmm emin değilim, hayır", "sanırım hayır", "I think no"):
 * a refusal word, no yes word, not a question. It stops an irreversible step without acting: leaving
 * is always safe, unlike a yes (`plainYesNo` reads only the plain answers).
 */
export function hedgedNo(folded: string, raw: string): boolean {
  const tokens = tokensOf(folded);
  if (tokens.length === 0 || tokens.length > 8) return false;
  if (isQuestion(raw, folded) || notRefusal.test(folded)) return false;
  // "not sure", "emin değilim": doubt, not a yes ("sure" is a yes word)
  const withoutDoubt = tokensOf(folded.replace(/\b(not|un) ?sure\b|\bemin degil\w*/g, " "));
  if (withoutDoubt.some((t) => yesWords.has(t))) return false;
  return withoutDoubt.some((t) => refusalWords.has(t));
}
