/**
 * The answer to an irreversible step's "onaylıyor musunuz?" (R7.1: a revocation is never undone).
 * A yes acts only when every other word of the message confirms the same act ("evet", "evet iptal
 * edin", "yes, revoke it please"); a yes beside a refusal, a delay or a change of mind ("evet iptal
 * etmeyin", "evet, vazgeçtim", "evet sonra yaparım") is unclear and asked again, never acted on.
 * Works on folded text (bot/nlu/fold.ts) after bot/nlu/yes-no.ts has read the plain yes or no.
 */
import { tokensOf } from "../../nlu/fold.ts";
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
