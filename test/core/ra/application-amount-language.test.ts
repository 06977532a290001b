import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatLira } from "../../../core/text/lira.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, createRaHarness, type RaHarness, testPrices } from "../../helpers/ra-harness.ts";

/**
 * Tester (session 16): an English customer's "application received" e-mail said "Amount due:
 * 1.750,00 TL", which an English reader takes for one lira seventy-five, while the chat said
 * "1,750.00 TL". The amount is written as the conversation's language writes it.
 */
describe.each(testDialects.filter((d) => d.name === "sqlite"))(
  "the amount in the application e-mail, on $name",
  (dialect) => {
    let h: RaHarness;
    beforeEach(async () => {
      h = await createRaHarness(dialect);
    });
    afterEach(async () => h.dispose());

    it("is '1,750.00 TL' in English and '1.750,00 TL' in Turkish", async () => {
      await h.ra.submitApplication(cardApplication({ locale: "en", email: "john@example.co.uk" }));
      await h.ra.submitApplication(cardApplication({ idNumber: "4540536920", locale: "tr" }));
      const amountTo = (to: string) =>
        h.outbox.sent.find((n) => n.to === to && n.template === "application_received")?.params?.amount;
      expect(amountTo("john@example.co.uk")).toBe(formatLira(testPrices.card, "en"));
      expect(amountTo("bilgi@ornek.com.tr")).toBe(formatLira(testPrices.card, "tr"));
    });
  },
);

describe("formatLira", () => {
  it("groups thousands and writes the kuruş as each language does", () => {
    expect(formatLira(175_000, "tr")).toBe("1.750,00 TL");
    expect(formatLira(175_000, "en")).toBe("1,750.00 TL");
    expect(formatLira(123_456_789, "tr")).toBe("1.234.567,89 TL");
    expect(formatLira(5, "en")).toBe("0.05 TL");
  });
});
