/**
 * The use cases of the registration authority as the conversation layer (bot/) and the agent
 * console call them. core/ra implements this facade over its repositories and the issuance engine;
 * bot/ depends only on this interface (tests use a fake in test/helpers/).
 */
import type { NotificationLocale } from "../notifications/notification-outbox.ts";
import type { CertificateView, RevocationReason } from "../ports/certificate-authority.ts";
import type { ApplicationSource } from "./application-source.ts";

/** Person type of the applicant (R3.1). */
export type PersonType = "tuzel" | "gercek";
/** Certificate medium (R3.3). */
export type Medium = "card" | "hsm";

/** One further firm of a group HSM application (R3.3.3). */
export interface HsmGroupFirm {
  vkn: string;
  title: string;
  barcode: string;
}

/** The fields of the application dialog (`interfaces.md` §4), already validated and normalised. */
export interface ApplicationInput {
  personType: PersonType;
  /** VKN for tüzel kişi; TCKN for gerçek kişi. */
  idNumber: string;
  /** Unvan (tüzel) or ad soyad (gerçek). */
  title: string;
  signerName: string;
  signerTckn: string;
  email: string;
  /** +905XXXXXXXXX */
  phone: string;
  medium: Medium;
  /** Card only. */
  deliveryAddress?: string;
  /** HSM only. */
  hsm?: { group: HsmGroupFirm[]; address: string; techName: string; techPhone: string };
  /** Makes a retried submission return the same order instead of a second one. */
  idempotencyKey: string;
  channel: string;
  /** Serial of the certificate this application renews (R8.3). */
  renewalOf?: string;
  /** The legal form when the dialog learnt it; an R9.1 form is refused (`postal_application_required`). */
  legalForm?: string;
  /** The conversation's language: the order's notifications (also later ones) are written in it. */
  locale?: NotificationLocale;
  /** The conversation and network it came from: the new-application budget counts per client. */
  source?: ApplicationSource;
}

/** A payment channel shown on the last screen (R3.2). */
export interface PaymentChannelInfo {
  id: "sanalpos" | "vakifbank" | "ziraat";
  /** Business days until a payment through this channel posts (0 for the virtual POS). */
  postingDelayBusinessDays: number;
}

/** The answer to a submitted application. */
export interface SubmittedApplication {
  orderNo: string;
  amountKurus: number;
  paymentChannels: PaymentChannelInfo[];
}

/** What a customer may learn of an order by its number. */
export interface OrderStatusView {
  orderNo: string;
  medium: Medium;
  status: string;
  amountKurus: number;
  paid: boolean;
  /** When a bank payment is expected to post, if one is pending. */
  paymentPostsAt?: Date;
  /** Production/delivery steps so far, oldest first (HSM: R3.3.4 states). */
  steps: { step: string; at: Date }[];
  delivery?: { status: string; trackingNo?: string };
  /** When the order's signing certificate was revoked: the card or HSM key no longer serves, whatever the delivery says. */
  revokedAt?: Date;
  /**
   * The application's contacts not proven yet (skipped at the application, or their codes never
   * given back), which identity codes cannot reach until they are; absent when none is left, and
   * unless asked by the conversation that made the application.
   */
  contactsToProve?: ("email" | "phone")[];
  /** An HSM order's agreed installation appointment, until the certificate is loaded on the HSM (R3.3.4). */
  appointmentAt?: Date;
}

/** The medium advice of R2.2/R2.3. */
export interface MediumAdvice {
  medium: Medium;
  /** Reason codes, e.g. `volume_per_minute`, `several_signers`, `branches`. */
  reasons: string[];
}

/**
 * Where a one-time code went, masked (the dialog names them this way). A contact that is not proven
 * got no code and is the empty string (an unknown subject names its decoys, one or both, as subscribers are named).
 */
export interface CodeSent {
  maskedEmail: string;
  maskedPhone: string;
}

/** The client network a code is asked from (core/ra/client-network.ts), when the channel knows it. */
export interface ClientNetworkHint {
  /** An IP address as the channel saw it (web: the request IP); absent on Telegram. */
  clientNetwork?: string;
}

/** The customer's language, when the channel knows it: the codes and notices a request sends are written in it. */
export interface CustomerLocaleHint {
  /** The conversation's language; absent: Turkish. */
  locale?: NotificationLocale;
}

