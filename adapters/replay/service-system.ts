import type { ReplaySystemFactory } from "./replay-system.ts";

/**
 * Starts the real service for one replay. Composed once the conversation engine, the RA and the
 * issuance engine are wired into `startService`.
 */
export const startReplaySystem: ReplaySystemFactory = async () => {
  throw new Error("the replay system needs the conversation engine, the RA and the CA in startService");
};
