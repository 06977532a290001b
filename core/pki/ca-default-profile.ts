/**
 * The certificate profile the issuing CA issues by default (`mm ca init --profile kamusm|qseal`).
 * The issuance engine uses it for a request that names no profile; an explicit profile in the
 * request (e.g. `MM_CERT_PROFILE` for the RA) still wins, and a CA without one issues kamusm.
 */
import type { AuditEvent } from "../audit/audit-log.ts";
import { NotFoundError } from "../errors/domain-error.ts";
import type { CaRepository } from "./ca-repository.ts";
import { FALLBACK_PROFILE, type ProfileName, parseProfileName } from "./certificate-profile.ts";

export { FALLBACK_PROFILE, parseProfileName };

/** The outcome of {@link setCaDefaultProfile}. */
export interface CaDefaultProfileChange {
  caId: string;
  from: ProfileName;
  to: ProfileName;
  /** False when the CA already had this default (nothing written, no audit entry). */
  changed: boolean;
}

/**
 * Makes `profile` the active issuing CA's default. A different stored default is replaced and the
 * change recorded in the audit log (`ca_default_profile_changed`, details `from` and `to`); the same
 * one changes nothing.
 */
export async function setCaDefaultProfile(
  deps: {
    repository: Pick<CaRepository, "activeCa" | "setDefaultProfile">;
    audit: { append(event: AuditEvent): Promise<unknown> };
  },
  profile: string,
  actor: string,
): Promise<CaDefaultProfileChange> {
  const to = parseProfileName(profile);
  const issuing = await deps.repository.activeCa("issuing");
  if (!issuing) throw new NotFoundError("ca_not_initialised", "no issuing CA: run `mm ca init`");
  const from = issuing.defaultProfile ?? FALLBACK_PROFILE;
  if (issuing.defaultProfile === to) return { caId: issuing.id, from, to, changed: false };
  await deps.repository.setDefaultProfile(issuing.id, to);
  if (from !== to)
    await deps.audit.append({
      actor,
      action: "ca_default_profile_changed",
      subject: issuing.id,
      details: { from, to },
    });
  return { caId: issuing.id, from, to, changed: from !== to };
}
