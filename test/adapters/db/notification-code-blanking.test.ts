import type { i18n } from "i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaNotificationOutbox } from "../../../adapters/db/notification-outbox.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { silentJobLogger } from "../../../core/jobs/job-logger.ts";
import { createNotificationDispatchHandler } from "../../../core/notifications/notification-dispatch.ts";
import type { StoredNotification } from "../../../core/notifications/notification-store.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("one-time codes are not kept once delivered, on $name", (dialect) => {
  let translator: i18n;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let outbox: PrismaNotificationOutbox;
  const clock = new FrozenClock("2026-11-25T07:00:00Z");
  beforeAll(async () => {
    translator = await createTranslator();
  });
  beforeEach(async () => {
    database = await freshDatabase(dialect);
    outbox = new PrismaNotificationOutbox(database.db, translator, clock);
  });
  afterEach(() => database.dispose());

  const context = (attempt: number) => ({ jobId: "j", kind: "k", now: clock.now(), attempt, maxAttempts: 2 });
  /** Enqueues a one-time code (sensitive) to send on the channel. */
  const enqueueCode = (channel: "sms" | "email", to: string, code: string) =>
    outbox.enqueue({ channel, to, template: "otp_code", params: { code }, sensitive: true });

  it("blanks the body of a delivered code and keeps other notices", async () => {
    await enqueueCode("sms", "+905321234567", "482913");
    await outbox.enqueue({
      channel: "email",
      to: "a@b.com.tr",
      template: "payment_posted",
      params: { orderNo: "MM-2026-000042" },
    });
    const sent: StoredNotification[] = [];
    const handler = createNotificationDispatchHandler({
      store: outbox,
      sender: { send: async (n) => void sent.push(n) },
      logger: silentJobLogger,
    });
    for (const id of await outbox.pendingIds(10)) await handler({ notificationId: id }, context(1));
    expect(sent.map((n) => n.body).join("\n")).toContain("482913");
    const rows = await database.db.notification.findMany({ orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ["email", "sent"],
      ["sms", "sent"],
    ]);
    expect(rows[1]!.body).toBe("");
    expect(rows[0]!.body).toContain("MM-2026-000042");
    expect(JSON.stringify(rows)).not.toContain("482913");
  });

  it("blanks a code that could never be delivered", async () => {
    await enqueueCode("email", "a@b.com.tr", "771204");
    const [id] = await outbox.pendingIds(10);
    const handler = createNotificationDispatchHandler({
      store: outbox,
      sender: {
        send: async () => {
          throw new Error("refused");
        },
      },
      logger: silentJobLogger,
    });
    await expect(handler({ notificationId: id }, context(1))).rejects.toThrow("refused");
    expect((await outbox.get(id!))?.body).toContain("771204"); // kept for the retry
    await expect(handler({ notificationId: id }, context(2))).rejects.toThrow("refused");
    const row = await database.db.notification.findUniqueOrThrow({ where: { id: id! } });
    expect([row.status, row.body, row.subject]).toEqual(["failed", "", null]);
  });
});
