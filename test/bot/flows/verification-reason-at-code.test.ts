/**
 * A revocation reason typed at the code question ("çalıntı") is no other topic: the question stays
 * open, the reason is said to be noted, the code is asked for (tester round 15, a08). The bot never
 * says the code is no longer awaited while it still awaits it: a revocation or contact update asked
 * again at the code question goes on with that code.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firmA = {
  idNumber: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};
const firmB = {
  idNumber: "4540536920",
  title: "BAŞKA TİCARET LİMİTED ŞİRKETİ",
  email: "info@baska.com.tr",
  phone: "+905339876543",
};

async function world() {
  const w = await setup();
  for (const { idNumber, ...firm } of [firmA, firmB])
    await w.addCertificate({ vkn: idNumber, ...firm, medium: "card" });
  return w;
}

describe("a revocation reason at the code question", () => {
  it("verified for A, revoking for B: 'çalıntı' keeps the code question, the code then verifies", async () => {
    const w = await world();
    await w.chat.say("sertifika durumumu sorgulamak istiyorum");
    await w.chat.say(firmA.idNumber);
    expect(await w.chat.say(w.lastCodeTo(firmA.email)!)).toMatch(/doğrulandı/);
    await w.chat.say("kartımız çalındı iptal ettirmek istiyorum");
    expect(await w.chat.say(firmB.idNumber)).toMatch(/kod/);
    const answer = await w.chat.say("çalıntı");
    expect(answer).not.toMatch(/artık beklenmiyor/);
    expect(answer).toMatch(/not ettim/);
    expect(answer).toMatch(/6 haneli doğrulama kodunu/);
    expect(await w.chat.say(w.lastCodeTo(firmB.email)!)).toMatch(/doğrulandı/);
  });

  it("'kayboldu' at the code question of a revocation: noted, the code asked for", async () => {
    const w = await world();
    await w.chat.say("sertifikamı iptal etmek istiyorum");
    await w.chat.say(firmA.idNumber);
    const answer = await w.chat.say("kayıp");
    expect(answer).not.toMatch(/artık beklenmiyor/);
    expect(answer).toMatch(/not ettim/);
    expect(await w.chat.say(w.lastCodeTo(firmA.email)!)).toMatch(/doğrulandı/);
  });

  it("a revocation asked again at a contact update's code question goes on with the code, never 'no longer awaited'", async () => {
    const w = await world();
    await w.chat.say("telefonumu güncellemek istiyorum");
    await w.chat.say(firmA.idNumber);
    const answer = await w.chat.say("sertifikamı iptal etmek istiyorum");
    expect(answer).not.toMatch(/artık beklenmiyor/);
    expect(answer).toMatch(/kodu/);
    expect(await w.chat.say(w.lastCodeTo(firmA.email)!)).toMatch(/doğrulandı/);
  });
});

describe("a reason and the code in one message (session 17)", () => {
  it("'çalıntı, kod <code>' checks the code and keeps the reason for its question", async () => {
    const w = await world();
    await w.chat.say("kartımız çalındı iptal ettirmek istiyorum");
    await w.chat.say(firmA.idNumber);
    const answer = await w.chat.say(`çalıntı, kod ${w.lastCodeTo(firmA.email)!}`);
    expect(answer).toMatch(/doğrulandı/);
    expect(answer).not.toMatch(/not ettim/);
  });

  it("a used code typed again among words is told it was used", async () => {
    const w = await world();
    await w.chat.say("sertifika durumumu sorgulamak istiyorum");
    await w.chat.say(firmA.idNumber);
    const code = w.lastCodeTo(firmA.email)!;
    expect(await w.chat.say(code)).toMatch(/doğrulandı/);
    expect(await w.chat.say(`az önce gelen kod ${code} geldi`)).toMatch(/zaten kullanıldı/);
  });
});
