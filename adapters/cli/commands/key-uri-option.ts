/**
 * Key URI options (`ca init --key`, `issue --token`), checked before anything is opened, their errors
 * naming the option the operator typed, not the environment variable the CLI hands it on in.
 */
import { DomainError } from "../../../core/errors/domain-error.ts";

/** Refuses a key URI carrying a PIN (`pin-value=`, `pin-source=`) with `[pin_in_uri]`; the PIN is not echoed. */
export function refusePinInUri(uri: string, option: string): void {
  if (/pin-(value|source)=/i.test(uri))
    throw new DomainError("pin_in_uri", `${option} must not carry a PIN (use MM_PKCS11_PIN_SOURCE)`);
}

/**
 * A `--key` of the issuing CA, as MM_CA_KEY takes it (adapters/config/environment.ts): a key URI,
 * `pkcs11:…` or `softkey:…` (else `[invalid_key_uri]`), without a PIN (else `[pin_in_uri]`).
 */
export function caKeyOption(uri: string, option = "--key"): string {
  if (!/^(pkcs11:|softkey:)/.test(uri))
    throw new DomainError("invalid_key_uri", `${option} must be a key URI (pkcs11:… or softkey:…)`);
  refusePinInUri(uri, option);
  return uri;
}
