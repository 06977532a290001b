/**
 * A contact update asked for both contacts at once ("hem telefonumu hem e-postamı güncellemek
 * istiyorum") is told at once that contacts change one at a time, then verification starts as usual.
 */
import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

describe("contact update opening that names both contacts", () => {
  it.each([
    ["hem telefonumu hem e-postamı güncellemek istiyorum", "tr", "yalnızca bir iletişim bilgisi"],
    ["telefon ve mail adresimizi değiştirmek istiyoruz", "tr", "yalnızca bir iletişim bilgisi"],
    ["I want to update both my phone and my email", "en", "one at a time"],
  ] as const)("%s → one at a time, then the VKN question", async (text, locale, note) => {
    const { chat } = await setup({ locale });
    const answer = await chat.say(text);
    expect(answer.toLocaleLowerCase(locale)).toContain(note.toLocaleLowerCase(locale));
    expect(answer).toContain("VKN");
  });

  it("one contact named: no note", async () => {
    const { chat } = await setup();
    const answer = await chat.say("telefonumu güncellemek istiyorum");
    expect(answer).not.toContain("yalnızca bir iletişim bilgisi");
    expect(answer).toContain("VKN");
  });
});
