/**
 * `typedRetry`: the "Yeniden dene" button's words typed ("yeniden dene", "tekrar dene", "yeni kod
 * gönder", "try again") do what the button does (`interfaces.md` §3: a typed answer works wherever a
 * button is offered): at a code question still open, or at the menu shortly after one ended
 * (`endedCode`), the code's topic starts again. Without this "yeniden" was read as "yenileme"
 * (renewal) and the customer's revocation was lost. A new code asked in other words counts too
 * (bot/dispatch/new-code-asked.ts). Elsewhere the words are left to the NLU.
 */
import { startIntent } from "../intent-router.ts";
import { synonymsOf } from "../nlu/choice-synonyms.ts";
import { endedCodeMemoryMs } from "./ended-code.ts";
import { codeQuestionTopic } from "./left-code-question.ts";
import { asksNewCode } from "./new-code-asked.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** The folded words of the "Yeniden dene" button, both languages (locales/<lng>/choices.yaml, `retry`). */
export const retryWords: ReadonlySet<string> = new Set(synonymsOf("retry", "retry"));

/** Starts a code question's topic again when its retry words are typed. */
export const typedRetryStep: DispatchStep = {
  name: "typedRetry",
  async run(turn) {
    const exact = retryWords.has(turn.input.folded);
    if (!exact && !asksNewCode(turn.input.folded)) return false;
    const open = openFlow(turn);
    const ended = turn.state.endedCode;
    // a new code asked in other words follows a code that failed, not one used ("what now? a new one?")
    const endedRecently =
      ended && turn.deps.clock.now().getTime() - ended.at <= endedCodeMemoryMs && (exact || !ended.used);
    const topic = open ? codeQuestionTopic(open.flow) : endedRecently ? ended.retryTopic : undefined;
    if (!topic) return false;
    turn.state.flow = undefined;
    turn.state.misses = 0;
    await startIntent(turn, topic);
    return true;
  },
};
