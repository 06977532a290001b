import type { StoredNotification } from "./notification-store.ts";

/** Delivers one rendered notification over its channel; throws when the channel refused it. */
export interface NotificationSender {
  send(notification: StoredNotification): Promise<void>;
}

/** Sends a text message to a Turkish mobile number (+905XXXXXXXXX). */
export interface SmsProvider {
  sendSms(to: string, text: string): Promise<void>;
}
