import type { i18n } from "i18next";
import { dispatchJobKey, notificationDispatchJob } from "../../core/notifications/notification-dispatch.ts";
import {
  type NotificationOutbox,
  notificationLocaleOf,
  type OutgoingNotification,
} from "../../core/notifications/notification-outbox.ts";
import type { NotificationStore, StoredNotification } from "../../core/notifications/notification-store.ts";
import type { Clock } from "../../core/ports/clock.ts";
import type { ReminderLog } from "../../core/ra/renewal-reminders.ts";
import type { Db } from "./database.ts";
import { isUniqueViolation } from "./ra/unique-violation.ts";
import { newRowId } from "./row-id.ts";

/** A notification rendered in its locale. */
export interface RenderedNotification {
  subject?: string;
  body: string;
}

/**
 * Renders `notifications:<template>` (and `<template>_subject` for e-mail) in the notification's
 * locale (the customer's language; Turkish when absent). A `kind` parameter (`email` | `phone`) also
 * yields `kindLabel` and `kindTarget`, the localised names of that contact; a `period` that is a
 * renewal threshold's code (`3m`, `1w`) becomes its localised name (`renewal_period.<code>`).
 * E-mail bodies end with the signature.
 */
export function renderNotification(
  translator: i18n,
  notification: OutgoingNotification,
): RenderedNotification {
  const lng = notificationLocaleOf(notification.locale);
  const key = `notifications:${notification.template}`;
  if (!translator.exists(key, { lng })) {
    throw new Error(`unknown notification template "${notification.template}"`);
  }
  const values: Record<string, unknown> = { ...notification.params, lng };
  const kind = notification.params?.kind;
  if (kind === "email" || kind === "phone") {
    values.kindLabel = translator.t(`notifications:contact_kind.${kind}`, { lng });
    values.kindTarget = translator.t(`notifications:contact_target.${kind}`, { lng });
  }
  const period = notification.params?.period;
  if (period !== undefined && translator.exists(`notifications:renewal_period.${period}`, { lng }))
    values.period = translator.t(`notifications:renewal_period.${period}`, { lng });
  const body = translator.t(key, values);
  if (notification.channel !== "email") return { body };
  const signature = translator.t("notifications:signature", { lng });
  return { subject: translator.t(`${key}_subject`, values), body: `${body}\n\n${signature}` };
}

/**
 * The outbox table. `enqueue` renders the notification and writes it as `pending` together with its
 * dispatch job, in one transaction; a repeated uniqueKey writes nothing and resolves false.
 */
export class PrismaNotificationOutbox implements NotificationOutbox, NotificationStore, ReminderLog {
  constructor(
    private readonly db: Db,
    private readonly translator: i18n,
    private readonly clock: Clock,
  ) {}

  async enqueue(notification: OutgoingNotification): Promise<boolean> {
    if (notification.uniqueKey) {
      const existing = await this.db.notification.findUnique({
        where: { uniqueKey: notification.uniqueKey },
        select: { id: true },
      });
      if (existing) return false;
    }
    const rendered = renderNotification(this.translator, notification);
    const id = newRowId();
    const now = this.clock.now();
    try {
      await this.db.$transaction([
        this.db.notification.create({
          data: {
            id,
            channel: notification.channel,
            recipient: notification.to,
            // A withheld notification is rendered and written like any other, but blank and never sent.
            subject: notification.withheld ? null : (rendered.subject ?? null),
            body: notification.withheld ? "" : rendered.body,
            sensitive: notification.sensitive ?? false,
            language: notificationLocaleOf(notification.locale),
            uniqueKey: notification.uniqueKey ?? null,
            status: notification.withheld ? "withheld" : "pending",
            createdAt: now,
          },
        }),
        this.db.job.create({
          data: {
            id: newRowId(),
            kind: notificationDispatchJob,
            payload: JSON.stringify({ notificationId: id }),
            uniqueKey: dispatchJobKey(id),
            runAt: now,
            status: "queued",
          },
        }),
      ]);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Whether a notification with this uniqueKey exists. */
  async wasEnqueued(uniqueKey: string): Promise<boolean> {
    return (await this.db.notification.count({ where: { uniqueKey } })) > 0;
  }

  async get(id: string): Promise<StoredNotification | undefined> {
    const row = await this.db.notification.findUnique({ where: { id } });
    if (!row) return undefined;
    return {
      id: row.id,
      channel: row.channel === "sms" ? "sms" : "email",
      recipient: row.recipient,
      subject: row.subject ?? undefined,
      body: row.body,
      status:
        row.status === "sent" || row.status === "failed" || row.status === "withheld"
          ? row.status
          : "pending",
      attempts: row.attempts,
      sensitive: row.sensitive,
    };
  }

  async pendingIds(limit: number): Promise<string[]> {
    const rows = await this.db.notification.findMany({
      where: { status: "pending" },
      orderBy: { createdAt: "asc" },
      take: limit,
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  async markSent(id: string, at: Date): Promise<boolean> {
    const sent = { status: "sent", sentAt: at, attempts: { increment: 1 }, lastError: null };
    const [sensitive, plain] = await this.db.$transaction([
      this.db.notification.updateMany({
        where: { id, status: "pending", sensitive: true },
        data: { ...sent, body: "", subject: null },
      }),
      this.db.notification.updateMany({ where: { id, status: "pending", sensitive: false }, data: sent }),
    ]);
    return sensitive.count + plain.count === 1;
  }

  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.db.notification.updateMany({
      where: { id, status: "pending" },
      data: {
        attempts: { increment: 1 },
        lastError: error.slice(0, 2000),
        ...(final ? { status: "failed" } : {}),
      },
    });
    // a code that was never delivered is not kept either
    if (final)
      await this.db.notification.updateMany({
        where: { id, sensitive: true },
        data: { body: "", subject: null },
      });
  }
}
