import {
  type NotificationLocale,
  notificationLocaleOf,
} from "../../../core/notifications/notification-outbox.ts";

/**
 * The `language` column (tr | en, default tr) as a record field: a record's language is optional and
 * absent means Turkish, so the default reads back absent, as the in-memory repositories keep it.
 */
export function languageOfRow(stored: string): { language?: NotificationLocale } {
  const language = notificationLocaleOf(stored);
  return language === "tr" ? {} : { language };
}
