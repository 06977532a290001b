/**
 * Tester (sessions 16 and 17): "menü" or "temsilci" in the middle of an application dropped its
 * answers without a word ("başvuruya devam" then started from the first question), while "iptal"
 * says the answers were deleted. Leaving an application with answers says they were not recorded.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

describe("leaving an application with answers", () => {
  it("'menü' says the application was not recorded, then shows the menu", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    const answer = await chat.say("menü");
    expect(answer).toMatch(/başvurunuz kaydedilmedi/);
    expect(answer).toMatch(/nasıl yardımcı/i);
  });

  it("'temsilci' says so beside the ticket (the agent got the masked summary)", async () => {
    const { chat, handoff } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    const answer = await chat.say("temsilci");
    expect(answer).toMatch(/talep no: T-/);
    expect(answer).toMatch(/başvurunuz kaydedilmedi/);
    expect(handoff.requests.at(-1)?.summary).toMatch(/konu=application/);
  });

  it("says nothing of an application when none was begun", async () => {
    const { chat } = await setup();
    expect(await chat.say("menü")).not.toMatch(/kaydedilmedi/);
    expect(await chat.say("temsilci")).not.toMatch(/kaydedilmedi/);
  });
});