/** A certificate as its verified holder sees it: with the medium it is on (R3.3), when known. */
export type HeldCertificate = CertificateView & { medium?: Medium };

/** The RA facade. Every method throws coded `DomainError`s for bad input. */
export interface RegistrationAuthority {
  /** Submits an application; returns the same order for the same idempotency key. */
  submitApplication(input: ApplicationInput): Promise<SubmittedApplication>;
  /**
   * Status of an order by its number; undefined when unknown. `asker`: the conversation asking;
   * only the one that made the application is told its contacts still to prove (`contactsToProve`).
   */
  orderStatus(orderNo: string, asker?: { conversationId: string }): Promise<OrderStatusView | undefined>;
  /** R2.2/R2.3 advice from what the customer said. */
  adviseMedium(facts: {
    invoicesPerMinute?: number;
    severalSigners?: boolean;
    branches?: boolean;
  }): MediumAdvice;
  /** Current prices (R6.1), from configuration, in kuruş. */
  prices(): { card: number; hsm: number; hsmOnSiteFee: number };

  /**
   * Starts identity verification for a VKN/TCKN or a certificate serial. For an unknown subject it
   * answers exactly as for a known one (nothing is sent), so the dialog reveals nothing.
   */
  startVerification(
    request: { conversationId: string; subject: string } & ClientNetworkHint & CustomerLocaleHint,
  ): Promise<CodeSent>;
  /**
   * Checks a code as typed (core/ra/typed-code.ts: grouped digits and a label allowed): `verified`,
   * or the tries left (0 means the challenge is spent); `expired` when the code's 5 minutes were
   * over. A text that is no 6-digit code throws `invalid_code_format` and spends no try (so do the
   * other code checks below).
   */
  verifyCode(request: {
    conversationId: string;
    code: string;
  }): Promise<{ verified: boolean; attemptsLeft: number; expired?: true }>;
  /** The verified subject (VKN/TCKN) of the conversation, while verification lasts (15 minutes). */
  verifiedSubject(conversationId: string): Promise<string | undefined>;

  /** Sends a code to the new contact (after verification); the old contact is not changed yet. */
  startContactUpdate(
    request: {
      conversationId: string;
      kind: "email" | "phone";
      newValue: string;
    } & ClientNetworkHint &
      CustomerLocaleHint,
  ): Promise<{ maskedTarget: string }>;

  /**
   * Sends a code to each contact (e-mail and phone) of the conversation's submitted application, so
   * that they are proven before any identity code goes to them (R5.1). `later`: from any
   * conversation with the order number, to the contacts still unproven only (none:
   * `contacts_already_proven`); a contact not sent to is the empty string.
   */
  sendApplicationContactCodes(
    request: { conversationId: string; orderNo: string; later?: boolean } & ClientNetworkHint &
      CustomerLocaleHint,
  ): Promise<CodeSent>;
  /**
   * Checks the code of one application contact; a match marks that contact proven. `expired`: the
   * code's time ran out (attemptsLeft 0), as opposed to its tries used up.
   */
  confirmApplicationContact(request: {
    conversationId: string;
    kind: "email" | "phone";
    code: string;
  }): Promise<{ confirmed: boolean; attemptsLeft: number; expired?: true }>;
  /** Confirms the new contact by its code; the old contact is told (in the conversation's language). */
  confirmContactUpdate(
    request: {
      conversationId: string;
      code: string;
    } & CustomerLocaleHint,
  ): Promise<{ updated: boolean; attemptsLeft: number; expired?: true }>;

  /** Certificates of the verified subject, each with its medium (card or HSM) when it is known. */
  certificatesOfVerified(conversationId: string): Promise<HeldCertificate[]>;
  /** Public status by serial (as OCSP is public). */
  certificateStatus(serial: string): Promise<CertificateView | undefined>;
  /** Customer revocation (R7) after verification: kayıp → keyCompromise, çalıntı → keyCompromise. */
  revokeByCustomer(request: {
    conversationId: string;
    serial: string;
    reason: "kayip" | "calinti";
  }): Promise<CertificateView>;
}

/** Maps the seed's revocation reasons (R7.2) to RFC 5280 codes. */
export const revocationReasonOf: Record<"kayip" | "calinti" | "gib" | "misuse", RevocationReason> = {
  kayip: "keyCompromise",
  calinti: "keyCompromise",
  gib: "privilegeWithdrawn",
  misuse: "privilegeWithdrawn",
};
