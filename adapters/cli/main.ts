/**
 * The operator CLI: `npm run mm -- <command>`. Every command reads the same configuration as
 * `npm start` (MM_DATA_DIR, DATABASE_URL, MM_CA_KEY …), prints progress on stderr and results on
 * stdout, and fails with one clear English line and exit code 1, never a stack trace.
 */
import { writeFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { verifyAnchoredChain } from "../../core/audit/anchored-verification.ts";
import {
  FALLBACK_PROFILE,
  parseProfileName,
  setCaDefaultProfile,
} from "../../core/pki/ca-default-profile.ts";
import { toPem } from "../../core/pki/pem.ts";
import { DomainError } from "../../core/errors/domain-error.ts";
import { revocationReasons } from "../../core/ports/certificate-authority.ts";
import { systemClock } from "../../core/ports/clock.ts";
import { ConfigurationError, readEnvironment } from "../config/environment.ts";
import { type OpenDatabase, openDatabase } from "../db/database.ts";
import { PrismaAuditStore } from "../db/audit-store.ts";
import { PrismaCaRepository } from "../db/pki-ca-repository.ts";
import { loadAuditKey } from "../keys/audit-key.ts";
import { keyPassphraseFrom } from "../keys/key-passphrase.ts";
import { storageLocation } from "../db/storage-location.ts";
import { createLogger } from "../logging/logger.ts";
import { type NewCaSettings, startPkiFor } from "../pki/start-pki.ts";
import { withAssistant } from "./commands/assistant-context.ts";
import { hsmCommand } from "./commands/hsm-check.ts";
import { jobsCommand, orderCommand, paymentCommand, revocationCommand } from "./commands/ra-commands.ts";

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

/**
 * Opens storage and the engine, runs `work`, closes everything. `beforePki` sees the storage before
 * the engine starts (which creates the CA when there is none).
 */
async function withPki<T>(
  work: (ctx: Awaited<ReturnType<typeof open>>) => Promise<T>,
  beforePki?: (database: OpenDatabase) => Promise<void>,
  created: NewCaSettings = {},
): Promise<T> {
  const ctx = await open(beforePki, created);
  try {
    return await work(ctx);
  } finally {
    await ctx.pki.close();
    await ctx.database.close();
  }
}

/** `created`: settings of a CA this start creates (none is created when one exists). */
async function open(beforePki?: (database: OpenDatabase) => Promise<void>, created: NewCaSettings = {}) {
  const env = readEnvironment();
  progress("opening storage…");
  const database = await openDatabase(storageLocation(env.DATABASE_URL, env.MM_DATA_DIR));
  try {
    await beforePki?.(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const logger = createLogger({
    level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL,
    destination: undefined,
  });
  const pki = await startPkiFor(env, database, systemClock, logger, created);
  return { env, database, pki };
}

const program = new Command("mm").description("Mali Mühür Asistanı operator CLI").exitOverride();

const ca = program.command("ca").description("certificate authority");
ca.command("init")
  .description(
    "create the root and issuing CA (key ceremony recorded in the audit log); when one exists, only --profile changes it",
  )
  .option("--key <key-uri>", "key URI of the issuing CA key (default MM_CA_KEY or softkey:issuing-ca)")
  .option(
    "--profile <profile>",
    "certificate profile the CA issues by default, kamusm or qseal (a new CA: kamusm; an existing CA keeps its default unless given; a request's own profile, e.g. MM_CERT_PROFILE, still wins)",
  )
  .action(async (options: { key?: string; profile?: string }) => {
    // checked before anything is opened: a bad value changes nothing
    const profile = options.profile === undefined ? undefined : parseProfileName(options.profile);
    if (options.key) process.env.MM_CA_KEY = options.key;
    let existed = false;
    await withPki(
      async ({ database, pki }) => {
        if (profile) {
          const repository = new PrismaCaRepository(database.db, database.dialect);
          const change = await setCaDefaultProfile({ repository, audit: pki.audit }, profile, "cli");
          if (existed && change.changed)
            progress(
              `the issuing CA's default certificate profile changed from ${change.from} to ${change.to} (audit entry ca_default_profile_changed)`,
            );
        }
        const rows = await database.db.caKey.findMany({ where: { active: true }, orderBy: { role: "asc" } });
        const issuing = rows.find((r) => r.role === "issuing");
        if (options.key && issuing && issuing.keyUri !== options.key)
          progress(`an issuing CA already exists with the key ${issuing.keyUri}; --key was not used`);
        for (const r of rows) {
          const defaultProfile =
            r.role === "issuing" ? `\tdefault profile ${r.defaultProfile ?? FALLBACK_PROFILE}` : "";
          console.log(
            `${r.role}\t${r.serial}\t${r.keyUri}\tvalid until ${r.notAfter.toISOString()}${defaultProfile}`,
          );
        }
      },
      async (database) => {
        existed = (await database.db.caKey.count({ where: { role: "issuing", active: true } })) > 0;
      },
      // a new CA is stored with its profile in one step; an existing one is changed above
      profile ? { issuingDefaultProfile: profile, createCa: true } : { createCa: true },
    );
  });

program
  .command("issue")
  .description("issue a mali mühür (signing + encryption certificate); the key is generated on the token")
  .requiredOption("--vkn <vkn>", "VKN (or TCKN) of the subscriber")
  .requiredOption("--title <unvan>", "unvan (or ad soyad)")
  .option("--medium <medium>", "card or hsm", "card")
  .option(
    "--token <key-uri>",
    "token for the subscriber key, e.g. pkcs11:token=<card>;object=<vkn> (default softkey:card-<order>)",
  )
  .option(
    "--order <id>",
    "a paid order number (MM + 10 digits) to produce now, or an operator's own order id (idempotency: one order never yields a second certificate)",
  )
  .option("--out <file.pem>", "write the signing certificate here")
  .option("--direct", "issue without a paid order (operators)")
  .option(
    "--profile <profile>",
    "certificate profile of this issuance, kamusm or qseal (default: the CA's default profile, see ca init --profile); not for paid MM orders, which use MM_CERT_PROFILE",
  )
  .action(
    async (o: {
      vkn: string;
      title: string;
      medium: string;
      token?: string;
      order?: string;
      out?: string;
      direct?: boolean;
      profile?: string;
    }) => {
      if (!o.direct && !o.order)
        throw new DomainError("order_required", "give --order <id> of a paid order, or --direct");
      if (o.medium !== "card" && o.medium !== "hsm")
        throw new DomainError("invalid_medium", "--medium must be card or hsm");
      const profile = o.profile === undefined ? undefined : parseProfileName(o.profile);
      if (o.order && /^MM\d{10}$/.test(o.order)) {
        if (profile)
          throw new DomainError(
            "bad_arguments",
            "--profile is for --direct issuance; a paid order is produced with MM_CERT_PROFILE or the CA's default profile",
          );
        await issueForPaidOrder(o.order, o.vkn, o.out);
        return;
      }
      const orderId = o.order ?? `direct-${Date.now().toString(36)}`;
      await withPki(async ({ pki, database }) => {
        progress(`issuing for order ${orderId}…`);
        const { signing, encryption } = await pki.engine.issueForOrder({
          orderId,
          vkn: o.vkn,
          title: o.title,
          tokenUri: o.token ?? `softkey:card-${orderId.toLowerCase().replace(/[^a-z0-9._-]/g, "-")}`,
          ...(profile ? { profile } : {}),
          actor: "cli",
        });
        console.log(`signing\t${signing.serial}\tvalid until ${signing.notAfter.toISOString()}`);
        console.log(`encryption\t${encryption.serial}\tvalid until ${encryption.notAfter.toISOString()}`);
        if (o.out) {
          const row = await database.db.certificate.findUniqueOrThrow({ where: { serial: signing.serial } });
          writeFileSync(o.out, toPem(new Uint8Array(row.certDer!)));
          progress(`written ${o.out}`);
        }
      });
    },
  );

/**
 * `issue --order MM…`: produces a card order whose payment has posted (what the produce_card job
 * does, e.g. after a card token was replaced) and prints its certificates; idempotent.
 */
async function issueForPaidOrder(orderNo: string, vkn: string, out?: string): Promise<void> {
  await withAssistant(async ({ ra, pki, database }) => {
    const order = await ra.orderStatus(orderNo);
    if (!order) throw new DomainError("unknown_order", `no order ${orderNo}`);
    if (order.status === "paid")
      throw new DomainError(
        "payment_not_posted",
        `the payment of ${orderNo} posts at ${order.paymentPostsAt?.toISOString()}; production starts then (R3.3)`,
      );
    if (!["in_production", "produced", "shipped", "delivered", "completed"].includes(order.status))
      throw new DomainError("order_not_paid", `order ${orderNo} is ${order.status}`);
    if (order.medium !== "card")
      throw new DomainError("hsm_order", "an HSM order is produced on the appointment: mm order hsm-step");
    const application = await database.db.application.findUniqueOrThrow({ where: { orderNo } });
    if ((application.vkn ?? application.tckn) !== vkn)
      throw new DomainError("vkn_mismatch", `order ${orderNo} is not for ${vkn}`);
    progress(`producing order ${orderNo}…`);
    await ra.production.produceCard(application.id);
    const certificates = (await pki.engine.findByVkn(vkn)).filter((c) => c.orderId === application.id);
    if (certificates.length === 0)
      throw new DomainError("production_failed", "the card token could not be used; see the job log");
    for (const c of certificates.sort((a, b) => a.kind.localeCompare(b.kind)).reverse())
      console.log(
        `${c.kind === "sign" ? "signing" : "encryption"}\t${c.serial}\tvalid until ${c.notAfter.toISOString()}`,
      );
    if (out) {
      const signing = certificates.find((c) => c.kind === "sign")!;
      const row = await database.db.certificate.findUniqueOrThrow({ where: { serial: signing.serial } });
      writeFileSync(out, toPem(new Uint8Array(row.certDer!)));
      progress(`written ${out}`);
    }
  });
}

program
  .command("revoke")
  .description("revoke a certificate (immediate, irreversible)")
  .requiredOption("--serial <hex>", "certificate serial number")
  .requiredOption("--reason <reason>", `one of ${Object.keys(revocationReasons).join(", ")}`)
  .action(async (o: { serial: string; reason: string }) => {
    if (!(o.reason in revocationReasons))
      throw new DomainError("invalid_reason", `unknown reason ${o.reason}`);
    await withPki(async ({ pki }) => {
      const view = await pki.engine.revoke({
        serial: o.serial,
        reason: o.reason as keyof typeof revocationReasons,
        actor: "cli",
      });
      console.log(`revoked\t${view.serial}\t${view.revokedAt!.toISOString()}\t${view.revocationReason}`);
    });
  });

program
  .command("status")
  .description("status of a certificate by serial, or of all certificates of a VKN")
  .option("--serial <hex>", "certificate serial number")
  .option("--vkn <vkn>", "VKN or TCKN")
  .action(async (o: { serial?: string; vkn?: string }) => {
    if (!o.serial === !o.vkn) throw new DomainError("bad_arguments", "give exactly one of --serial or --vkn");
    await withPki(async ({ pki }) => {
      const views = o.serial
        ? [await pki.engine.findBySerial(o.serial)].filter((v) => v !== undefined)
        : await pki.engine.findByVkn(o.vkn!);
      if (views.length === 0) throw new DomainError("unknown_serial", "no such certificate");
      for (const v of views) {
        console.log(
          `${v.serial}\t${v.kind}\t${v.status}\t${v.notAfter.toISOString()}\t${v.profile}${v.revokedAt ? `\trevoked ${v.revokedAt.toISOString()} ${v.revocationReason}` : ""}`,
        );
      }
    });
  });

program
  .command("crl")
  .description("issue a new CRL")
  .option("--out <file>", "write the CRL (DER) here")
  .action(async (o: { out?: string }) => {
    await withPki(async ({ pki }) => {
      const crl = await pki.crl.issue();
      console.log(`crl\t${crl.number}\t${crl.entries} entries\tnext update ${crl.nextUpdate.toISOString()}`);
      if (o.out) writeFileSync(o.out, crl.der);
    });
  });

const auditCommand = program.command("audit").description("audit log");
auditCommand
  .command("verify")
  .description(
    "check the audit log's hash chain and its keyed checkpoints (truncation, deletion, rewrite) and print the first problem, if any",
  )
  .action(async () => {
    await withPki(async ({ env, database }) => {
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
    });
  });
auditCommand
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

program.addCommand(hsmCommand());
program.addCommand(orderCommand());
program.addCommand(paymentCommand());
program.addCommand(revocationCommand());
program.addCommand(jobsCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  const message =
    error instanceof ConfigurationError || error instanceof DomainError || error instanceof Error
      ? error.message
      : String(error);
  const code = error instanceof DomainError ? ` [${error.code}]` : "";
  process.stderr.write(`mm: ${message.split("\n")[0]}${code}\n`);
  process.exit(1);
}
