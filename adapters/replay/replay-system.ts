import type { CertificateView } from "../../core/ports/certificate-authority.ts";
import type { FrozenClock } from "../../core/ports/clock.ts";
import type { AgentConsole } from "./agent-console.ts";
import type { GivenCertificate } from "./replay-format.ts";

/** A notification the system delivered (e-mail or SMS). */
export interface DeliveredNotification {
  channel: string;
  recipient: string;
  subject?: string;
  body: string;
}

/**
 * One fresh, isolated instance of the whole service for one replay: empty storage, a fresh CA, a
 * frozen clock, the HTTP server on an ephemeral port. Channel drivers talk to it over its real
 * customer interfaces; the runner uses the rest for `given`, `wait` and the after-turn checks.
 */
export interface ReplaySystem {
  /** Base URL of the in-process HTTP server. */
  baseUrl: string;
  clock: FrozenClock;
  /** Seeds one certificate of `given.certificates` through the core and the issuance engine. */
  seedCertificate(given: Omit<GivenCertificate, "notBefore"> & { notBefore: Date }): Promise<void>;
  /** Every notification delivered so far, oldest first. */
  delivered(): Promise<DeliveredNotification[]>;
  /** Runs the jobs due at the clock's now (reminders, notification dispatch…). */
  runDueJobs(): Promise<void>;
  /** The certificates of a VKN (newest first) or the one with a serial, as the core reports them. */
  certificatesOf(query: { vkn?: string; serial?: string }): Promise<CertificateView[]>;
  /** The call-centre console (`agent`/`agent_reply` turns). */
  agentConsole: AgentConsole;
  close(): Promise<void>;
}

/**
 * Starts a fresh {@link ReplaySystem}; `env` adds configuration a channel driver prepared (e.g. the
 * token and API root of a test Bot API server).
 */
export type ReplaySystemFactory = (options: {
  now?: Date;
  locale: "tr" | "en";
  env?: Record<string, string>;
}) => Promise<ReplaySystem>;
