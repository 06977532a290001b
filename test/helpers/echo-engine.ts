import type { BotMessage, ConversationEngine, ConversationRef, UserEvent } from "../../bot/channel-port.ts";

/** A trivial ConversationEngine for channel tests: greets on start and echoes what it gets. */
export class EchoEngine implements ConversationEngine {
  readonly events: { conversation: ConversationRef; event: UserEvent }[] = [];
  async handle(conversation: ConversationRef, event: UserEvent): Promise<BotMessage[]> {
    this.events.push({ conversation, event });
    if (event.type === "start") {
      return [{ text: `hello ${conversation.locale}`, buttons: [{ id: "menu", label: "Menü" }] }];
    }
    return [{ text: event.type === "text" ? `echo: ${event.text}` : `pressed: ${event.id}` }];
  }
}
