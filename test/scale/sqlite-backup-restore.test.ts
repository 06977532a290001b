/**
 * The backup procedure of docs/operations.md for the embedded SQLite deployment, as written there:
 * `mm backup <folder>` while the service runs and answers OCSP and CRL requests, the folder copied
 * into a fresh data folder with `cp -a`, `mm audit verify` on it, the service started on it; the
 * restored service holds the same certificates and gives the same OCSP answers, signed by the same
 * responder, under the same CA certificates.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BasicOCSPResponse, OCSPResponse, OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { CertificateList } from "@peculiar/asn1-x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ocspRequest } from "../helpers/ocsp-request.ts";
import { freePort, type RunningScript, runScript } from "../helpers/processes.ts";

const root = mkdtempSync(join(tmpdir(), "mm-sqlite-backup-"));
const original = join(root, "data");
const backup = join(root, "backup");
const restored = join(root, "restored");
/** What is backed up apart from the data folder (docs/operations.md): the key passphrase. */
const shared = {
  DATABASE_URL: "",
  MM_KEY_PASSPHRASE: "yedekleme testi parolası 2026",
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
  MM_SIGNING_THREAD_NICE: "0",
};
const services: RunningScript[] = [];

afterAll(async () => {
  for (const service of services) {
    if (service.child.exitCode === null) service.child.kill("SIGTERM");
    await service.exited;
  }
  rmSync(root, { recursive: true, force: true });
}, 60_000);

