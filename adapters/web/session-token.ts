import { createHash, timingSafeEqual } from "node:crypto";
import type { RandomSource } from "../../core/ports/random.ts";

/** A fresh web chat session credential: the token goes to the browser, only its hash is stored. */
export interface IssuedToken {
  token: string;
  tokenHash: string;
}

/** SHA-256 of a token, hex; what `Conversation.tokenHash` holds. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Issues a token of 32 random bytes (base64url) with its hash. */
export function issueToken(random: RandomSource): IssuedToken {
  const token = Buffer.from(random.bytes(32)).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** Whether the token matches the stored hash, compared in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** A random, URL-safe session id (16 bytes). */
export function newSessionId(random: RandomSource): string {
  return `web_${Buffer.from(random.bytes(16)).toString("base64url")}`;
}
