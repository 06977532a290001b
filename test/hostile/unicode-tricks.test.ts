/**
 * Hostile probe (third round): Unicode tricks in what a customer types are read as what they look
 * like: Turkish letters in NFD (a base letter and a combining mark), zero-width joiners, word joiners
 * and zero-width spaces inside a word, full-width letters. Each gets the answer the plain text gets.
 * A look-alike from another script ("іptal" with a Cyrillic і) is not read as the word, so it never
 * leads towards a revocation. Nothing failed; kept as a regression test.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../bot/harness.ts";

async function answerTo(text: string): Promise<string> {
  const { chat } = await setup();
  return chat.say(text);
}

describe("Unicode tricks in a customer's message", () => {
  it.each([
    ["iptal etmek istiyorum", "ip\u200Dtal etmek istiyorum"],
    ["iptal etmek istiyorum", "ip\u2060tal etmek istiyorum"],
    ["başvuru yapmak istiyorum", "bas\u0327vuru yapmak istiyorum"],
    ["şifremi unuttum", "s\u0327ifremi unuttum"],
    ["İptal", "I\u0307ptal"],
    ["kartımı kaybettim", "kartı\u0307mı kaybettim"],
    ["temsilci", "t\u200Be\u200Bm\u200Bs\u200Bi\u200Bl\u200Bc\u200Bi"],
    ["temsilci", "ｔｅｍｓｉｌｃｉ"],
  ])("%s written as %j gets the same answer", async (plain, trick) => {
    expect(await answerTo(trick)).toBe(await answerTo(plain));
  });

  it("a look-alike of another script is not read as 'iptal' and starts no revocation", async () => {
    const { chat } = await setup();
    const said = await chat.say("іptal etmek istiyorum");
    expect(said).not.toMatch(/iptal etmek istediğiniz|VKN/i);
    expect(chat.buttons().join(" ")).not.toMatch(/Evet/);
  });
});
