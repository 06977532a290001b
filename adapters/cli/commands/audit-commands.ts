/** `mm audit …`: checking the audit log's chain and writing keyed checkpoints of it. */
import { Command } from "commander";
import { verifyAnchoredChain } from "../../../core/audit/anchored-verification.ts";
import { DomainError } from "../../../core/errors/domain-error.ts";
import { PrismaAuditStore } from "../../db/audit-store.ts";
import { loadAuditKey } from "../../keys/audit-key.ts";
import { keyPassphraseFrom } from "../../keys/key-passphrase.ts";
import { withPki } from "./pki-context.ts";

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
          const { key } = await loadAuditKey({
            auditKey: env.MM_AUDIT_KEY,
            passphrase: keyPassphraseFrom(env),
            production: env.NODE_ENV === "production",
            dataDir: env.MM_DATA_DIR,
          });
          const records = await store.all();
          const verdict = await verifyAnchoredChain(records, await store.checkpoints(), key);
          if (!verdict.ok) {
            throw new DomainError(
              "audit_chain_broken",
              `audit chain broken at entry ${verdict.seq}: ${verdict.problem}`,
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
