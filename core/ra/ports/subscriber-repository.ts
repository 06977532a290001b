/** Storage of the registered contact of each subscriber (the firm or person holding a certificate). */
import type { NotificationLocale } from "../../notifications/notification-outbox.ts";

/** The registered contact, keyed by VKN (tüzel) or TCKN (gerçek). */
export interface SubscriberRecord {
  idNumber: string;
  title: string;
  email: string;
  phone: string;
  /** When the registered e-mail was proven by a code given back (R5.1); absent: never proven. */
  emailVerifiedAt?: Date;
  /** When the registered phone was proven by a code given back (R5.1); absent: never proven. */
  phoneVerifiedAt?: Date;
  /** The language of its first application: reminders and notices are written in it (absent: Turkish). */
  language?: NotificationLocale;
}

/** A contact of a subscriber that can be proven. */
export type ContactKind = "email" | "phone";

/** Storage port of subscribers. */
export interface SubscriberRepository {
  /** The subscriber with the proof times of its current contacts. */
  get(idNumber: string): Promise<SubscriberRecord | undefined>;
  /** Creates the subscriber when absent; an existing contact is kept (it changes only through R5.1). */
  createIfAbsent(record: SubscriberRecord): Promise<SubscriberRecord>;
  /** Replaces one contact. */
  updateContact(idNumber: string, kind: ContactKind, value: string): Promise<void>;
  /**
   * Records that a contact value of a VKN/TCKN was proven at `at` (the subscriber may not exist yet:
   * an application's contacts are proven before its certificate is issued). Repeating keeps the first time.
   */
  markContactVerified(idNumber: string, kind: ContactKind, value: string, at: Date): Promise<void>;
  /** When this contact value of a VKN/TCKN was first proven, whether or not it is the registered one; absent: never. */
  provenAt(idNumber: string, kind: ContactKind, value: string): Promise<Date | undefined>;
}
