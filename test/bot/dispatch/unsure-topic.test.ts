/**
 * "Şunu mu demek istediniz?": the topic the customer chooses is answered for the message it was
 * offered for, so a VKN or order number in that message is used, not asked for again.
 */
import { describe, expect, it } from "vitest";
import { parseState } from "../../../bot/state.ts";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("a topic chosen after an unsure answer", () => {
  it("uses the VKN of the message it was offered for", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    expect(await chat.say("3230512384 e-devlet")).toContain("Şunu mu demek istediniz?");
    const chosen = await chat.press("Sertifika durumu");
    expect(chosen).not.toMatch(/vergi kimlik numaran/i);
    expect(chosen).toContain("b***@o***.com.tr"); // the code went to the firm's registered contacts
    expect(world.lastCodeTo(firmA.email)).toBeDefined();
  });

  it("is kept for one turn only: a topic button pressed later starts the topic afresh", async () => {
    const { chat, world, states } = await setup();
    await world.addCertificate(firmA);
    await chat.say("3230512384 e-devlet");
    expect(parseState(await states.load("conv-1")).unsure?.topics).toEqual(["revoke", "cert_status"]);
    const offered = chat.last;
    await chat.say("fiyatlar nedir");
    expect(parseState(await states.load("conv-1")).unsure).toBeUndefined();
    chat.last = offered;
    expect(await chat.press("Sertifika durumu")).toMatch(/vergi kimlik numara|VKN/i);
    expect(world.lastCodeTo(firmA.email)).toBeUndefined();
  });

  it("a saved message is read back; a garbled one is dropped, not trusted", () => {
    const saved = { text: "3230512384 e-devlet", topics: ["revoke", "cert_status"] };
    expect(parseState({ v: 1, misses: 0, unsure: saved }).unsure).toEqual(saved);
    expect(parseState({ v: 1, misses: 0, unsure: { text: 5, topics: ["x"] } }).unsure).toBeUndefined();
    expect(
      parseState({ v: 1, misses: 0, unsure: { text: "x".repeat(2001), topics: [] } }).unsure,
    ).toBeUndefined();
  });
});
