import type { NotificationSender } from "../../core/notifications/notification-sender.ts";
import type { StoredNotification } from "../../core/notifications/notification-store.ts";

/**
 * For replays and tests only: wraps the real sender and keeps, in memory, each notification it
 * delivered, so a replay can read a one-time code after the outbox blanked the stored body
 * (`{{otp}}`). Never used by the service itself.
 */
export class DeliveryRecorder {
  readonly #delivered = new Map<string, StoredNotification>();

  /** The sender to use instead of `inner`. */
  wrap = (inner: NotificationSender): NotificationSender => ({
    send: async (notification) => {
      await inner.send(notification);
      this.#delivered.set(notification.id, { ...notification });
    },
  });

  /** The notification as it was delivered, if it was. */
  delivered(id: string): StoredNotification | undefined {
    return this.#delivered.get(id);
  }
}
