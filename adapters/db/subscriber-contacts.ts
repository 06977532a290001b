import type { SubscriberContact, SubscriberContacts } from "../../core/ra/renewal-reminders.ts";
import type { Db } from "./database.ts";
import { languageOfRow } from "./ra/language-column.ts";

/** Registered contacts from the Subscriber table, keyed by VKN/TCKN. */
export class PrismaSubscriberContacts implements SubscriberContacts {
  constructor(private readonly db: Db) {}

  async contactOf(idNumber: string): Promise<SubscriberContact | undefined> {
    const row = await this.db.subscriber.findUnique({ where: { idNumber } });
    return row
      ? { email: row.email, phone: row.phone, title: row.title, ...languageOfRow(row.language) }
      : undefined;
  }
}
