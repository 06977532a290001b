import type { JobLogger } from "../jobs/job-logger.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import type { JobHandler } from "../jobs/job-runner.ts";
import type { NotificationSender } from "./notification-sender.ts";
import type { NotificationStore } from "./notification-store.ts";

/** The job kind that delivers one notification of the outbox. */
export const notificationDispatchJob = "notification_dispatch";

/** The uniqueKey of a notification's dispatch job: one job per notification. */
export function dispatchJobKey(notificationId: string): string {
  return `${notificationDispatchJob}:${notificationId}`;
}

/**
 * The handler of {@link notificationDispatchJob} (payload `{ notificationId }`). It sends only a
 * pending notification, so once marked sent it is never sent again; a send error is recorded and
 * rethrown for the job runner to retry, and on the last attempt the notification becomes `failed`.
 * The job lock keeps two runners from sending the same notification at once.
 */
export function createNotificationDispatchHandler(deps: {
  store: NotificationStore;
  sender: NotificationSender;
  logger: JobLogger;
}): JobHandler {
  return async (payload, context) => {
    const id = String(payload.notificationId ?? "");
    const notification = await deps.store.get(id);
    if (!notification) {
      deps.logger.warn({ notificationId: id }, "notification to dispatch does not exist");
      return;
    }
    if (notification.status !== "pending") return;
    try {
      await deps.sender.send(notification);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await deps.store.recordFailure(id, message, context.attempt >= context.maxAttempts);
      throw error;
    }
    await deps.store.markSent(id, context.now);
    deps.logger.info({ notificationId: id, channel: notification.channel }, "notification sent");
  };
}

/**
 * Makes sure every pending notification has a dispatch job (e.g. one written by another tool, or
 * whose job row was lost); returns how many jobs it scheduled.
 */
export async function scheduleDispatchOfPending(
  store: NotificationStore,
  queue: JobQueue,
  now: Date,
  limit = 100,
): Promise<number> {
  let scheduled = 0;
  for (const id of await store.pendingIds(limit)) {
    const added = await queue.schedule({
      kind: notificationDispatchJob,
      payload: { notificationId: id },
      runAt: now,
      uniqueKey: dispatchJobKey(id),
    });
    if (added) scheduled += 1;
  }
  return scheduled;
}
