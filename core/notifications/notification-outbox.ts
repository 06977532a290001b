/**
 * The notification port of the core. Use cases enqueue a notification by template; the adapter
 * renders it with the locale texts (`locales/<lng>/notifications.json`, key = `template`) and writes
 * it to the outbox table, from which a job delivers it (e-mail by SMTP, SMS through a provider).
 * The core never sends anything itself, so a crash after the change never loses the message.
 */

/** How a notification travels. */
export type NotificationChannel = "email" | "sms";

/** The languages notifications are written in: the customer's conversation language. */
export type NotificationLocale = "tr" | "en";

/** A stored or typed language as a notification language (anything but English is Turkish). */
export function notificationLocaleOf(value: string | undefined): NotificationLocale {
  return value === "en" ? "en" : "tr";
}

/** One notification to enqueue. */
export interface OutgoingNotification {
  channel: NotificationChannel;
  /** E-mail address or +905XXXXXXXXX; never logged unmasked. */
  to: string;
  /** Template key in the `notifications` namespace, e.g. `otp_code`, `renewal_reminder`. */
  template: string;
  /** Values for the template's placeholders. */
  params?: Record<string, string | number>;
  /** The customer's language (the conversation's, or the application's for later notices); defaults to Turkish. */
  locale?: NotificationLocale;
  /** When set, a second notification with the same key is not enqueued (exactly-once reminders). */
  uniqueKey?: string;
  /** The body carries a one-time code: it is never kept once delivered (blanked at `markSent`). */
  sensitive?: boolean;
  /**
   * Written like any other notification (same rows, same dispatch job) but blank and never sent
   * (status `withheld`): a verification of an unknown subject does the same storage work as a known
   * one, so its timing reveals nothing.
   */
  withheld?: boolean;
}

/** The outbox as use cases see it. */
export interface NotificationOutbox {
  /** Enqueues a notification; resolves false when `uniqueKey` was enqueued before. */
  enqueue(notification: OutgoingNotification): Promise<boolean>;
}
