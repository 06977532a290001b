import { describe, expect, it } from "vitest";
import { RateLimitError } from "../../core/errors/domain-error.ts";
import type { ApplicationInput } from "../../core/ra/registration-authority.ts";
import { Chat, sayAll, setup, tuzelCardAnswers } from "./harness.ts";

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

describe("the client an application comes from", () => {
  it("is the conversation and its network, so that the budget counts per client", async () => {
    const { ra, engine } = await setup();
    const chat = new Chat(engine, {
      id: "web-owner-1",
      channel: "web",
      locale: "tr",
      clientNetwork: "203.0.113.0/32",
    });
    const seen: ApplicationInput[] = [];
    const submit = ra.submitApplication.bind(ra);
    ra.submitApplication = async (input) => {
      seen.push(input);
      return submit(input);
    };
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("evet")).toMatch(/Sipariş numaranız: MM\d{10}/);
    expect(seen.map((input) => input.source)).toEqual([
      { conversationId: "web-owner-1", network: "203.0.113.0/32" },
    ]);
  });
});
