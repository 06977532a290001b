/**
 * Lead's held-out replay (session 28): after three wrong codes the bot offers "Yeniden dene" and says
 * "İsterseniz yeniden başlatabilir"; "tekrar kod gönder" got the card's delivery text ("gönder" read
 * as shipping) and the customer's contact update was lost. The retry words were a fixed list of
 * phrases; a new code asked in other words, or starting again as the text offers, is a retry too.
 */
import { describe, expect, it } from "vitest";
import { asksNewCode } from "../../../bot/dispatch/new-code-asked.ts";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

type World = Awaited<ReturnType<typeof setup>>;

const savedFlow = (w: World) => JSON.parse(w.states.saved.get(w.ref.id) ?? "{}").flow;

async function spentCode(opener: string) {
  const w = await setup();
  await w.world.addCertificate(firmA);
  await w.chat.say(opener);
  await w.chat.say(firmA.vkn);
  const code = w.lastCodeTo(firmA.email)!;
  const wrong = code === "000000" ? "111111" : "000000";
  for (let i = 0; i < 3; i++) await w.chat.say(wrong);
  return w;
}

const newCode = [
  "tekrar kod gönder",
  "bir kod daha gönderir misiniz",
  "kodu bi daha yollar mısın",
  "yeni bir kod alabilir miyim",
  "yeniden kod istiyorum",
  "yeniden başlatalım",
  "baştan başlayalım",
  "send me another code",
  "can you resend it",
  "new code please",
  "start again",
];

describe("a new code asked in other words", () => {
  it.each(newCode)(
    "%j after the tries ran out starts the contact update's verification again",
    async (typed) => {
      const w = await spentCode("telefon numaramız değişti güncellemek istiyoruz");
      const answer = await w.chat.say(typed);
      expect(answer).not.toMatch(/kargo|teslim/i);
      expect(savedFlow(w)).toMatchObject({ name: "verify", purpose: "contact" });
    },
  );

  it("after a code used, 'do we need a new one?' is no retry", async () => {
    const w = await setup();
    await w.world.addCertificate(firmA);
    await w.chat.say("kartımı kaybettim");
    await w.chat.say(firmA.vkn);
    await w.chat.say(w.lastCodeTo(firmA.email)!);
    await w.chat.say("yeni kod alabilir miyim");
    expect(savedFlow(w)).not.toMatchObject({ name: "verify" });
  });

  it("at the code question still open, 'bir kod daha gönderin' starts it again, no try spent", async () => {
    const w = await setup();
    await w.world.addCertificate(firmA);
    await w.chat.say("kartımı kaybettim");
    await w.chat.say(firmA.vkn);
    const answer = await w.chat.say("bir kod daha gönderin");
    expect(answer).not.toMatch(/yanlış|kargo/i);
    expect(savedFlow(w)).toMatchObject({ name: "verify", purpose: "revoke" });
  });

  it.each([
    "kod gelmedi",
    "yeni kod gelmedi",
    "kartı tekrar gönderin",
    "yeni kart istiyorum",
    "şifremi yeniden almak istiyorum",
    "kodu girdim ama olmadı tekrar mı deneyeyim yoksa çağrı merkezini mi arayayım bilemedim açıkçası",
    "send the card again",
    "what now? do we need a new one?",
  ])("%j is no request for a new code", (typed) => {
    expect(asksNewCode(foldTurkish(typed))).toBe(false);
  });
});
