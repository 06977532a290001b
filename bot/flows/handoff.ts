/** Hand-off to a human agent ("temsilci"), at any point, with a short masked summary. */
import { maskEmail, maskIdNumber, maskPersonalData, maskPhone } from "../../core/privacy/mask.ts";
import type { BotState } from "../state.ts";
import type { Turn } from "../turn.ts";

/** A short summary of where the conversation is, with every personal number masked. */
export function handoffSummary(state: BotState, locale: string): string {
  const parts = [`dil=${locale}`];
  const flow = state.flow;
  if (!flow) parts.push("konu=menü");
  else {
    parts.push(`konu=${flow.name}`, `adım=${flow.step}`);
    if (flow.name === "application") {
      const d = flow.data;
      if (d.personType) parts.push(`kişi=${d.personType}`);
      if (d.idNumber) parts.push(`kimlik=${maskIdNumber(d.idNumber)}`);
      if (d.title) parts.push(`unvan=${d.title}`);
      if (d.email) parts.push(`e-posta=${maskEmail(d.email)}`);
      if (d.phone) parts.push(`telefon=${maskPhone(d.phone)}`);
      if (d.medium) parts.push(`ortam=${d.medium}`);
    }
    if (flow.name === "verify" || flow.name === "contact" || flow.name === "revoke")
      parts.push("kimlik teyidi gerekebilir");
  }
  if (state.lastOrderNo) parts.push(`sipariş=${state.lastOrderNo}`);
  return maskPersonalData(parts.join("; "));
}

/** Opens (or reuses) a hand-off and tells the customer. */
export async function requestAgent(turn: Turn): Promise<void> {
  const { ticket } = await turn.deps.handoff.requestAgent({
    conversationId: turn.ref.id,
    channel: turn.ref.channel,
    summary: handoffSummary(turn.state, turn.ref.locale),
  });
  turn.state.handoff = ticket;
  turn.state.flow = undefined;
  turn.state.misses = 0;
  turn.say("handoff.requested", { ticket });
}
