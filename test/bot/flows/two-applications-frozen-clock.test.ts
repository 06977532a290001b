/**
 * Tester (session 16): a replay (frozen clock, `interfaces.md` §3) of an accountant applying for two
 * firms in one conversation got the generic apology at the second "evet": the application's
 * idempotency key was the conversation and the clock's instant, so both applications had one key.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("two applications in one conversation at one instant", () => {
  it("both are recorded, each with its own order number", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const first = await chat.say("evet");
    await chat.say("menü");
    const second = tuzelCardAnswers.map((a) => (a === "3230512384" ? "4540536920" : a));
    await sayAll(chat, second);
    const answer = await chat.say("evet");
    const orderOf = (text: string) => /MM\d{10}/.exec(text)?.[0];
    expect(orderOf(first)).toBeDefined();
    expect(orderOf(answer)).toBeDefined();
    expect(orderOf(answer)).not.toBe(orderOf(first));
  });
});
