/** `mm revoke`, `mm status`, `mm crl`: a certificate's revocation and status, and the CRL. */
import { Command } from "commander";
import { DomainError } from "../../../core/errors/domain-error.ts";
import {
  allowedRevocationReasons,
  isAllowedRevocationReason,
  refusedRevocationReason,
} from "../../../core/ports/revocation-reason-policy.ts";
import { maskIdNumber } from "../../../core/privacy/mask.ts";
import { readEnvironment } from "../../config/environment.ts";
import { withOutputFile } from "../output-file.ts";
import { actorOption } from "./actor-option.ts";
import { withAssistant } from "./assistant-context.ts";
import { withPki } from "./pki-context.ts";
import { serialOption } from "./serial-option.ts";
import { idNumberOption } from "./subject-options.ts";

/**
 * `revoke --serial --reason`: immediate and irreversible. Goes through the RA's revocation, as the
 * chat and the console do: the card's signing and encryption certificates are closed together
 * (R7.1) whichever serial is given, with the holder's notice and the RA's audit entries, whose
 * actor is `--actor` (trimmed; blank is refused with `[required]`), else `operator:cli`.
 */
export function revokeCommand(): Command {
  return new Command("revoke")
    .description("revoke a certificate and its pair of the same card (immediate, irreversible)")
    .requiredOption("--serial <hex>", "certificate serial number")
    .requiredOption("--reason <reason>", `one of ${allowedRevocationReasons.join(", ")}`)
    .option("--actor <id>", "who revokes, recorded in the audit entries (default operator:cli)")
    .action(async (o: { serial: string; reason: string; actor?: string }) => {
      const reason = o.reason;
      if (!isAllowedRevocationReason(reason))
        throw new DomainError("invalid_reason", refusedRevocationReason(reason));
      // absent: the CLI itself, as before; given blank: refused, as the RA commands refuse it
      const actor = o.actor === undefined ? "operator:cli" : actorOption(o.actor, "--actor");
      const serial = serialOption(o.serial);
      // the certificate must exist: storage without a CA is refused, never given one (existing-ca.ts)
      await withAssistant(
        async ({ ra }) => {
          const revoked = await ra.revocation.byOperator({ serial, reason, actor });
          for (const view of revoked)
            console.log(
              `revoked\t${view.serial}\t${view.revokedAt!.toISOString()}\t${view.revocationReason}\t${view.kind}`,
            );
        },
        { existingCaOnly: true },
      );
    });
}

/** `status --serial | --vkn`. */
export function statusCommand(): Command {
  return new Command("status")
    .description("status of a certificate by serial, or of all certificates of a VKN")
    .option("--serial <hex>", "certificate serial number")
    .option("--vkn <vkn>", "VKN or TCKN")
    .action(async (o: { serial?: string; vkn?: string }) => {
      if (!o.serial === !o.vkn)
        throw new DomainError("bad_arguments", "give exactly one of --serial or --vkn");
      const vkn = o.vkn === undefined ? undefined : idNumberOption(o.vkn, readEnvironment().MM_TEST_MODE);
      const serial = o.serial === undefined ? undefined : serialOption(o.serial);
      // read-only: storage without a CA is refused, never given one (existing-ca.ts)
      await withPki(
        async ({ pki }) => {
          const views = serial
            ? [await pki.engine.findBySerial(serial)].filter((v) => v !== undefined)
            : await pki.engine.findByVkn(vkn!);
          if (views.length === 0)
            throw serial
              ? new DomainError("unknown_serial", `no certificate with serial ${serial}`)
              : // a VKN/TCKN is personal data: the error line (stderr, often kept in a terminal log) masks it
                new DomainError("unknown_subject", `no certificate for VKN/TCKN ${maskIdNumber(vkn!)}`);
          for (const v of views) {
            console.log(
              `${v.serial}\t${v.kind}\t${v.status}\t${v.notAfter.toISOString()}\t${v.profile}${v.revokedAt ? `\trevoked ${v.revokedAt.toISOString()} ${v.revocationReason}` : ""}`,
            );
          }
        },
        { existingCaOnly: true },
      );
    });
}

/** `crl [--out file]`: issues a new CRL. */
export function crlCommand(): Command {
  return new Command("crl")
    .description("issue a new CRL")
    .option("--out <file>", "write the CRL (DER) here")
    .action(async (o: { out?: string }) => {
      // the file is opened first: one that cannot be written must not cost a CRL number
      await withOutputFile(o.out, (out) =>
        withPki(async ({ pki }) => {
          const crl = await pki.crl.issue();
          console.log(
            `crl\t${crl.number}\t${crl.entries} entries\tnext update ${crl.nextUpdate.toISOString()}`,
          );
          out?.commit(crl.der);
        }),
      );
    });
}
