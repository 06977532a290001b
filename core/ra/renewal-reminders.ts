import type { JobLogger } from "../jobs/job-logger.ts";
import type { JobHandler } from "../jobs/job-runner.ts";
import type { NotificationLocale, NotificationOutbox } from "../notifications/notification-outbox.ts";
import type { CertificateAuthorityPort, CertificateView } from "../ports/certificate-authority.ts";
import { maskIdNumber } from "../privacy/mask.ts";

/** The job kind of the daily renewal reminder sweep (R8.2). */
export const renewalSweepJob = "renewal_sweep";

/** The registered contact of a subscriber (the Subscriber record). */
export interface SubscriberContact {
  email: string;
  phone: string;
  title: string;
  /** The language of the subscriber's application: the reminder is written in it (absent: Turkish). */
  language?: NotificationLocale;
}

/** Looks up the registered contact of a subscriber by VKN/TCKN. */
export interface SubscriberContacts {
  contactOf(idNumber: string): Promise<SubscriberContact | undefined>;
}

/** One reminder threshold before expiry (R8.2), nearest last. */
interface Threshold {
  /** Also the template's `period`: the texts name it (`notifications:renewal_period.<code>`). */
  code: "3m" | "2m" | "1m" | "1w";
  /** The instant `notAfter - threshold` as a function of `notAfter`. */
  start(notAfter: Date): Date;
}

const week = 7 * 24 * 60 * 60 * 1000;

/** R8.2: 3 months, 2 months, 1 month and 1 week before expiry, farthest first. */
export const renewalThresholds: readonly Threshold[] = [
  { code: "3m", start: (at) => addMonthsUtc(at, -3) },
  { code: "2m", start: (at) => addMonthsUtc(at, -2) },
  { code: "1m", start: (at) => addMonthsUtc(at, -1) },
  { code: "1w", start: (at) => new Date(at.getTime() - week) },
];

/** Calendar months added in UTC, the day clamped to the target month's length (31 Mar − 1 month = 28/29 Feb). */
export function addMonthsUtc(at: Date, months: number): Date {
  const target = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(at.getUTCDate(), lastDay));
  target.setUTCHours(at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds());
  return target;
}

/** The nearest threshold `now` has crossed for a certificate expiring at `notAfter`, if any. */
export function nearestThreshold(notAfter: Date, now: Date): Threshold | undefined {
  if (notAfter.getTime() <= now.getTime()) return undefined;
  return [...renewalThresholds].reverse().find((t) => t.start(notAfter).getTime() <= now.getTime());
}

/** The uniqueKey of one reminder: each certificate gets each threshold's reminder once. */
export function renewalReminderKey(serial: string, code: Threshold["code"]): string {
  return `renewal:${serial}:${code}`;
}

/**
 * The reminder to enqueue at `now`: the nearest threshold crossed, unless its reminder was never
 * sent and `now` is already past the midpoint to the next threshold. Then that stale reminder would
 * name the wrong period ("2 ay" five weeks before expiry), so the next one goes out early instead: a
 * certificate first seen 5 weeks before expiry gets the 1-month reminder, and nothing more until 1 week.
 */
export async function reminderToSend(
  notAfter: Date,
  now: Date,
  wasSent: (code: Threshold["code"]) => Promise<boolean>,
): Promise<Threshold | undefined> {
  const crossed = nearestThreshold(notAfter, now);
  if (!crossed) return undefined;
  const next = renewalThresholds[renewalThresholds.indexOf(crossed) + 1];
  if (!next) return crossed;
  const crossedAt = crossed.start(notAfter).getTime();
  const midpoint = crossedAt + (next.start(notAfter).getTime() - crossedAt) / 2;
  if (now.getTime() < midpoint || (await wasSent(crossed.code))) return crossed;
  return next;
}

/** Tells whether a notification with this uniqueKey was enqueued before (the outbox keeps the keys). */
export interface ReminderLog {
  wasEnqueued(uniqueKey: string): Promise<boolean>;
}

/** A date as customers read it in Istanbul (UTC+3): `25.11.2026`. */
export function formatIstanbulDay(at: Date): string {
  const local = new Date(at.getTime() + 3 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(local.getUTCDate())}.${pad(local.getUTCMonth() + 1)}.${local.getUTCFullYear()}`;
}

/** Dependencies of the renewal sweep. */
export interface RenewalReminderDeps {
  certificates: CertificateAuthorityPort;
  contacts: SubscriberContacts;
  outbox: NotificationOutbox;
  reminderLog: ReminderLog;
  logger: JobLogger;
}

/**
 * R8.2: finds valid signing certificates expiring within 3 months of `now` and enqueues, by e-mail to
 * the subscriber's registered address, the reminder of the nearest threshold crossed (see
 * {@link reminderToSend}). The outbox's
 * uniqueKey makes each of the four reminders go out once, also across restarts and instances; a
 * certificate first seen 5 weeks before expiry gets only the 1-month one. A certificate already
 * renewed (the holder has a valid signing certificate that lasts longer) gets none.
 */
export async function sendRenewalReminders(
  deps: RenewalReminderDeps,
  now: Date,
): Promise<{ checked: number; enqueued: number }> {
  const horizon = new Date(addMonthsUtc(now, 3).getTime() + 1);
  const expiring = await deps.certificates.findExpiringBetween(now, horizon);
  let enqueued = 0;
  let checked = 0;
  for (const certificate of expiring) {
    if (certificate.kind !== "sign" || certificate.status !== "valid") continue;
    checked += 1;
    const threshold = await reminderToSend(certificate.notAfter, now, (code) =>
      deps.reminderLog.wasEnqueued(renewalReminderKey(certificate.serial, code)),
    );
    if (!threshold) continue;
    if (await renewedAlready(deps.certificates, certificate)) continue;
    const contact = await deps.contacts.contactOf(certificate.vkn);
    if (!contact) {
      deps.logger.warn(
        { serial: certificate.serial, idNumber: maskIdNumber(certificate.vkn) },
        "no registered contact for a renewal reminder",
      );
      continue;
    }
    const added = await deps.outbox.enqueue({
      channel: "email",
      to: contact.email,
      template: "renewal_reminder",
      params: {
        period: threshold.code,
        notAfter: formatIstanbulDay(certificate.notAfter),
        title: contact.title,
      },
      locale: contact.language,
      uniqueKey: renewalReminderKey(certificate.serial, threshold.code),
    });
    if (added) enqueued += 1;
  }
  return { checked, enqueued };
}

async function renewedAlready(
  certificates: CertificateAuthorityPort,
  certificate: CertificateView,
): Promise<boolean> {
  const all = await certificates.findByVkn(certificate.vkn);
  return all.some(
    (other) =>
      other.serial !== certificate.serial &&
      other.kind === "sign" &&
      other.status === "valid" &&
      other.notAfter.getTime() > certificate.notAfter.getTime(),
  );
}

/** The job handler of {@link renewalSweepJob}. */
export function createRenewalSweepHandler(deps: RenewalReminderDeps): JobHandler {
  return async (_payload, context) => {
    const result = await sendRenewalReminders(deps, context.now);
    deps.logger.info(result, "renewal reminder sweep done");
  };
}
