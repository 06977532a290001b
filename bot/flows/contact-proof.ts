/**
 * Proving the contacts of a new application (R5.1), after the application dialog's last answer
 * (`interfaces.md` §4 is unchanged: the order number, the amount and the payment channels come
 * first): a code goes to the e-mail and one to the phone; the customer types the e-mail's code, then
 * the SMS's. "atla" skips (identity codes then do not go to that contact; the call centre helps).
 * Later, an order status whose contacts are still unproven offers the codes again (`offerContactProof`):
 * "evet" sends them to the contacts left. Both only in the conversation that made the application: an
 * order number is no proof of being the applicant, so elsewhere the order's contacts are neither
 * named nor offered (core/ra/contact-proof-service.ts); the call centre verifies instead.
 * The RA reads the code (core/ra/typed-code.ts); what it refuses spends no try: a number that is no
 * 6-digit code is told the format; "kod gelmedi" is told where the code went and how to skip; another
 * topic is left to the engine, so the conversation moves on; anything else gets the question again.
 */
import { DomainError, RateLimitError } from "../../core/errors/domain-error.ts";
import type { Choice } from "../choice.ts";
import { synonymsOf } from "../nlu/choice-synonyms.ts";
import { yesNo } from "../nlu/yes-no.ts";
import type { ProofFlow } from "../state.ts";
import type { Turn } from "../turn.ts";
import { isMalformedCode } from "./dialog/code-entry.ts";
import { saysCodeUnreachable } from "./dialog/code-unreachable.ts";
import { asksOtherTopic } from "./dialog/other-topic.ts";
import type { FlowHandler } from "./flow-handler.ts";

/** The words that skip a code (locales/<lng>/choices.yaml). */
export const proofSkipWords: ReadonlySet<string> = new Set(synonymsOf("proofSkip", "skip"));

/** Sends the codes for the order just submitted and asks for the e-mail's code. */
export async function startContactProof(turn: Turn, orderNo: string): Promise<void> {
  try {
    const sent = await turn.deps.ra.sendApplicationContactCodes({ ...turn.codeRequester(), orderNo });
    turn.state.flow = { name: "proof", step: "email" };
    turn.say("app.proof.sent", { email: sent.maskedEmail, phone: sent.maskedPhone });
    turn.say("app.proof.ask_email");
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    turn.say("app.proof.not_sent");
  }
}

const offerChoices: Choice[] = [
  { id: "yes", labelKey: "common.yes" },
  { id: "no", labelKey: "common.no" },
];

/** After an order status: offers to prove the contacts `kinds` of the order that are still unproven. */
export function offerContactProof(turn: Turn, orderNo: string, kinds: readonly ("email" | "phone")[]): void {
  const only = kinds.length === 1 ? kinds[0] : undefined;
  turn.state.flow = { name: "proof", step: "offer", orderNo, ...(only ? { only } : {}) };
  const which = only ?? "both";
  turn.say("app.proof.offer", { which: turn.t(`app.proof.which.${which}`) }, turn.buttons(offerChoices));
}

/** "evet" to the offer: the codes go to the contacts still unproven; the first one's code is asked. */
async function sendLater(turn: Turn, orderNo: string): Promise<void> {
  turn.state.flow = undefined;
  try {
    const sent = await turn.deps.ra.sendApplicationContactCodes({
      ...turn.codeRequester(),
      orderNo,
      later: true,
    });
    const only = !sent.maskedPhone ? "email" : !sent.maskedEmail ? "phone" : undefined;
    const first = only ?? "email";
    turn.state.flow = { name: "proof", step: first, ...(only ? { only } : {}) };
    if (only) turn.say(`app.proof.sent_${only}`, { email: sent.maskedEmail, phone: sent.maskedPhone });
    else turn.say("app.proof.sent", { email: sent.maskedEmail, phone: sent.maskedPhone });
    turn.say(`app.proof.ask_${first}`);
  } catch (error) {
    if (error instanceof RateLimitError) turn.say("verify.rate_limited");
    else if (error instanceof DomainError && error.code === "contacts_already_proven")
      turn.say("errors.contacts_already_proven");
    else if (error instanceof DomainError) turn.say("app.proof.not_sent");
    else throw error;
  }
}

