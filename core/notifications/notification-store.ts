import type { NotificationChannel } from "./notification-outbox.ts";

/** A rendered notification as stored in the outbox. */
export interface StoredNotification {
  id: string;
  channel: NotificationChannel;
  /** E-mail address or phone number; never logged unmasked. */
  recipient: string;
  /** E-mail subject; absent for SMS. */
  subject?: string;
  body: string;
  /** `withheld`: written but never to be sent (see `OutgoingNotification.withheld`). */
  status: "pending" | "sent" | "failed" | "withheld";
  attempts: number;
  /** The body carries a one-time code and is blanked once delivered. */
  sensitive?: boolean;
}

/** What notification dispatch needs from the outbox table. */
export interface NotificationStore {
  /** The notification, or undefined. */
  get(id: string): Promise<StoredNotification | undefined>;
  /** Ids of pending notifications, oldest first. */
  pendingIds(limit: number): Promise<string[]>;
  /**
   * Marks a pending notification sent; false when it was not pending any more. A sensitive
   * notification's body (and subject) is blanked in the same write, so a code is never kept in clear.
   */
  markSent(id: string, at: Date): Promise<boolean>;
  /** Counts a failed attempt and keeps its error; `final` marks the notification failed. */
  recordFailure(id: string, error: string, final: boolean): Promise<void>;
}
