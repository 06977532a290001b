import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { type RunningPki, startPki } from "../../../adapters/pki/start-pki.ts";
import { threadPoolSize } from "../../../adapters/runtime/thread-pool-priority.ts";
import { verifyChain } from "../../../core/audit/audit-log.ts";
import { toPem } from "../../../core/pki/pem.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";

/** The issuing CA key on a SoftHSM token (`ca init --key pkcs11:…` as startPki runs it). */
let hsm: SoftHsm;
let tokenNo = 0;

beforeAll(() => {
  hsm = createSoftHsm();
});
afterAll(() => hsm?.dispose());

describe.each(testDialects)("a CA whose issuing key is on a PKCS#11 token, on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dir: string;
  let pki: RunningPki | undefined;
  let token: string;
  const logged: string[] = [];
  const logger = createLogger({
    destination: new Writable({
      write(chunk, _e, done) {
        logged.push(String(chunk));
        done();
      },
    }),
  });
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    dir = mkdtempSync(join(tmpdir(), "mm-pkcs11-ca-"));
    token = `ca-${dialect.name}-${++tokenNo}`;
    hsm.initToken(token);
  });
  afterEach(async () => {
    await pki?.close();
    pki = undefined;
    await database.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (pin: string) =>
    startPki({
      db: database.db,
      dialect: database.dialect,
      dataDir: dir,
      publicUrl: "http://localhost:3000",
      caKeyUri: `pkcs11:token=${token};object=issuing-ca`,
      pkcs11: { module: hsm.module, pinSource: () => pin },
      signingThreadNice: 4,
      testMode: false,
      clock,
      logger,
    });

  it("issues a certificate openssl verifies against the chain, and audits the token's events", async () => {
    pki = await start(testPins.user);
    // the signatures' thread pool runs below the event loop's priority
    const lowered = logged.map((l) => JSON.parse(l)).find((l) => l.msg?.startsWith("signing threads"));
    expect(lowered).toMatchObject({ nice: 4, threads: process.platform === "linux" ? threadPoolSize() : 0 });
    const rows = await database.db.caKey.findMany({ where: { role: "issuing" } });
    expect(rows.map((r) => r.keyUri)).toEqual([`pkcs11:token=${token};object=issuing-ca`]);
    const { signing } = await pki.engine.issueForOrder({
      orderId: "MM-HSM-1",
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri: "softkey:card-mm-hsm-1",
      actor: "test",
    });
    const file = (name: string, der: Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, toPem(der));
      return path;
    };
    const root = await database.db.caKey.findFirstOrThrow({ where: { role: "root" } });
    const cert = await database.db.certificate.findUniqueOrThrow({ where: { serial: signing.serial } });
    const leaf = file("leaf.pem", new Uint8Array(cert.certDer!));
    const out = execFileSync(
      "openssl",
      [
        "verify",
        "-CAfile",
        file("root.pem", new Uint8Array(root.certDer)),
        "-untrusted",
        file("issuing.pem", new Uint8Array(rows[0]!.certDer)),
        "-attime",
        String(Math.floor(clock.now().getTime() / 1000) + 60),
        leaf,
      ],
      { encoding: "utf8" },
    );
    expect(out.trim()).toBe(`${leaf}: OK`);
    await pki.probe.check();
    await pki.close();
    pki = undefined;

    const entries = await database.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
    const tokenEntries = entries.filter((e) => e.actor === "pkcs11");
    expect(tokenEntries.map((e) => e.action)).toEqual(expect.arrayContaining(["login_ok", "key_generated"]));
    expect(tokenEntries.every((e) => e.subject === `token:${token}`)).toBe(true);
    expect(entries.some((e) => e.action === "certificate_issued" && e.subject === signing.serial)).toBe(true);
    expect(await verifyChain(entries)).toEqual({ ok: true, entries: entries.length });
  }, 120_000);

  it("refuses to start with a wrong PIN and records login_failed without the PIN", async () => {
    await expect(start("654321")).rejects.toMatchObject({ code: "pin_incorrect" });
    expect(await database.db.caKey.count()).toBe(0);
    const entries = await database.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
    const failed = entries.filter((e) => e.action === "login_failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.subject).toBe(`token:${token}`);
    expect(JSON.parse(failed[0]!.details)).toMatchObject({ code: "pin_incorrect" });
    expect(JSON.stringify(entries)).not.toContain("654321");
    expect(await verifyChain(entries)).toEqual({ ok: true, entries: entries.length });
    // with the right PIN the interrupted ceremony simply runs again (the root key is taken over)
    pki = await start(testPins.user);
    expect(await database.db.caKey.count({ where: { role: "issuing" } })).toBe(1);
    const after = await database.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
    expect(after.map((e) => e.subject)).toContain("root key taken from the key store");
  }, 120_000);
});
