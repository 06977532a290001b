/** `mm audit …`: checking the audit log's chain and writing keyed checkpoints of it. */
import { Command } from "commander";
import { verifyAnchoredChain } from "../../../core/audit/anchored-verification.ts";
import { DomainError } from "../../../core/errors/domain-error.ts";
import { PrismaAuditStore } from "../../db/audit-store.ts";
import { type AuditKeySource, loadAuditKey } from "../../keys/audit-key.ts";
import { keyPassphraseFrom } from "../../keys/key-passphrase.ts";
import { withPki } from "./pki-context.ts";

/** Where each audit key came from, as an operator sets it. */
const keySourceName: Record<AuditKeySource, string> = {
  MM_AUDIT_KEY: "MM_AUDIT_KEY",
  passphrase: "the key passphrase",
  development: "<MM_DATA_DIR>/secrets/audit.key",
};
/** The `audit` command group. */
export function auditCommand(): Command {
  const audit = new Command("audit").description("audit log");
  audit
    .command("verify")
    .description(
      "check the audit log's hash chain and its keyed checkpoints (truncation, deletion, rewrite) and print the first problem, if any",
    )
    .action(async () => {
      // read-only: storage without a CA is refused, never given one (existing-ca.ts)
      await withPki(
        async ({ env, database }) => {
          const store = new PrismaAuditStore(database.db, database.dialect);
          const { key, source } = await loadAuditKey({
            auditKey: env.MM_AUDIT_KEY,
            passphrase: keyPassphraseFrom(env),
            production: env.NODE_ENV === "production",
            dataDir: env.MM_DATA_DIR,
          });
          const records = await store.all();
          const verdict = await verifyAnchoredChain(records, await store.checkpoints(), key);
          if (!verdict.ok) {
            // a checkpoint's HMAC also fails under another key than the one that wrote it
            const keyHint =
              verdict.problem === "checkpoint_forged"
                ? ` (the checkpoint does not verify under the audit key in use, from ${keySourceName[source]}: either the log was rewritten, or it was written under another key; MM_AUDIT_KEY, else a key derived from MM_KEY_PASSPHRASE, else <MM_DATA_DIR>/secrets/audit.key)`
                : "";
            throw new DomainError(
              "audit_chain_broken",
              `audit chain broken at entry ${verdict.seq}: ${verdict.problem}${keyHint}`,
            );
          }
          console.log(
            `audit chain OK: ${verdict.entries} entries, ${verdict.checkpoints} checkpoints, ${verdict.unanchored} entries after the newest checkpoint, last hash ${records.at(-1)?.hash ?? "-"}`,
          );
        },
        { existingCaOnly: true },
      );
    });
  audit
    .command("checkpoint")
    .description("write a keyed checkpoint of the audit chain's newest entry")
    .action(async () => {
      await withPki(async ({ pki }) => {
        const checkpoint = await pki.audit.checkpoint();
        console.log(
          checkpoint
            ? `checkpoint\t${checkpoint.seq}\t${checkpoint.hash}`
            : "the newest entry is already anchored (or the log is empty)",
        );
      });
    });
  return audit;
}
