/** What the engine does with the text a channel hands it, before any step reads it. */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelAnswersToEmail } from "./harness.ts";

describe("the engine's input", () => {
  it("a lone UTF-16 surrogate becomes U+FFFD before any step sees it: relayed to the agent well-formed", async () => {
    const { chat, handoff } = await setup();
    await chat.say("temsilci");
    expect(await chat.say("kartım çalışmıyor \ud800")).toMatch(/ilettim/);
    expect(handoff.relayed.map((r) => r.text)).toEqual(["kartım çalışmıyor \uFFFD"]);
  });

  it("'/start' typed (on any channel, also with the bot's name) is a start: the greeting, then the open question", async () => {
    const { chat } = await setup();
    expect(await chat.say("/start")).toMatch(/mali mühür/i);
    await chat.say("başvuru");
    const again = await chat.say("/start@MaliMuhurBot");
    expect(again).toMatch(/mali mühür/i);
    expect(chat.buttons()).toContain("Tüzel kişi");
  });

  it("full-width digits and compatibility forms are read as their plain forms (NFKC): a VKN typed in them is taken", async () => {
    const { chat, states, ref } = await setup();
    await chat.say("başvuru");
    await chat.say("tüzel");
    expect(await chat.say("３２３０５１２３８４")).toMatch(/unvan/);
    expect(JSON.parse(states.saved.get(ref.id)!).flow.data.idNumber).toBe("3230512384");
  });

  it("zero-width and other invisible format characters are removed (as in /mm): a TCKN pasted with a zero-width space is taken", async () => {
    const { chat, states, ref } = await setup();
    const answers = [...tuzelAnswersToEmail.slice(0, -1), "100000\u200B00146\uFEFF"];
    expect(await sayAll(chat, answers)).toMatch(/e-posta/i);
    expect(JSON.parse(states.saved.get(ref.id)!).flow.data.signerTckn).toBe("10000000146");
  });

  it("a VKN with a soft hyphen and a word joiner inside it is taken", async () => {
    const { chat, states, ref } = await setup();
    await chat.say("başvuru");
    await chat.say("tüzel");
    expect(await chat.say("32305\u00AD1\u20602384")).toMatch(/unvan/);
    expect(JSON.parse(states.saved.get(ref.id)!).flow.data.idNumber).toBe("3230512384");
  });
});
