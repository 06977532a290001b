/**
 * An unvan typed without its Turkish letters ("ornek bilisim anonim sirketi") was stored half
 * corrected ("ORNEK BİLİSİM ANONİM ŞİRKETİ": the legal form spelled, the firm's own name not) without
 * a word, and it becomes the certificate's CN, which must read as the vergi levhası does. Now the
 * customer is shown how the CN will read and asked to confirm ("evet") or type it again with its
 * Turkish letters; nothing is stored until then. An unvan with Turkish letters, or with no sign that
 * they are missing, is taken as before.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toTitle = tuzelCardAnswers.slice(0, 3);
const rest = tuzelCardAnswers.slice(4);

describe("an unvan typed without its Turkish letters", () => {
  it.each([
    ["ornek bilisim anonim sirketi", "ORNEK BİLİSİM ANONİM ŞİRKETİ"],
    ["ORNEK BILISIM LTD STI", "ORNEK BILISIM LTD. ŞTİ."],
    ["Ornek Bilisim A.S.", "ORNEK BİLİSİM A.Ş."],
    ["Ornek Bilisim AS", "ORNEK BİLİSİM AS"],
    ["ornek gida limited sirketi", "ORNEK GİDA LİMİTED ŞİRKETİ"],
  ])("'%s': shown as '%s' and asked to confirm", async (typed, shown) => {
    const { chat } = await setup();
    await sayAll(chat, toTitle);
    const reply = await chat.say(typed);
    expect(reply).toContain(shown);
    expect(reply).toMatch(/vergi levhanızda/);
    expect(reply).toMatch(/Türkçe harf/);
    expect(reply).not.toMatch(/İmza yetkilisinin adını/);
  });

  it("'evet' keeps it as shown", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, toTitle);
    await chat.say("ornek bilisim anonim sirketi");
    expect(await chat.say("evet")).toMatch(/İmza yetkilisinin adını/);
    const summary = await sayAll(chat, rest);
    expect(summary).toContain("ORNEK BİLİSİM ANONİM ŞİRKETİ");
    await chat.say("evet");
    expect(world.submissions.at(-1)?.title).toBe("ornek bilisim anonim şirketi");
  });

  it("the unvan typed again with Turkish letters is stored", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, toTitle);
    await chat.say("ornek bilisim anonim sirketi");
    expect(await chat.say("Örnek Bilişim Anonim Şirketi")).toMatch(/İmza yetkilisinin adını/);
    await sayAll(chat, [...rest, "evet"]);
    expect(world.submissions.at(-1)?.title).toBe("Örnek Bilişim Anonim Şirketi");
  });

  it("'hayır' asks it again, nothing stored", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, toTitle);
    await chat.say("ORNEK BILISIM LTD STI");
    expect(await chat.say("hayır")).toMatch(/yeniden yazın/);
    expect(await chat.say("Örnek Bilişim Ltd. Şti.")).toMatch(/İmza yetkilisinin adını/);
    await sayAll(chat, [...rest, "evet"]);
    expect(world.submissions.at(-1)?.title).toBe("Örnek Bilişim Ltd. Şti.");
  });

  it("the same spelling typed again is taken as confirmed", async () => {
    const { chat } = await setup();
    await sayAll(chat, toTitle);
    await chat.say("ornek bilisim a.s.");
    expect(await chat.say("ornek bilisim a.s.")).toMatch(/İmza yetkilisinin adını/);
  });

  it.each(["Örnek Bilişim A.Ş.", "ABC Teknoloji A.Ş.", "Kale Enerji Limited Şirketi", "Deniz Gıda Ltd Sti"])(
    "'%s' is taken as before",
    async (typed) => {
      const { chat } = await setup();
      await sayAll(chat, toTitle);
      expect(await chat.say(typed)).toMatch(/İmza yetkilisinin adını/);
    },
  );

  it("en: shown and confirmed with 'yes'", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, legalAnswersToEmailEn.slice(0, 3));
    const reply = await chat.say("Ornek Bilisim A.S.");
    expect(reply).toContain("ORNEK BİLİSİM A.Ş.");
    expect(reply).toMatch(/tax plate/);
    expect(await chat.say("yes")).toMatch(/signatory/);
  });

  it("a group firm's unvan is checked too", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...tuzelCardAnswers.slice(0, 8), "hsm", "grup", "6180884538"]);
    expect(await chat.say("deneme yazilim a.s.")).toContain("DENEME YAZİLİM A.Ş.");
    expect(await chat.say("evet")).toMatch(/barkod numarasını/);
  });
});

describe("the spelling check stays the open question", () => {
  it("after a thanks the check is asked again, and 'evet' answers it", async () => {
    const { chat } = await setup();
    await sayAll(chat, toTitle);
    await chat.say("ornek bilisim a.s.");
    const reply = await chat.say("teşekkürler");
    expect(reply).toContain("ORNEK BİLİSİM A.Ş.");
    expect(reply).toMatch(/vergi levhanızda/);
    expect(await chat.say("evet")).toMatch(/İmza yetkilisinin adını/);
  });
});
