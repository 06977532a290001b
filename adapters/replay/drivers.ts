import type { ChannelDriver } from "./channel-driver.ts";
import { createTelegramDriver } from "./telegram-driver.ts";
import { webDriver } from "./web-driver.ts";

/**
 * The customer channel drivers the runner can play on. Telegram plugs in here (next wave) with a
 * driver that talks to the bot through a test Bot API server.
 */
export function availableDrivers(): ChannelDriver[] {
  return [webDriver, createTelegramDriver()];
}
