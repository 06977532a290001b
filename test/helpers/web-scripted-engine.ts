import type { BotMessage, ConversationEngine, ConversationRef, UserEvent } from "../../bot/channel-port.ts";

/**
 * A scripted stand-in engine for browser tests of the page alone: a greeting with buttons, a
 * question with buttons, then a few typed answers ending in an order number. It knows nothing of
 * the domain; the real dialog is tested by the replay corpus.
 */
export class ScriptedEngine implements ConversationEngine {
  readonly #steps = new Map<string, number>();

  async handle(conversation: ConversationRef, event: UserEvent): Promise<BotMessage[]> {
    if (event.type === "start") {
      this.#steps.set(conversation.id, 0);
      return [
        {
          text: "Merhaba, ben Mali Mühür Asistanı. Size nasıl yardımcı olabilirim?",
          buttons: [
            { id: "apply", label: "Başvuru" },
            { id: "what", label: "Mali mühür nedir?" },
          ],
        },
      ];
    }
    if (event.type === "button" && event.id === "apply") {
      this.#steps.set(conversation.id, 1);
      return [
        {
          text: "Başvuru tüzel kişi adına mı, gerçek kişi adına mı?",
          buttons: [
            { id: "tuzel", label: "Tüzel kişi" },
            { id: "gercek", label: "Gerçek kişi" },
          ],
        },
      ];
    }
    const step = (this.#steps.get(conversation.id) ?? 0) + 1;
    this.#steps.set(conversation.id, step);
    const said = event.type === "text" ? event.text : event.id;
    if (step === 2) return [{ text: "Firmanızın VKN'sini yazar mısınız?" }];
    if (step === 3) return [{ text: `Teşekkürler (${said}). Unvanınızı yazar mısınız?` }];
    return [{ text: "Başvurunuz alındı. Sipariş no: MM-TEST-0001. Tutar ve ödeme kanalları e-postanızda." }];
  }
}
