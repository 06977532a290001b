import { describe, expect, it } from "vitest";
import { caKeyProbe } from "../../../adapters/pki/ca-key-probe.ts";
import type { CaRepository } from "../../../core/pki/ca-repository.ts";
import type { KeyManagerResolver } from "../../../core/ports/key-manager.ts";
import { createTestCa, issuingCaRecord } from "../../helpers/test-ca.ts";
import { startTestService } from "../../helpers/web-service.ts";

describe("/healthz says when the CA is the embedded default's development CA", () => {
  it('a service that created its development CA answers 200 with "ca": { "ok": true, "development": true }', async () => {
    const s = await startTestService();
    try {
      const res = await fetch(`${s.baseUrl}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; checks: Record<string, unknown> };
      expect(body.status).toBe("ok");
      expect(s.service.pki.development).toBe(true);
      expect(body.checks.ca).toEqual({ ok: true, development: true });
      expect(body.checks.storage).toEqual({ ok: true });
    } finally {
      await s.close();
    }
  }, 60_000);

  it("a CA that is not the development one says nothing more; a failing one still fails with its code only", async () => {
    const ca = await createTestCa();
    try {
      const record = issuingCaRecord(ca);
      const repository = { activeCa: async () => record } as unknown as CaRepository;
      const working: KeyManagerResolver = { forUri: () => ca.keys, close: async () => {} };
      const broken: KeyManagerResolver = {
        forUri: () => {
          throw new Error("module gone");
        },
        close: async () => {},
      };
      expect(await caKeyProbe(repository, working).check()).toBeUndefined();
      expect(await caKeyProbe(repository, working, { development: false }).check()).toBeUndefined();
      expect(await caKeyProbe(repository, working, { development: true }).check()).toEqual({
        development: true,
      });
      await expect(caKeyProbe(repository, broken, { development: true }).check()).rejects.toMatchObject({
        code: "ca_key_unusable",
      });
    } finally {
      ca.dispose();
    }
  });
});
