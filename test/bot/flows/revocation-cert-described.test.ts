/**
 * Outside conversation tester, round 21 (D05, D05b): with several certificates, "gecen ay
 * aldigimiz", "eski olanı", "the older one" at "Hangisini iptal etmek istiyorsunuz?" got "Hangi
 * sertifikayı kastettiğinizi anlayamadım". A description that fits one certificate picks it; one
 * that fits several or none asks again, naming why, and nothing is guessed (R7.1).
 */
import { describe, expect, it } from "vitest";
import { atCertificateQuestion, twoCards } from "../../helpers/which-certificate.ts";

describe("the certificate told by a description at the revocation", () => {
  it.each([
    ["gecen ay aldigimiz", 1],
    ["geçen ay aldığımızı", 1],
    ["yeni olanı", 1],
    ["son aldigimiz kart", 1],
    ["eski olani", 0],
    ["2024 te alinan", 0],
    ["ilk aldığımız", 0],
  ])("tr: '%s' picks it and goes on to the reason, then the warning names it", async (text, index) => {
    const { ctx, added } = await atCertificateQuestion("tr", twoCards);
    const answer = await ctx.chat.say(text);
    expect(answer).not.toMatch(/anlayamadım/);
    expect(answer).toMatch(/nedenin kayıp olduğunu anladım/);
    expect(answer).toMatch(/İptal nedeni nedir/);
    const warning = await ctx.chat.say("evet");
    expect(warning).toMatch(/Onaylıyor musunuz/);
    expect(warning).toContain(added[index]!.serial);
  });

  it.each([
    ["the older one", 0],
    ["the oldest", 0],
    ["the newer one", 1],
    ["the one we got last month", 1],
  ])("en: '%s' picks it", async (text, index) => {
    const { ctx, added } = await atCertificateQuestion("en", twoCards);
    const answer = await ctx.chat.say(text);
    expect(answer).not.toMatch(/could not tell/);
    expect(answer).toMatch(/What is the reason/);
    const warning = await ctx.chat.say("yes");
    expect(warning).toMatch(/Do you confirm/);
    expect(warning).toContain(added[index]!.serial);
  });

  it("tr: 'HSM'deki' picks the HSM among cards, and a reason told with it is named", async () => {
    const { ctx, added } = await atCertificateQuestion("tr", [
      ...twoCards,
      { medium: "hsm", notBefore: "2025-06-01" },
    ]);
    const answer = await ctx.chat.say("HSM'deki çalındı");
    expect(answer).toMatch(/nedenin çalıntı olduğunu anladım/);
    expect(await ctx.chat.say("evet")).toContain(added[2]!.serial);
  });

  it("tr: a description fitting two asks again, saying so, with the buttons", async () => {
    const { ctx } = await atCertificateQuestion("tr", [
      ...twoCards,
      { medium: "hsm", notBefore: "2025-06-01" },
    ]);
    const answer = await ctx.chat.say("kart olan");
    expect(answer).toMatch(/birden fazla sertifikanız var; hangisi olduğunu tahmin etmek istemiyorum/);
    expect(answer).toMatch(/Hangisini iptal etmek istiyorsunuz/);
    expect(ctx.chat.buttons()).toHaveLength(3);
    expect(await ctx.chat.say("kartlardan en yenisi")).toMatch(/İptal nedeni nedir/);
  });

  it("tr and en: a description fitting none asks again", async () => {
    const tr = await atCertificateQuestion("tr", twoCards);
    expect(await tr.ctx.chat.say("2025'te aldığımız")).toMatch(
      /uyan bir sertifikanız bulunamadı[\s\S]*Hangisini/,
    );
    const en = await atCertificateQuestion("en", twoCards);
    expect(await en.ctx.chat.say("the one on the HSM")).toMatch(
      /None of your certificates fits[\s\S]*Which one/,
    );
  });

  it("tr: the place in the list still picks ('ikincisi')", async () => {
    const { ctx, added } = await atCertificateQuestion("tr", twoCards);
    const second = added.find((c) => ctx.chat.buttons()[1]!.includes(c.serial))!;
    await ctx.chat.say("ikincisi");
    expect(await ctx.chat.say("evet")).toContain(second.serial);
  });
});
