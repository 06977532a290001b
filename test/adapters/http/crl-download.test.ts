import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { pkiRoutes } from "../../../adapters/http/pki-routes.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { CrlService } from "../../../core/pki/crl-service.ts";
import { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import type { KeyManagerResolver } from "../../../core/ports/key-manager.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { createTestCa, issuingCaRecord, type TestCa } from "../../helpers/test-ca.ts";

describe.each(testDialects)("GET /crl/issuing.crl on $name", (dialect) => {
  let ca: TestCa;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let engine: IssuanceEngine;
  let server: Server;
  let base: string;
  let crlSignatures: number;
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  beforeEach(async () => {
    ca = await createTestCa();
    database = await freshDatabase(dialect);
    const repository = new PrismaCaRepository(database.db, database.dialect);
    await repository.saveCa(issuingCaRecord(ca));
    crlSignatures = 0;
    const keys: KeyManagerResolver = { forUri: () => ca.keys, close: async () => {} };
    const deps = { repository, keys, clock, random: cryptoRandom, newId: randomUUID };
    engine = new IssuanceEngine({ ...deps, profile: defaultProfileConfig("http://127.0.0.1:3000") });
    const crl = new CrlService({ repository, keys, clock });
    const issue = crl.issue.bind(crl);
    // counts the CRLs signed
    crl.issue = async () => {
      crlSignatures += 1;
      return issue();
    };
    const quiet = new Writable({ write: (_c, _e, cb) => cb() });
    server = await listen(
      createHttpApp([pkiRoutes({ repository, crl })], createLogger({ destination: quiet })),
      0,
      "127.0.0.1",
    );
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await closeServer(server);
    await database.dispose();
    ca.dispose();
  });

  const download = async () => {
    const res = await fetch(`${base}/crl/issuing.crl`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pkix-crl");
    return Buffer.from(await res.arrayBuffer()).toString("hex");
  };

  it("issues one CRL for 40 concurrent first downloads and serves it while fresh", async () => {
    const bodies = await Promise.all(Array.from({ length: 40 }, download));
    expect(new Set(bodies).size).toBe(1);
    expect(crlSignatures).toBe(1);
    expect(await database.db.crlIssue.count()).toBe(1);
    clock.advance(60 * 60_000);
    expect(await download()).toBe(bodies[0]);
    expect(crlSignatures).toBe(1);
  });

  it("regenerates once after a revocation however many clients ask at once, and the new CRL lists it", async () => {
    const { signing } = await engine.issueForOrder({
      orderId: "MM-C",
      vkn: "3230512384",
      title: "Örnek A.Ş.",
      tokenUri: "softkey:card-c",
      actor: "t",
    });
    const before = await download();
    expect(crlSignatures).toBe(1);
    clock.advance(1_000);
    await engine.revoke({ serial: signing.serial, reason: "keyCompromise", actor: "t" });
    clock.advance(1_000);
    const bodies = await Promise.all(Array.from({ length: 40 }, download));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toBe(before);
    expect(bodies[0]).toContain(signing.serial.replace(/^0+/, ""));
    expect(crlSignatures).toBe(2);
    expect(await database.db.crlIssue.count()).toBe(2);
  });
});
