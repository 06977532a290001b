/**
 * "Başvuruma devam etmek istiyorum" asks to go on with an application (tester e04): it got the answer
 * about cancelling an unpaid application.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { understand } from "../../../bot/nlu/understand.ts";

describe("continuing an application", () => {
  it.each([
    ["başvuruma devam etmek istiyorum", "tr"],
    ["yarım kalmış başvuruma devam edebilir miyim", "tr"],
    ["I want to continue my application", "en"],
  ] as const)("%s → apply, not cancel_application", (text, locale) => {
    const understood = understand(foldTurkish(text), locale);
    expect(understood.kind === "intent" ? understood.intent : understood.kind).toBe("apply");
  });

  it("cancelling is still cancelling", () => {
    const understood = understand(foldTurkish("başvurumu iptal etmek istiyorum"), "tr");
    expect(understood.kind === "intent" ? understood.intent : understood.kind).toBe("cancel_application");
  });
});
