/**
 * A question typed at the revocation's "onaylıyor musunuz?" (R7.1): what the revocation does to the
 * firm's e-documents ("iptal edince e-faturalarım ne olur", "iptal sonrası fatura kesebilir miyim?",
 * "what happens to my e-invoices after revocation?"), or a side topic the application also answers in
 * its dialog ("yeni kart kaç para", "iptal geri alınabilir mi?"). It is answered and the caller asks
 * for the confirmation again; a yes beside the question ("evet ama önce bir sorum var, …") is said not
 * to be taken, since only a plain yes revokes (dialog/plain-yes.ts).
 */
import { tokensOf } from "../../nlu/fold.ts";
import { isQuestion } from "../../nlu/question-form.ts";
import { yesWords } from "../../nlu/yes-no.ts";

/** The refusal words of a yes/no answer (folded). */
const noWords: ReadonlySet<string> = new Set(["hayir", "hayr", "no", "nope", "istemiyorum"]);

import type { Turn } from "../../turn.ts";
import { answerSideTopic, sideTopicOf, twoSideTopicsOf } from "./side-question.ts";

/** The revocation named (folded). */
const revocationNamed = /\b(iptal\w*|revok\w*|revocation|cancel\w*|kapat\w*)\b/;

/** The e-documents a mali mühür seals, or sealing itself (folded; "e-fatura" folds to "efatura"). */
const documentsNamed =
  /\b(e?fatura\w*|e?defter\w*|e?arsiv\w*|e?irsaliye\w*|belge\w*|e?invoice\w*|ledger\w*|e?documents?|imza\w*|muhurle\w*|sign\w*|seal\w*)\b/;

/** What happens after it, or whether something can still be done (folded). */
const askedWhatFollows =
  /\b(ne olur\w*|ne olacak\w*|ne yapaca\w*|etkile\w*|\w*abilir\w*|\w*ebilir\w*|devam\w*|gecerli\w*|happens?|affect\w*|can (i|we)|still|valid)\b/;

/** A yes and a no in one message ("evet mi hayır mı"): a doubt about the answer, not a topic. */
function bothAnswers(folded: string): boolean {
  const tokens = tokensOf(folded);
  return tokens.some((t) => yesWords.has(t)) && tokens.some((t) => noWords.has(t));
}

/** Whether a message asks what the revocation does to the firm's e-documents. */
export function revocationEffectsAsked(raw: string, folded: string): boolean {
  if (!revocationNamed.test(folded) || !documentsNamed.test(folded)) return false;
  return isQuestion(raw, folded) || askedWhatFollows.test(folded);
}

/** Answers a question typed at the confirmation; true when it did (the caller asks again). */
export function answerRevocationQuestion(turn: Turn): boolean {
  const raw = turn.input.raw;
  if (raw === undefined) return false;
  const folded = turn.input.folded;
  const yesBeside = tokensOf(folded).some((t) => yesWords.has(t));
  const from = turn.out.length;
  if (revocationEffectsAsked(raw, folded)) turn.say("revoke.effects");
  // a side topic only when asked ("yes but later", "evet mi hayır mı bilmiyorum" are no questions
  // about a topic, whatever the classifier leans to)
  else if (isQuestion(raw, folded) && !bothAnswers(folded)) {
    const topics = twoSideTopicsOf(turn) ?? [sideTopicOf(turn)].filter((t) => t !== undefined);
    for (const topic of topics) answerSideTopic(turn, topic);
  }
  if (turn.out.length === from) return false;
  // the yes was not taken: said first, before the answer
  if (yesBeside) {
    const answers = turn.out.splice(from);
    turn.say("revoke.question_not_yes");
    turn.out.push(...answers);
  }
  return true;
}
