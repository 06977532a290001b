import { describe, expect, it } from "vitest";
import { RateLimitError } from "../../core/errors/domain-error.ts";
import { sayAll, setup, tuzelCardAnswers } from "./harness.ts";

describe("a spent application budget in the dialog", () => {
  it("tells the customer in Turkish why the application was not recorded and keeps the summary", async () => {
    const { chat, ra } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    ra.submitApplication = async () => {
      throw new RateLimitError("too_many_applications", "too many new applications", "idNumber");
    };
    const refused = await chat.say("evet");
    expect(refused).toContain("çok fazla başvuru");
    expect(refused).not.toMatch(/tamamlayamadım/);
    expect(refused).not.toMatch(/too many/i);
    // the dialog kept its place: a later "evet" submits
    delete (ra as { submitApplication?: unknown }).submitApplication;
    expect(await chat.say("evet")).toMatch(/Sipariş numaranız: MM\d{10}/);
  });
});
