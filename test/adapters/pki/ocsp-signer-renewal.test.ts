import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { BasicOCSPResponse, OCSPResponse } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../../adapters/logging/logger.ts";
import {
  OCSP_SIGNER_CHECK_MS,
  type RenewalLogger,
  startOcspSignerRenewal,
} from "../../../adapters/pki/ocsp-signer-renewal.ts";
import { type RunningPki, startPki } from "../../../adapters/pki/start-pki.ts";
import type { CaRecord } from "../../../core/pki/ca-repository.ts";
import { OCSP_SIGNER_DAYS, OCSP_SIGNER_RENEW_DAYS } from "../../../core/pki/ocsp-signer.ts";
import { toPem } from "../../../core/pki/pem.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";

const DAY = 86400_000;
/** From a fresh signer to the day it is renewed, and a little more. */
const PAST_THRESHOLD = (OCSP_SIGNER_DAYS - OCSP_SIGNER_RENEW_DAYS) * DAY + 3600_000;

/** The signer a DER OCSP response names: its ResponderID key hash and the certificate it carries. */
function signerOf(der: Uint8Array) {
  const response = AsnConvert.parse(der, OCSPResponse);
  const basic = AsnConvert.parse(response.responseBytes!.response.buffer, BasicOCSPResponse);
  const keyHash = basic.tbsResponseData.responderID.byKey;
  return {
    keyHash: keyHash ? Buffer.from(keyHash.buffer).toString("hex") : undefined,
    certs: (basic.certs ?? []).map((c) => Buffer.from(AsnConvert.serialize(c)).toString("hex")),
  };
}

/** What a response names when `signer` signed it. */
function naming(signer: CaRecord) {
  const spki = AsnConvert.parse(signer.certDer, Certificate).tbsCertificate.subjectPublicKeyInfo;
  return {
    keyHash: createHash("sha1").update(new Uint8Array(spki.subjectPublicKey)).digest("hex"),
    certs: [Buffer.from(signer.certDer).toString("hex")],
  };
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: "utf8", timeout: 30_000 }, (_error, stdout, stderr) =>
      resolve(`${stdout}${stderr}`),
    );
  });
}

describe.each(testDialects)("the running PKI renews its OCSP signer, on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dir: string;
  let pki: RunningPki | undefined;
  let lines: string[];
  let clock: FrozenClock;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    dir = mkdtempSync(join(tmpdir(), "mm-ocsp-renewal-"));
    lines = [];
    // starts so long ago that the renewed signer is valid now (openssl checks against the wall clock)
    clock = new FrozenClock(Math.floor((Date.now() - PAST_THRESHOLD) / 1000) * 1000);
  });
  afterEach(async () => {
    await pki?.close();
    pki = undefined;
    await database.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  function start(ocspSignerCheckMs: number) {
    return startPki({
      db: database.db,
      dialect: database.dialect,
      dataDir: dir,
      publicUrl: "http://localhost:3000",
      testMode: false,
      clock,
      logger: createLogger({
        destination: new Writable({
          write: (chunk, _e, cb) => {
            lines.push(String(chunk));
            cb();
          },
        }),
      }),
      ocspSignerCheckMs,
    });
  }

  async function activeCa(role: CaRecord["role"]) {
    const row = await database.db.caKey.findFirstOrThrow({ where: { role, active: true } });
    return new Uint8Array(row.certDer);
  }

  it("past the renewal threshold, a check issues a new signer, audits it and every answer names it (openssl verifies)", async () => {
    pki = await start(0);
    const { signing } = await pki.engine.issueForOrder({
      orderId: "MM-R1",
      vkn: "3230512384",
      title: "Örnek A.Ş.",
      tokenUri: "softkey:card-mm-r1",
      actor: "test",
    });
    const issuing = await activeCa("issuing");
    const request = ocspRequest(issuing, [signing.serial]);
    const first = pki.ocsp.signer;
    const before = await pki.ocsp.respond(request);
    expect(signerOf(before)).toEqual(naming(first));

    // a day later: fresh, nothing happens
    clock.advance(DAY);
    expect(await pki.checkOcspSigner()).toEqual({ outcome: "unchanged", serial: first.serial });
    expect(pki.ocsp.signer).toBe(first);

    clock.advance(PAST_THRESHOLD - DAY);
    const check = await pki.checkOcspSigner();
    expect(check).toMatchObject({ outcome: "switched", replaces: first.serial });
    const renewed = pki.ocsp.signer;
    expect(renewed.serial).not.toBe(first.serial);
    expect(check).toMatchObject({ serial: renewed.serial });
    expect(renewed.notAfter.getTime()).toBe(clock.now().getTime() + OCSP_SIGNER_DAYS * DAY);
    expect(Buffer.from(await activeCa("ocsp")).equals(Buffer.from(renewed.certDer))).toBe(true);

    // the request answered (and kept) before is answered by the new signer, with and without a nonce
    const after = await pki.ocsp.respond(request);
    expect(signerOf(after)).toEqual(naming(renewed));
    expect(signerOf(await pki.ocsp.respond(ocspRequest(issuing, [signing.serial], true)))).toEqual(
      naming(renewed),
    );

    writeFileSync(join(dir, "root.pem"), toPem(await activeCa("root")));
    writeFileSync(join(dir, "issuing.pem"), toPem(issuing));
    writeFileSync(join(dir, "renewed.pem"), toPem(renewed.certDer));
    writeFileSync(join(dir, "after.der"), after);
    const out = await run("openssl", [
      "ocsp",
      "-respin",
      join(dir, "after.der"),
      "-CAfile",
      join(dir, "root.pem"),
      "-verify_other",
      join(dir, "issuing.pem"),
      "-resp_text",
    ]);
    expect(out).toContain("Response verify OK");
    expect(out).toContain(`Responder Id: ${naming(renewed).keyHash.toUpperCase()}`);
    const serialText = await run("openssl", ["x509", "-in", join(dir, "renewed.pem"), "-noout", "-serial"]);
    expect(serialText.trim()).toBe(`serial=${renewed.serial.toUpperCase()}`);

    const audit = await database.db.auditEntry.findMany({
      where: { action: { startsWith: "ocsp_signer_" } },
      orderBy: { seq: "asc" },
    });
    expect(audit.map((e) => [e.action, e.subject])).toEqual([
      ["ocsp_signer_created", first.serial],
      ["ocsp_signer_renewed", renewed.serial],
    ]);
    expect(JSON.parse(audit[1]!.details)).toMatchObject({ replaces: first.serial, keyUri: renewed.keyUri });
    expect(lines.join("")).toContain("OCSP responder switched to a new signing certificate");

    // checked again: it stays
    expect(await pki.checkOcspSigner()).toEqual({ outcome: "unchanged", serial: renewed.serial });
  }, 60_000);

  it("the timer runs the check by itself, and close stops it", async () => {
    pki = await start(20);
    const first = pki.ocsp.signer;
    clock.advance(PAST_THRESHOLD);
    const deadline = Date.now() + 15_000;
    while (pki.ocsp.signer === first && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pki.ocsp.signer.serial).not.toBe(first.serial);
    const renewed = pki.ocsp.signer;
    const renewedRows = await database.db.auditEntry.count({ where: { action: "ocsp_signer_renewed" } });
    expect(renewedRows).toBe(1);

    await pki.close();
    expect(await pki.checkOcspSigner()).toEqual({ outcome: "closed" });
    clock.advance(PAST_THRESHOLD);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pki.ocsp.signer).toBe(renewed);
    expect(await database.db.auditEntry.count({ where: { action: "ocsp_signer_renewed" } })).toBe(1);
    pki = undefined;
  }, 60_000);
});

