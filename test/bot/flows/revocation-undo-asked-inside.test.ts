/**
 * Whether the revocation can be undone, asked at the revocation's reason question ("bu işlem geri
 * alınabilir mi", "geri dönüşü var mı"): before, the bot answered "Buradan yalnızca kayıp veya çalıntı
 * nedeniyle iptal yapılabilir", as if a reason had been given. It now says R7.1 (a revocation cannot
 * be undone) and asks for the reason again; nothing is revoked. Money asked back stays the refund's.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe("undoing asked at the reason question: R7.1, the reason asked again", () => {
  it.each(["bu islem geri alinabilir mi", "bu işlemin geri dönüşü var mı?", "sonradan geri alınabilir mi"])(
    "%s",
    async (question) => {
      const { chat, world } = await setup();
      await world.addCertificate(firm);
      await chat.say("kartimiz calindi");
      await chat.say(firm.vkn);
      await chat.say(world.lastCodeTo(firm.email)!);
      const reply = await chat.say(question);
      expect(reply).toMatch(/geri alınamaz/);
      expect(reply).not.toMatch(/yalnızca kayıp veya çalıntı/);
      expect(reply).toContain("İptal nedeni nedir?");
      expect(world.outbox.sent.some((n) => n.template === "revoked")).toBe(false);
    },
  );

  it.each([
    ["parayı geri alabilir miyiz", "refund"],
    ["ödeme geri alınabilir mi", "refund"],
  ] as const)("'%s' stays the refund's", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});
