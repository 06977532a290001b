/**
 * Classes of message the classifier alone misread: a colloquial verb ("kitlendi"), a plea or a
 * form of address around a topic ("arkadaşlar … yardım"), a firm's name change written as "ismi"
 * next to an e-mail change, and "activated again" as a wish to undo a revocation.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { topIntent, understand } from "../../../bot/nlu/understand.ts";

const top = (text: string, locale: "tr" | "en") => topIntent(understand(foldTurkish(text), locale));

describe("colloquial forms and their topics", () => {
  it("'kitlendi' is 'kilitlendi': a locked PIN", () => {
    expect(top("pin kitlendi", "tr")).toBe("pin_locked");
    expect(top("arkadaşlar selam kartın pini kitlendi yardım", "tr")).toBe("pin_locked");
  });

  it("'yardım' alone still opens the menu", () => {
    expect(top("yardım", "tr")).toBe("menu");
  });

  it("the firm's name changing is R5.2 even when its e-mail changed too", () => {
    expect(top("firmamızın ismi değişti, e-posta da değişti, ne yapmalıyız", "tr")).toBe("vkn_title_change");
  });

  it("a revoked certificate 'activated again' asks to undo the revocation", () => {
    expect(top("can revoked certificate be activated again", "en")).toBe("revoke_undo");
  });
});

describe("hearsay and the other language", () => {
  it("a hearsay verb ('lazımmış', 'çalınmış') is read as its plain form", () => {
    expect(top("kartımız çalınmış", "tr")).toBe("revoke");
    expect(top("muhasebecimiz mühür lazımmış dedi", "tr")).not.toBe("about");
  });

  it("a Turkish message with one English-known word is not answered by the English classifier", () => {
    const verdict = understand(foldTurkish("muhasebecimiz mühür lazımmış dedi"), "tr");
    expect(verdict.kind === "intent" && verdict.confidence === 1).toBe(false);
  });
});
