/** What the RA use cases are built from: repositories, the issuance engine and the outbound ports. */
import type { AuditEvent } from "../audit/audit-log.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import type { NotificationOutbox } from "../notifications/notification-outbox.ts";
import type { ProfileName } from "../pki/certificate-profile.ts";
import type { CertificateAuthorityPort } from "../ports/certificate-authority.ts";
import type { Clock } from "../ports/clock.ts";
import type { RandomSource } from "../ports/random.ts";
import type { RecoveryLedger } from "../ports/recovery-ledger.ts";
import type { ApplicationRepository } from "./ports/application-repository.ts";
import type { PaymentRepository } from "./ports/payment-repository.ts";
import type { ProductionRepository } from "./ports/production-repository.ts";
import type { RevocationRequestRepository } from "./ports/revocation-request-repository.ts";
import type { SubscriberRepository } from "./ports/subscriber-repository.ts";
import type { VerificationRepository } from "./ports/verification-repository.ts";
import type { PriceList } from "./prices.ts";

/** Configuration of the RA. */
export interface RaConfig {
  prices: PriceList;
  /** Accept the official test VKN/TCKNs (never in production). */
  testMode: boolean;
  /** Key of the HMAC under which one-time codes are stored. */
  otpSecret: Uint8Array;
  /** Certificate profile of the subscriber certificates (default kamusm). */
  profile?: ProfileName;
  /**
   * The virtual POS address template of an order (R3.2, `MM_PAYMENT_URL_TEMPLATE`; payment-link.ts):
   * the application e-mail carries the order's own link, as the chat's last answer does.
   */
  paymentUrlTemplate: string;
  /** The key URI of the smart-card token on which a card order's key is generated. */
  cardTokenUri(orderNo: string): string;
  /** How long a live change holds its recovery step before the sweep completes it (default 2 min). */
  recoveryLeaseMs?: number;
}

/** Dependencies of every RA use case. */
export interface RaDeps {
  applications: ApplicationRepository;
  payments: PaymentRepository;
  production: ProductionRepository;
  subscribers: SubscriberRepository;
  verifications: VerificationRepository;
  revocations: RevocationRequestRepository;
  certificates: CertificateAuthorityPort;
  outbox: NotificationOutbox;
  jobs: JobQueue;
  audit?: { append(event: AuditEvent): Promise<unknown> };
  /** Where multi-step changes record their intent, so a crash between steps is completed. */
  recovery?: RecoveryLedger;
  clock: Clock;
  random: RandomSource;
  newId(): string;
  config: RaConfig;
}
