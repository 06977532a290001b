/**
 * Whether the unvan may be shortened, or is too long ("unvan çok uzun kısaltabilir miyim", "can I
 * abbreviate our company title?"): before, the card/HSM comparison answered ("kısalt"/"uzun" were
 * that topic's words). The certificate names the firm by its full unvan (domain.md's profile,
 * CN=<full unvan>): said so, with the call centre; at the unvan question, then the question again.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("shortening the unvan asked", () => {
  it.each([
    ["tr", "unvan çok uzun kısaltabilir miyim"],
    ["tr", "firma adımız çok uzun, kısaltarak yazsak olur mu"],
    ["tr", "unvanimiz sigmiyor kisa hali olur mu"],
    ["en", "our company title is too long, can I abbreviate it?"],
  ] as const)("at the menu (%s): %s", async (locale, question) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(question);
    expect(reply).toMatch(/tam haliyle|appears in full/);
    expect(reply).toContain("444 5 576");
    expect(reply).not.toMatch(/HSM/);
  });

  it("at the unvan question: answered, nothing stored, the question again", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    await chat.say("tüzel");
    await chat.say("3230512384");
    const reply = await chat.say("unvanımız çok uzun kısaltabilir miyim");
    expect(reply).toMatch(/tam haliyle/);
    expect(reply).toMatch(/Firmanın unvanını/);
    expect(await chat.say("Örnek Bilişim ve Danışmanlık Hizmetleri Sanayi Ticaret A.Ş.")).toMatch(
      /mza yetkilisinin adını/,
    );
  });
});
