/**
 * An agent's hand-off reply that asks the customer for a PIN, PUK or password is never relayed
 * (R4, KVKK: staff never ask for one, and the bot has just told the customer so); a reply that warns
 * the customer not to share one, or explains where to type it, reaches the customer as before.
 */
import { describe, expect, it } from "vitest";
import { AgentReplyRefusedError } from "../../../bot/handoff/agent-handoffs.ts";
import { asksForSecret } from "../../../bot/handoff/secret-request.ts";
import { RecordingDesk } from "../../helpers/recording-handoff-desk.ts";
import { handoffServiceOver, takenHandoff } from "../../helpers/taken-handoff.ts";

const requests = [
  "Lütfen PIN'inizi söyleyin, kontrol edeyim",
  "Lütfen PIN’inizi söyleyin",
  "lutfen pininizi soyleyin kontrol edeyim",
  "PIN kodunuzu bana yazar mısınız?",
  "Şifrenizi buraya yazın lütfen.",
  "sifrenizi iletir misiniz",
  "PUK kodunuzu gönderin, açalım.",
  "Parolanızı paylaşabilir misiniz?",
  "PIN'i ver",
  "PIN'inizi istiyorum",
  "PIN'inizi söylemeniz gerekiyor.",
  "PIN'iniz nedir?",
  "Kimseyle paylaşmayın ama bana PIN'inizi söyleyin.",
  "Could you tell me your PIN?",
  "Please send us your PIN code",
  "Share your passcode with me, please",
  "Give me the PUK",
  "type your password here",
  "What's your PIN?",
  "P\u200BIN'inizi söyleyin",
  "ＰＩＮ'inizi söyleyin",
];

const innocent = [
  "PIN'inizi kimseyle paylaşmayın",
  "PIN’inizi kimseyle paylasmayin.",
  "Şifrenizi kimseye vermeyin; biz asla istemeyiz.",
  "PIN'inizi bize söylemenize gerek yok.",
  "Çalışanlarımız PIN'inizi asla istemez.",
  "PIN'iniz bloke olduysa bize yazın, yardımcı olalım.",
  "Kartın PIN kodu bloke olursa bize yazın.",
  "PIN'inizi kart aracına yazın, sonra imzalayın.",
  "PIN'inizi unuttuğunuzu bize bildirin, kilit çözmeyi anlatayım.",
  "PIN bloke olduysa VKN'nizi söyleyin, kontrol edeyim.",
  "Şifreleme sertifikanızı da gönderiyorum.",
  "PIN nedir? Kartınızı kullanmak için girdiğiniz 6 haneli koddur.",
  "Never share your PIN with anyone.",
  "Don't tell anyone your PIN.",
  "Do not send your password to anyone, we never ask for it.",
  "Please type your PIN into the card tool.",
  "Merhaba, yardımcı oluyorum",
  "VKN'nizi söyler misiniz?",
  "Kodu telefonda okur musunuz?",
];

describe("asksForSecret (an agent's reply)", () => {
  it.each(requests)("asks: %j", (text) => {
    expect(asksForSecret(text)).toBe(true);
  });
  it.each(innocent)("does not ask: %j", (text) => {
    expect(asksForSecret(text)).toBe(false);
  });
});

describe("the hand-off service, an agent's reply", () => {
  async function service() {
    const logged: unknown[] = [];
    const logger = {
      info: () => {},
      warn: (fields: unknown, message: string) => logged.push({ fields, message }),
      error: () => {},
    };
    const record = takenHandoff({ deskThread: "C1:1" });
    const { handoffs, outbound } = await handoffServiceOver(record, { desk: new RecordingDesk(), logger });
    return { handoffs, outbound, logged };
  }

  it("does not relay a request for the PIN: a coded refusal, nothing reaches the customer, the log has no text", async () => {
    const { handoffs, outbound, logged } = await service();
    const error = await handoffs.reply("T-ABCD2345", "U1", "Lütfen PIN'inizi söyleyin, kontrol edeyim").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AgentReplyRefusedError);
    expect((error as AgentReplyRefusedError).code).toBe("agent_reply_asks_secret");
    expect(JSON.stringify(outbound)).not.toContain("PIN");
    expect(JSON.stringify(logged)).toContain("agent_reply_asks_secret");
    expect(JSON.stringify(logged)).not.toContain("söyleyin");
  });

  it("relays a warning not to share the PIN", async () => {
    const { handoffs, outbound } = await service();
    await handoffs.reply("T-ABCD2345", "U1", "PIN'inizi kimseyle paylaşmayın");
    expect(JSON.stringify(outbound)).toContain("PIN'inizi kimseyle paylaşmayın");
  });
});
