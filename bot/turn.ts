/** One turn of a conversation: what came in, the state being changed, and what goes out. */
import type { BotButton, BotMessage, ConversationRef } from "./channel-port.ts";
import type { Choice } from "./choice.ts";
import type { EngineDeps } from "./engine-deps.ts";
import { noteSaid } from "./flows/follow-up/said-keys.ts";
import { foldTurkish } from "./nlu/fold.ts";
import type { BotState, Flow } from "./state.ts";

/** What the customer sent this turn: typed text (raw and folded) or a pressed button. */
export interface TurnInput {
  raw?: string;
  folded: string;
  button?: string;
}

export type { Choice } from "./choice.ts";

/**
 * Folded fixed labels (no parameters, so never customer data) and synonym patterns (constants of
 * the flows): both come from a small set of texts, so they are computed once.
 */
const foldedLabels = new Map<string, string>();
const synonymPatterns = new Map<string, RegExp>();
const maxCached = 2_000;

function foldedLabel(label: string): string {
  let folded = foldedLabels.get(label);
  if (folded === undefined) {
    folded = foldTurkish(label);
    if (foldedLabels.size >= maxCached) foldedLabels.clear();
    foldedLabels.set(label, folded);
  }
  return folded;
}

function synonymPattern(synonym: string): RegExp {
  let re = synonymPatterns.get(synonym);
  if (!re) {
    re = new RegExp(`(^|\\s)${synonym.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`);
    if (synonymPatterns.size >= maxCached) synonymPatterns.clear();
    synonymPatterns.set(synonym, re);
  }
  return re;
}

/** The working context of one turn. */
export class Turn {
  /** The flow open when the turn began (a step may end it before a later step reprompts it). */
  readonly flowAtStart: Flow | undefined;

  constructor(
    readonly ref: ConversationRef,
    public state: BotState,
    readonly deps: EngineDeps,
    readonly input: TurnInput,
    /** The answer being built (shared by {@link Turn.readAs}). */
    readonly out: BotMessage[] = [],
  ) {
    this.flowAtStart = state.flow;
  }

  /**
   * Who asks the RA for a one-time code: the conversation, its language (the code is written in it)
   * and, when the channel knew it, the client's network (the per-network code budget).
   */
  codeRequester(): { conversationId: string; locale: ConversationRef["locale"]; clientNetwork?: string } {
    const { id, locale, clientNetwork } = this.ref;
    return { conversationId: id, locale, ...(clientNetwork ? { clientNetwork } : {}) };
  }

  /** This turn with another input read in its place: same conversation, state and answer. */
  readAs(input: TurnInput): Turn {
    return new Turn(this.ref, this.state, this.deps, input, this.out);
  }

  /** The customer text in the conversation's locale. */
  t(key: string, params?: Record<string, string | number>): string {
    noteSaid(this.out, key);
    return this.deps.texts(this.ref.locale, `${key}`, params);
  }

  /** Sends a message by key, optionally with buttons. */
  say(key: string, params?: Record<string, string | number>, buttons?: BotButton[]): void {
    this.sayText(this.t(key, params), buttons);
  }

  /** Sends a literal text (already translated). */
  sayText(text: string, buttons?: BotButton[]): void {
    this.out.push(buttons?.length ? { text, buttons } : { text });
  }

  /** The buttons of a list of choices. */
  buttons(choices: Choice[]): BotButton[] {
    return choices.map((c) => ({ id: c.id, label: this.t(c.labelKey, c.labelParams) }));
  }

  /** Which of the choices the customer picked: the pressed button, a typed label, or a synonym. */
  pick<T extends string>(choices: Choice<T>[]): T | undefined {
    if (this.input.button) return choices.find((c) => c.id === this.input.button)?.id;
    const folded = this.input.folded;
    if (!folded) return undefined;
    for (const c of choices) {
      const label = this.t(c.labelKey, c.labelParams);
      if ((c.labelParams ? foldTurkish(label) : foldedLabel(label)) === folded) return c.id;
    }
    for (const c of choices) {
      for (const s of c.synonyms ?? []) if (s === folded || synonymPattern(s).test(folded)) return c.id;
    }
    return undefined;
  }

  /**
   * Like {@link pick}, but among typed synonyms the longest one found wins, so that "teknik kişi
   * telefon" picks the technical contact's phone over the phone and "hsm adresi" the address.
   */
  pickMostSpecific<T extends string>(choices: Choice<T>[]): T | undefined {
    if (this.input.button || !this.input.folded) return this.pick(choices);
    const byLabel = this.pick(choices.map(({ synonyms: _s, ...c }) => c));
    if (byLabel) return byLabel;
    const folded = this.input.folded;
    let best: { id: T; length: number } | undefined;
    for (const c of choices)
      for (const s of c.synonyms ?? [])
        if ((s === folded || synonymPattern(s).test(folded)) && s.length > (best?.length ?? 0))
          best = { id: c.id, length: s.length };
    return best?.id;
  }
}
