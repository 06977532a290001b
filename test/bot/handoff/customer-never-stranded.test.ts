/**
 * Issue 14: after "temsilci" every later message got no answer at all. Whatever the customer
 * writes while a hand-off is open gets a reply, and "menü", "iptal", "vazgeç" return to the bot.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("a customer waiting for an agent is never left without a reply", () => {
  it("acknowledges a message written while no agent has joined yet", async () => {
    const { chat, handoff } = await setup();
    await chat.say("temsilci");
    const answer = await chat.say("merhaba?");
    expect(answer).toMatch(/temsilciye ilettim/);
    expect(handoff.relayed).toEqual([{ conversationId: "conv-1", text: "merhaba?" }]);
  });

  it("acknowledges 'başvuru' written during the hand-off and relays it", async () => {
    const { chat, handoff } = await setup();
    await chat.say("temsilci");
    expect(await chat.say("başvuru")).toMatch(/temsilciye ilettim/);
    expect(handoff.relayed).toHaveLength(1);
  });

  it.each(["menü", "iptal", "vazgeç"])("'%s' closes the hand-off and shows the menu", async (command) => {
    const { chat, handoff } = await setup();
    await chat.say("temsilci");
    const answer = await chat.say(command);
    expect(answer).toMatch(/asistana döndünüz/);
    expect(chat.buttons()).toContain("Başvuru");
    expect(handoff.open.has("conv-1")).toBe(false);
    expect(handoff.relayed).toHaveLength(0);
    expect(await chat.say("fiyat")).toContain("TL");
  });

  it.each(["iptal", "vazgeç", "iptal etmek istiyorum"])(
    "once an agent has taken the hand-off, '%s' is an answer to the agent, relayed; only 'menü' leaves",
    async (text) => {
      const { chat, handoff } = await setup();
      await chat.say("temsilci");
      handoff.taken.add("conv-1");
      await chat.say(text);
      expect(handoff.open.has("conv-1")).toBe(true);
      expect(handoff.relayed.map((r) => r.text)).toEqual([text]);
      expect(await chat.say("menü")).toMatch(/asistana döndünüz/);
      expect(handoff.open.has("conv-1")).toBe(false);
    },
  );

  it("'temsilci' again names the open ticket instead of opening another", async () => {
    const { chat, handoff } = await setup();
    await chat.say("temsilci");
    expect(await chat.say("temsilci")).toMatch(/T-1/);
    expect(handoff.requests).toHaveLength(1);
  });

  it("tells the customer at once they can go back with 'menü'", async () => {
    const { chat } = await setup();
    expect(await chat.say("temsilci")).toMatch(/menü/);
  });
});
