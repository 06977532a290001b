import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaNotificationOutbox } from "../../../adapters/db/notification-outbox.ts";
import { PrismaSubscriberContacts } from "../../../adapters/db/subscriber-contacts.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { startJobs } from "../../../adapters/jobs/start-jobs.ts";
import type { JobLogger } from "../../../core/jobs/job-logger.ts";
import type { CertificateAuthorityPort, CertificateView } from "../../../core/ports/certificate-authority.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import {
  addMonthsUtc,
  nearestThreshold,
  type RenewalReminderDeps,
  reminderToSend,
  sendRenewalReminders,
} from "../../../core/ra/renewal-reminders.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { startSmtpReceiver } from "../../helpers/smtp-receiver.ts";

const day = 24 * 60 * 60 * 1000;

/** An in-memory issuance engine whose statuses follow the clock. */
class FakeCertificates implements CertificateAuthorityPort {
  readonly certificates: Omit<CertificateView, "status">[] = [];
  readonly revoked = new Set<string>();
  constructor(private readonly clock: FrozenClock) {}
  add(serial: string, vkn: string, notAfter: string, kind: "sign" | "encr" = "sign") {
    this.certificates.push({
      serial,
      vkn,
      kind,
      subjectCn: "ÖRNEK A.Ş.",
      profile: "kamusm",
      notBefore: new Date(new Date(notAfter).getTime() - 3 * 365 * day),
      notAfter: new Date(notAfter),
    });
  }
  #view(c: Omit<CertificateView, "status">): CertificateView {
    const now = this.clock.now().getTime();
    const status = this.revoked.has(c.serial) ? "revoked" : c.notAfter.getTime() <= now ? "expired" : "valid";
    return { ...c, status };
  }
  issueForOrder(): never {
    throw new Error("not used");
  }
  revoke(): never {
    throw new Error("not used");
  }
  async findBySerial(serial: string) {
    const c = this.certificates.find((x) => x.serial === serial);
    return c && this.#view(c);
  }
  async findByVkn(vkn: string) {
    return this.certificates.filter((c) => c.vkn === vkn).map((c) => this.#view(c));
  }
  async findExpiringBetween(from: Date, to: Date) {
    return this.certificates.filter((c) => c.notAfter >= from && c.notAfter < to).map((c) => this.#view(c));
  }
}

describe("R8.2 reminder thresholds", () => {
  it("R8.2 picks the nearest threshold crossed", () => {
    const notAfter = new Date("2026-09-01T00:00:00Z");
    expect(nearestThreshold(notAfter, new Date("2026-05-31T23:59:59Z"))).toBeUndefined();
    expect(nearestThreshold(notAfter, new Date("2026-06-01T00:00:00Z"))?.code).toBe("3m");
    expect(nearestThreshold(notAfter, new Date("2026-07-15T00:00:00Z"))?.code).toBe("2m");
    expect(nearestThreshold(notAfter, new Date("2026-08-01T00:00:00Z"))?.code).toBe("1m");
    expect(nearestThreshold(notAfter, new Date("2026-08-25T00:00:00Z"))?.code).toBe("1w");
    expect(nearestThreshold(notAfter, notAfter)).toBeUndefined();
  });

  it("R8.2 a reminder never sent goes out as the next one once past the midpoint to it", async () => {
    const notAfter = new Date("2026-09-01T00:00:00Z");
    const never = async () => false;
    const always = async () => true;
    expect((await reminderToSend(notAfter, new Date("2026-07-10T00:00:00Z"), never))?.code).toBe("2m");
    expect((await reminderToSend(notAfter, new Date("2026-07-28T00:00:00Z"), never))?.code).toBe("1m");
    expect((await reminderToSend(notAfter, new Date("2026-07-28T00:00:00Z"), always))?.code).toBe("2m");
    expect((await reminderToSend(notAfter, new Date("2026-08-31T00:00:00Z"), never))?.code).toBe("1w");
  });

  it("R8.2 calendar months clamp to the month's end", () => {
    expect(addMonthsUtc(new Date("2026-05-31T10:00:00Z"), -3).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(addMonthsUtc(new Date("2026-11-30T00:00:00Z"), 3).toISOString()).toBe("2027-02-28T00:00:00.000Z");
  });
});

describe.each(testDialects)("R8.2 renewal reminders on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const clock = new FrozenClock("2026-05-01T00:00:00Z");
  let certificates: FakeCertificates;
  const warnings: string[] = [];
  const logger: JobLogger = {
    info() {},
    warn: (fields, message) => void warnings.push(`${message} ${JSON.stringify(fields)}`),
    error() {},
  };

  async function outbox() {
    return new PrismaNotificationOutbox(database.db, await createTranslator(), clock);
  }

  async function deps(): Promise<RenewalReminderDeps> {
    // Fresh objects on every call, as after a restart: only the database remembers.
    return {
      certificates,
      contacts: new PrismaSubscriberContacts(database.db),
      outbox: await outbox(),
      reminderLog: await outbox(),
      logger,
    };
  }

  async function reminders() {
    const rows = await database.db.notification.findMany({ orderBy: { createdAt: "asc" } });
    return rows.map((r) => ({
      key: r.uniqueKey,
      to: r.recipient,
      day: r.createdAt.toISOString().slice(0, 10),
      body: r.body,
    }));
  }

  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database?.dispose();
  });
  beforeEach(async () => {
    clock.set("2026-05-01T00:00:00Z");
    certificates = new FakeCertificates(clock);
    warnings.length = 0;
    await database.db.notification.deleteMany({});
    await database.db.job.deleteMany({});
    await database.db.subscriber.deleteMany({});
    await database.db.subscriber.create({
      data: {
        idNumber: "1234567890",
        title: "ÖRNEK TİCARET A.Ş.",
        email: "muhasebe@ornek.com.tr",
        phone: "+905321234567",
      },
    });
  });

  it("R8.2 sends each of the 3-month, 2-month, 1-month and 1-week reminders exactly once to the registered e-mail, across restarts", async () => {
    certificates.add("a1", "1234567890", "2026-09-01T00:00:00Z");
    certificates.add("e1", "1234567890", "2026-09-01T00:00:00Z", "encr");
    while (clock.now() < new Date("2026-09-03T00:00:00Z")) {
      await sendRenewalReminders(await deps(), clock.now());
      // A second sweep on the same day (another instance, or a restart) adds nothing.
      expect((await sendRenewalReminders(await deps(), clock.now())).enqueued).toBe(0);
      clock.advance(day);
    }
    const sent = await reminders();
    expect(sent.map((r) => [r.key, r.day])).toEqual([
      ["renewal:a1:3m", "2026-06-01"],
      ["renewal:a1:2m", "2026-07-01"],
      ["renewal:a1:1m", "2026-08-01"],
      ["renewal:a1:1w", "2026-08-25"],
    ]);
    expect(sent.every((r) => r.to === "muhasebe@ornek.com.tr")).toBe(true);
    expect(sent[0]!.body).toContain("3 ay sonra, 01.09.2026 tarihinde sona eriyor");
    expect(sent[1]!.body).toContain("2 ay sonra");
    expect(sent[2]!.body).toContain("1 ay sonra");
    expect(sent[3]!.body).toContain("1 hafta sonra");
    expect(sent[0]!.body).toContain("Sayın ÖRNEK TİCARET A.Ş.");
  });

  it("R8.2 a certificate first seen 5 weeks before expiry gets only the 1-month reminder, then the 1-week one", async () => {
    clock.set("2026-07-28T00:00:00Z");
    certificates.add("b2", "1234567890", "2026-09-01T00:00:00Z");
    expect((await sendRenewalReminders(await deps(), clock.now())).enqueued).toBe(1);
    clock.set("2026-08-20T00:00:00Z");
    expect((await sendRenewalReminders(await deps(), clock.now())).enqueued).toBe(0);
    clock.set("2026-08-26T00:00:00Z");
    expect((await sendRenewalReminders(await deps(), clock.now())).enqueued).toBe(1);
    expect((await reminders()).map((r) => r.key)).toEqual(["renewal:b2:1m", "renewal:b2:1w"]);
  });

  it("R8.2 skips revoked, expired, encryption and already renewed certificates", async () => {
    clock.set("2026-08-27T00:00:00Z");
    certificates.add("rev", "1234567890", "2026-09-01T00:00:00Z");
    certificates.revoked.add("rev");
    certificates.add("enc", "1234567890", "2026-09-01T00:00:00Z", "encr");
    certificates.add("gone", "1234567890", "2026-08-26T00:00:00Z");
    certificates.add("old", "1234567890", "2026-09-02T00:00:00Z");
    certificates.add("new", "1234567890", "2029-08-20T00:00:00Z");
    expect((await sendRenewalReminders(await deps(), clock.now())).enqueued).toBe(0);
    expect(await reminders()).toEqual([]);
  });

  it("R8.2 without a registered subscriber no reminder is sent and the warning is masked", async () => {
    clock.set("2026-08-27T00:00:00Z");
    certificates.add("c3", "9876543210", "2026-09-01T00:00:00Z");
    expect((await sendRenewalReminders(await deps(), clock.now())).enqueued).toBe(0);
    expect(warnings.join()).toContain("98******10");
    expect(warnings.join()).not.toContain("9876543210");
  });

  it("R8.2 the daily renewal_sweep job of runDueJobs mails the reminders through SMTP as the clock moves", async () => {
    const smtp = await startSmtpReceiver();
    const jobs = startJobs({
      db: database.db,
      dialect: database.dialect,
      env: {
        MM_DATA_DIR: "/nonexistent",
        SMTP_URL: smtp.url,
        SMTP_FROM: undefined,
        MAIL_FROM: "Kamu SM <noreply@kamusm.test>",
        MM_JOB_INTERVAL_MS: 0,
        MM_RETENTION_CODES_HOURS: 0,
        MM_RETENTION_NOTIFICATION_HOURS: 24,
        MM_RETENTION_CONVERSATION_DAYS: 30,
      },
      clock,
      logger,
      translator: await createTranslator(),
      certificates,
    });
    try {
      certificates.add("d4", "1234567890", "2026-09-01T00:00:00Z");
      clock.set("2026-05-30T12:00:00Z");
      // Every third day, twice (as two instances would), until after expiry.
      for (let i = 0; i < 34; i += 1) {
        await jobs.runDueJobs(clock.now());
        await jobs.runDueJobs(clock.now());
        clock.advance(3 * day);
      }
      const mails = await smtp.waitFor(4);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(mails).toHaveLength(4);
      expect(mails.every((m) => m.to.join() === "muhasebe@ornek.com.tr")).toBe(true);
      expect(mails.map((m) => m.subject)).toEqual(Array(4).fill("Mali mühür sertifikanızın süresi doluyor"));
      expect(mails.map((m) => /(\d \w+) sonra/u.exec(m.text)?.[1])).toEqual([
        "3 ay",
        "2 ay",
        "1 ay",
        "1 hafta",
      ]);
    } finally {
      await jobs.close();
      await smtp.close();
    }
  });
});
