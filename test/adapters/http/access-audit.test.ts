/**
 * Tester (session 19): domain.md's audit names "CRL and OCSP signing … and access attempts", but
 * signed OCSP answers and refused HTTP requests left no audit entry. They are counted and written
 * as one entry per kind and subject (a minute's worth; at shutdown the rest): `ocsp_responses_signed`
 * per OCSP signer, `access_refused` per status and route. Nothing the client chose beyond the route.
 */
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { composeService } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { openDatabase } from "../../../adapters/db/database.ts";
import { storageLocation } from "../../../adapters/db/storage-location.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { freePort } from "../../helpers/processes.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-access-audit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("audited counts of OCSP signatures and refused requests", () => {
  it("writes ocsp_responses_signed and access_refused entries with their counts", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = readEnvironment({
      MM_DATA_DIR: join(dir, "data"),
      PORT: String(port),
      HOST: "127.0.0.1",
      MM_PUBLIC_URL: base,
      LOG_LEVEL: "silent",
      DATABASE_URL: "",
      MM_METRICS_TOKEN: "metrics-secret-token-0123456789",
    });
    const service = await composeService(env, createLogger({ level: "silent" }));
    let signerSerial: string;
    try {
      const { signing } = await service.pki.engine.issueForOrder({
        orderId: "MM-AUDIT",
        vkn: "3230512384",
        title: "Örnek Bilişim A.Ş.",
        tokenUri: "softkey:card-audit",
        actor: "test",
      });
      const issuing = (await service.pki.repository.activeCa("issuing"))!;
      signerSerial = service.pki.ocsp.signer.serial;
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${base}/ocsp`, {
          method: "POST",
          headers: { "content-type": "application/ocsp-request" },
          body: ocspRequest(issuing.certDer, [signing.serial], true),
        });
        expect(res.status).toBe(200);
      }
      const session = await fetch(`${base}/api/chat/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      const { sessionId } = (await session.json()) as { sessionId: string };
      for (let i = 0; i < 2; i++) {
        const refused = await fetch(`${base}/api/chat/sessions/${sessionId}/messages`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer wrong-token" },
          body: JSON.stringify({ text: "merhaba" }),
        });
        expect(refused.status).toBe(401);
      }
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
    } finally {
      await service.close();
    }
    const database = await openDatabase(storageLocation("", join(dir, "data")));
    try {
      const entries = await database.db.auditEntry.findMany({
        where: { action: { in: ["ocsp_responses_signed", "access_refused"] } },
      });
      const details = (subject: string) =>
        JSON.parse(String(entries.find((e) => e.subject === subject)?.details ?? "null"));
      expect(details(`ocsp-signer:${signerSerial}`)).toMatchObject({ count: 3 });
      const chat = entries.find((e) => e.action === "access_refused" && e.subject.includes("/api/chat"));
      expect(chat?.subject).toBe("401 POST /api/chat/sessions/:id/messages");
      expect(JSON.parse(String(chat?.details))).toMatchObject({ count: 2 });
      expect(entries.some((e) => e.subject === "401 GET /metrics")).toBe(true);
      expect(JSON.stringify(entries)).not.toContain("wrong-token");
    } finally {
      await database.close();
    }
  }, 120_000);
});
