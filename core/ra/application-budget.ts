/**
 * The new-application budget: how many different applications (idempotency keys) may be submitted
 * in a sliding window, counted three ways:
 * - per subject and client: one conversation or network applying again and again for one VKN/TCKN
 *   (a clerk double-submitting from many tabs, a script) is stopped early;
 * - per client: one conversation or network applying for many subjects (a script filling the
 *   storage) is stopped, with room for an accountant's office applying for its clients;
 * - per subject: a high cap whatever the clients, so that storage stays bounded.
 * A stranger who knows a firm's VKN therefore spends only their own client's budget, never the
 * firm's: the firm applies from its own conversation. A retry of an application already stored
 * (same idempotency key) is always answered.
 */
import { RateLimitError } from "../errors/domain-error.ts";
import type { ApplicationSource } from "./application-source.ts";
import type { ApplicationRepository, RecentApplication } from "./ports/application-repository.ts";

/** New applications per window. */
export const applicationLimits = {
  perSubjectAndClient: 3,
  perClient: 10,
  perSubject: 20,
  windowMs: 24 * 60 * 60 * 1000,
};

/**
 * Throws `too_many_applications` when the subject's budget (from this client, or overall) is spent,
 * `too_many_client_applications` when the client's is. Repositories without `recentApplications`
 * are not limited. An application without a source counts as one unknown client.
 */
export async function assertApplicationBudget(
  applications: ApplicationRepository,
  application: { idNumber: string; idempotencyKey: string; source?: ApplicationSource },
  now: Date,
): Promise<void> {
  if (!applications.recentApplications) return;
  const since = new Date(now.getTime() - applicationLimits.windowMs);
  const { idNumber, idempotencyKey, source } = application;
  const ofSubject = await applications.recentApplications({ idNumber }, since);
  if (ofSubject.some((a) => a.idempotencyKey === idempotencyKey)) return;
  const fromThisClient = ofSubject.filter((a) => sameClient(a.source, source));
  if (
    fromThisClient.length >= applicationLimits.perSubjectAndClient ||
    ofSubject.length >= applicationLimits.perSubject
  )
    throw new RateLimitError(
      "too_many_applications",
      "too many new applications for this VKN/TCKN; try again later",
      "idNumber",
    );
  if (!source) return;
  const ofClient = await applications.recentApplications({ source }, since);
  if (ofClient.length >= applicationLimits.perClient)
    throw new RateLimitError(
      "too_many_client_applications",
      "too many new applications from this client; try again later",
      "source",
    );
}

/** Whether a stored application came from the same client: its conversation, or its network when both are known. */
function sameClient(stored: RecentApplication["source"], source: ApplicationSource | undefined): boolean {
  if (!stored || !source) return !stored && !source;
  if (stored.conversationId === source.conversationId) return true;
  return stored.network !== undefined && stored.network === source.network;
}
