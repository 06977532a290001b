/**
 * Tester (session 16): an English application's last screen said "posts after 1 business day(s)",
 * a placeholder's plural; it says "1 business day" (and "N business days" where a bank takes more),
 * with the amount written as English writes it.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup } from "../harness.ts";

describe("an English application's submission", () => {
  it("names the amount and the banks' posting delay in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, [
      ...legalAnswersToEmailEn,
      "jane@example.co.uk",
      "0532 123 45 67",
      "smart card",
      "Levent Plaza No 5 Istanbul",
    ]);
    const answer = await chat.say("yes");
    expect(answer).toMatch(/Amount due: \d{1,3}(,\d{3})*\.\d\d TL/);
    expect(answer).toMatch(/posts after 1 business day\b/);
    expect(answer).not.toMatch(/\(s\)|\{\{/);
  });
});
