/**
 * The one-time-code budget (R5.1): how many codes may be asked per subject (VKN/TCKN) from one
 * client (its conversation, or its network where known), per subject over all clients, per
 * conversation, per client network (IPv4 /32, IPv6 /64: one address cannot walk through many firms)
 * and over the whole service, in a sliding window. A stranger who knows a firm's VKN spends only
 * their own client's share of it, so the firm can still verify (a lost card revoked) from its own
 * conversation; the per-subject cap bounds the codes a firm's contacts receive. Identity codes and
 * contact-update codes share the per-network and global budgets (both are codes a script could ask for).
 */
import { RateLimitError } from "../errors/domain-error.ts";
import type { VerificationRepository } from "./ports/verification-repository.ts";

/** Codes per window. */
export const challengeLimits = {
  perSubjectAndClient: 3,
  perSubject: 10,
  perConversation: 5,
  perNetwork: 10,
  global: 2000,
  windowMs: 60 * 60 * 1000,
};

/**
 * Throws `too_many_codes` when any budget is spent. `subjectKey` is counted only when given (a
 * contact update's subject is already verified); `network` only when the channel knew it.
 */
export async function assertCodeBudget(
  verifications: VerificationRepository,
  scope: { subjectKey?: string; conversationId: string; network?: string },
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - challengeLimits.windowMs);
  const { subjectKey, conversationId, network } = scope;
  const [bySubject, bySubjectInConversation, bySubjectFromNetwork, byConversation, byNetwork, overall] =
    await Promise.all([
      subjectKey ? verifications.countChallengesSince({ subjectKey }, since) : 0,
      subjectKey ? verifications.countChallengesSince({ subjectKey, conversationId }, since) : 0,
      subjectKey && network ? verifications.countChallengesSince({ subjectKey, network }, since) : 0,
      verifications.countChallengesSince({ conversationId }, since),
      network ? verifications.countChallengesSince({ network }, since) : 0,
      verifications.countChallengesSince({}, since),
    ]);
  // the client is its conversation or its network: several tabs of one network are one client
  const bySubjectFromClient = Math.max(bySubjectInConversation, bySubjectFromNetwork);
  if (
    bySubjectFromClient >= challengeLimits.perSubjectAndClient ||
    bySubject >= challengeLimits.perSubject ||
    byConversation >= challengeLimits.perConversation ||
    byNetwork >= challengeLimits.perNetwork ||
    overall >= challengeLimits.global
  )
    throw new RateLimitError("too_many_codes", "too many codes requested; try again later", "subject");
}
