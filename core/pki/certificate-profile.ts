/**
 * The certificate profiles the engine issues, named in one place: `kamusm` (the Kamu SM mali mühür
 * profile, core/pki/kamusm-profile.ts) and `qseal` (ETSI QSeal on top of it, core/pki/qseal-profile.ts).
 * Ports, storage records, configuration and the CLI take their names from here.
 */
import { ValidationError } from "../errors/domain-error.ts";

/** Every profile name, in the order operators see them. */
export const profileNames = ["kamusm", "qseal"] as const;

/** A certificate profile the engine issues. */
export type ProfileName = (typeof profileNames)[number];

/** The profile issued when neither the request nor the issuing CA names one. */
export const FALLBACK_PROFILE: ProfileName = "kamusm";

/** Whether a string names a certificate profile. */
export function isProfileName(value: string): value is ProfileName {
  return (profileNames as readonly string[]).includes(value);
}

/** Checks operator input; `unsupported_profile` names the allowed values. */
export function parseProfileName(value: string): ProfileName {
  if (isProfileName(value)) return value;
  throw new ValidationError(
    "unsupported_profile",
    `unknown certificate profile ${JSON.stringify(value)}; use one of ${profileNames.join(", ")}`,
    "profile",
  );
}
