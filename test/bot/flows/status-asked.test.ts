/**
 * A certificate status question went elsewhere: "4540536920 vkn li firmamizin mali muhuru aktif
 * mi" and "firmamizin mali muhuru aktif mi" started the application, "mali muhur aktif mi" got
 * "Mali mühür nedir", "3230512384 vknli sirketin mali muhuru suresi doldu mu" the renewal text
 * with the VKN ignored, and after a verification "3230512384 durumu tekrar" asked for an order
 * number. Whether the seal is active, valid, expired, revoked or suspended is its status (R10.1,
 * interfaces.md §4 Status): the status flow, with a VKN, TCKN or serial in the message taken as
 * its answer (a VKN after its verification).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { firmA, firmB } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

const codeAsked = /doğrulama kodu/;

describe("the seal's validity asked", () => {
  it.each([
    ["4540536920 vkn li firmamizin mali muhuru aktif mi", firmB],
    ["3230512384 vknli sirketin mali muhuru suresi doldu mu", firmA],
    ["3230512384 VKN'li şirketin mali mühürü hâlâ geçerli mi?", firmA],
    ["4540536920 nolu firmanın sertifikası askıda mı", firmB],
    ["3230512384 aktif mi", firmA],
  ])("'%s': the status flow, the VKN taken (a code to verify it)", async (text, firm) => {
    const ctx = await setup();
    await ctx.world.addCertificate(firm);
    const answer = await ctx.chat.say(text);
    expect(answer).not.toMatch(/tüzel kişi adına mı|KVKK|Sertifikaları 3 yıl|Mali mühür,/);
    expect(answer).toMatch(/VKN ile sorgu/);
    expect(answer).toMatch(codeAsked);
    const listed = await ctx.chat.say(ctx.world.lastCodeTo(firm.email)!);
    expect(listed).toContain("geçerli");
  });

  it.each([
    "firmamizin mali muhuru aktif mi",
    "mali muhur aktif mi",
    "mali mühürümüz hala geçerli mi",
    "sertifikamiz gecerlimi",
    "muhurun suresi dolmus mu",
    "mühür askıda mı acaba",
    "sirketimizin muhuru aktifmi",
  ])("'%s': the status question (serial or VKN)", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).toMatch(/seri numarasını .* VKN'sini/);
  });

  it.each([
    "is our e-seal still valid",
    "has our certificate expired?",
    "is the seal of 3230512384 active",
    "check if my certificate is still valid",
  ])("in English, '%s': the status flow", async (text) => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say(text);
    expect(answer).toMatch(/serial number|identity/i);
    expect(answer).not.toMatch(/legal person \(tüzel kişi\) or/);
  });

  it("after a verification, '3230512384 durumu tekrar' lists the certificates again", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    await ctx.chat.say("sertifikamın durumunu öğrenmek istiyorum");
    await ctx.chat.say(firmA.vkn);
    expect(await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!)).toContain("geçerli");
    for (const text of ["3230512384 durumu tekrar", "3230512384 durumu", "durum 3230512384 lutfen"]) {
      const answer = await ctx.chat.say(text);
      expect(answer).not.toMatch(/Sipariş numara/);
      expect(answer).toContain(a.serial);
    }
  });

  it.each([
    ["mali mühürü nasıl aktif ederim", "cert_status"],
    ["mühürün süresi doldu ne yapmalıyım", "renewal"],
    ["mali mühür nedir", "about"],
    ["başvurum onaylandı mı", "order_status"],
    ["unvanımız değişti sertifika geçerli mi", "vkn_title_change"],
    ["mühürü iptal mi etmeliyim", "cert_status"],
  ] as const)("'%s' is not taken for it", (text, not) => {
    // the first and the last name what they are not; the others keep their own topic
    if (not === "cert_status") expect(intentOf(text)).not.toBe("cert_status");
    else expect(intentOf(text)).toBe(not);
  });
});
