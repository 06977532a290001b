import type { AddressInfo } from "node:net";
import type { CertificateView } from "../../core/ports/certificate-authority.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { composeService, type Service } from "../composition/service.ts";
import { readEnvironment } from "../config/environment.ts";
import { createLogger } from "../logging/logger.ts";
import { DeliveryRecorder } from "../notifications/delivery-recorder.ts";
import { freshReplayStorage } from "./replay-storage.ts";
import type { ReplaySystem, ReplaySystemFactory } from "./replay-system.ts";
import { SlackAgentConsole } from "./slack-agent-console.ts";
import { SlackFakeWebApi } from "./slack-fake-web-api.ts";

/**
 * Starts the real service for one replay: fresh storage (temp SQLite, or a fresh PostgreSQL schema
 * when `DATABASE_URL` is `postgres://…`), a development CA created on start, the clock frozen at
 * the replay's `now`, the HTTP server on an ephemeral loopback port. `given.certificates` are issued
 * (and revoked) through the issuance engine; notifications are read from the outbox.
 */
export const startReplaySystem: ReplaySystemFactory = async ({ now, env: channelEnv }) => {
  const clock = new FrozenClock(now ?? new Date());
  const storage = freshReplayStorage();
  let service: Service | undefined;
  // Agent turns go through the Slack door; what Slack receives is recorded by a local fake Web API.
  const slackApi = await new SlackFakeWebApi().start();
  const slackSecret = "replay-slack-signing-secret";
  try {
    const env = readEnvironment({
      ...storage.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      MM_PUBLIC_URL: "http://127.0.0.1",
      SLACK_SIGNING_SECRET: slackSecret,
      SLACK_BOT_TOKEN: "xoxb-replay",
      SLACK_API_URL: slackApi.apiUrl,
      SLACK_SUPPORT_CHANNEL: "C0SUPPORT",
      SLACK_AGENTS: "U1:agent,U2:agent,S1:supervisor",
      // A replay plays in seconds what a customer types over many minutes: the per-minute chat
      // limits guard a running service's wall clock, not the dialog, and would cut a long replay.
      MM_CHAT_MESSAGES_PER_MINUTE: "100000",
      MM_CHAT_REQUESTS_PER_MINUTE: "100000",
      ...channelEnv,
    });
    // codes are blanked in the outbox once delivered: the replay reads them from what was delivered
    const recorder = new DeliveryRecorder();
    service = await composeService(env, createLogger({ level: "silent" }), {
      clock,
      wrapSender: recorder.wrap,
    });
    const running = service;
    const engine = service.pki.engine;
    const { port } = service.server!.address() as AddressInfo;
    const agentConsole = new SlackAgentConsole({
      baseUrl: `http://127.0.0.1:${port}`,
      signingSecret: slackSecret,
      webApi: slackApi,
    });
    let seeded = 0;
    const system: ReplaySystem = {
      baseUrl: `http://127.0.0.1:${port}`,
      clock,
      async seedCertificate(given) {
        seeded++;
        await running.ra.registerSubscriber({
          idNumber: given.vkn,
          title: given.title,
          email: given.email,
          phone: given.phone,
        });
        const issued = await engine.issueForOrder({
          orderId: `replay-seed-${seeded}`,
          vkn: given.vkn,
          title: given.title,
          tokenUri: `softkey:replay-${given.medium}-${seeded}`,
          notBefore: given.notBefore,
          actor: "replay",
        });
        if (given.status === "revoked") {
          for (const cert of [issued.signing, issued.encryption]) {
            await engine.revoke({ serial: cert.serial, reason: "unspecified", actor: "replay" });
          }
        }
      },
      async delivered() {
        const rows = await running.database.db.notification.findMany({ orderBy: { createdAt: "asc" } });
        return rows.map((r) => ({
          channel: r.channel,
          recipient: r.recipient,
          subject: r.subject ?? recorder.delivered(r.id)?.subject,
          body: recorder.delivered(r.id)?.body ?? r.body,
        }));
      },
      async runDueJobs() {
        await running.jobs.runDueJobs(clock.now());
      },
      async certificatesOf(query): Promise<CertificateView[]> {
        if (query.serial) {
          const one = await engine.findBySerial(query.serial);
          return one ? [one] : [];
        }
        return engine.findByVkn(query.vkn ?? "");
      },
      agentConsole,
      close: async () => {
        await running.close();
        await slackApi.close();
        await storage.drop();
      },
    };
    return system;
  } catch (error) {
    await service?.close().catch(() => {});
    await slackApi.close().catch(() => {});
    await storage.drop().catch(() => {});
    throw error;
  }
};
