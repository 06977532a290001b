/**
 * Hostile tester (PostgreSQL connections killed under load, pg_terminate_backend): a turn whose
 * state could not be read (the storage's connection cut, one query failing) was run on a FRESH
 * state and that fresh state was saved over the stored one: a customer half-way through an
 * application who wrote the unvan got the greeting's answer, and the answers already given (VKN,
 * person type) were gone for good. The engine now fails such a turn (the channel answers 503
 * storage_unavailable on the web, "please write again" on Telegram) and keeps the stored state, so
 * the customer's next message goes on where the dialog stood. A stored state that is not JSON
 * (unreadable for good) still starts afresh.
 */
import { describe, expect, it } from "vitest";
import { MemoryStates, setup } from "./harness.ts";

class FlakyStates extends MemoryStates {
  failNextLoad = false;
  override async load(id: string): Promise<unknown> {
    if (this.failNextLoad) {
      this.failNextLoad = false;
      throw Object.assign(new Error("terminating connection due to administrator command"), {
        code: "57P01",
      });
    }
    return super.load(id);
  }
}

describe("a conversation state that could not be read", () => {
  it("fails the turn and keeps the stored state: the next message goes on where the dialog stood", async () => {
    const states = new FlakyStates();
    const { chat } = await setup({ states });
    await chat.say("Başvuru yapmak istiyorum");
    await chat.press("Tüzel kişi");
    expect(await chat.say("3230512384")).toContain("unvan");
    const before = [...states.saved.values()];
    states.failNextLoad = true;
    await expect(chat.say("Örnek Bilişim Anonim Şirketi")).rejects.toThrow();
    expect([...states.saved.values()]).toEqual(before);
    // written again: the unvan is taken and the application goes on to the next question
    expect(await chat.say("Örnek Bilişim Anonim Şirketi")).toContain("İmza yetkilisinin adını");
  });

  it("a stored state that is not JSON starts afresh (as before)", async () => {
    const states = new MemoryStates();
    const { chat } = await setup({ states });
    await chat.say("merhaba");
    for (const id of states.saved.keys()) states.saved.set(id, "{not json");
    expect(await chat.say("Başvuru yapmak istiyorum")).toMatch(/tüzel kişi/i);
  });
});
