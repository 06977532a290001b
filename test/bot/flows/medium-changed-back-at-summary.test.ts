/**
 * The medium changed from the summary to HSM and back to the card: the delivery address given was
 * asked again (the medium decides the questions after it, so the dialog went on in order). After a
 * structural answer changed from the summary, only the questions whose answers are missing are
 * asked, then the summary; the same for the HSM's answers, and for a person type changed.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("a structural answer changed from the summary", () => {
  it("card → HSM (at the HSM kind) → back → card: the summary, address kept", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    await chat.say("sertifika ortamını değiştirmek istiyorum");
    expect(await chat.say("hsm")).toMatch(/bireysel mi/);
    expect(await chat.say("geri")).toMatch(/akıllı kart üzerinde mi/);
    const reply = await chat.say("kart");
    expect(reply).not.toMatch(/teslimat adresini yazın/);
    expect(reply).toMatch(/Teslimat adresi: Atatürk Cad\. No: 1 Çankaya Ankara/);
    expect(reply).toMatch(/onaylıyor musunuz/);
  });

  it("card → HSM answered in full → card again: the summary with the address", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...tuzelCardAnswers, "hayır", "ortam", "hsm", "bireysel"]);
    await sayAll(chat, ["Organize Sanayi 3. Cad. No: 5 Gebze Kocaeli", "Ali Veli"]);
    expect(await chat.say("0533 765 43 21")).toMatch(/Sertifika ortamı: HSM/);
    await sayAll(chat, ["hayır", "ortam"]);
    const reply = await chat.say("akıllı kart");
    expect(reply).not.toMatch(/teslimat adresini yazın/);
    expect(reply).toMatch(/Teslimat adresi: Atatürk Cad/);
    // and back to HSM: its answers are kept too
    await sayAll(chat, ["hayır", "ortam"]);
    const hsm = await chat.say("hsm");
    expect(hsm).toMatch(/HSM adresi: Organize Sanayi/);
    expect(hsm).toMatch(/onaylıyor musunuz/);
  });

  it("card → HSM for the first time: the HSM's questions are asked", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...tuzelCardAnswers, "hayır", "ortam"]);
    expect(await chat.say("hsm")).toMatch(/bireysel mi/);
    expect(await chat.say("bireysel")).toMatch(/HSM'nin bulunduğu adresi/);
  });

  it("the person type changed: only its identity number and name asked, then the summary", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...tuzelCardAnswers, "hayır", "kişi türü", "gerçek"]);
    expect(await chat.say("17291716060")).toMatch(/adınızı ve soyadınızı/i);
    const reply = await chat.say("Mehmet Demir");
    expect(reply).toMatch(/onaylıyor musunuz/);
    expect(reply).toMatch(/Teslimat adresi: Atatürk Cad/);
  });
});
