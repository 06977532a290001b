/**
 * Tester (session 16): after a verification failed the bot offers "Yeniden dene"; typing that label
 * (as `interfaces.md` §3 allows wherever a button is offered) got the renewal answer ("yeniden" read
 * as "yenileme") and the customer's revocation was lost. Typed retry words do what the button does,
 * after the code question ended and at a code question still open; elsewhere they are left alone.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

type World = Awaited<ReturnType<typeof setup>>;

/** The flow the conversation's saved state is in. */
const savedFlow = (w: World) => JSON.parse(w.states.saved.get(w.ref.id) ?? "{}").flow;

async function atCode(opener: string) {
  const w = await setup();
  await w.world.addCertificate(firmA);
  await w.chat.say(opener);
  await w.chat.say(firmA.vkn);
  const code = w.lastCodeTo(firmA.email)!;
  return { w, wrong: code === "000000" ? "111111" : "000000" };
}

describe("typed 'Yeniden dene' and its kin", () => {
  it.each(["Yeniden dene", "tekrar dene", "yeni kod gönder", "try again"])(
    "%j after three wrong codes restarts the revocation's verification, as the button does",
    async (typed) => {
      const { w, wrong } = await atCode("kartımı kaybettim");
      for (let i = 0; i < 3; i++) await w.chat.say(wrong);
      expect(w.chat.buttons()).toContain("Yeniden dene");
      const answer = await w.chat.say(typed);
      expect(answer).not.toMatch(/3 yıl geçerli|yenileme/i);
      expect(answer).toMatch(/VKN|kod/);
      expect(savedFlow(w)).toMatchObject({ name: "verify", purpose: "revoke" });
    },
  );

  it("at a code question still open, 'yeni kod gönder' asks again as the button would, no try spent", async () => {
    const { w } = await atCode("telefonumu güncellemek istiyorum");
    const answer = await w.chat.say("yeni kod gönder");
    expect(answer).not.toMatch(/yenileme|3 yıl/i);
    expect(savedFlow(w)).toMatchObject({ name: "verify", purpose: "contact" });
  });

  it("with no code question behind it, the words are no retry", async () => {
    const w = await setup();
    const answer = await w.chat.say("tekrar dene");
    expect(savedFlow(w)).toBeUndefined();
    expect(answer).not.toMatch(/doğrulama kodu/);
  });
});
