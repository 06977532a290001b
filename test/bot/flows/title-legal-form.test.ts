/**
 * An unvan typed without Turkish letters ("Ornek Bilisim Anonim Sirketi", "ABC Insaat Ltd Sti") was
 * shown in the summary, and issued, as "… SİRKETİ" / "… STİ". The customer sees the legal form
 * spelled in Turkish in the summary before confirming, and that is what is stored.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

const after = (title: string) => [
  "başvuru",
  "tüzel",
  "3230512384",
  title,
  // no Turkish letter in it: the unvan as the certificate will read it is confirmed first
  "evet",
  "Ayşe Yılmaz",
  "10000000146",
  "bilgi@ornek.com.tr",
  "0532 123 45 67",
  "akıllı kart",
  "Atatürk Cad. No: 1 Çankaya Ankara",
];

describe("the legal form of an unvan typed without Turkish letters", () => {
  it.each([
    ["Ornek Bilisim Anonim Sirketi", "ANONİM ŞİRKETİ", "Ornek Bilisim Anonim Şirketi"],
    ["ABC Insaat Ltd Sti", "LTD. ŞTİ.", "ABC Insaat Ltd. Şti."],
    ["Yilmaz Ticaret Limited Sirketi", "LİMİTED ŞİRKETİ", "Yilmaz Ticaret Limited Şirketi"],
  ])("'%s': the summary shows '%s' and that is stored", async (typed, shown, stored) => {
    const { chat, world } = await setup();
    const summary = await sayAll(chat, after(typed));
    const line = summary.split("\n").find((l) => l.includes("Unvan")) ?? "";
    expect(line).toContain(shown);
    expect(line).not.toMatch(/SİRKETİ|STİ\b|\bSTİ/u);
    await chat.say("evet");
    expect(world.submissions.at(-1)?.title).toBe(stored);
  });
});
