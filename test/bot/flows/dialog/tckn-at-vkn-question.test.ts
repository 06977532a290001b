/**
 * An 11-digit TCKN typed where the 10-digit VKN is asked: the customer is told a VKN has 10 digits
 * and that a sole proprietor or natural person applies with the TCKN as gerçek kişi (interfaces.md
 * §4 question 2: VKN for tüzel, TCKN for gerçek), instead of the bare format error.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelAnswersToEmail } from "../../harness.ts";

describe("a TCKN at the VKN question", () => {
  it("the tüzel application explains the VKN and how to apply as gerçek kişi", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    const answer = await chat.say("10000000146");
    expect(answer).toContain("T.C. kimlik numarası");
    expect(answer).toContain("10 hane");
    expect(answer).toContain("gerçek kişi");
    expect(answer).not.toContain("10000000146");
    expect(answer).toContain("VKN'sini");
    // "geri" then gerçek kişi: the TCKN is then taken
    await chat.say("geri");
    await chat.say("gerçek");
    expect(await chat.say("10000000146")).toMatch(/ad(ınızı| soyad)/i);
  });

  it("in English too", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, ["I want to apply", "legal person"]);
    const answer = await chat.say("my number is 10000000146");
    expect(answer).toContain("10 digits");
    expect(answer).toMatch(/natural person/);
  });

  it("an invalid 11-digit number keeps the VKN format error", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    const answer = await chat.say("17291716050");
    expect(answer).toContain("VKN 10 haneli");
    expect(answer).not.toContain("T.C. kimlik numarası");
  });

  it("a group firm's VKN question says each firm needs its own VKN", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    await sayAll(chat, ["bilgi@ornek.com.tr", "0532 123 45 67", "HSM", "grup"]);
    const answer = await chat.say("17291716060");
    expect(answer).toContain("her firmanın kendi 10 haneli VKN");
    expect(answer).not.toContain("gerçek kişi");
  });
});
