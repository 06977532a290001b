import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService, type Service } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { toPem } from "../../helpers/test-ca.ts";

let service: Service;
let base: string;
let dir: string;
let rootPem: string;
let issuingPem: string;
let good: string;
let revoked: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mm-ocsp-"));
  const env = readEnvironment({ MM_DATA_DIR: join(dir, "data"), PORT: "0", HOST: "127.0.0.1" });
  service = await composeService(
    env,
    createLogger({ destination: new Writable({ write: (_c, _e, cb) => cb() }) }),
  );
  const a = service.server!.address();
  base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  rootPem = join(dir, "root.pem");
  issuingPem = join(dir, "issuing.pem");
  writeFileSync(rootPem, await (await fetch(`${base}/ca/root.pem`)).text());
  writeFileSync(issuingPem, await (await fetch(`${base}/ca/issuing.pem`)).text());
  const issue = async (orderId: string) => {
    const { signing } = await service.pki.engine.issueForOrder({
      orderId,
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri: `softkey:card-${orderId.toLowerCase()}`,
      actor: "test",
    });
    const row = await service.database.db.certificate.findUniqueOrThrow({
      where: { serial: signing.serial },
    });
    const file = join(dir, `${orderId}.pem`);
    writeFileSync(file, toPem(new Uint8Array(row.certDer!)));
    return { serial: signing.serial, file };
  };
  const g = await issue("MM-G");
  const r = await issue("MM-R");
  good = g.file;
  revoked = r.file;
  await service.pki.engine.revoke({ serial: r.serial, reason: "keyCompromise", actor: "test" });
}, 120_000);
afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs openssl asynchronously: the responder answers from this same process. */
function ocsp(args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      "openssl",
      ["ocsp", "-issuer", issuingPem, "-CAfile", rootPem, "-url", `${base}/ocsp`, "-resp_text", ...args],
      { encoding: "utf8", timeout: 30_000 },
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`),
    );
  });
}

describe("OCSP responder (openssl as the client)", () => {
  it("answers good for an issued certificate, with a verified signature and the nonce echoed", async () => {
    const out = await ocsp(["-cert", good]);
    expect(out).toContain("Response verify OK");
    expect(out).toMatch(/: good/);
    expect(out).toContain("OCSP Nonce");
  });

  it("answers revoked at once after a revocation, with the reason", async () => {
    const out = await ocsp(["-cert", revoked]);
    expect(out).toContain("Response verify OK");
    expect(out).toMatch(/: revoked/);
    expect(out).toMatch(/Reason: keyCompromise|Key Compromise/i);
  });

  it("answers unknown for a serial that was never issued", async () => {
    const out = await ocsp(["-serial", "0x1234567890abcdef"]);
    expect(out).toContain("Response verify OK");
    expect(out).toMatch(/: unknown/);
  });

  it("answers GET requests (base64 in the path) like POST", async () => {
    const reqFile = join(dir, "req.der");
    execFileSync("openssl", ["ocsp", "-issuer", issuingPem, "-cert", good, "-no_nonce", "-reqout", reqFile]);
    const { readFileSync } = await import("node:fs");
    const b64 = encodeURIComponent(readFileSync(reqFile).toString("base64"));
    const res = await fetch(`${base}/ocsp/${b64}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/ocsp-response");
    const respFile = join(dir, "resp.der");
    writeFileSync(respFile, Buffer.from(await res.arrayBuffer()));
    const out = spawnSync(
      "openssl",
      ["ocsp", "-respin", respFile, "-issuer", issuingPem, "-cert", good, "-CAfile", rootPem, "-no_nonce"],
      { encoding: "utf8" },
    );
    expect(`${out.stdout}${out.stderr}`).toMatch(/: good/);
  });

  it("answers malformedRequest (status 1) for garbage, an empty body and an oversized body", async () => {
    for (const body of [Buffer.from("not asn.1 at all"), Buffer.alloc(0), Buffer.alloc(64 * 1024, 0x30)]) {
      const res = await fetch(`${base}/ocsp`, {
        method: "POST",
        headers: { "content-type": "application/ocsp-request" },
        body,
      });
      expect(res.status).toBe(200);
      expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0x30, 0x03, 0x0a, 0x01, 0x01]);
    }
  });
});
