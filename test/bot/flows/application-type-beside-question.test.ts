/**
 * The applicant's type told beside a side question at question 1 ("şirketiz, ne kadar sürer?",
 * "we are a company, how long does it take?"): the type was taken but the question dropped. Now
 * the side question is answered, then the type taken (the privacy notice and question 2 follow).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("the person type told beside a side question", () => {
  it.each(["sirketiz, ne kadar surer?", "biz limited şirketiz, kart kaç günde gelir?"])(
    "tr: %s",
    async (typed) => {
      const { chat } = await setup();
      await chat.say("başvuru");
      const reply = await chat.say(typed);
      expect(reply).toMatch(/hesabımıza ulaş/);
      expect(reply).toMatch(/VKN'sini/);
    },
  );

  it("en: we are a company, how long does it take?", async () => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("I want to apply");
    const reply = await chat.say("we are a company, how long does it take?");
    expect(reply).toMatch(/reaches our account/);
    expect(reply).toMatch(/VKN/);
  });

  it("the type alone: no side answer", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    expect(await chat.say("limited şirketiz")).not.toMatch(/hesabımıza ulaş/);
  });
});