/** The offer's answer: yes sends the codes, no leaves it; anything else is another topic. */
async function answerOffer(turn: Turn, flow: ProofFlow): Promise<boolean> {
  const answer =
    turn.input.button ??
    (turn.input.raw === undefined ? undefined : yesNo(turn.input.folded, turn.input.raw));
  if (answer === "yes" && flow.orderNo) {
    await sendLater(turn, flow.orderNo);
    return true;
  }
  turn.state.flow = undefined;
  if (answer === "no") {
    turn.say("app.proof.offer_declined");
    return true;
  }
  return false;
}

/** The contact proof flow as the engine drives it. */
export const contactProofFlow: FlowHandler<ProofFlow> = {
  async handle(turn, flow) {
    if (flow.step === "offer") return answerOffer(turn, flow);
    const raw = turn.input.raw;
    if (raw === undefined) return false;
    if (proofSkipWords.has(turn.input.folded.trim())) {
      turn.state.flow = undefined;
      turn.say("app.proof.skipped");
      return true;
    }
    // "kod gelmedi": where it went and how to skip; the question stays open (the code may still come)
    if (saysCodeUnreachable(turn.input.folded)) {
      turn.say(`app.proof.not_arriving.${flow.step}`);
      return true;
    }
    let result: { confirmed: boolean; attemptsLeft: number; expired?: true };
    try {
      // the RA reads the code as typed and refuses anything else without spending a try
      result = await turn.deps.ra.confirmApplicationContact({
        conversationId: turn.ref.id,
        kind: flow.step,
        code: raw,
      });
    } catch (error) {
      if (isMalformedCode(error)) {
        // a number that is no 6-digit code was meant as one; anything else: the customer moved on
        if (/^\d{1,12}$/.test(raw.replace(/\s/g, ""))) {
          turn.say("verify.code_format");
          return true;
        }
        // another topic: the conversation moves on; anything else gets the question again
        if (asksOtherTopic(turn)) {
          turn.state.flow = undefined;
          return false;
        }
        turn.say("app.proof.code_or_skip");
        turn.say(`app.proof.ask_${flow.step}`);
        return true;
      }
      if (!(error instanceof DomainError) || error instanceof RateLimitError) throw error;
      result = { confirmed: false, attemptsLeft: 0 };
    }
    if (result.confirmed) {
      turn.say(`app.proof.${flow.step}_done`);
      if (flow.step === "email" && flow.only !== "email") {
        flow.step = "phone";
        turn.say("app.proof.ask_phone");
      } else turn.state.flow = undefined;
    } else if (result.attemptsLeft > 0) {
      turn.say("verify.wrong_code", { left: result.attemptsLeft });
    } else {
      // the tries are used up (or the code expired): said, with the contact left unproven and how to
      // prove it later; the e-mail's end goes on to the phone's code, the phone's ends the proof
      turn.say(result.expired ? "app.proof.failed.expired" : "app.proof.failed.wrong");
      turn.say(`app.proof.unproven.${flow.step}`);
      if (flow.step === "email" && flow.only !== "email") {
        flow.step = "phone";
        turn.say("app.proof.ask_phone_next");
      } else turn.state.flow = undefined;
    }
    return true;
  },
  reprompt(turn, flow) {
    if (turn.state.flow !== flow) turn.say("fallback.first");
    else if (flow.step === "offer" && flow.orderNo)
      offerContactProof(turn, flow.orderNo, flow.only ? [flow.only] : ["email", "phone"]);
    else if (flow.step !== "offer") turn.say(`app.proof.ask_${flow.step}`);
  },
  back() {
    return false;
  },
  expectsNumber(flow) {
    return flow.step !== "offer";
  },
};
