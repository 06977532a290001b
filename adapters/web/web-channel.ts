import type { ChannelAdapter, ChannelContext } from "../composition/channel.ts";
import { chatRateLimitsFrom } from "./rate-limits.ts";
import { createWebChat } from "./web-chat.ts";

/** The web chat as a channel of the composition root: page, JSON API and SSE over the shared engine. */
export function webChannel(ctx: ChannelContext): ChannelAdapter {
  const chat = createWebChat({
    engine: ctx.engine,
    sessions: ctx.conversations,
    translator: ctx.translator,
    random: ctx.random,
    logger: ctx.logger,
    limits: chatRateLimitsFrom(ctx.env),
  });
  return { name: "web", routers: chat.router, outbound: chat.outbound, close: chat.close };
}
