import type { AuditLog } from "../../core/audit/audit-log.ts";
import type { JobQueue } from "../../core/jobs/job-queue.ts";
import type { NotificationOutbox } from "../../core/notifications/notification-outbox.ts";
import type { CertificateAuthorityPort } from "../../core/ports/certificate-authority.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import type { Environment } from "../config/environment.ts";
import type { Db } from "../db/database.ts";
import { createPrismaRaRepositories } from "../db/ra/prisma-ra-repositories.ts";
import { newRowId } from "../db/row-id.ts";
import { loadOtpSecret } from "./otp-secret.ts";

/** Builds the registration authority over the database, the issuance engine and the outbound ports. */
export function startRa(deps: {
  db: Db;
  env: Environment;
  clock: Clock;
  certificates: CertificateAuthorityPort;
  audit?: AuditLog;
  outbox: NotificationOutbox;
  jobs: JobQueue;
}): RegistrationAuthorityService {
  const { env } = deps;
  return new RegistrationAuthorityService({
    ...createPrismaRaRepositories(deps.db),
    certificates: deps.certificates,
    outbox: deps.outbox,
    jobs: deps.jobs,
    audit: deps.audit,
    clock: deps.clock,
    random: cryptoRandom,
    newId: newRowId,
    config: {
      prices: {
        card: env.MM_PRICE_CARD_KURUS,
        hsm: env.MM_PRICE_HSM_KURUS,
        hsmOnSiteFee: env.MM_PRICE_HSM_ONSITE_KURUS,
      },
      testMode: env.MM_TEST_MODE,
      profile: env.MM_CERT_PROFILE,
      otpSecret: loadOtpSecret(env.MM_DATA_DIR, env.MM_OTP_SECRET),
      paymentUrlTemplate: env.MM_PAYMENT_URL_TEMPLATE,
      cardTokenUri: (orderNo) => env.MM_CARD_TOKEN_URI.replaceAll("{orderNo}", orderNo),
      recoveryLeaseMs: env.MM_RECOVERY_LEASE_MS,
    },
  });
}
