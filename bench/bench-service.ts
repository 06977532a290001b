/**
 * The whole service as the web, Telegram and pg benches start it: test/helpers/web-service.ts's
 * start (a temp data folder, an ephemeral loopback port, silent logs) with the web chat's per-IP and
 * per-conversation limits lifted, so the figures measure the service, not its limits.
 */
import { startTestService } from "../test/helpers/web-service.ts";

/** Chat limits no bench reaches. */
export const LIFTED_CHAT_LIMITS = {
  MM_CHAT_SESSIONS_PER_MINUTE: "100000",
  MM_CHAT_REQUESTS_PER_MINUTE: "1000000",
  MM_CHAT_MESSAGES_PER_MINUTE: "1000000",
} as const;

/** Starts the service with {@link LIFTED_CHAT_LIMITS} and `extraEnv` on top. */
export function startBenchService(extraEnv: Record<string, string> = {}) {
  return startTestService({ ...LIFTED_CHAT_LIMITS, ...extraEnv });
}
