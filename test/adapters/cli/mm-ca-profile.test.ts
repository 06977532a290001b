import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { openDatabase } from "../../../adapters/db/database.ts";
import type { StorageLocation } from "../../../adapters/db/storage-location.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { assertPostgresReachable, testDialects, testPostgresUrl } from "../../helpers/databases.ts";
import { runScript } from "../../helpers/processes.ts";
import { cardApplication } from "../../helpers/ra-harness.ts";

const ORGANIZATION_IDENTIFIER = "2.5.4.97";
const QC_STATEMENTS = "1.3.6.1.5.5.7.1.3";
const VKN = "3230512384";

/** Subject attribute OIDs and values of a PEM certificate, and whether it carries qcStatements. */
function inspect(file: string) {
  const base64 = readFileSync(file, "utf8").replace(/-----[A-Z ]+-----|\s/g, "");
  const tbs = AsnConvert.parse(Buffer.from(base64, "base64"), Certificate).tbsCertificate;
  return {
    subject: tbs.subject.map((rdn) => [rdn[0]!.type, rdn[0]!.value.toString()]),
    qc: tbs.extensions?.some((e) => e.extnID === QC_STATEMENTS) ?? false,
  };
}

function cli(env: Record<string, string>) {
  return async (...args: string[]) => {
    const run = runScript("adapters/cli/main.ts", env, args);
    const code = await run.exited;
    return { code, stdout: run.stdout(), stderr: run.stderr() };
  };
}

async function postgresSchemaExists(schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT 1 FROM information_schema.schemata WHERE schema_name = $1", [
      schema,
    ]);
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

