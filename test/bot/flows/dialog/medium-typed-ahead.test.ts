/**
 * "akıllı kart" typed ahead at the unvan or the signatory's name question was stored as that name
 * (the certificate's subject). It is refused with its reason, the same question asked again, and the
 * medium is still asked at its own question.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../../harness.ts";

describe("the medium typed ahead at a name question", () => {
  it("at the unvan: refused, the unvan asked again, then the application goes on", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    await chat.say("tüzel");
    await chat.say("3230512384");
    const answer = await chat.say("akıllı kart");
    expect(answer).toContain("birazdan ayrıca soracağım");
    expect(answer).toMatch(/unvanını/);
    expect(await chat.say("ÖRNEK BİLİŞİM A.Ş.")).toMatch(/İmza yetkilisinin adını/);
  });

  it("at the signatory's name, in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("apply");
    await chat.say("legal entity");
    await chat.say("3230512384");
    await chat.say("ÖRNEK BİLİŞİM A.Ş.");
    const answer = await chat.say("smart card please");
    expect(answer).toContain("certificate medium separately");
    expect(answer).not.toMatch(/ID number|TCKN/);
  });
});
