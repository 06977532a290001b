/**
 * Tester (D8): an agent's thread reply asking the customer for their verification code ("Size SMS
 * ile gelen 6 haneli doğrulama kodunu buraya yazar mısınız?", "send me the code you got") or for a
 * PIN written in disguise ("pls send ur p1n", "p!n", "ş1fre") reached the customer. Both are refused
 * as a plain PIN request is (the agent is told why, nothing reaches the customer); a reply that only
 * mentions a code the bot sends, warns, or asks for it on the phone is relayed.
 */
import { describe, expect, it } from "vitest";
import { AgentReplyRefusedError } from "../../../bot/handoff/agent-handoffs.ts";
import { asksForCode, asksForSecret } from "../../../bot/handoff/secret-request.ts";
import { RecordingDesk } from "../../helpers/recording-handoff-desk.ts";
import { handoffServiceOver, takenHandoff } from "../../helpers/taken-handoff.ts";

const codeRequests = [
  "Size SMS ile gelen 6 haneli doğrulama kodunu buraya yazar mısınız?",
  "size sms ile gelen 6 haneli dogrulama kodunu buraya yazar misiniz",
  "Kodu buraya yazın.",
  "kodu bana iletir misiniz",
  "Telefonunuza gelen kodu yazabilir misiniz?",
  "E-postanıza gelen tek kullanımlık kodu bize gönderin lütfen",
  "Doğrulama kodunuzu paylaşır mısınız?",
  "SMS kodunu sohbete yapıştırın",
  "Gelen kodu söyler misiniz, doğrulayayım",
  "send me the code you got",
  "Please send us the verification code",
  "Could you type the code here?",
  "can u share the otp",
  "What is the code you received?",
];
const disguisedSecrets = [
  "pls send ur p1n",
  "p!n'inizi yazar mısınız",
  "P1N kodunuzu bana söyleyin",
  "ş1frenizi iletir misiniz",
  "$ifrenizi buraya yazın",
  "tell me your p.i.n",
  "send me ur passw0rd",
];
const fine = [
  "Asistan size e-posta ile bir doğrulama kodu gönderecek.",
  "Kod e-posta adresinize gelecek, onu asistana yazabilirsiniz.",
  "Size bir kod gönderiyorum.",
  "Kodu kimseyle paylaşmayın.",
  "Kodu bize söylemenize gerek yok.",
  "Kodu telefonda okur musunuz?",
  "Size gelen kodu 444 5 576'yı arayıp telefonda okuyun.",
  "Never share the code with anyone.",
  "We will send a code to your e-mail.",
  "Posta kodunuzu yazar mısınız?",
  "Kargo takip kodunu size gönderiyorum.",
  "Sipariş numaranızı buraya yazar mısınız?",
  "Pinterest hesabınızı değil, VKN'nizi yazın.",
  "Merhaba, yardımcı oluyorum",
];

describe("asksForCode / asksForSecret (an agent's reply)", () => {
  it.each(codeRequests)("asks for the code: %j", (text) => {
    expect(asksForCode(text)).toBe(true);
  });
  it.each(disguisedSecrets)("asks for a disguised secret: %j", (text) => {
    expect(asksForSecret(text)).toBe(true);
  });
  it.each(fine)("asks for neither: %j", (text) => {
    expect(asksForCode(text)).toBe(false);
    expect(asksForSecret(text)).toBe(false);
  });
});

describe("the hand-off service refuses a reply asking for the code", () => {
  async function service() {
    return handoffServiceOver(takenHandoff({ deskThread: "C1:1" }), { desk: new RecordingDesk() });
  }

  it.each([
    ["Kodu buraya yazın.", "agent_reply_asks_code"],
    ["pls send ur p1n", "agent_reply_asks_secret"],
  ])("%j is refused with %s, nothing reaches the customer", async (text, code) => {
    const { handoffs, outbound } = await service();
    const error = await handoffs.reply("T-ABCD2345", "U1", text).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AgentReplyRefusedError);
    expect((error as AgentReplyRefusedError).code).toBe(code);
    expect(outbound.pushed).toEqual([]);
  });
});
