import type { RequestHandler, Router } from "express";
import type { i18n } from "i18next";
import type { Logger } from "pino";
import { createConversationEngine } from "../bot/conversation-engine.ts";
import type { Clock } from "../core/ports/clock.ts";
import { maskPersonalData } from "../core/privacy/mask.ts";
import { cryptoRandom } from "../core/ports/random.ts";
import { paymentPostJob } from "../core/ra/payment-service.ts";
import { produceCardJob } from "../core/ra/production-service.ts";
import type { RegistrationAuthorityService } from "../core/ra/registration-authority-service.ts";
import type { Environment } from "./config/environment.ts";
import type { OpenDatabase } from "./db/database.ts";
import { InProcessHandoff } from "./handoff/in-process-handoff.ts";
import { paymentRoutes } from "./http/payment-routes.ts";
import { type RunningJobs, startJobs } from "./jobs/start-jobs.ts";
import type { RunningPki } from "./pki/start-pki.ts";
import { startRa } from "./ra/start-ra.ts";
import { type ComposedWebChat, composeWebChat } from "./web/compose-web-chat.ts";

/** The customer-facing half of the service: RA, jobs and outbox, conversation engine, web chat. */
export interface RunningAssistant {
  ra: RegistrationAuthorityService;
  jobs: RunningJobs;
  webChat: ComposedWebChat;
  handoff: InProcessHandoff;
  routers: (Router | RequestHandler)[];
  close(): Promise<void>;
}

/**
 * Builds the job runner with the notification outbox, the registration authority over the
 * issuance engine (its `payment_post` and `produce_card` jobs registered), the conversation engine
 * with the in-process hand-off, and the web chat routes; `POST /api/payments` when its secret is set.
 */
export function startAssistant(deps: {
  env: Environment;
  logger: Logger;
  clock: Clock;
  database: OpenDatabase;
  pki: RunningPki;
  translator: i18n;
}): RunningAssistant {
  const { env, logger, clock, database, pki, translator } = deps;
  let ra: RegistrationAuthorityService | undefined;
  const raJob = (kind: string) => async (payload: Record<string, unknown>) => {
    const handler = ra?.jobHandlers()[kind];
    if (!handler) throw new Error(`the registration authority is not ready for ${kind}`);
    await handler(payload);
  };
  const jobs = startJobs({
    db: database.db,
    dialect: database.dialect,
    env,
    clock,
    logger,
    translator,
    certificates: pki.engine,
    extraHandlers: { [paymentPostJob]: raJob(paymentPostJob), [produceCardJob]: raJob(produceCardJob) },
  });
  const registration = startRa({
    db: database.db,
    env,
    clock,
    certificates: pki.engine,
    audit: pki.audit,
    outbox: jobs.outbox,
    jobs: jobs.queue,
  });
  ra = registration;
  const handoff = new InProcessHandoff(logger, clock);
  const bot = translator.getFixedT(null, "bot");
  const webChat = composeWebChat({
    db: database.db,
    env,
    clock,
    random: cryptoRandom,
    logger,
    translator,
    engineFor: ({ store }) =>
      createConversationEngine({
        ra: registration,
        handoff,
        states: store,
        texts: (lng, key, params) => bot(key, { lng, ...params }),
        clock,
        testMode: env.MM_TEST_MODE,
        onError: (error, where) =>
          logger.error(
            {
              ...where,
              err: maskPersonalData(
                error instanceof Error ? `${error.name}: ${error.message}` : String(error),
              ),
            },
            "conversation turn failed",
          ),
      }),
  });
  const routers: (Router | RequestHandler)[] = [...webChat.router];
  if (env.MM_PAYMENT_WEBHOOK_SECRET)
    routers.push(paymentRoutes(registration.payments, env.MM_PAYMENT_WEBHOOK_SECRET));
  return {
    ra: registration,
    jobs,
    webChat,
    handoff,
    routers,
    close: async () => {
      await webChat.close();
      await jobs.close();
    },
  };
}
