/** The `--serial` option of `mm status`, `mm revoke` and `mm revocation request`, checked before storage is opened. */
import { DomainError } from "../../../core/errors/domain-error.ts";
import { typedSerialNumber } from "../../../core/pki/typed-serial.ts";

/**
 * The canonical form of a `--serial`, read as the Slack console reads one (core/pki/typed-serial.ts:
 * after a label such as `Seri:` or `S/N`; `0x`, upper case, colons and spaces allowed); one that is
 * not hexadecimal (or longer than 20 octets) is refused with `[invalid_serial]` before storage is
 * opened, rather than looked up and not found.
 */
export function serialOption(value: string): string {
  const serial = typedSerialNumber(value);
  if (!serial)
    throw new DomainError(
      "invalid_serial",
      "--serial is a certificate serial in hexadecimal (0-9, a-f; 0x, colons and spaces allowed), at most 20 octets",
    );
  return serial;
}
