import type { ChannelDriver } from "./channel-driver.ts";
import { createTelegramDriver } from "./telegram-driver.ts";
import { webDriver } from "./web-driver.ts";

/**
 * The customer channel drivers the runner can play on: the web chat over its HTTP API and SSE, and
 * Telegram, whose driver runs the real grammY bot against a fake Bot API per replay.
 */
export function availableDrivers(): ChannelDriver[] {
  return [webDriver, createTelegramDriver()];
}
