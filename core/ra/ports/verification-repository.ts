/** Storage of one-time-code challenges and verified identities (R5.1, `interfaces.md` §4). */

/** A one-time code; only a keyed hash of the code is stored. */
export interface OtpChallengeRecord {
  id: string;
  /** `confirm_email` / `confirm_phone`: proving an application's contact (core/ra/contact-proof-service.ts). */
  purpose: "verify" | "contact_update" | "confirm_email" | "confirm_phone";
  subjectKey: string;
  conversationId: string;
  /** The client network the code was asked from (IPv4 /32, IPv6 /64), when the channel knew it. */
  network?: string;
  /** For contact updates: the new contact, not yet in force. */
  target?: { kind: "email" | "phone"; value: string };
  codeHash: string;
  attempts: number;
  expiresAt: Date;
  consumedAt?: Date;
  createdAt: Date;
}

/** Whether a challenge can still be answered at `now`: not used and not expired. */
export function isLiveChallenge(challenge: OtpChallengeRecord | undefined, now: Date): boolean {
  return challenge !== undefined && !challenge.consumedAt && challenge.expiresAt.getTime() > now.getTime();
}

/** A verified identity of a conversation. */
export interface VerificationRecord {
  id: string;
  conversationId: string;
  subjectKey: string;
  method: "otp" | "agent";
  agentId?: string;
  verifiedAt: Date;
  expiresAt: Date;
}

/** Storage port of challenges and verifications. */
export interface VerificationRepository {
  createChallenge(record: OtpChallengeRecord): Promise<void>;
  /** The newest unconsumed challenge of a conversation for a purpose. */
  latestChallenge(
    conversationId: string,
    purpose: OtpChallengeRecord["purpose"],
  ): Promise<OtpChallengeRecord | undefined>;
  /** Challenges created for a subject, a conversation, a network, or (empty filter) all, since an instant (rate limits). */
  countChallengesSince(
    filter: { subjectKey?: string; conversationId?: string; network?: string },
    since: Date,
  ): Promise<number>;
  /**
   * Counts one attempt, only while attempts < max and the challenge is unconsumed; returns the new
   * count, or undefined when no attempt was left (so two racing guesses cannot both be counted as the last).
   */
  countAttempt(id: string, max: number): Promise<number | undefined>;
  /** Marks consumed once; false when it already was. */
  consume(id: string, at: Date): Promise<boolean>;
  saveVerification(record: VerificationRecord): Promise<void>;
  /**
   * The newest verification of a conversation still valid at `now`; of two saved at the same instant
   * (a frozen clock), the one saved last (ids are time-ordered).
   */
  activeVerification(conversationId: string, now: Date): Promise<VerificationRecord | undefined>;
}
