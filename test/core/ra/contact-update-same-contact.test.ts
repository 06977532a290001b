/**
 * Tester: `/mm guncelle <VKN> eposta <new>` with the registered e-mail in other letters' case still sent
 * a code. An e-mail equal to the registered one ignoring case, and a phone equal after normalisation,
 * is `same_contact` and no code goes out — for an agent and for the customer's own dialog (one check).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import { RegistrationAuthorityService } from "../../../core/ra/registration-authority-service.ts";
import { testDialects } from "../../helpers/databases.ts";
import {
  cardApplication,
  createRaHarness,
  proveContacts,
  type RaHarness,
  testPrices,
} from "../../helpers/ra-harness.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("a contact update to the registered contact", () => {
  let h: RaHarness;
  let ra: RegistrationAuthorityService;
  beforeEach(async () => {
    h = await createRaHarness(sqlite);
    ra = new RegistrationAuthorityService({
      ...h.deps,
      audit: { append: async (_e: AuditEvent) => undefined },
    });
    const { orderNo } = await ra.submitApplication(cardApplication());
    await proveContacts(h.deps);
    await ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-same",
      amountKurus: testPrices.card,
    });
    await ra.agents.startVerification({ agentId: "U1", subject: "3230512384" });
    await ra.agents.submitCode({
      agentId: "U1",
      subject: "3230512384",
      code: h.outbox.lastCode("bilgi@ornek.com.tr"),
    });
  });
  afterEach(async () => h.dispose());

  for (const [kind, typed] of [
    ["email", "BILGI@Ornek.com.tr"],
    ["email", "bilgi@ornek.com.tr"],
    ["phone", "0532 123 45 67"],
    ["phone", "+90 532 123 4567"],
  ] as const) {
    it(`${kind} '${typed}' is already registered: same_contact, no code`, async () => {
      const sentBefore = h.outbox.sent.length;
      await expect(
        ra.agents.startContactUpdate({ agentId: "U1", subject: "3230512384", kind, newValue: typed }),
      ).rejects.toMatchObject({ code: "same_contact" });
      expect(h.outbox.sent.length).toBe(sentBefore);
    });
  }

  it("a different e-mail still gets its code", async () => {
    const started = await ra.agents.startContactUpdate({
      agentId: "U1",
      subject: "3230512384",
      kind: "email",
      newValue: "yeni@ornek.com.tr",
    });
    expect(started.maskedTarget).toBe("y***@ornek.com.tr");
  });
});
