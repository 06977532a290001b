import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { ConversationRef, HandoffPort } from "../../bot/channel-port.ts";
import { maskPersonalData } from "../../core/privacy/mask.ts";

/** An open hand-off as an agent console lists it. */
export interface HandoffTicket {
  ticket: string;
  conversationId: string;
  channel: ConversationRef["channel"];
  /** Masked summary and relayed customer messages, oldest first. */
  messages: string[];
  openedAt: Date;
}

/**
 * The hand-off port in the process: tickets in memory, listed to whatever agent console is
 * attached (the replay console today, Slack in the next wave, which replaces this adapter).
 * Everything stored or logged is masked.
 */
export class InProcessHandoff implements HandoffPort {
  readonly #open = new Map<string, HandoffTicket>();

  constructor(
    private readonly logger: Logger,
    private readonly clock: { now(): Date },
  ) {}

  async requestAgent(request: {
    conversationId: string;
    channel: ConversationRef["channel"];
    summary: string;
  }) {
    const existing = this.#open.get(request.conversationId);
    if (existing) return { ticket: existing.ticket };
    const ticket: HandoffTicket = {
      // Short enough to read out on the phone: T- and 8 characters without look-alikes.
      ticket: `T-${[...randomBytes(8)].map((b) => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[b % 32]).join("")}`,
      conversationId: request.conversationId,
      channel: request.channel,
      messages: [maskPersonalData(request.summary)],
      openedAt: this.clock.now(),
    };
    this.#open.set(request.conversationId, ticket);
    this.logger.info({ ticket: ticket.ticket, channel: ticket.channel }, "hand-off requested");
    return { ticket: ticket.ticket };
  }

  async relayCustomerMessage(conversationId: string, text: string): Promise<void> {
    this.#open.get(conversationId)?.messages.push(maskPersonalData(text));
  }

  async isOpen(conversationId: string): Promise<boolean> {
    return this.#open.has(conversationId);
  }

  async active(conversationId: string) {
    const open = this.#open.get(conversationId);
    return open ? { ticket: open.ticket, status: "open" as const } : undefined;
  }

  async leave(conversationId: string): Promise<boolean> {
    return this.#open.delete(conversationId);
  }

  /** Open tickets, oldest first. */
  tickets(): HandoffTicket[] {
    return [...this.#open.values()];
  }

  /** Closes a hand-off; the conversation goes back to the bot. */
  close(conversationId: string): boolean {
    return this.#open.delete(conversationId);
  }
}
