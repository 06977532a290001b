import type { Logger } from "pino";
import type { BotMessage, OutboundChannelPort } from "../../bot/channel-port.ts";
import { NotFoundError } from "../../core/errors/domain-error.ts";
import type { ChannelName } from "./channel.ts";

/**
 * The service's one {@link OutboundChannelPort}: a message pushed to a conversation (an agent's reply,
 * a hand-off notice, a notification) goes to the channel that conversation lives on, looked up from
 * its stored row, so it works for a conversation started on another instance.
 */
export class OutboundRouter implements OutboundChannelPort {
  readonly #ports = new Map<ChannelName, OutboundChannelPort>();

  constructor(
    private readonly channelOf: (conversationId: string) => Promise<ChannelName | undefined>,
    private readonly logger: Logger,
  ) {}

  /** Routes pushes for conversations of `channel` to `port` (one port per channel). */
  register(channel: ChannelName, port: OutboundChannelPort): void {
    if (this.#ports.has(channel)) throw new Error(`an outbound port for ${channel} is already registered`);
    this.#ports.set(channel, port);
  }

  /**
   * Delivers the messages on the conversation's channel. Throws `conversation_not_found` for an
   * unknown conversation; a conversation whose channel is not running here (e.g. Telegram without a
   * token) is logged and dropped, since nobody could receive it.
   */
  async push(conversationId: string, messages: BotMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const channel = await this.channelOf(conversationId);
    if (!channel)
      throw new NotFoundError("conversation_not_found", `no conversation ${conversationId} to push to`);
    const port = this.#ports.get(channel);
    if (!port) {
      this.logger.warn({ conversation: conversationId, channel }, "no running channel for a pushed message");
      return;
    }
    await port.push(conversationId, messages);
  }
}