describe("the OCSP signer renewal timer", () => {
  const signer = (serial: string) =>
    ({
      id: serial,
      role: "ocsp",
      keyUri: `softkey:${serial}`,
      serial,
      notAfter: new Date("2027-03-01T00:00:00Z"),
    }) as unknown as CaRecord;
  let logged: { level: string; fields: Record<string, unknown>; message: string }[];
  const logger: RenewalLogger = {
    info: (fields, message) => logged.push({ level: "info", fields, message }),
    error: (fields, message) => logged.push({ level: "error", fields, message }),
  };
  beforeEach(() => {
    logged = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("checks once a day by default, well inside the renewal threshold", () => {
    expect(OCSP_SIGNER_CHECK_MS).toBe(DAY);
    expect(OCSP_SIGNER_CHECK_MS).toBeLessThan(OCSP_SIGNER_RENEW_DAYS * DAY);
  });

  it("logs a failure, keeps running and tries again at the next check; close leaves no timer", async () => {
    let calls = 0;
    const renew = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw new Error("token not present");
      if (calls === 2) return { signer: signer("b"), replaced: signer("a") };
      return { signer: signer("b") };
    });
    const timer = startOcspSignerRenewal({ renew, intervalMs: 1000, logger });
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(renew).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(logged).toEqual([
      {
        level: "error",
        fields: { err: "token not present", nextCheckInMs: 1000 },
        message: "OCSP signer renewal failed; the responder keeps its signer and the next check tries again",
      },
    ]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(renew).toHaveBeenCalledTimes(2);
    expect(logged[1]).toMatchObject({
      level: "info",
      fields: { serial: "b", replaces: "a", notAfter: "2027-03-01T00:00:00.000Z" },
      message: "OCSP responder switched to a new signing certificate",
    });

    await vi.advanceTimersByTimeAsync(1000);
    expect(renew).toHaveBeenCalledTimes(3);
    expect(logged).toHaveLength(2);

    await timer.close();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(renew).toHaveBeenCalledTimes(3);
    expect(await timer.check()).toEqual({ outcome: "closed" });
    expect(renew).toHaveBeenCalledTimes(3);
  });

  it("joins a check in progress, and close waits for it", async () => {
    let release: () => void = () => {};
    const renew = vi.fn(
      () =>
        new Promise<{ signer: CaRecord }>((resolve) => {
          release = () => resolve({ signer: signer("a") });
        }),
    );
    const timer = startOcspSignerRenewal({ renew, intervalMs: 0, logger });
    expect(vi.getTimerCount()).toBe(0);
    const one = timer.check();
    const two = timer.check();
    expect(renew).toHaveBeenCalledTimes(1);
    let closed = false;
    const closing = timer.close().then(() => {
      closed = true;
    });
    await Promise.resolve();
    expect(closed).toBe(false);
    release();
    await closing;
    expect(await one).toEqual({ outcome: "unchanged", serial: "a" });
    expect(await two).toEqual({ outcome: "unchanged", serial: "a" });
  });
});
