/**
 * The new-application budget: how many different applications (idempotency keys) one subject
 * (VKN or TCKN) may submit in a sliding window. A script filling the storage with orders for one
 * firm, or one firm's clerk double-submitting from many tabs, is stopped with `too_many_applications`;
 * a retry of an application already stored (same idempotency key) is always answered.
 * Per-client (IP) limits sit at the channels (the web chat's session and request limits).
 */
import { RateLimitError } from "../errors/domain-error.ts";
import type { ApplicationRepository } from "./ports/application-repository.ts";

/** New applications per subject per window. */
export const applicationLimits = {
  perSubject: 3,
  windowMs: 24 * 60 * 60 * 1000,
};

/**
 * Throws `too_many_applications` when `idNumber` already has {@link applicationLimits.perSubject}
 * other applications within the window. Repositories without `recentKeys` are not limited.
 */
export async function assertApplicationBudget(
  applications: ApplicationRepository,
  application: { idNumber: string; idempotencyKey: string },
  now: Date,
): Promise<void> {
  if (!applications.recentKeys) return;
  const since = new Date(now.getTime() - applicationLimits.windowMs);
  const keys = await applications.recentKeys(application.idNumber, since);
  if (keys.includes(application.idempotencyKey)) return;
  if (keys.length >= applicationLimits.perSubject)
    throw new RateLimitError(
      "too_many_applications",
      "too many new applications for this VKN/TCKN; try again later",
      "idNumber",
    );
}
