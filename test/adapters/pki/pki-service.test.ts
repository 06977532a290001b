import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService, type Service } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { verifyChain } from "../../../core/audit/audit-log.ts";

let service: Service;
let base: string;
let dir: string;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mm-pki-svc-"));
  const env = readEnvironment({ MM_DATA_DIR: join(dir, "data"), PORT: "0", HOST: "127.0.0.1" });
  const destination = new Writable({
    write(c, _e, cb) {
      logged.push(String(c));
      cb();
    },
  });
  service = await composeService(env, createLogger({ destination }));
  const a = service.server!.address();
  base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
}, 120_000);
afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function download(path: string, file: string): Promise<string> {
  const res = await fetch(`${base}${path}`);
  expect(res.status).toBe(200);
  const target = join(dir, file);
  writeFileSync(target, Buffer.from(await res.arrayBuffer()));
  return target;
}

describe("the CA in npm start", () => {
  it("creates a development CA on first start, logged as a key ceremony, and reports it healthy", async () => {
    expect(logged.join("")).toContain("CA set-up: root key generation");
    expect(logged.join("")).toContain("development CA created");
    const health = (await (await fetch(`${base}/healthz`)).json()) as {
      checks: Record<string, { ok: boolean }>;
    };
    expect(health.checks.ca?.ok).toBe(true);
  });

  it("shows on /metrics how long the OCSP signing certificate has left and that its renewal is not failing", async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    const seconds = Number(/^mm_ocsp_signer_expiry_seconds\{[^}]*\} (\S+)$/m.exec(text)?.[1]);
    // a fresh signer: 90 days, less the seconds since the start
    expect(seconds).toBeGreaterThan(89 * 86400);
    expect(seconds).toBeLessThanOrEqual(90 * 86400);
    expect(text).toMatch(/^mm_ocsp_signer_renewal_failing\{[^}]*\} 0$/m);
  });

  it("serves the CA certificates as DER and PEM, the issuing one signed by the root", async () => {
    const root = await download("/ca/root.pem", "root.pem");
    const issuingDer = await download("/ca/issuing.crt", "issuing.crt");
    const issuing = join(dir, "issuing.pem");
    execFileSync("openssl", ["x509", "-inform", "DER", "-in", issuingDer, "-out", issuing]);
    const out = execFileSync("openssl", ["verify", "-CAfile", root, issuing], { encoding: "utf8" });
    expect(out.trim()).toBe(`${issuing}: OK`);
    expect((await fetch(`${base}/ca/other.crt`)).status).toBe(404);
  });

  it("lists a revocation on the very next CRL fetched, with a higher CRLNumber, verified by openssl", async () => {
    const issuing = await download("/ca/issuing.pem", "issuing2.pem");
    const first = await download("/crl/issuing.crl", "first.crl");
    const text = (file: string) =>
      execFileSync("openssl", ["crl", "-inform", "DER", "-in", file, "-noout", "-text"], {
        encoding: "utf8",
      });
    const number = (file: string) => Number(/X509v3 CRL Number:\s*\n\s*(\d+)/.exec(text(file))![1]);
    const { signing } = await service.pki.engine.issueForOrder({
      orderId: "MM-T1",
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri: "softkey:card-mm-t1",
      actor: "test",
    });
    await service.pki.engine.revoke({ serial: signing.serial, reason: "keyCompromise", actor: "test" });
    const second = await download("/crl/issuing.crl", "second.crl");
    expect(text(second)).toContain(`Serial Number: ${signing.serial.toUpperCase()}`);
    expect(number(second)).toBeGreaterThan(number(first));
    const verify = spawnSync(
      "openssl",
      ["crl", "-inform", "DER", "-in", second, "-noout", "-CAfile", issuing],
      {
        encoding: "utf8",
      },
    );
    expect(`${verify.stdout}${verify.stderr}`).toContain("verify OK");
    const chain = await service.database.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
    expect(chain.map((e) => e.action)).toEqual(
      expect.arrayContaining(["key_ceremony", "certificate_issued", "certificate_revoked"]),
    );
    expect(await verifyChain(chain)).toMatchObject({ ok: true });
    // unchanged: the same CRL is served again
    const third = await download("/crl/issuing.crl", "third.crl");
    expect(number(third)).toBe(number(second));
  });
});
