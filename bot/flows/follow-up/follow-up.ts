/**
 * A follow-up question about what was just answered, answered in its context instead of being
 * classified alone: the topic of the last answer ({@link BotState.answered}, ./answer-topic.ts), the
 * open revocation, and the order number this conversation gave. One place for the whole class:
 * - after a lost or stolen card's revocation, started or done, "ne yapmalıyım" / "what now?" → R7.4
 *   (revoke first, then apply again);
 * - after a revoked certificate shown or revoked, "bu ne demek" → what revoked means, "yeniden aktif
 *   edebilir miyiz" / "can we reactivate it?" → it cannot be undone (R7.1);
 * - after R9, "nereye göndereceğiz" / "where do we send them?" → GİB's address (R9.1);
 * - "sipariş numaram neydi" with an order number given in this conversation → that number;
 * - "kredi kartı ile olur mu" (anywhere), "kartla olur mu" after the payment answer → sanal POS (R3.2);
 * - after the e-documents answer, "what about e-archive?" → one certificate serves all (R1.1, R2.1).
 * - during a revocation, "iptal edersem yeni kart ne zaman gelir" → R7.4 (no card comes by itself),
 *   "iptal edersem yeni kart ne kadar", "yeni kartın ücreti ne olur" → the prices (R6.1), "ya
 *   bulursam ne olacak" → a revocation is not undone when the card turns up (R7.1);
 * - after R5.2's answer, "eskisi iptal mi olur" → what is known, and the call centre (domain silent);
 * - after the e-imza / mali mühür difference, "peki hangisini almalıyım" → R1.2 for the firm;
 * - after a locked PIN or the PUK, a year told alone ("2016 da aldık") → R4.3 for that card's year;
 * - after the application offered (app.start_offer), a plain yes ("evet", "olur", "yes please") starts it.
 */

import { bareCardYear } from "../../nlu/card-year-told.ts";
import { extractEntities } from "../../nlu/entities.ts";
import { tokensOf } from "../../nlu/fold.ts";
import { thanksSaid } from "../../nlu/social-only.ts";
import { asksForRevocation } from "../../nlu/understand.ts";
import { yesNo, yesWords } from "../../nlu/yes-no.ts";
import type { BotState } from "../../state.ts";
import type { Turn } from "../../turn.ts";
import { startApplication } from "../application.ts";
import { describesCertificate } from "../dialog/certificate-described.ts";
import { answerPrices, linkParams } from "../info.ts";
import { sayUnpaidOrderLink } from "../payment.ts";
import {
  asksCardPayment,
  asksFoundLater,
  asksMeaningOfShown,
  asksNewCardTiming,
  asksNextStep,
  asksOldCertificate,
  asksOrderNumber,
  asksPriceWhileRevoking,
  asksReactivation,
  asksWhereToSend,
  asksWhichToGet,
  eDocumentNamed,
} from "./questions.ts";

/** Whether the conversation is revoking a certificate (verifying for it, or in the revocation). */
function revoking(state: BotState): boolean {
  const flow = state.flow;
  return flow?.name === "revoke" || (flow?.name === "verify" && flow.purpose === "revoke");
}

/**
 * Whether the message answers the revocation's "which certificate" question by describing one ("the
 * new card", "yeni olan değil"): an answer, not "what now? a new card?".
 */
function answersWhichCertificate(turn: Turn): boolean {
  const flow = turn.state.flow;
  return (
    flow?.name === "revoke" &&
    flow.step === "cert" &&
    describesCertificate(turn.input.folded, turn.deps.clock.now())
  );
}

/**
 * Answers the message as a follow-up of the last answer, when it is one; returns whether it did.
 * Inside a dialog (`inDialog`) only questions that can never answer its question are taken (what to
 * do next, the order number, a credit card), and the caller asks the pending question again.
 */
