import { describe, expect, it } from "vitest";
import { revocationReasonOf } from "../../../bot/flows/revocation-reason.ts";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

const reasonOf = (text: string) => revocationReasonOf(foldTurkish(text));

describe("the revocation reason as customers write it (R7.2)", () => {
  for (const text of [
    "Kayıp",
    "kaybettik",
    "kartı kaybettim",
    "kayboldu galiba",
    "kayıp oldu",
    "bulamıyoruz",
    "kartı bulamadık",
    "yitirdik",
    "kaybetmiş olabiliriz",
    "Lost",
    "we lost it",
    "I can't find it",
    "the card is missing",
    "kaybolmadı, çalındı sanırım",
  ])
    it(`"${text}" is kayıp`, () => {
      if (text.includes("çalındı")) expect(reasonOf(text)).toBe("calinti");
      else expect(reasonOf(text)).toBe("kayip");
    });

  for (const text of [
    "Çalıntı",
    "çaldılar",
    "çalındı galiba",
    "hırsızlık",
    "hırsız girdi ofise",
    "kartı çaldırdık",
    "çalınmış",
    "it was stolen",
    "theft",
    "someone stole it",
    "kayıp değil, çalındı",
  ])
    it(`"${text}" is çalıntı`, () => expect(reasonOf(text)).toBe("calinti"));

  for (const text of [
    "kaybolmadı",
    "kaybetmedik",
    "çalınmadı",
    "çalıntı değil",
    "kayıp yok",
    "it was not stolen",
    "we didn't lose it",
    "it wasn't stolen",
    "GİB iptal istedi",
    "kötüye kullanım",
    "GİB kayıp bildirdi",
    "misuse",
    "kart çalışmıyor",
    "evet",
    "bilmiyorum",
  ])
    it(`"${text}" is neither`, () => expect(reasonOf(text)).toBeUndefined());

  it("both at once is asked again", () => expect(reasonOf("kayıp mı çalıntı mı bilmiyoruz")).toBe("both"));
});

describe("the reason question of the revocation dialog", () => {
  const atReason = async (locale: "tr" | "en" = "tr") => {
    const ctx = await setup({ locale });
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say(locale === "tr" ? "sertifika iptali" : "I want to revoke my certificate");
    await ctx.chat.say(firmA.vkn);
    await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
    return ctx;
  };

  for (const text of ["kaybettik", "bulamıyoruz", "kayıp oldu", "çaldılar", "hırsızlık", "çalındı galiba"])
    it(`takes "${text}" and asks for the confirmation`, async () => {
      const ctx = await atReason();
      const answer = await ctx.chat.say(text);
      expect(answer).toContain("geri alınamaz");
      expect(answer).toContain("Onaylıyor musunuz");
    });

  for (const text of ["we lost it", "it was stolen", "theft"])
    it(`takes "${text}" (English)`, async () => {
      const ctx = await atReason("en");
      expect(await ctx.chat.say(text)).toContain("cannot be undone");
    });

  for (const text of ["kaybolmadı", "GİB iptal istedi"])
    it(`refuses "${text}" and asks again`, async () => {
      const ctx = await atReason();
      const answer = await ctx.chat.say(text);
      expect(answer).not.toContain("geri alınamaz");
      expect(ctx.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
    });

  it("asks which one when both are named", async () => {
    const ctx = await atReason();
    const answer = await ctx.chat.say("kayıp mı çalıntı mı bilmiyoruz");
    expect(answer).not.toContain("geri alınamaz");
    expect(answer).not.toContain("yalnızca kayıp veya çalıntı");
    expect(ctx.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
  });
});
