/** Troubleshooting (R10): first the card and PIN, then the certificate's validity, then the vendor. */
import { synonymsOf } from "../nlu/choice-synonyms.ts";
import { extractEntities } from "../nlu/entities.ts";
import { yesNo } from "../nlu/yes-no.ts";
import type { TroubleshootFlow } from "../state.ts";
import type { Choice, Turn } from "../turn.ts";
import { startCertificateStatus } from "./certificate-status.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { linkParams } from "./info.ts";

/** The answers to "how did the first checks go?"; their typed words live in locales/<lng>/choices.yaml. */
export const troubleshootAnswers: Choice<"both_ok" | "pin" | "invalid">[] = (
  ["both_ok", "pin", "invalid"] as const
).map((id) => ({ id, labelKey: `troubleshoot.${id}`, synonyms: synonymsOf("troubleshoot", id) }));

/** Gives the first checks (R10.1) and asks how they went. */
export function startTroubleshooting(turn: Turn): void {
  turn.state.flow = { name: "troubleshoot", step: "checked" };
  turn.say("info.troubleshoot", linkParams(turn), turn.buttons(troubleshootAnswers));
}

/** The troubleshooting flow as the engine drives it. */
export const troubleshootFlow: FlowHandler<TroubleshootFlow> = {
  async handle(turn) {
    const picked = turn.pick(troubleshootAnswers);
    // the checks say "query it here by serial number": a serial, VKN or TCKN typed is that query
    const named = !picked && turn.input.raw !== undefined ? extractEntities(turn.input.raw) : undefined;
    if (named?.serial || named?.vkn || named?.tckn) {
      turn.state.flow = undefined;
      await startCertificateStatus(turn);
      return true;
    }
    if (!picked) {
      // "hayır" to "are both fine?": one of them is not; ask which instead of leaving the checks
      if (turn.input.raw === undefined || yesNo(turn.input.folded, turn.input.raw) !== "no") return false;
      turn.say(
        "troubleshoot.which",
        undefined,
        turn.buttons(troubleshootAnswers.filter((a) => a.id !== "both_ok")),
      );
      return true;
    }
    turn.state.flow = undefined;
    if (picked === "both_ok") turn.say("troubleshoot.vendor");
    else if (picked === "pin")
      turn.say("info.pin_locked", linkParams(turn), [{ id: "i:puk", label: turn.t("menu.puk") }]);
    else
      turn.say("troubleshoot.renew", undefined, [
        { id: "i:cert_status", label: turn.t("menu.cert_status") },
        { id: "i:apply", label: turn.t("menu.apply") },
      ]);
    return true;
  },
  reprompt(turn) {
    turn.say("troubleshoot.ask", undefined, turn.buttons(troubleshootAnswers));
  },
  back() {
    return false;
  },
  expectsNumber() {
    return false;
  },
};
