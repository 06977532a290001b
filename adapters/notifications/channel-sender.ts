import type { NotificationSender, SmsProvider } from "../../core/notifications/notification-sender.ts";
import type { StoredNotification } from "../../core/notifications/notification-store.ts";
import type { EmailSender } from "./email-sender.ts";

/** Sends a notification by its channel: e-mail through the mail sender, SMS through the SMS provider. */
export class ChannelNotificationSender implements NotificationSender {
  constructor(
    private readonly email: EmailSender,
    private readonly sms: SmsProvider,
  ) {}

  async send(notification: StoredNotification): Promise<void> {
    if (notification.channel === "sms") {
      await this.sms.sendSms(notification.recipient, notification.body);
      return;
    }
    await this.email.sendEmail({
      id: notification.id,
      to: notification.recipient,
      subject: notification.subject ?? "",
      text: notification.body,
    });
  }
}
