import { describe, expect, it } from "vitest";
import { RateLimitError } from "../../../core/errors/domain-error.ts";
import { applicationLimits } from "../../../core/ra/application-budget.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, createRaHarness } from "../../helpers/ra-harness.ts";

describe.each(testDialects)("new-application budget on $name", (dialect) => {
  it("refuses a subject's applications over the budget with too_many_applications, never a retry", async () => {
    const h = await createRaHarness(dialect);
    try {
      const first = cardApplication();
      const orders = [await h.ra.submitApplication(first)];
      for (let i = 1; i < applicationLimits.perSubject; i++)
        orders.push(await h.ra.submitApplication(cardApplication()));
      const refused = await h.ra.submitApplication(cardApplication()).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RateLimitError);
      expect((refused as RateLimitError).code).toBe("too_many_applications");
      expect(await h.database.db.application.count()).toBe(applicationLimits.perSubject);
      // a retry of a stored application is answered as before
      expect((await h.ra.submitApplication(first)).orderNo).toBe(orders[0]!.orderNo);
      // another firm is not affected
      await h.ra.submitApplication(cardApplication({ idNumber: "4540536920" }));
      // once the window has passed, the firm may apply again
      h.clock.advance(applicationLimits.windowMs + 1_000);
      await h.ra.submitApplication(cardApplication());
      expect(await h.database.db.application.count()).toBe(applicationLimits.perSubject + 2);
    } finally {
      await h.dispose();
    }
  }, 120_000);
});
