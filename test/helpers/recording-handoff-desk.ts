/** Fakes around the hand-off service: a desk and an outbound channel that record what they were told. */
import type { BotMessage, OutboundChannelPort } from "../../bot/channel-port.ts";
import type {
  HandoffCloseNote,
  HandoffCloseReason,
  HandoffDesk,
  HandoffView,
} from "../../bot/handoff/handoff-desk.ts";

/** An outbound port that keeps every pushed message per conversation. */
export class RecordingOutbound implements OutboundChannelPort {
  readonly pushed: { conversationId: string; messages: BotMessage[] }[] = [];
  async push(conversationId: string, messages: BotMessage[]): Promise<void> {
    this.pushed.push({ conversationId, messages: structuredClone(messages) });
  }
  /** Texts pushed to a conversation, in order. */
  textsTo(conversationId: string): string[] {
    return this.pushed
      .filter((p) => p.conversationId === conversationId)
      .flatMap((p) => p.messages.map((m) => m.text));
  }
}

/** A desk that records its calls and hands out thread references `C1:<n>`. */
export class RecordingDesk implements HandoffDesk {
  readonly calls: { call: string; ticket: string; status: string; detail?: string }[] = [];
  #threads = 0;
  async opened(handoff: HandoffView) {
    this.calls.push({
      call: "opened",
      ticket: handoff.ticket,
      status: handoff.status,
      detail: handoff.summary,
    });
    this.#threads += 1;
    return { deskThread: `C1:${this.#threads}` };
  }
  async customerWrote(handoff: HandoffView, maskedText: string, note?: { codeWithheld: boolean }) {
    this.calls.push({
      call: note?.codeWithheld ? "customerWroteCodeWithheld" : "customerWrote",
      ticket: handoff.ticket,
      status: handoff.status,
      detail: maskedText,
    });
  }
  async taken(handoff: HandoffView) {
    this.calls.push({
      call: "taken",
      ticket: handoff.ticket,
      status: handoff.status,
      detail: handoff.agentId,
    });
  }
  async closed(handoff: HandoffView, reason: HandoffCloseReason, note?: HandoffCloseNote) {
    this.calls.push({
      call: note ? `closedBy_${note.by}` : "closed",
      ticket: handoff.ticket,
      status: handoff.status,
      detail: reason,
    });
  }
  /** The names of the calls made, in order. */
  names(): string[] {
    return this.calls.map((c) => c.call);
  }
}
