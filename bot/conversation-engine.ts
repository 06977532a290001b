/**
 * The conversation engine: loads the conversation's state, handles one event through the dispatch
 * steps in precedence order (bot/dispatch/steps.ts), saves the state and returns the answer. A
 * request to speak another language ("English please") is answered before the steps, in that
 * language, and the conversation keeps speaking it (bot/dispatch/language-switch.ts).
 */
import { RateLimitError } from "../core/errors/domain-error.ts";
import { firstCharacters, MAX_MESSAGE_CHARACTERS } from "../core/text/message-cap.ts";
import { normaliseTyped } from "../core/text/normalise-typed.ts";
import { withoutControls } from "../core/text/without-controls.ts";
import type { BotMessage, ConversationEngine, ConversationRef, UserEvent } from "./channel-port.ts";
import { hintEnglish } from "./dispatch/english-hint.ts";
import { confirmLanguageSwitch, conversationLocale, rememberLocale } from "./dispatch/language-switch.ts";
import { rememberLeftCodeQuestion } from "./dispatch/left-code-question.ts";
import { dispatch } from "./dispatch/steps.ts";
import type { EngineDeps } from "./engine-deps.ts";
import { languageRequestOf } from "./language-request.ts";
import { foldTurkish } from "./nlu/fold.ts";
import { linksOf, withLinks } from "./self-service-links.ts";
import { maxFailedTurns, parseState } from "./state.ts";
import { memoizeTexts } from "./texts-cache.ts";
import { Turn } from "./turn.ts";

/** Telegram's start command typed as text, alone, optionally addressed to the bot ("/start@MaliMuhurBot"). */
const startCommand = /^\s*\/start(@\w+)?\s*$/i;

/** Creates the engine over its ports. */
export function createConversationEngine(engineDeps: EngineDeps): ConversationEngine {
  // Every text may name a link or the call centre: the configured ones are its parameters.
  const texts = memoizeTexts(withLinks(engineDeps.texts, linksOf(engineDeps)));
  const deps: EngineDeps = { ...engineDeps, texts };
  const queues = new Map<string, Promise<unknown>>();

  async function turn(ref: ConversationRef, typed: UserEvent): Promise<BotMessage[]> {
    // "/start" typed (Telegram's own command, or copied into the web chat) starts as the channel's start does
    const event: UserEvent =
      typed.type === "text" && startCommand.test(typed.text) ? { type: "start" } : typed;
    let raw: unknown;
    try {
      raw = await deps.states.load(ref.id);
    } catch (error) {
      // A stored state that is not JSON is unreadable for good: the dialog starts afresh. Any other
      // failure (storage out of reach, a connection cut) fails the turn, so that a fresh state is
      // never saved over the customer's dialog; the channel answers it (503 on the web).
      if (!(error instanceof SyntaxError)) throw error;
      raw = undefined;
    }
    // read as it looks: zero-width and other format characters removed ("100000\u200B00146" is a
    // TCKN), full-width digits ("３２３０…") and ligatures in their plain forms (core/text/normalise-typed.ts)
    const text =
      event.type === "text" ? normaliseTyped(firstCharacters(event.text, MAX_MESSAGE_CHARACTERS)) : "";
    const input =
      event.type === "text"
        ? // a control character inside a word ("b\u0000aşvuru") is not read; the answer keeps it (refused)
          { raw: text, folded: foldTurkish(withoutControls(text)) }
        : event.type === "button"
          ? { folded: "", button: String(event.id) }
          : { folded: "" };
    const state = parseState(raw);
    // the dialog as stored: a turn that fails unexpectedly leaves it as it was, for a retry
    const storedFlow = state.flow === undefined ? undefined : structuredClone(state.flow);
    // a language asked for in words (not while a human agent has the conversation) switches it
    const asked = event.type === "text" && !state.handoff ? languageRequestOf(text) : undefined;
    const locale = conversationLocale(state, ref.locale, asked);
    const t = new Turn(locale === ref.locale ? ref : { ...ref, locale }, state, deps, input);
    const unsureBefore = t.state.unsure;
    const endedBefore = t.state.endedCode;
    try {
      if (asked) await confirmLanguageSwitch(t);
      else await dispatch(t, event);
      delete t.state.failedTurns;
    } catch (error) {
      if (error instanceof RateLimitError) {
        // a budget is spent (codes, applications): say which, keep the dialog where it was
        t.say(`errors.${error.code}`, undefined, [{ id: "i:agent", label: t.t("menu.agent") }]);
      } else {
        // A failing port must not break the conversation: apologise and offer the agent. The
        // dialog is kept as stored ("try again later" must be possible: an application's
        // submission is idempotent by its key), unless it has failed turn after turn.
        const failed = (t.state.failedTurns ?? 0) + 1;
        const keep = storedFlow !== undefined && failed < maxFailedTurns;
        t.state.flow = keep ? storedFlow : undefined;
        if (keep) t.state.failedTurns = failed;
        else delete t.state.failedTurns;
        t.say("errors.unexpected", undefined, [{ id: "i:agent", label: t.t("menu.agent") }]);
        deps.onError?.(error, { conversationId: ref.id, channel: ref.channel });
      }
    }
    rememberLeftCodeQuestion(t, endedBefore);
    if (!asked) hintEnglish(t);
    // a message the bot was unsure of is kept for the next turn only
    if (t.state.unsure === unsureBefore) delete t.state.unsure;
    rememberLocale(t.state, locale, ref.locale);
    await deps.states.save(ref.id, t.state, {
      channel: ref.channel,
      locale,
    });
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
