import type { AgentConsole } from "../../adapters/replay/agent-console.ts";
import type { OutboundChannelPort } from "../../bot/channel-port.ts";
import type { CertificateView } from "../../core/ports/certificate-authority.ts";

/**
 * A tiny agent console for replay-runner tests that run without Slack: `/mm durum <VKN>` lists the
 * scripted certificates ("geçerli" / "iptal"), `/mm devral <ticket>` answers "<ticket> talebini devraldınız", a reply is pushed to the customer as
 * "Müşteri temsilcisi: …", and what the Slack side received is whatever the test {@link post}ed.
 */
export class ScriptedAgentConsole implements AgentConsole {
  readonly #posted: string[] = [];
  readonly #tickets = new Map<string, string>();

  constructor(
    private readonly certificates: () => CertificateView[],
    private readonly outbound: OutboundChannelPort,
  ) {}

  async runCommand(text: string): Promise<string> {
    const [, sub, arg] = text.trim().split(/\s+/);
    if (sub === "devral" && arg) return `${arg} talebini devraldınız`;
    if (sub !== "durum" || !arg) return `bilinmeyen komut: ${text}`;
    const found = this.certificates().filter((c) => c.vkn === arg || c.serial === arg);
    if (found.length === 0) return `${arg} için sertifika bulunamadı`;
    return found.map((c) => `${c.serial}: ${c.status === "valid" ? "geçerli" : "iptal"}`).join("\n");
  }

  async reply(conversationId: string, text: string): Promise<void> {
    await this.outbound.push(conversationId, [{ text: `Müşteri temsilcisi: ${text}` }]);
  }

  takeSlack(): string {
    return this.#posted.splice(0).join("\n");
  }

  latestTicket(conversationId: string): string | undefined {
    return this.#tickets.get(conversationId);
  }

  /** Records a hand-off as if its summary had been posted (text and ticket). */
  post(conversationId: string, ticket: string, text: string): void {
    this.#tickets.set(conversationId, ticket);
    this.#posted.push(text);
  }
}
