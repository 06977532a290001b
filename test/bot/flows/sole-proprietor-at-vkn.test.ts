/**
 * A sole proprietorship named at a tüzel kişi's VKN question ("peki ya şahıs şirketiysek", "şahıs
 * firmasıyız vkn mi tc mi", "what if we are a sole proprietorship?"): before, "VKN 10 haneli bir
 * sayıdır" and the question again. Such a firm applies as a gerçek kişi with a TCKN (R3.1): said so,
 * with how to switch, and the VKN question asked again; nothing stored, a VKN typed next is taken.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("a sole proprietorship named at the VKN question", () => {
  it.each([
    "peki ya şahıs şirketiysek",
    "şahıs firmasıyız vkn mi tc mi",
    "sahis isletmesi olsak ne yazacagiz",
  ])("%s", async (question) => {
    const { chat } = await setup();
    await chat.say("başvuru");
    await chat.say("tüzel");
    const reply = await chat.say(question);
    expect(reply).toMatch(/gerçek kişi olarak başvurur/);
    expect(reply).toMatch(/T\.C\. kimlik numarası/);
    expect(reply).not.toMatch(/VKN 10 haneli bir sayıdır/);
    expect(reply).toMatch(/Firmanızın VKN'sini/);
    expect(await chat.say("3230512384")).toMatch(/unvanını/);
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("I want to apply");
    await chat.say("legal person");
    const reply = await chat.say("what if we are a sole proprietorship?");
    expect(reply).toMatch(/applies as a real person/);
    expect(reply).toMatch(/VKN/);
  });

  it("the change from one is no such question", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    await chat.say("tüzel");
    expect(await chat.say("şahıs şirketinden limited şirkete geçtik")).not.toMatch(
      /gerçek kişi olarak başvurur/,
    );
  });
});
