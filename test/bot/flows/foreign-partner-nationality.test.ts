/**
 * A foreign partner named by a nationality (tester round 18): "Alman ortaklı limited şirketiz" is
 * told, as "yabancı ortaklı" is, that a firm with a foreign partner applies online (R9.1 concerns
 * 100 % foreign firms only), at the opening request and at question 1.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("a foreign partner named by its nationality", () => {
  it("in the opening request: told it may apply online, and the application starts", async () => {
    const { chat } = await setup();
    const answer = await chat.say("Alman ortaklı limited şirketiz, başvuru yapmak istiyoruz");
    expect(answer).toMatch(/Yabancı ortağı olan bir şirket çevrim içi başvurabilir/);
    expect(answer).not.toMatch(/çevrim içi başvuru yapılamaz/);
  });

  it("at question 1: told the same, and the question asked again", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    const answer = await chat.say("bir İngiliz ortağımız var");
    expect(answer).toMatch(/Yabancı ortağı olan bir şirket çevrim içi başvurabilir/);
  });
});
