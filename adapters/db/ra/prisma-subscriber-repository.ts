import type {
  ContactKind,
  SubscriberRecord,
  SubscriberRepository,
} from "../../../core/ra/ports/subscriber-repository.ts";
import type { Db } from "../database.ts";
import { languageOfRow } from "./language-column.ts";
import { isUniqueViolation } from "./unique-violation.ts";

/** Registered contacts over the `Subscriber` table, their proofs over `ContactVerification`. */
export class PrismaSubscriberRepository implements SubscriberRepository {
  constructor(private readonly db: Db) {}

  async get(idNumber: string): Promise<SubscriberRecord | undefined> {
    // Both reads run whether or not the subscriber exists (an unknown VKN costs the same).
    const [row, proofs] = await Promise.all([
      this.db.subscriber.findUnique({ where: { idNumber } }),
      this.db.contactVerification.findMany({ where: { idNumber } }),
    ]);
    if (!row) return undefined;
    const proven = (kind: ContactKind, value: string) =>
      proofs.find((p) => p.kind === kind && p.value === value)?.verifiedAt;
    const emailVerifiedAt = proven("email", row.email);
    const phoneVerifiedAt = proven("phone", row.phone);
    return {
      idNumber: row.idNumber,
      title: row.title,
      email: row.email,
      phone: row.phone,
      ...languageOfRow(row.language),
      ...(emailVerifiedAt ? { emailVerifiedAt } : {}),
      ...(phoneVerifiedAt ? { phoneVerifiedAt } : {}),
    };
  }

  async createIfAbsent(record: SubscriberRecord): Promise<SubscriberRecord> {
    const existing = await this.get(record.idNumber);
    if (existing) return existing;
    const data = { idNumber: record.idNumber, title: record.title, email: record.email, phone: record.phone };
    try {
      await this.db.subscriber.create({ data: { ...data, language: record.language ?? "tr" } });
      return (await this.get(record.idNumber)) ?? data;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return (await this.get(record.idNumber)) ?? data;
    }
  }

  async updateContact(idNumber: string, kind: ContactKind, value: string): Promise<void> {
    await this.db.subscriber.update({ where: { idNumber }, data: { [kind]: value } });
  }

  async markContactVerified(idNumber: string, kind: ContactKind, value: string, at: Date): Promise<void> {
    try {
      await this.db.contactVerification.create({ data: { idNumber, kind, value, verifiedAt: at } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async provenAt(idNumber: string, kind: ContactKind, value: string): Promise<Date | undefined> {
    const row = await this.db.contactVerification.findFirst({ where: { idNumber, kind, value } });
    return row?.verifiedAt ?? undefined;
  }
}