export async function answerFollowUp(turn: Turn, inDialog: boolean): Promise<boolean> {
  const { state, input } = turn;
  if (input.raw === undefined || !input.folded) return false;
  const folded = input.folded;
  const topic = state.answered;
  // "ya bulursam ne olacak", "if we find it later can we use it?": a revocation is not undone when the
  // card turns up (R7.1); before it, none is needed
  if ((revoking(state) || (topic === "revoked" && !inDialog)) && asksFoundLater(folded)) {
    turn.say("revoke.found_later");
    return true;
  }
  // "iptal edersem yeni kart ne kadar", "yeni kartın ücreti ne olur": the prices (R6.1), then the
  // pending question again; never "revoke first" nor taken for an answer
  if (revoking(state) && asksPriceWhileRevoking(folded) && !answersWhichCertificate(turn)) {
    // "evet, yeni kart ne kadar": the yes beside the question is not taken (only a plain yes revokes)
    if (state.flow?.name === "revoke" && state.flow.step === "confirm" && yesNo(folded) === undefined)
      if (tokensOf(folded).some((t) => yesWords.has(t))) turn.say("revoke.question_not_yes");
    const from = turn.out.length;
    answerPrices(turn);
    for (const message of turn.out.slice(from)) delete message.buttons;
    return true;
  }
  // "iptal edersem yeni kart ne zaman gelir": no new card comes by itself; revoke first, then apply (R7.4)
  const newCardAsked = revoking(state) && asksNewCardTiming(folded);
  if ((asksNextStep(folded) || newCardAsked) && !answersWhichCertificate(turn)) {
    if (revoking(state)) {
      turn.say("followup.revoke_first");
      return true;
    }
    if (topic === "revoked" && !state.flow) {
      turn.say("revoke.reapply", undefined, [{ id: "i:apply", label: turn.t("menu.apply") }]);
      return true;
    }
  }
  if (state.lastOrderNo && asksOrderNumber(folded) && !extractEntities(input.raw).orderNo) {
    turn.say("followup.order_number", { orderNo: state.lastOrderNo });
    return true;
  }
  if (asksCardPayment(folded, topic === "payment" && !inDialog)) {
    await answerCardPayment(turn);
    return true;
  }
  // the rest could be an answer to a dialog's question ("adres", "e-Arşiv Ltd.")
  if (inDialog) return false;
  // the application offered after a question about applying: a plain yes takes the offer; "ok
  // thanks" is thanks, no yes to it
  if (topic === "apply_offered" && yesNo(folded, input.raw) === "yes" && !thanksSaid(folded)) {
    await startApplication(turn.readAs({ folded: "" }));
    return true;
  }
  // a revoked certificate just shown or revoked: what that means, and that it cannot be put back (R7.1)
  if (topic === "revoked" && asksReactivation(folded)) {
    turn.say("info.revoke_undo", linkParams(turn), [{ id: "i:apply", label: turn.t("menu.apply") }]);
    return true;
  }
  if (topic === "revoked" && asksMeaningOfShown(folded)) {
    turn.say("info.status_meaning.revoked", linkParams(turn), [
      { id: "i:apply", label: turn.t("menu.apply") },
    ]);
    return true;
  }
  if (topic === "r9" && asksWhereToSend(folded)) {
    turn.say("followup.r9_address");
    return true;
  }
  // after R5.2: what becomes of the old certificate; the domain does not say (the call centre does)
  if (topic === "title_change" && asksOldCertificate(folded) && !asksForRevocation(folded)) {
    turn.say("followup.old_after_change", linkParams(turn), [
      { id: "i:apply", label: turn.t("menu.apply") },
      { id: "i:agent", label: turn.t("menu.agent") },
    ]);
    return true;
  }
  // after R1.2: which of e-imza and mali mühür the firm needs
  if (topic === "difference" && asksWhichToGet(folded)) {
    turn.say("followup.which_seal", linkParams(turn), [
      { id: "i:hsm_vs_card", label: turn.t("menu.hsm_vs_card") },
      { id: "i:apply", label: turn.t("menu.apply") },
    ]);
    return true;
  }
  // after R4.2 or R4.3: "2016 da aldık", the card's year, is answered by R4.3
  const year = topic === "pin_lock" ? bareCardYear(folded, turn.deps.clock.now()) : undefined;
  if (year !== undefined) {
    turn.say(year < 2014 ? "info.card_year.before_2014" : "info.card_year.since_2014", {
      year,
      ...linkParams(turn),
    });
    return true;
  }
  const document = topic === "e_documents" ? eDocumentNamed(folded) : undefined;
  if (document) {
    turn.say("followup.e_documents", { document });
    return true;
  }
  return false;
}

/** Paying by credit or debit card: the sanal POS (R3.2), with the unpaid order's own link when known. */
async function answerCardPayment(turn: Turn): Promise<void> {
  turn.say("followup.card_payment", linkParams(turn));
  await sayUnpaidOrderLink(turn, turn.state.lastOrderNo);
}
