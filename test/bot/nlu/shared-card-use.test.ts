/**
 * "Mühürü iki bilgisayarda kullanabilir miyiz" got the renewal text, "can I use the seal on two
 * computers" the installation steps of a card received, and "aynı kartı iki bilgisayarda
 * kullanabilir miyiz" the whole card/HSM comparison, which never says whether it can. The card's
 * use on several computers or by several people, asked with or without "the same", is answered by
 * info.shared_card: one computer at a time, wherever the reader and card tool are installed; several
 * signers on different computers are R2.2's reason for an HSM.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { sharedCardAsked } from "../../../bot/nlu/shared-card.ts";
import { setup } from "../harness.ts";

const asked: [string, "tr" | "en"][] = [
  ["mühürü iki bilgisayarda kullanabilir miyiz", "tr"],
  ["kartı farklı bilgisayarlara takabilir miyiz", "tr"],
  ["kart iki bilgisayarda da çalışır mı", "tr"],
  ["aynı kartı iki bilgisayarda kullanabilir miyiz", "tr"],
  ["iki kişi aynı kartla imzalayabilir mi", "tr"],
  ["can I use the seal on two computers", "en"],
  ["could two employees sign with one card?", "en"],
];

const notThis = [
  "birden fazla kart kullanabilir miyiz",
  "kartı kaybettik iki bilgisayarda kullanıyorduk",
  "3 şubemiz var kart yeterli mi",
];

describe("one card on several computers or for several people", () => {
  it.each(asked)("%j is asked", (text) => {
    expect(sharedCardAsked(foldTurkish(text))).toBe(true);
  });

  it.each(notThis)("%j is not", (text) => {
    expect(sharedCardAsked(foldTurkish(text))).toBe(false);
  });

  it.each(asked)("%j: one computer at a time, an HSM for several signers", async (text, locale) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(text);
    expect(reply).toMatch(
      locale === "tr" ? /aynı anda yalnızca tek bir bilgisayarda/ : /one computer at a time/,
    );
    expect(reply).toMatch(/HSM/);
  });
});
