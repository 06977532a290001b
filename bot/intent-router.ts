/** Starts the topic of a recognised intent (outside a flow step). */

import { asksForTheNumber } from "./dispatch/number-question.ts";
import { adviseMedium, startApplication } from "./flows/application.ts";
import { startCertificateStatus } from "./flows/certificate-status.ts";
import { asksBothContacts } from "./flows/dialog/contact-answers.ts";
import { someoneElseAsked } from "./flows/dialog/someone-else-applies.ts";
import { requestAgent } from "./flows/handoff.ts";
import { answerInfo, answerPrices, answerStatusMeaning, infoIntents, linkParams } from "./flows/info.ts";
import { showOrder, startOrderStatus } from "./flows/order-status.ts";
import { answerPayment } from "./flows/payment.ts";
import { answerRefundForOrder } from "./flows/refund-answer.ts";
import { endedReasonNamed } from "./flows/revocation-reason.ts";
import { startTroubleshooting } from "./flows/troubleshoot.ts";
import { startVerification } from "./flows/verification.ts";
import { showMenu } from "./menu.ts";
import { deliveryTimeAsked } from "./nlu/delivery-time.ts";
import { extractEntities } from "./nlu/entities.ts";
import { foreignBranchAsked, foreignBranchTold } from "./nlu/foreign-branch.ts";
import type { Intent } from "./nlu/intents.ts";
import { otherApplicantAsked } from "./nlu/other-applicant.ts";
import { isR9Case } from "./nlu/r9.ts";
import { foreignPartnerTold } from "./nlu/r9-denial.ts";
import { validityOrUseAsked } from "./nlu/status-asked.ts";
import type { Turn } from "./turn.ts";

const isInfo = (intent: Intent): intent is (typeof infoIntents)[number] =>
  (infoIntents as readonly Intent[]).includes(intent);

/** Starts the topic of an intent. */
export async function startIntent(turn: Turn, intent: Intent): Promise<void> {
  // "müşteri hizmetleri numaranız kaç": a question for the number is answered, not a hand-off
  if (intent === "agent" && asksForTheNumber(turn)) {
    answerInfo(turn, "contact");
    return;
  }
  // A volume or a signer/branch question is answered with the advice, even when "fatura" scored too.
  if ((intent === "hsm_vs_card" || intent === "invoice") && (await adviseWithFollowUp(turn))) return;
  if (intent === "payment") {
    await answerPayment(turn);
    return;
  }
  // R6.3 for the order in context: nothing to refund when unpaid, refundable before production
  if (intent === "refund" && (await answerRefundForOrder(turn))) return;
  if (isInfo(intent)) {
    answerInfo(turn, intent);
    return;
  }
  // An order number in the message is looked up at once (R3.2, R3.3).
  if (intent === "order_status" || intent === "production" || intent === "delivery") {
    const orderNo = turn.input.raw ? extractEntities(turn.input.raw).orderNo : undefined;
    if (orderNo) {
      await showOrder(turn, orderNo);
      return;
    }
  }
  switch (intent) {
    case "greeting":
      showMenu(turn, "greeting.hello");
      return;
    case "menu":
      showMenu(turn);
      return;
    case "apply":
      // "muhasebeci başvurabilir mi", "yabancı şirketin Türkiye şubesiyiz, başvurabilir miyiz?": a
      // question whether one may apply is answered, and the application offered, not started
      if (answerBeforeApplying(turn)) return;
      // R9 concerns 100 % foreign firms only: a foreign partner is told the application is open. A
      // foreign company's Turkish branch named no partner: the branch text alone (startApplication).
      if (
        foreignPartnerTold(turn.input.folded) &&
        !isR9Case(turn.input.folded) &&
        !foreignBranchTold(turn.input.folded)
      )
        turn.say("info.r9_foreign_partner");
      await startApplication(turn);
      return;
    case "prices":
      answerPrices(turn);
      return;
    case "order_status":
      await startOrderStatus(turn, "order.ask");
      return;
    case "production":
      await startOrderStatus(turn, "info.production");
      return;
    case "delivery":
      // "kart ne zaman elime ulaşır": when it comes, not who may receive it (R3.2, R3.3.1)
      await startOrderStatus(
        turn,
        deliveryTimeAsked(turn.input.folded) ? "info.delivery_time" : "info.delivery",
      );
      return;
    case "contact_update":
      // both named in the opening request ("hem telefonumu hem e-postamı"): one at a time (interfaces §4)
      if (turn.input.raw !== undefined && asksBothContacts(turn.input.folded))
        turn.say("contact.one_at_a_time");
      await startVerification(turn, "contact");
      return;
    case "revoke":
      // "kartı kaybettik, mühür hâlâ geçerli mi": yes, until revoked, which is why it is revoked first (R7.4)
      if (turn.input.raw !== undefined && validityOrUseAsked(turn.input.folded))
        turn.say("revoke.valid_until_revoked");
      // R7.3: the self-service path first, then the verified revocation here.
      turn.say("info.revoke_self_service", linkParams(turn));
      // another reason than loss or theft ("şirketi kapattık"): said before any code is sent
      if (turn.input.raw !== undefined && endedReasonNamed(turn.input.folded)) {
        turn.say("revoke.reason_other_upfront", undefined, [{ id: "i:agent", label: turn.t("menu.agent") }]);
        return;
      }
      await startVerification(turn, "revoke");
      return;
    case "cert_status":
      // "askıda ne demek": the status's meaning, the check offered with a button
      if (answerStatusMeaning(turn)) return;
      await startCertificateStatus(turn);
      return;
    case "troubleshoot":
      startTroubleshooting(turn);
      return;
    case "agent":
      await requestAgent(turn);
      return;
  }
}

/**
 * A question whether someone else (the accountant, an employee) may apply (app.side.someone_else:
 * the signatory of the imza sirküleri, R3.3.1/R3.3.2), or whether a foreign company's branch in
 * Turkey may (app.foreign_branch_alone: online as a tüzel kişi with its own VKN, R9.1 when all its
 * representatives are foreign): answered, with the application offered; true when it was.
 */
function answerBeforeApplying(turn: Turn): boolean {
  const { raw, folded } = turn.input;
  if (raw === undefined || turn.input.button) return false;
  if (otherApplicantAsked(folded) || someoneElseAsked(raw, folded))
    turn.say("app.side.someone_else", linkParams(turn));
  else if (foreignBranchAsked(raw, folded) && !isR9Case(folded)) turn.say("app.foreign_branch_alone");
  else return false;
  turn.say("app.start_offer", undefined, [{ id: "i:apply", label: turn.t("menu.apply") }]);
  return true;
}

/** The R2.2/R2.3 advice outside the application, with the requirements and the application offered. */
async function adviseWithFollowUp(turn: Turn): Promise<boolean> {
  if (!/\d|dakika|minute|sube|branch|birden fazla|several|multiple/.test(turn.input.folded)) return false;
  if (!(await adviseMedium(turn))) return false;
  turn.say("info.next", undefined, [
    { id: "i:hsm_requirements", label: turn.t("menu.hsm_requirements") },
    { id: "i:apply", label: turn.t("menu.apply") },
  ]);
  return true;
}

/** When unsure: "Şunu mu demek istediniz?" with the two best topics as buttons. */
export function askWhichIntent(turn: Turn, candidates: readonly Intent[]): void {
  turn.say(
    "nlu.did_you_mean",
    undefined,
    candidates.map((intent) => ({ id: `i:${intent}`, label: turn.t(`menu.${intent}`) })),
  );
}