describe.each(testDialects)("mm ca init --profile on $name", (dialect) => {
  const dir = mkdtempSync(join(tmpdir(), "mm-cli-profile-"));
  let location: StorageLocation;
  let drop: () => Promise<void>;
  let mm: ReturnType<typeof cli>;

  beforeAll(async () => {
    if (dialect.name === "postgresql") await assertPostgresReachable();
    ({ location, drop } = await dialect.fresh());
    let databaseUrl = "";
    if (location.dialect === "postgresql") {
      const url = new URL(location.url);
      url.searchParams.set("schema", location.schema);
      databaseUrl = url.toString();
    }
    // MM_CERT_PROFILE empty = unset (the environment reader drops empty values)
    mm = cli({ MM_DATA_DIR: join(dir, "data"), DATABASE_URL: databaseUrl, MM_CERT_PROFILE: "" });
  });
  afterAll(async () => {
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  async function profileAudit(action = "ca_default_profile_changed") {
    const database = await openDatabase(
      location.dialect === "sqlite" ? { dialect: "sqlite", file: join(dir, "data", "mm.db") } : location,
    );
    try {
      const entries = await database.db.auditEntry.findMany({
        where: action === "key_ceremony" ? { action, subject: "CA records stored" } : { action },
        orderBy: { seq: "asc" },
      });
      return entries.map((e) => ({ actor: e.actor, details: JSON.parse(e.details) as unknown }));
    } finally {
      await database.close();
    }
  }

  it("refuses --profile foo with unsupported_profile before any storage exists", async () => {
    const bad = await mm("ca", "init", "--profile", "foo");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^mm: .*"foo".*kamusm, qseal \[unsupported_profile\]$/m);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    if (location.dialect === "sqlite") expect(existsSync(join(dir, "data", "mm.db"))).toBe(false);
    else expect(await postgresSchemaExists(location.schema)).toBe(false);
  }, 60_000);

  it("a new CA stores qseal; issue --direct yields QSeal; --profile kamusm wins; foo changes nothing; a change is reported and audited", async () => {
    const init = await mm("ca", "init", "--profile", "qseal");
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toMatch(
      /^issuing\t[0-9a-f]+\tsoftkey:issuing-ca\tvalid until \S+\tdefault profile qseal$/m,
    );
    expect(init.stderr).not.toContain("changed");
    // created with its profile in one step: the ceremony records it, no change is recorded
    expect(await profileAudit("key_ceremony")).toEqual([
      { actor: "system", details: expect.objectContaining({ defaultProfile: "qseal" }) },
    ]);
    expect(await profileAudit()).toEqual([]);

    /** `issue --direct` for the test firm, the signing certificate written to `file`. */
    const issueDirect = (file: string, ...options: string[]) =>
      mm("issue", "--direct", ...options, "--vkn", VKN, "--title", "Örnek Bilişim A.Ş.", "--out", file);

    const sealFile = join(dir, "seal.pem");
    const seal = await issueDirect(sealFile);
    expect(seal.code, seal.stderr).toBe(0);
    const sealCert = inspect(sealFile);
    expect(sealCert.subject).toContainEqual([ORGANIZATION_IDENTIFIER, `VATTR-${VKN}`]);
    expect(sealCert.subject).toContainEqual(["2.5.4.6", "TR"]);
    expect(sealCert.qc).toBe(true);

    const plainFile = join(dir, "plain.pem");
    const plain = await issueDirect(plainFile, "--profile", "kamusm");
    expect(plain.code, plain.stderr).toBe(0);
    const plainCert = inspect(plainFile);
    expect(plainCert.subject.map(([type]) => type)).toEqual(["2.5.4.5", "2.5.4.3"]);
    expect(plainCert.qc).toBe(false);
    // `status --vkn` names each certificate's profile
    const status = await mm("status", "--vkn", VKN);
    expect(status.code, status.stderr).toBe(0);
    const profiles = status.stdout
      .trim()
      .split("\n")
      .map((line) => line.split("\t")[4]);
    expect(profiles.filter((p) => p === "qseal")).toHaveLength(2);
    expect(profiles.filter((p) => p === "kamusm")).toHaveLength(2);

    const bad = await mm("ca", "init", "--profile", "foo");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("[unsupported_profile]");
    const unchanged = await mm("ca", "init");
    expect(unchanged.stdout).toMatch(/^issuing\t.*\tdefault profile qseal$/m);
    expect(await profileAudit()).toEqual([]);

    const back = await mm("ca", "init", "--profile", "kamusm");
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toMatch(/default certificate profile changed from qseal to kamusm/);
    expect(back.stdout).toMatch(/^issuing\t.*\tdefault profile kamusm$/m);
    expect(await profileAudit()).toEqual([{ actor: "cli", details: { from: "qseal", to: "kamusm" } }]);
    const same = await mm("ca", "init", "--profile", "kamusm");
    expect(same.stderr).not.toContain("changed");
    expect(await profileAudit()).toHaveLength(1);

    const laterFile = join(dir, "later.pem");
    const later = await issueDirect(laterFile);
    expect(later.code, later.stderr).toBe(0);
    expect(inspect(laterFile).qc).toBe(false);
    expect(inspect(laterFile).subject.map(([type]) => type)).toEqual(["2.5.4.5", "2.5.4.3"]);

    const audit = await mm("audit", "verify");
    expect(audit.code, audit.stderr).toBe(0);
  }, 180_000);
});

describe("the RA's card production: MM_CERT_PROFILE when set, else the CA's default", () => {
  const dir = mkdtempSync(join(tmpdir(), "mm-cli-profile-ra-"));
  const env = {
    MM_DATA_DIR: join(dir, "data"),
    DATABASE_URL: "",
    MM_JOB_INTERVAL_MS: "0",
    MM_CERT_PROFILE: "",
  };
  const orders: { orderNo: string; amount: number; vkn: string }[] = [];

  beforeAll(async () => {
    // `npm start` creates the CA (no default stored) and takes two card applications
    const service = await composeService(
      readEnvironment({ ...env, LOG_LEVEL: "silent" }),
      createLogger({ level: "silent" }),
      { listen: false },
    );
    for (const vkn of [VKN, "4540536920"]) {
      const order = await service.ra.submitApplication(cardApplication({ idNumber: vkn }));
      orders.push({ orderNo: order.orderNo, amount: order.amountKurus, vkn });
    }
    await service.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function produce(order: (typeof orders)[number], extra: Record<string, string>, ref: string) {
    const mm = cli({ ...env, ...extra });
    const paid = await mm(
      "payment",
      "record",
      "--order",
      order.orderNo,
      "--channel",
      "sanalpos",
      "--ref",
      ref,
      "--amount",
      String(order.amount),
    );
    expect(paid.code, paid.stderr).toBe(0);
    const file = join(dir, `${order.orderNo}.pem`);
    const issued = await mm(
      "issue",
      "--order",
      order.orderNo,
      "--vkn",
      order.vkn,
      "--title",
      "Örnek Bilişim Anonim Şirketi",
      "--out",
      file,
    );
    expect(issued.code, issued.stderr).toBe(0);
    return inspect(file);
  }

  it("uses the CA's default when MM_CERT_PROFILE is unset, and MM_CERT_PROFILE when set", async () => {
    const init = await cli(env)("ca", "init", "--profile", "qseal");
    expect(init.code, init.stderr).toBe(0);
    // the CA existed (created by the service): the change is reported
    expect(init.stderr).toMatch(/default certificate profile changed from kamusm to qseal/);

    const byDefault = await produce(orders[0]!, {}, "pos-profile-1");
    expect(byDefault.subject).toContainEqual([ORGANIZATION_IDENTIFIER, `VATTR-${VKN}`]);
    expect(byDefault.qc).toBe(true);

    const explicit = await produce(orders[1]!, { MM_CERT_PROFILE: "kamusm" }, "pos-profile-2");
    expect(explicit.subject.map(([type]) => type)).toEqual(["2.5.4.5", "2.5.4.3"]);
    expect(explicit.qc).toBe(false);
  }, 180_000);
});
