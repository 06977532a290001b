import type {
  DeliveredNotification,
  ReplaySystem,
  ReplaySystemFactory,
} from "../../adapters/replay/replay-system.ts";
import type { BotMessage, ConversationEngine, ConversationRef, UserEvent } from "../../bot/channel-port.ts";
import type { CertificateView } from "../../core/ports/certificate-authority.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { ScriptedAgentConsole } from "./scripted-agent-console.ts";
import { startWebTestApp } from "./web-app.ts";

/**
 * A small scripted system for runner tests: a web chat whose engine answers a few words, a list of
 * notifications, a certificate list, and a scripted agent console (test/helpers/scripted-agent-console.ts).
 */
export const startFakeReplaySystem: ReplaySystemFactory = async ({ now }) => {
  const clock = new FrozenClock(now ?? "2026-11-25T07:00:00Z");
  const delivered: DeliveredNotification[] = [];
  const certs: CertificateView[] = [];
  const engine: ConversationEngine = {
    async handle(c: ConversationRef, event: UserEvent): Promise<BotMessage[]> {
      if (event.type === "start") {
        return [
          { text: "Merhaba! Size nasıl yardımcı olabilirim?", buttons: [{ id: "apply", label: "Başvuru" }] },
        ];
      }
      const text = event.type === "text" ? event.text : `button:${event.id}`;
      if (text === "temsilci") {
        agentConsole.post(c.id, "T-TEST2345", "Yeni temsilci talebi T-TEST2345");
        return [{ text: "Sizi temsilciye aktarıyorum (talep no: T-TEST2345)." }];
      }
      if (text === "button:apply")
        return [{ text: "Tüzel kişi mi?", buttons: [{ id: "tuzel", label: "Tüzel kişi" }] }];
      if (text === "kod") {
        delivered.push({
          channel: "email",
          recipient: "bilgi@ornek.com.tr",
          body: "Doğrulama kodunuz: 482913",
        });
        return [{ text: "Kod gönderildi." }];
      }
      if (/^\d{6}$/.test(text)) return [{ text: text === "482913" ? "Doğrulandı." : "Kod yanlış." }];
      if (text === "iptal et") {
        const c = certs[0];
        if (c) Object.assign(c, { status: "revoked", revocationReason: "keyCompromise" });
        return [{ text: "İptal edildi." }];
      }
      return [{ text: `Yankı: ${text}` }];
    },
  };
  const app = await startWebTestApp({ engine });
  const agentConsole = new ScriptedAgentConsole(() => certs, app.chat.outbound);
  const system: ReplaySystem = {
    baseUrl: app.baseUrl,
    clock,
    async seedCertificate(given) {
      certs.push({
        serial: "0a1b2c",
        vkn: given.vkn,
        subjectCn: given.title,
        kind: "sign",
        profile: "kamusm",
        notBefore: given.notBefore,
        notAfter: new Date(given.notBefore.getTime() + 3 * 365 * 86_400_000),
        status: given.status === "revoked" ? "revoked" : "valid",
      });
    },
    delivered: async () => [...delivered],
    async runDueJobs() {
      delivered.push({
        channel: "sms",
        recipient: "+905321234567",
        body: `Hatırlatma ${clock.now().toISOString().slice(0, 10)}`,
      });
    },
    async certificatesOf(q) {
      return certs.filter((c) => (q.vkn ? c.vkn === q.vkn : c.serial === q.serial));
    },
    agentConsole,
    close: () => app.close(),
  };
  return system;
};
