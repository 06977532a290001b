/** What the conversation engine is built from (`createConversationEngine`). */
import type { Clock } from "../core/ports/clock.ts";
import type { RegistrationAuthority } from "../core/ra/registration-authority.ts";
import type { ConversationRef, HandoffPort } from "./channel-port.ts";
import type { SelfServiceLinks } from "./self-service-links.ts";

/** Customer texts: i18next's `t` for namespace `bot`, or anything alike. */
export type Texts = (
  locale: ConversationRef["locale"],
  key: string,
  params?: Record<string, string | number>,
) => string;

/** Where conversation states live (adapters/db/conversation-store.ts implements it). */
export interface ConversationStates {
  load(id: string): Promise<unknown>;
  save(
    id: string,
    state: unknown,
    meta?: { channel: ConversationRef["channel"]; locale: ConversationRef["locale"] },
  ): Promise<void>;
}

/** Dependencies of the engine. */
export interface EngineDeps {
  ra: RegistrationAuthority;
  handoff: HandoffPort;
  states: ConversationStates;
  texts: Texts;
  clock: Clock;
  /** Told of a turn that failed inside a port (the customer got an apology and the agent button); logs it. */
  onError?: (error: unknown, where: { conversationId: string; channel: ConversationRef["channel"] }) => void;
  /** Accept the official test VKN/TCKNs in the application dialog (never in production). */
  testMode?: boolean;
  /** The configured self-service links and call centre; the seed's where not given (`linksOf`). */
  links?: Partial<SelfServiceLinks>;
}