/** `mm <args>` on a data folder. */
async function mm(dataDir: string, ...args: string[]) {
  const run = runScript(
    "adapters/cli/main.ts",
    { ...shared, MM_DATA_DIR: dataDir, LOG_LEVEL: "silent" },
    args,
  );
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** `npm start` on a data folder; resolves with its base URL once it listens. */
async function start(dataDir: string): Promise<string> {
  const port = await freePort();
  const service = runScript("adapters/main.ts", { ...shared, MM_DATA_DIR: dataDir, PORT: String(port) });
  services.push(service);
  await service.waitFor(/HTTP server listening/, 180_000);
  return `http://127.0.0.1:${port}`;
}

async function get(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

/** Each serial's status in an OCSP answer, and the responder's certificate. */
async function ocsp(baseUrl: string, issuer: Uint8Array, serials: string[]) {
  const res = await fetch(`${baseUrl}/ocsp`, {
    method: "POST",
    headers: { "content-type": "application/ocsp-request" },
    body: Buffer.from(ocspRequest(issuer, serials)),
  });
  expect(res.status).toBe(200);
  const response = AsnConvert.parse(new Uint8Array(await res.arrayBuffer()), OCSPResponse);
  expect(response.responseStatus).toBe(OCSPResponseStatus.successful);
  const basic = AsnConvert.parse(response.responseBytes!.response.buffer, BasicOCSPResponse);
  const statuses = basic.tbsResponseData.responses.map((single) => {
    const serial = Buffer.from(single.certID.serialNumber).toString("hex");
    const status = single.certStatus;
    if (status.good !== undefined) return `${serial} good`;
    if (status.revoked)
      return `${serial} revoked ${status.revoked.revocationTime.toISOString()} ${status.revoked.revocationReason}`;
    return `${serial} unknown`;
  });
  const responder = basic.certs?.[0] ? Buffer.from(AsnConvert.serialize(basic.certs[0])).toString("hex") : "";
  return { statuses, responder };
}

/** The serials `mm issue` printed (signing, encryption). */
function serialsOf(stdout: string): string[] {
  return [...stdout.matchAll(/^(?:signing|encryption)\t([0-9a-f]+)\t/gm)].map((m) => m[1]!);
}

describe("an SQLite backup taken while the service runs, restored into a fresh data folder", () => {
  let originalUrl: string;
  const serials: string[] = [];

  beforeAll(async () => {
    originalUrl = await start(original);
    const issued = await mm(
      original,
      ...[
        "issue",
        "--direct",
        "--vkn",
        "3230512384",
        "--title",
        "Örnek Bilişim A.Ş.",
        "--order",
        "OPS-BACKUP-1",
      ],
    );
    expect(issued.code, issued.stderr).toBe(0);
    serials.push(...serialsOf(issued.stdout));
    // the signing certificate is revoked below, and with it the card's encryption certificate (R7.1)
    expect(serials).toHaveLength(2);
    const revoked = await mm(original, "revoke", "--serial", serials[0]!, "--reason", "keyCompromise");
    expect(revoked.code, revoked.stderr).toBe(0);
  }, 420_000);

  it("verifies with mm audit verify and serves the same certificates and OCSP answers", async () => {
    const issuer = await get(`${originalUrl}/ca/issuing.crt`);
    const asked = [...serials, "7f0123456789abcdef"];
    const before = await ocsp(originalUrl, issuer, asked);
    expect(before.statuses.map((s) => s.split(" ")[1])).toEqual(["revoked", "revoked", "unknown"]);
    expect(before.responder).not.toBe("");
    const status = await mm(original, "status", "--vkn", "3230512384");
    expect(status.code, status.stderr).toBe(0);

    // the backup, online: the service keeps answering OCSP and CRL requests meanwhile
    let load = true;
    let answered = 0;
    const loop = (async () => {
      while (load) {
        await ocsp(originalUrl, issuer, serials);
        await get(`${originalUrl}/crl/issuing.crl`);
        answered++;
      }
    })();
    const taken = await mm(original, "backup", backup);
    load = false;
    await loop;
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stderr).toMatch(/database: 100% \(\d+\/\d+ pages\)/);
    expect(taken.stderr).toMatch(/keys\/: [1-9]\d* files/);
    const line = /^backup\t.+\t(\d+) pages\t(\d+) certificates\t(\d+) audit entries/m.exec(taken.stdout);
    expect(line, taken.stdout).not.toBeNull();
    expect(Number(line![2])).toBe(2);
    expect(answered).toBeGreaterThan(0);
    expect(statSync(join(backup, "mm.db")).mode & 0o777).toBe(0o600);

    // the restore, as docs/operations.md writes it
    execFileSync("sh", ["-c", 'mkdir -m 700 "$NEW" && cp -a "$BACKUP/." "$NEW/"'], {
      env: { ...process.env, NEW: restored, BACKUP: backup },
    });
    expect(existsSync(join(restored, "mm.db"))).toBe(true);
    const verified = await mm(restored, "audit", "verify");
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(new RegExp(`^audit chain OK: ${line![3]} entries`, "m"));

    const restoredUrl = await start(restored);
    expect(await get(`${restoredUrl}/ca/issuing.crt`)).toEqual(issuer);
    expect(await get(`${restoredUrl}/ca/root.crt`)).toEqual(await get(`${originalUrl}/ca/root.crt`));
    const after = await ocsp(restoredUrl, issuer, asked);
    expect(after).toEqual(before);
    const crl = AsnConvert.parse(await get(`${restoredUrl}/crl/issuing.crl`), CertificateList);
    expect(
      (crl.tbsCertList.revokedCertificates ?? []).map((r) => Buffer.from(r.userCertificate).toString("hex")),
    ).toContain(serials[0]);
    const restoredStatus = await mm(restored, "status", "--vkn", "3230512384");
    expect(restoredStatus.stdout).toBe(status.stdout);
  }, 600_000);

  it("refuses PostgreSQL with a pointer to pg_dump", async () => {
    const run = runScript(
      "adapters/cli/main.ts",
      { ...shared, DATABASE_URL: "postgres://postgres@127.0.0.1:1/none", MM_DATA_DIR: original },
      ["backup", join(root, "never")],
    );
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/pg_dump.*\[bad_arguments\]/);
    expect(existsSync(join(root, "never"))).toBe(false);
  }, 120_000);
});
