/**
 * "Kod gelmedi" at the verification code question: besides the call centre, a new code can be asked
 * for with the "Yeniden dene" button, and the code question stays open (a late code still works).
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../../helpers/two-firms.ts";
import { setup } from "../../harness.ts";

async function atCode(locale: "tr" | "en") {
  const w = await setup({ locale });
  await w.world.addCertificate(firmA);
  await w.chat.say(locale === "tr" ? "telefonumu güncellemek istiyorum" : "update phone");
  await w.chat.say(firmA.vkn);
  return w;
}

const buttonIds = (w: Awaited<ReturnType<typeof setup>>) =>
  w.chat.last.flatMap((m) => m.buttons ?? []).map((b) => b.id);

describe("the verification code does not arrive", () => {
  it.each([
    ["tr", "kod gelmedi", /yeni bir kod/i],
    ["tr", "sms gelmedi hala", /yeni bir kod/i],
    ["en", "the code did not arrive", /new code/i],
  ] as const)(
    "%s: %s → the retry button and the call centre; the code question stays open",
    async (locale, typed, newCode) => {
      const w = await atCode(locale);
      const answer = await w.chat.say(typed);
      expect(answer).toContain("444 5 576");
      expect(answer).toMatch(newCode);
      expect(buttonIds(w)).toContain("i:contact_update");
      // the code arrives late: it still works
      expect(await w.chat.say(w.lastCodeTo(firmA.email)!)).toMatch(
        locale === "tr" ? /hangi iletişim/i : /which contact/i,
      );
    },
  );

  it("pressing the retry button sends a new code after the VKN", async () => {
    const w = await atCode("tr");
    const first = w.lastCodeTo(firmA.email);
    await w.chat.say("kod gelmedi");
    expect(await w.chat.press("Yeniden dene")).toContain("VKN");
    await w.chat.say(firmA.vkn);
    const second = w.lastCodeTo(firmA.email);
    expect(second).toBeDefined();
    expect(await w.chat.say(second!)).toMatch(/hangi iletişim/i);
    expect(first).toBeDefined();
  });
});
