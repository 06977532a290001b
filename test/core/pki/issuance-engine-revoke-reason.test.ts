import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { type CaDatabase, createCaDatabase } from "../../helpers/ca-database.ts";
import { testDialects } from "../../helpers/databases.ts";
import { refusedReasonNames } from "../../helpers/refused-revocation-reasons.ts";
import { type TestCa, testEngine } from "../../helpers/test-ca.ts";

// One dialect suffices: the check runs before storage is read.
describe.each(testDialects.filter((d) => d.name === "sqlite"))(
  "issuance engine revoke reasons on $name",
  (dialect) => {
    let ca: TestCa;
    let engine: IssuanceEngine;
    let serial: string;
    let stored: CaDatabase;
    const clock = new FrozenClock("2026-11-20T07:00:00Z");

    beforeAll(async () => {
      stored = await createCaDatabase(dialect);
      ({ ca } = stored);
      engine = testEngine(ca, stored.repository, clock);
      const issued = await engine.issueForOrder({
        orderId: "MM-R",
        vkn: "3230512384",
        title: "Örnek Bilişim A.Ş.",
        tokenUri: "softkey:card-mm-r",
        actor: "test",
      });
      serial = issued.signing.serial;
    });
    afterAll(async () => stored?.dispose());

    it.each(refusedReasonNames)("refuses %j and leaves the certificate valid", async (reason) => {
      await expect(
        // biome-ignore lint/suspicious/noExplicitAny: a reason from outside the type, as a caller without types sends it
        engine.revoke({ serial, reason: reason as any, actor: "test" }),
      ).rejects.toMatchObject({
        code: "invalid_reason",
        message: expect.stringContaining("Allowed reasons:"),
      });
      expect((await engine.findBySerial(serial))?.status).toBe("valid");
    });

    it("still revokes with an allowed reason", async () => {
      const revoked = await engine.revoke({ serial, reason: "cessationOfOperation", actor: "test" });
      expect(revoked.status).toBe("revoked");
      expect(revoked.revocationReason).toBe("cessationOfOperation");
    });
  },
);
