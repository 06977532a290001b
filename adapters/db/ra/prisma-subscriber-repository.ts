import type { SubscriberRecord, SubscriberRepository } from "../../../core/ra/ports/subscriber-repository.ts";
import type { Db } from "../database.ts";
import { isUniqueViolation } from "./unique-violation.ts";

/** Registered contacts over the `Subscriber` table. */
export class PrismaSubscriberRepository implements SubscriberRepository {
  constructor(private readonly db: Db) {}

  async get(idNumber: string): Promise<SubscriberRecord | undefined> {
    const row = await this.db.subscriber.findUnique({ where: { idNumber } });
    return row ? { idNumber: row.idNumber, title: row.title, email: row.email, phone: row.phone } : undefined;
  }

  async createIfAbsent(record: SubscriberRecord): Promise<SubscriberRecord> {
    const existing = await this.get(record.idNumber);
    if (existing) return existing;
    try {
      await this.db.subscriber.create({ data: record });
      return record;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return (await this.get(record.idNumber)) ?? record;
    }
  }

  async updateContact(idNumber: string, kind: "email" | "phone", value: string): Promise<void> {
    await this.db.subscriber.update({ where: { idNumber }, data: { [kind]: value } });
  }
}
