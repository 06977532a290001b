/** Storage of the registered contact of each subscriber (the firm or person holding a certificate). */

/** The registered contact, keyed by VKN (tüzel) or TCKN (gerçek). */
export interface SubscriberRecord {
  idNumber: string;
  title: string;
  email: string;
  phone: string;
}

/** Storage port of subscribers. */
export interface SubscriberRepository {
  get(idNumber: string): Promise<SubscriberRecord | undefined>;
  /** Creates the subscriber when absent; an existing contact is kept (it changes only through R5.1). */
  createIfAbsent(record: SubscriberRecord): Promise<SubscriberRecord>;
  /** Replaces one contact. */
  updateContact(idNumber: string, kind: "email" | "phone", value: string): Promise<void>;
}
