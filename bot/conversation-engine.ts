/**
 * The conversation engine: loads the conversation's state, handles one event through the global
 * commands, the current flow or a recognised intent, saves the state and returns the answer.
 */
import { RateLimitError } from "../core/errors/domain-error.ts";
import type { BotMessage, ConversationEngine, ConversationRef, UserEvent } from "./channel-port.ts";
import type { EngineDeps } from "./engine-deps.ts";
import { flowHandler } from "./flows/registry.ts";
import { askWhichIntent, startIntent } from "./intent-router.ts";
import { handoffTurn, remindOpenHandoff, requestAgent } from "./flows/handoff.ts";
import { showMenu, menuIntentOf } from "./menu.ts";
import { globalCommand } from "./nlu/commands.ts";
import { foldTurkish } from "./nlu/fold.ts";
import { nluLocaleOf } from "./nlu/training-data.ts";
import { understand } from "./nlu/understand.ts";
import { looksLikeSecret } from "./nlu/secrets.ts";
import { parseState } from "./state.ts";
import { memoizeTexts } from "./texts-cache.ts";
import { Turn } from "./turn.ts";
import { infoIntents } from "./flows/info.ts";
import type { Intent } from "./nlu/intents.ts";

/** Flows that collect data; a side question inside them does not end them. */
const dialogFlows = new Set(["application", "verify", "contact", "revoke"]);

/** Informational answers that do not end the dialog in progress. */
function keepsFlow(intent: Intent): boolean {
  return intent === "prices" || ((infoIntents as readonly Intent[]).includes(intent) && intent !== "r9");
}

/** Longest customer message considered; the rest is ignored. */
const maxTextLength = 2000;

/** Creates the engine over its ports. */
export function createConversationEngine(engineDeps: EngineDeps): ConversationEngine {
  const deps: EngineDeps = { ...engineDeps, texts: memoizeTexts(engineDeps.texts) };
  const queues = new Map<string, Promise<unknown>>();

  async function turn(ref: ConversationRef, event: UserEvent): Promise<BotMessage[]> {
    let raw: unknown;
    try {
      raw = await deps.states.load(ref.id);
    } catch {
      raw = undefined;
    }
    const input =
      event.type === "text"
        ? { raw: event.text.slice(0, maxTextLength), folded: foldTurkish(event.text.slice(0, maxTextLength)) }
        : event.type === "button"
          ? { folded: "", button: String(event.id) }
          : { folded: "" };
    const t = new Turn(ref, parseState(raw), deps, input);
    try {
      await dispatch(t, event);
    } catch (error) {
      if (error instanceof RateLimitError) {
        // a budget is spent (codes, applications): say which, keep the dialog where it was
        t.say(`errors.${error.code}`, undefined, [{ id: "i:agent", label: t.t("menu.agent") }]);
      } else {
        // A failing port must not break the conversation: apologise and offer the agent.
        t.state.flow = undefined;
        t.say("errors.unexpected", undefined, [{ id: "i:agent", label: t.t("menu.agent") }]);
        deps.onError?.(error, { conversationId: ref.id, channel: ref.channel });
      }
    }
    await deps.states.save(ref.id, t.state, { channel: ref.channel, locale: ref.locale });
    return t.out;
  }

  return {
    handle(ref, event) {
      // One turn at a time per conversation, so a double click cannot interleave two turns.
      const previous = queues.get(ref.id) ?? Promise.resolve();
      const next = previous.then(
        () => turn(ref, event),
        () => turn(ref, event),
      );
      queues.set(ref.id, next);
      void next
        .finally(() => {
          if (queues.get(ref.id) === next) queues.delete(ref.id);
        })
        .catch(() => {});
      return next;
    },
  };
}

async function dispatch(t: Turn, event: UserEvent): Promise<void> {
  const { state, input } = t;

  if (event.type === "start") {
    state.misses = 0;
    t.say("greeting.start", undefined, undefined);
    const flow = state.flow;
    if (await remindOpenHandoff(t)) return;
    if (flow) await flowHandler(flow).reprompt(t, flow);
    else showMenu(t, "menu.prompt");
    return;
  }

  // The stored hand-off decides (bot/flows/handoff.ts): every message gets an answer there.
  if (state.handoff && (await handoffTurn(t))) return;

  const flow = state.flow;
  const handler = flow ? flowHandler(flow) : undefined;

  if (
    input.raw !== undefined &&
    looksLikeSecret(input.folded, flow && handler ? handler.expectsNumber(flow) : false)
  ) {
    t.say("security.never_share");
    if (flow && handler) await handler.reprompt(t, flow);
    return;
  }

  const command = input.raw !== undefined ? globalCommand(input.folded) : undefined;
  if (command === "agent" || input.button === "i:agent") {
    await requestAgent(t);
    return;
  }
  if (command === "cancel") {
    if (flow) {
      state.flow = undefined;
      showMenu(t, "commands.cancelled");
    } else {
      t.say("commands.nothing_to_cancel", undefined, [
        { id: "i:revoke", label: t.t("menu.revoke") },
        { id: "i:menu", label: t.t("menu.menu") },
      ]);
    }
    return;
  }
  if (command === "menu" || input.button === "i:menu") {
    state.flow = undefined;
    state.misses = 0;
    showMenu(t);
    return;
  }
  if (command === "back") {
    if (flow && handler) {
      if (!handler.back(t, flow)) {
        t.say("commands.no_previous");
        await handler.reprompt(t, flow);
      }
    } else showMenu(t, "commands.no_previous");
    return;
  }

  // A menu button pressed (or a menu label typed) outside a button step starts that topic.
  const menuIntent = input.button?.startsWith("i:") ? menuIntentOf(t) : undefined;
  if (menuIntent) {
    state.flow = undefined;
    state.misses = 0;
    await startIntent(t, menuIntent);
    return;
  }

  if (flow && handler) {
    if (await handler.handle(t, flow)) {
      state.misses = 0;
      return;
    }
  }

  const typedMenu = input.raw !== undefined ? menuIntentOf(t) : undefined;
  const understood = typedMenu ? undefined : understand(input.folded, nluLocaleOf(t.ref.locale));
  if (understood?.kind === "unsure") {
    state.misses = 0;
    // Not sure: both best topics as buttons ("Şunu mu demek istediniz?"), never a guess.
    askWhichIntent(t, understood.candidates);
    if (flow && handler) await handler.reprompt(t, flow);
    return;
  }
  const recognised = typedMenu
    ? { intent: typedMenu }
    : understood?.kind === "intent"
      ? { intent: understood.intent }
      : undefined;
  if (recognised) {
    state.misses = 0;
    if (flow && handler && keepsFlow(recognised.intent) && dialogFlows.has(flow.name)) {
      // A side question inside a dialog: answer it and ask the pending question again.
      const from = t.out.length;
      await startIntent(t, recognised.intent);
      // Its follow-up buttons would leave the dialog: the pending question's buttons follow instead.
      for (const message of t.out.slice(from)) delete message.buttons;
      state.flow = flow;
      await handler.reprompt(t, flow);
      return;
    }
    state.flow = undefined;
    await startIntent(t, recognised.intent);
    return;
  }

  if (flow && handler) {
    // handle() declined but nothing else fits: the step's own "not understood".
    await handler.reprompt(t, flow);
    return;
  }
  state.misses += 1;
  if (state.misses >= 2) {
    state.misses = 0;
    showMenu(t, "fallback.second");
  } else {
    t.say("fallback.first");
  }
}
