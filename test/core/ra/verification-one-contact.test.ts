import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaSubscriberRepository } from "../../../adapters/db/ra/prisma-subscriber-repository.ts";
import { isValidVkn } from "../../../core/identity/vkn.ts";
import { decoyContact } from "../../../core/ra/decoy-contacts.ts";
import en from "../../../locales/en/bot.json" with { type: "json" };
import tr from "../../../locales/tr/bot.json" with { type: "json" };
import { testDialects } from "../../helpers/databases.ts";
import { createRaHarness, type RaHarness } from "../../helpers/ra-harness.ts";

/**
 * Tester (session 16): a firm on record whose phone was never proven was answered "Kayıtlı ve
 * doğrulanmış e-posta adresine (…) kod gönderdik", one contact and another sentence, while a VKN
 * nobody holds always named two contacts: a one-contact answer proved the VKN on record
 * (`interfaces.md` §4: the dialog reveals nothing about who holds a certificate). Decoys now name one
 * contact too, as often as a quarter of subjects, and every wording opens with the same condition.
 */

/** Valid VKNs from `prefix`: the check digit that makes each valid. */
function validVkns(prefix: string, count: number): string[] {
  const found: string[] = [];
  for (let i = 0; found.length < count; i++) {
    const body = `${prefix}${String(i).padStart(9 - prefix.length, "0")}`;
    for (let d = 0; d <= 9; d++) if (isValidVkn(`${body}${d}`)) found.push(`${body}${d}`);
  }
  return found.slice(0, count);
}

describe("decoys name one contact as subscribers with one proven contact are named", () => {
  it("one subject in about four names only the e-mail or only the phone, the same subject always alike", () => {
    const secret = new Uint8Array(32).fill(3);
    const names = validVkns("77", 2000).map((vkn) => decoyContact(secret, vkn).names);
    const share = (n: string) => names.filter((x) => x === n).length / names.length;
    expect(share("email")).toBeGreaterThan(0.08);
    expect(share("phone")).toBeGreaterThan(0.08);
    expect(share("both")).toBeGreaterThan(0.6);
    expect(decoyContact(secret, "3230512384")).toEqual(decoyContact(secret, "3230512384"));
  });

  it("every wording of the code sent opens with the same condition, in Turkish and in English", () => {
    for (const texts of [tr, en]) {
      const opening = (key: "code_sent" | "code_sent_email" | "code_sent_phone") =>
        texts.verify[key].split(",")[0];
      expect(opening("code_sent_email")).toBe(opening("code_sent"));
      expect(opening("code_sent_phone")).toBe(opening("code_sent"));
    }
  });
});

describe.each(testDialects.filter((d) => d.name === "sqlite"))(
  "a firm with its e-mail proven only, against a VKN nobody holds, on $name",
  (dialect) => {
    let h: RaHarness;
    beforeEach(async () => {
      h = await createRaHarness(dialect);
    });
    afterEach(async () => h.dispose());

    it("both are answered with the e-mail alone, and only the firm's code is sent", async () => {
      const subscribers = new PrismaSubscriberRepository(h.database.db);
      const firm = {
        idNumber: "3230512384",
        title: "ÖRNEK A.Ş.",
        email: "bilgi@ornek.com.tr",
        phone: "+905321234567",
      };
      await subscribers.markContactVerified(firm.idNumber, "email", firm.email, h.clock.now());
      await subscribers.createIfAbsent(firm);
      const unknown = validVkns("88", 400).find(
        (vkn) => decoyContact(h.deps.config.otpSecret, vkn).names === "email",
      )!;
      const known = await h.ra.startVerification({ conversationId: "web-one-1", subject: firm.idNumber });
      const nobody = await h.ra.startVerification({ conversationId: "web-one-2", subject: unknown });
      expect(known).toEqual({ maskedEmail: "b***@o***.com.tr", maskedPhone: "" });
      expect(nobody.maskedPhone).toBe("");
      expect(nobody.maskedEmail).toMatch(/^[a-z]\*\*\*@[a-z]\*\*\*(\.[a-z]{2,}){1,2}$/);
      expect(h.outbox.sent.map((n) => n.to)).toEqual([firm.email]);
    });
  },
);
