import type { TFunction } from "i18next";
import type { OutboundChannelPort } from "../../bot/channel-port.ts";
import type { CertificateAuthorityPort, CertificateView } from "../../core/ports/certificate-authority.ts";
import type { AgentConsole } from "./agent-console.ts";

/** What the in-process console needs. */
export interface InProcessAgentConsoleDependencies {
  certificates: Pick<CertificateAuthorityPort, "findBySerial" | "findByVkn">;
  /** Where agent replies go to the customer (the conversation's channel). */
  outbound: OutboundChannelPort;
  /** Texts of `locales/<lng>/web.json` (`agent_console.*`). */
  t: TFunction;
}

/**
 * A minimal agent console in the process, for channel tests that run without Slack (replays use
 * the Slack console, adapters/replay/slack-agent-console.ts):
 * `/mm durum <VKN|serial>` reports certificate states; replies reach the customer through the
 * channel's outbound port.
 */
export function createInProcessAgentConsole(deps: InProcessAgentConsoleDependencies): AgentConsole {
  const t = deps.t;
  return {
    async runCommand(text) {
      const [command, sub, arg] = text.trim().split(/\s+/);
      if (command !== "/mm") return t("agent_console.unknown_command", { command: command ?? "" });
      if (sub === "durum" || sub === "status") {
        if (!arg) return t("agent_console.usage_status");
        const certs = /^\d{10,11}$/.test(arg)
          ? await deps.certificates.findByVkn(arg)
          : [await deps.certificates.findBySerial(arg.toLowerCase())].filter(
              (c): c is CertificateView => !!c,
            );
        if (certs.length === 0) return t("agent_console.none", { subject: arg });
        return certs.map((c) => describe(c, t)).join("\n");
      }
      return t("agent_console.unknown_command", { command: `${command} ${sub ?? ""}`.trim() });
    },
    async reply(conversationId, text) {
      await deps.outbound.push(conversationId, [{ text: t("agent_console.reply", { text }) }]);
    },
    takeSlack: () => "",
  };
}

function describe(c: CertificateView, t: TFunction): string {
  return t("agent_console.certificate", {
    serial: c.serial,
    kind: t(`agent_console.kind_${c.kind}`),
    subject: c.subjectCn,
    status: t(`agent_console.status_${c.status}`),
    notAfter: c.notAfter.toISOString().slice(0, 10),
  });
}
