/**
 * Customer tester: right after a status that showed a revoked certificate, "bu ne demek şimdi" got
 * "Mali mühür nedir" and "yeniden aktif edebilir miyiz" got the renewal text. The revoked status now
 * sets the "revoked" answer topic (as a revocation done does): what revoked means
 * (info.status_meaning.revoked) and that it cannot be put back into use (info.revoke_undo, R7.1).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
  medium: "card" as const,
};

async function afterRevokedStatus(locale: "tr" | "en" = "tr") {
  const ctx = await setup({ locale });
  const cert = await ctx.world.addCertificate({ ...firm, status: "revoked" });
  const shown = await ctx.chat.say(
    locale === "tr"
      ? `${cert.serial} seri numaralı sertifikanın durumu`
      : `status of certificate ${cert.serial}`,
  );
  return { ...ctx, shown };
}

describe("after a revoked certificate's status", () => {
  it.each(["bu ne demek şimdi", "ne anlama geliyor", "anlamı ne"])(
    "'%s' gets what revoked means",
    async (text) => {
      const { chat, shown } = await afterRevokedStatus();
      expect(shown).toMatch(/iptal/i);
      expect(await chat.say(text)).toContain("kalıcı olarak kullanıma kapatıldığı anlamına gelir");
    },
  );

  it.each([
    "yeniden aktif edebilir miyiz",
    "tekrar açılır mı",
    "geri alabilir misiniz",
    "aktifleştirebilir misiniz",
  ])("'%s' is told a revocation cannot be undone", async (text) => {
    const { chat } = await afterRevokedStatus();
    expect(await chat.say(text)).toContain("geri alınamaz");
  });

  it("EN: 'can we reactivate it?' and 'what does that mean?'", async () => {
    const { chat } = await afterRevokedStatus("en");
    expect(await chat.say("can we reactivate it?")).toContain("cannot be undone");
    const { chat: other } = await afterRevokedStatus("en");
    expect(await other.say("what does that mean?")).toMatch(/revoked/i);
  });

  it("'parayı geri alabilir miyiz' there is about the money, not an undo", async () => {
    const { chat } = await afterRevokedStatus();
    expect(await chat.say("parayı geri alabilir miyiz")).not.toContain("Sertifika iptali geri alınamaz");
  });

  it("after a valid certificate's status, 'bu ne demek' is not the revoked meaning", async () => {
    const { chat, world } = await setup();
    const cert = await world.addCertificate(firm);
    await chat.say(`${cert.serial} seri numaralı sertifikanın durumu`);
    expect(await chat.say("bu ne demek")).not.toContain("kalıcı olarak kullanıma kapatıldığı");
  });
});
