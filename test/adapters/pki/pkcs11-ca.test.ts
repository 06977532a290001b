import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningPki, startPki } from "../../../adapters/pki/start-pki.ts";
import { threadPoolSize } from "../../../adapters/runtime/thread-pool-priority.ts";
import { verifyChain } from "../../../core/audit/audit-log.ts";
import type { OcspSignerStore } from "../../../core/pki/ocsp-signer.ts";
import { toPem } from "../../../core/pki/pem.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { testDialects } from "../../helpers/databases.ts";
import { capturingLogger } from "../../helpers/loopback-http.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";
import { prepareTokenPki, type TokenPkiGround } from "../../helpers/token-pki.ts";

/** The issuing CA key on a SoftHSM token (`ca init --key pkcs11:…` as startPki runs it). */
let hsm: SoftHsm;

beforeAll(() => {
  hsm = createSoftHsm();
});
afterAll(() => hsm?.dispose());

describe.each(testDialects)("a CA whose issuing key is on a PKCS#11 token, on $name", (dialect) => {
  let ground: TokenPkiGround;
  let database: TokenPkiGround["database"];
  let dir: string;
  let pki: RunningPki | undefined;
  let token: string;
  const { logger, lines: logged } = capturingLogger();
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  beforeEach(async () => {
    ground = await prepareTokenPki(hsm, dialect, "ca");
    ({ database, dir, token } = ground);
  });
  afterEach(async () => {
    await pki?.close();
    pki = undefined;
    await ground.dispose();
  });

  const start = (pin: string, ocspSignerStore?: OcspSignerStore) =>
    startPki({
      ...ground.options(pin),
      signingThreadNice: 4,
      ...(ocspSignerStore ? { ocspSignerStore } : {}),
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

  it("answers fresh-nonce OCSP requests openssl accepts with the signer key on the token, then in the software store once MM_OCSP_SIGNER_STORE says so", async () => {
    const file = (name: string, der: Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, der);
      return path;
    };
    /**
     * The nonce answer to a request about `serial`, checked by openssl against the request it answers
     * (no `-cert`: openssl would then build a request of its own, with its own nonce).
     */
    const opensslChecks = async (running: RunningPki, serial: string) => {
      const issuing = await database.db.caKey.findFirstOrThrow({ where: { role: "issuing" } });
      const root = await database.db.caKey.findFirstOrThrow({ where: { role: "root" } });
      const request = ocspRequest(new Uint8Array(issuing.certDer), [serial], true);
      const response = await running.ocsp.respond(request);
      const run = spawnSync(
        "openssl",
        [
          "ocsp",
          "-reqin",
          file("req.der", request),
          "-respin",
          file("resp.der", response),
          "-issuer",
          file("issuing.pem", new TextEncoder().encode(toPem(new Uint8Array(issuing.certDer)))),
          "-CAfile",
          file("root.pem", new TextEncoder().encode(toPem(new Uint8Array(root.certDer)))),
          "-resp_text",
        ],
        { encoding: "utf8" },
      );
      return `${run.stdout}${run.stderr}`;
    };
    pki = await start(testPins.user);
    const { signing } = await pki.engine.issueForOrder({
      orderId: "MM-HSM-OCSP",
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri: "softkey:card-mm-hsm-ocsp",
      actor: "test",
    });
    const onToken = pki.ocsp.signer;
    expect(onToken.keyUri).toMatch(new RegExp(`^pkcs11:token=${token};object=mm-ocsp-signer-`));
    const tokenOut = await opensslChecks(pki, signing.serial);
    expect(tokenOut).toContain("Response verify OK");
    expect(tokenOut).toContain("Cert Status: good");
    expect(tokenOut).toContain("OCSP Nonce");
    expect(tokenOut).not.toMatch(/Nonce Verify error|no nonce in response/i);
    await pki.close();

    pki = await start(testPins.user, "software");
    const inSoftware = pki.ocsp.signer;
    expect(inSoftware.serial).not.toBe(onToken.serial);
    expect(inSoftware.keyUri).toMatch(/^softkey:ocsp-signer-/);
    const softwareOut = await opensslChecks(pki, signing.serial);
    expect(softwareOut).toContain("Response verify OK");
    expect(softwareOut).toContain("Cert Status: good");
    expect(softwareOut).toContain("OCSP Nonce");
    expect(softwareOut).not.toMatch(/Nonce Verify error|no nonce in response/i);
    // the switch is a renewal in the audit log, and a start with the same setting keeps the signer
    const renewed = await database.db.auditEntry.findMany({ where: { action: "ocsp_signer_renewed" } });
    expect(renewed.map((e) => e.subject)).toEqual([inSoftware.serial]);
    expect(JSON.parse(renewed[0]!.details)).toMatchObject({ replaces: onToken.serial });
    await pki.close();
    pki = await start(testPins.user, "software");
    expect(pki.ocsp.signer.serial).toBe(inSoftware.serial);
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
