/**
 * Lead's held-out replay (session 28): "kart ne zaman elime ulaşır", "kargo kaç günde gelir" got the
 * delivery answer about who may receive the card (R3.3.2), which says nothing of when. When the card
 * comes is answered by what the domain knows of it (R3.2, R3.3.1: produced at once once the payment
 * reaches the CA's account, bank payments a business day later, then shipped to the signatory); the
 * shipping days are not known here, so the order's own state is offered. Who may receive it still
 * gets R3.3.2.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("when the card arrives, asked", () => {
  it.each([
    "kart ne zaman elime ulaşır",
    "kargo kaç günde gelir",
    "mühür ne zaman gelir",
    "kartımız ne kadar sürede ulaşır",
  ])("%j: produced once paid, then shipped; the order number asked", async (typed) => {
    const { chat } = await setup();
    const answer = await chat.say(typed);
    expect(answer).toMatch(/ödeme/i);
    expect(answer).toMatch(/hemen üretilir/);
    expect(answer).toMatch(/sipariş numara/i);
    expect(answer).not.toMatch(/vekaletname/);
  });

  it("English: 'when will the card arrive?'", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("when will the card arrive?");
    expect(answer).toMatch(/produced at once/i);
    expect(answer).not.toMatch(/power of attorney/i);
  });

  it("who may receive it still gets R3.3.2", async () => {
    const { chat } = await setup();
    expect(await chat.say("kartı kim teslim alabilir")).toMatch(/vekaletname/);
  });
});
