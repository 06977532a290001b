import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../adapters/db/database.ts";
import { testPostgresUrl } from "../helpers/databases.ts";
import { runScript } from "../helpers/processes.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../helpers/softhsm.ts";
import { dataDirs, freshSchema, lastJsonLine } from "./scale-env.ts";

/** What one instance printed (test/scale/fixtures/start-pki-instance.ts). */
interface InstanceReport {
  issuing: string;
  ocsp: string;
  ocspKeyUri: string;
  certificate: string;
}

const instances = 3;
let hsm: SoftHsm;
let schema: Awaited<ReturnType<typeof freshSchema>>;
let dirs: ReturnType<typeof dataDirs>;
const token = "scale-ca";

beforeAll(async () => {
  hsm = createSoftHsm();
  hsm.initToken(token);
  schema = await freshSchema();
  dirs = dataDirs(instances);
});
afterAll(async () => {
  await schema?.drop();
  dirs?.remove();
  hsm?.dispose();
});

/** Starts `instances` processes at once on the one schema, each with its own data folder. */
async function startTogether(clock: string, round: string): Promise<InstanceReport[]> {
  const runs = dirs.dirs.map((dir, i) =>
    runScript("test/scale/fixtures/start-pki-instance.ts", {
      MM_SCALE_PG_URL: testPostgresUrl,
      MM_SCALE_SCHEMA: schema.schema,
      MM_DATA_DIR: dir,
      MM_CA_KEY: `pkcs11:token=${token};object=issuing-ca`,
      MM_PKCS11_MODULE: hsm.module,
      MM_PKCS11_PIN: testPins.user,
      SOFTHSM2_CONF: process.env.SOFTHSM2_CONF!,
      MM_SCALE_CLOCK: clock,
      MM_SCALE_ORDER: `MM-${round}-${i}`,
    }),
  );
  const codes = await Promise.all(runs.map((r) => r.exited));
  codes.forEach((code, i) => {
    if (code !== 0) throw new Error(`instance ${i} exited ${code}: ${runs[i]!.stderr().slice(-3000)}`);
  });
  return runs.map((r) => lastJsonLine<InstanceReport>(r.stdout()));
}

describe("instances starting together on one empty PostgreSQL schema", () => {
  it("create one CA and one OCSP signer, and each issues under that CA", async () => {
    const reports = await startTogether("2026-11-20T07:00:00Z", "A");
    const database = await openDatabase({
      dialect: "postgresql",
      url: testPostgresUrl,
      schema: schema.schema,
    });
    try {
      const rows = await database.db.caKey.findMany();
      expect(rows.filter((r) => r.role === "root")).toHaveLength(1);
      expect(rows.filter((r) => r.role === "issuing")).toHaveLength(1);
      expect(rows.filter((r) => r.role === "ocsp")).toHaveLength(1);
      const issuing = rows.find((r) => r.role === "issuing")!;
      const signer = rows.find((r) => r.role === "ocsp")!;
      // the signer's key is on the shared token, so every instance can sign OCSP answers with it
      expect(signer.keyUri).toMatch(new RegExp(`^pkcs11:token=${token};object=mm-ocsp-signer-`));
      const caCert = new X509Certificate(Buffer.from(issuing.certDer));
      for (const report of reports) {
        expect(report.issuing).toBe(issuing.serial);
        expect(report.ocsp).toBe(signer.serial);
        const issued = new X509Certificate(Buffer.from(report.certificate, "base64"));
        expect(issued.verify(caCert.publicKey)).toBe(true);
      }
      expect(await database.db.pkiClaim.count()).toBe(0);
      const ceremonies = await database.db.auditEntry.findMany({ where: { action: "ocsp_signer_created" } });
      expect(ceremonies).toHaveLength(1);
    } finally {
      await database.close();
    }
  }, 180_000);

  it("renewing together (the signer within 14 days of its end) issue one new OCSP signer", async () => {
    // 80 of the signer's 90 days later: every instance finds it due for renewal at start
    const reports = await startTogether("2027-02-08T07:00:00Z", "B");
    const database = await openDatabase({
      dialect: "postgresql",
      url: testPostgresUrl,
      schema: schema.schema,
    });
    try {
      const signers = await database.db.caKey.findMany({
        where: { role: "ocsp" },
        orderBy: { createdAt: "asc" },
      });
      expect(signers).toHaveLength(2);
      expect(signers.filter((s) => s.active).map((s) => s.serial)).toEqual([signers[1]!.serial]);
      expect(new Set(reports.map((r) => r.ocsp))).toEqual(new Set([signers[1]!.serial]));
      expect(await database.db.caKey.count({ where: { role: "issuing" } })).toBe(1);
      const renewed = await database.db.auditEntry.findMany({ where: { action: "ocsp_signer_renewed" } });
      expect(renewed).toHaveLength(1);
    } finally {
      await database.close();
    }
  }, 180_000);
});
