/**
 * An R9 case told at the application's VKN question ("mersis kaydımız hata veriyor, sorun olur mu?")
 * gets the R9 answer (R9.1: apply in writing to GİB), as at question 1 and at the unvan; before, it
 * was told that a VKN has 10 digits (tester round 15, a46).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("an R9 case at the VKN question", () => {
  it("tr: MERSİS problem gets the R9 answer, not the VKN format", async () => {
    const w = await setup();
    await w.chat.say("başvuru");
    await w.chat.say("tüzel");
    const answer = await w.chat.say("mersis kaydımız hata veriyor, sorun olur mu?");
    expect(answer).toMatch(/Denetim ve Uyum/);
    expect(answer).not.toMatch(/10 haneli/);
  });

  it("en: an outdated MERSİS record gets the R9 answer", async () => {
    const w = await setup({ locale: "en" });
    await w.chat.say("apply");
    await w.chat.say("legal entity");
    const answer = await w.chat.say("our mersis record is outdated, is that a problem?");
    expect(answer).not.toMatch(/10 digits/);
    expect(answer).toMatch(/in writing/i);
  });

  it("a VKN is still taken at the question", async () => {
    const w = await setup();
    await w.chat.say("başvuru");
    await w.chat.say("tüzel");
    expect(await w.chat.say("3230512384")).not.toMatch(/Denetim ve Uyum/);
  });
});
