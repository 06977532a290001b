/**
 * `intent`: a typed menu label or a recognised topic starts that topic; a side question inside a
 * dialog is answered and the pending question asked again; several of the prices, card or HSM (by
 * the volume told) and the delivery asked in one message get each answer; two questions in one
 * message outside a dialog get both answers; when unsure, the two best topics are offered as
 * buttons, never guessed; a VKN alone gets the topics it starts (./bare-vkn.ts).
 */

import { adviseMedium } from "../flows/application.ts";
import { answerSideTopic, twoSideTopicsOf } from "../flows/dialog/side-question.ts";
import { answeredInPassing } from "../flows/info.ts";
import { askWhichIntent, startIntent } from "../intent-router.ts";
import { menuIntentOf } from "../menu.ts";
import { extractEntities } from "../nlu/entities.ts";
import type { Intent } from "../nlu/intent-names.ts";
import { topicsAskedOf } from "../nlu/many-topics.ts";
import { newSealAlsoAsked } from "../nlu/seal-lost.ts";
import { nluLocaleOf } from "../nlu/training-data.ts";
import { sealLossTold, understand } from "../nlu/understand.ts";
import type { Turn } from "../turn.ts";
import { isBareVkn, vknTopics } from "./bare-vkn.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** Flows that collect data; a side question inside them does not end them. */
const dialogFlows = new Set(["application", "verify", "contact", "revoke", "status"]);

/** Topics that take a certificate serial themselves: a serial in such a message is theirs. */
const serialTopics = new Set<Intent>([
  "revoke",
  "revoke_undo",
  "contact_update",
  "agent",
  "vkn_title_change",
]);

/** Whether a typed message names a certificate serial and asks nothing that takes the serial itself. */
function asksSerialStatus(turn: Turn, understood: ReturnType<typeof understand> | undefined): boolean {
  const raw = turn.input.raw;
  if (raw === undefined || !extractEntities(raw).serial) return false;
  return !(understood?.kind === "intent" && serialTopics.has(understood.intent));
}

/**
 * What the whole message may be taken for when it asks several topics (bot/nlu/many-topics.ts): the topics
 * themselves or the seal wished for; another topic (a status, a revocation, a hand-off) keeps its own route.
 */
const manyTopicsGuesses = new Set<Intent>([
  "prices",
  "hsm_vs_card",
  "delivery",
  "production",
  "apply",
  "before_apply",
  "about",
  "difference",
  "hsm_requirements",
  "hsm_supply",
  "invoice",
  "greeting",
  "menu",
]);

/** The topics a typed message outside a dialog asks, when it asks several of the prices, medium and delivery. */
function manyTopicsOf(turn: Turn, understood: ReturnType<typeof understand> | undefined): Intent[] {
  if (turn.input.raw === undefined) return [];
  if (understood?.kind === "intent" && !manyTopicsGuesses.has(understood.intent)) return [];
  if (understood?.kind === "unsure" && !understood.candidates.some((c) => manyTopicsGuesses.has(c)))
    return [];
  const topics = topicsAskedOf(turn.input.folded);
  return topics.length >= 2 ? topics : [];
}

/** Answers each topic asked; the medium by the volume told (R2.2, R2.3) when one is. */
async function answerTopics(turn: Turn, topics: readonly Intent[]): Promise<void> {
  for (const topic of topics) {
    if (topic === "hsm_vs_card") {
      const from = turn.out.length;
      if (!(await adviseMedium(turn))) answerSideTopic(turn, topic);
      for (const message of turn.out.slice(from)) delete message.buttons;
    } else answerSideTopic(turn, topic);
  }
  if (topics.includes("hsm_vs_card"))
    turn.say("info.next", undefined, [
      { id: "i:hsm_requirements", label: turn.t("menu.hsm_requirements") },
      { id: "i:apply", label: turn.t("menu.apply") },
    ]);
}

/** Handles recognised and uncertain topics. */
export const intentStep: DispatchStep = {
  name: "intent",
  async run(turn) {
    const { input, state } = turn;
    const open = openFlow(turn);
    const typedMenu = input.raw !== undefined ? menuIntentOf(turn) : undefined;
    const understood = typedMenu ? undefined : understand(input.folded, nluLocaleOf(turn.ref.locale));
    // a certificate serial outside a dialog asks for its status (R10.1, public), whatever the rest leans to
    if (!open && !typedMenu && asksSerialStatus(turn, understood)) {
      state.misses = 0;
      state.flow = undefined;
      await startIntent(turn, "cert_status");
      return true;
    }
    // a VKN alone outside a dialog: what it is for, the chosen topic going on with it
    if (!open && !typedMenu && input.raw !== undefined && isBareVkn(input.folded)) {
      state.misses = 0;
      askWhichIntent(turn, vknTopics);
      state.unsure = { text: input.raw, topics: [...vknTopics] };
      return true;
    }
    // several topics in one message ("kart mı hsm mi, günde 5000 fatura, fiyatlar ne, kaç günde gelir"): each answered,
    // the medium by the volume told
    const many = open || typedMenu ? [] : manyTopicsOf(turn, understood);
    if (many.length > 0) {
      state.misses = 0;
      state.flow = undefined;
      await answerTopics(turn, many);
      return true;
    }
    // two questions in one message outside a dialog ("fiyatı ne kadar, kaç günde gelir?"): both answered
    const two = open || typedMenu ? undefined : twoSideTopicsOf(turn);
    if (two) {
      state.misses = 0;
      state.flow = undefined;
      for (const topic of two) answerSideTopic(turn, topic);
      return true;
    }
    if (understood?.kind === "unsure") {
      state.misses = 0;
      askWhichIntent(turn, understood.candidates);
      if (input.raw !== undefined) state.unsure = { text: input.raw, topics: [...understood.candidates] };
      if (open) await open.handler.reprompt(turn, open.flow);
      return true;
    }
    const intent = typedMenu ?? (understood?.kind === "intent" ? understood.intent : undefined);
    if (!intent) return false;
    state.misses = 0;
    if (open && answeredInPassing(intent, input.folded) && dialogFlows.has(open.flow.name)) {
      const from = turn.out.length;
      await startIntent(turn, intent);
      // Its follow-up buttons would leave the dialog: the pending question's buttons follow instead.
      for (const message of turn.out.slice(from)) delete message.buttons;
      state.flow = open.flow;
      await open.handler.reprompt(turn, open.flow);
      return true;
    }
    state.flow = undefined;
    // "kartım çalındı, yeni başvuru da yapmak istiyorum": the revocation first, the application after (R7.4)
    if (intent === "revoke" && !typedMenu && sealLossTold(input.folded) && newSealAlsoAsked(input.folded))
      turn.say("followup.revoke_first");
    await startIntent(turn, intent);
    return true;
  },
};
