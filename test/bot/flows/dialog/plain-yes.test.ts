/**
 * The revocation confirmation's yes (bot/flows/dialog/plain-yes.ts) takes its yes words from the
 * yes/no reader (bot/nlu/yes-no.ts): every word that reader takes for a yes is a plain yes there,
 * alone and beside the act it confirms.
 */
import { describe, expect, it } from "vitest";
import { plainYesNo } from "../../../../bot/flows/dialog/plain-yes.ts";
import { yesNo, yesWords } from "../../../../bot/nlu/yes-no.ts";

describe("the revocation confirmation's yes words", () => {
  it.each([...yesWords])("'%s' is a yes to yesNo and a plain yes, alone and with 'iptal edin'", (word) => {
    expect(yesNo(word)).toBe("yes");
    expect(plainYesNo(word, word)).toBe("yes");
    expect(plainYesNo(`${word} iptal edin`, `${word} iptal edin`)).toBe("yes");
  });
});
