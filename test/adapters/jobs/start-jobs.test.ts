import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { type RunningJobs, type StartJobsDeps, startJobs } from "../../../adapters/jobs/start-jobs.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { noCertificates } from "../../helpers/no-certificates.ts";
import { parseMail, type SmtpReceiver, startSmtpReceiver } from "../../helpers/smtp-receiver.ts";

/** A masking pino logger whose lines the test can read. */
function capturingLogger() {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", destination: { write: (line: string) => lines.push(line) } });
  return { logger, lines };
}

describe.each(testDialects)("notification outbox and dispatch on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let smtp: SmtpReceiver;
  let dataDir: string;
  let jobs: RunningJobs | undefined;
  const clock = new FrozenClock("2026-05-04T08:00:00Z");

  async function start(overrides: Partial<StartJobsDeps["env"]> = {}, extra: Partial<StartJobsDeps> = {}) {
    const { logger, lines } = capturingLogger();
    jobs = startJobs({
      db: database.db,
      dialect: database.dialect,
      env: {
        MM_DATA_DIR: dataDir,
        SMTP_URL: smtp.url,
        SMTP_FROM: "Kamu SM <bildirim@kamusm.test>",
        MAIL_FROM: "unused <unused@localhost>",
        MM_JOB_INTERVAL_MS: 0,
        MM_RETENTION_CODES_HOURS: 0,
        MM_RETENTION_NOTIFICATION_HOURS: 24,
        MM_RETENTION_CONVERSATION_DAYS: 30,
        ...overrides,
      },
      clock,
      logger,
      translator: await createTranslator(),
      certificates: noCertificates,
      ...extra,
    });
    return { jobs, lines };
  }

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpReceiver();
  });
  afterAll(async () => {
    await smtp?.close();
    await database?.dispose();
  });
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "mm-jobs-"));
    smtp.mails.length = 0;
    smtp.failNext(0);
    clock.set("2026-05-04T08:00:00Z");
    await database.db.job.deleteMany({});
    await database.db.notification.deleteMany({});
  });
  afterEach(async () => {
    await jobs?.close();
    jobs = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sends an enqueued OTP e-mail through a real SMTP server with the right recipient, subject and body", async () => {
    const { jobs } = await start();
    const added = await jobs.outbox.enqueue({
      channel: "email",
      to: "yetkili@ornek.com.tr",
      template: "otp_code",
      params: { code: "482913" },
    });
    expect(added).toBe(true);
    const summary = await jobs.runDueJobs(clock.now());
    expect(summary.failed).toBe(0);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(["yetkili@ornek.com.tr"]);
    expect(mail!.from).toBe("bildirim@kamusm.test");
    expect(mail!.subject).toBe("Mali mühür kimlik doğrulama kodunuz");
    expect(mail!.text).toContain("482913");
    expect(mail!.text).toContain("kod");
    expect(mail!.text).toContain("5 dakika");
    expect(mail!.text).toContain("Kamu SM çalışanları bu kodu hiçbir zaman sizden istemez");
    const row = await database.db.notification.findFirstOrThrow({});
    expect(row.status).toBe("sent");
    expect(row.sentAt?.toISOString()).toBe(clock.now().toISOString());
  });

  it("renders in English on request", async () => {
    const { jobs } = await start();
    await jobs.outbox.enqueue({
      channel: "email",
      to: "owner@example.com",
      template: "payment_posted",
      params: { orderNo: "MM-2026-000123" },
      locale: "en",
    });
    await jobs.runDueJobs(clock.now());
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe("Your payment was received (MM-2026-000123)");
    expect(mail!.text).toContain("The payment for order MM-2026-000123 has reached our account");
  });

  it("a duplicate uniqueKey resolves false and inserts nothing", async () => {
    const { jobs } = await start();
    const first = {
      channel: "email" as const,
      to: "a@ornek.com.tr",
      template: "invoice_sent",
      uniqueKey: "inv:1",
    };
    expect(await jobs.outbox.enqueue({ ...first, params: { orderNo: "MM-1" } })).toBe(true);
    expect(await jobs.outbox.enqueue({ ...first, params: { orderNo: "MM-2" } })).toBe(false);
    expect(await database.db.notification.count()).toBe(1);
    expect(await database.db.job.count()).toBe(1);
    await jobs.runDueJobs(clock.now());
    expect((await smtp.waitFor(1)).map((m) => m.subject)).toEqual(["Faturanız gönderildi (MM-1)"]);
  });

  it("refuses an unknown template with a clear error and writes nothing", async () => {
    const { jobs } = await start();
    await expect(
      jobs.outbox.enqueue({ channel: "email", to: "a@ornek.com.tr", template: "no_such" }),
    ).rejects.toThrow('unknown notification template "no_such"');
    expect(await database.db.notification.count()).toBe(0);
  });

  it("retries after an SMTP failure and never sends a notification twice once sent", async () => {
    const { jobs } = await start();
    smtp.failNext(1);
    await jobs.outbox.enqueue({
      channel: "email",
      to: "yetkili@ornek.com.tr",
      template: "order_shipped",
      params: { orderNo: "MM-7", trackingNo: "TR123456" },
    });
    expect((await jobs.runDueJobs(clock.now())).failed).toBe(1);
    let row = await database.db.notification.findFirstOrThrow({});
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/451|try again/);
    expect(smtp.mails).toHaveLength(0);
    clock.advance(31_000);
    expect((await jobs.runDueJobs(clock.now())).failed).toBe(0);
    await smtp.waitFor(1);
    row = await database.db.notification.findFirstOrThrow({});
    expect(row.status).toBe("sent");
    // A second dispatch job for the same notification (e.g. scheduled by hand) does not send it again.
    await jobs.queue.schedule({
      kind: "notification_dispatch",
      payload: { notificationId: row.id },
      runAt: clock.now(),
    });
    clock.advance(60_000);
    await jobs.runDueJobs(clock.now());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.text).toContain("TR123456");
  });

  it("marks a notification failed after the last attempt", async () => {
    const { jobs } = await start();
    smtp.failNext(100);
    await jobs.outbox.enqueue({
      channel: "email",
      to: "x@ornek.com.tr",
      template: "invoice_sent",
      params: { orderNo: "MM-9" },
    });
    for (let i = 0; i < 6; i += 1) {
      await jobs.runDueJobs(clock.now());
      clock.advance(2 * 60 * 60 * 1000);
    }
    const row = await database.db.notification.findFirstOrThrow({});
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(5);
    expect(
      (await database.db.job.findFirstOrThrow({ where: { kind: "notification_dispatch" } })).status,
    ).toBe("failed");
  });

  it("dispatches a pending notification that has no dispatch job", async () => {
    const { jobs } = await start();
    await database.db.notification.create({
      data: {
        id: "orphan-1",
        channel: "email",
        recipient: "yetim@ornek.com.tr",
        subject: "Konu",
        body: "Gövde",
        status: "pending",
        createdAt: clock.now(),
      },
    });
    await jobs.runDueJobs(clock.now());
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(["yetim@ornek.com.tr"]);
    expect(mail!.text).toBe("Gövde");
  });

  it("without SMTP_URL writes each mail as an .eml file under <MM_DATA_DIR>/outbox and logs it masked", async () => {
    const { jobs, lines } = await start({ SMTP_URL: undefined });
    await jobs.outbox.enqueue({
      channel: "email",
      to: "yetkili@ornek.com.tr",
      template: "certificate_revoked",
      params: { serial: "0a1b2c", at: "04.05.2026 11:00" },
    });
    await jobs.runDueJobs(clock.now());
    const files = readdirSync(join(dataDir, "outbox")).filter((f) => f.endsWith(".eml"));
    expect(files).toHaveLength(1);
    const raw = readFileSync(join(dataDir, "outbox", files[0]!), "utf8");
    expect(raw).toMatch(/^To: yetkili@ornek.com.tr$/m);
    const mail = parseMail(raw);
    expect(mail.subject).toBe("Mali mühür sertifikanız iptal edildi");
    expect(mail.text).toContain("İptal geri alınamaz");
    const logged = lines.join("");
    expect(logged).toContain("e-mail written to the outbox folder");
    expect(logged).toContain("y***@ornek.com.tr");
    expect(logged).not.toContain("yetkili@ornek.com.tr");
  });

  it("writes SMS to <MM_DATA_DIR>/outbox/sms.log with the number masked in the logs", async () => {
    const { jobs, lines } = await start();
    await jobs.outbox.enqueue({
      channel: "sms",
      to: "+905321234567",
      template: "otp_code",
      params: { code: "123456" },
    });
    await jobs.runDueJobs(clock.now());
    const log = readFileSync(join(dataDir, "outbox", "sms.log"), "utf8")
      .trim()
      .split("\n");
    expect(log).toHaveLength(1);
    const sms = JSON.parse(log[0]!);
    expect(sms.to).toBe("+905321234567");
    expect(sms.text).not.toContain("123456"); // the file sink keeps no code in clear (issue 16)
    expect(sms.text).toContain("••••••");
    const logged = lines.join("");
    expect(logged).toContain("SMS written to the outbox file");
    expect(logged).toContain("+90 5** *** ** 67");
    expect(logged).not.toContain("5321234567");
    expect(smtp.mails).toHaveLength(0);
  });

  it("runs handlers registered after start and fails unknown kinds", async () => {
    const seen: unknown[] = [];
    const { jobs } = await start();
    jobs.register({ payment_post: async (payload) => void seen.push(payload) });
    await jobs.queue.schedule({ kind: "payment_post", payload: { paymentId: "p1" }, runAt: clock.now() });
    await jobs.queue.schedule({ kind: "mystery", payload: {}, runAt: clock.now() });
    const summary = await jobs.runDueJobs(clock.now());
    expect(seen).toEqual([{ paymentId: "p1" }]);
    expect(summary.failed).toBe(1);
    const mystery = await database.db.job.findFirstOrThrow({ where: { kind: "mystery" } });
    expect(mystery.status).toBe("failed");
    expect(mystery.lastError).toContain("unknown job kind");
  });

  it("schedules the renewal and retention sweeps once per day", async () => {
    const { jobs } = await start();
    await jobs.runDueJobs(clock.now());
    await jobs.runDueJobs(clock.now());
    clock.advance(24 * 60 * 60 * 1000);
    await jobs.runDueJobs(clock.now());
    const sweeps = await database.db.job.findMany({
      where: { kind: { in: ["renewal_sweep", "retention_sweep"] } },
    });
    expect(sweeps).toHaveLength(4);
    expect(sweeps.every((job) => job.status === "done")).toBe(true);
  });

  it("its timer runs due jobs every MM_JOB_INTERVAL_MS", async () => {
    const { jobs } = await start({ MM_JOB_INTERVAL_MS: 50 });
    await jobs.outbox.enqueue({
      channel: "email",
      to: "t@ornek.com.tr",
      template: "invoice_sent",
      params: { orderNo: "MM-5" },
    });
    const [mail] = await smtp.waitFor(1, 5000);
    expect(mail!.subject).toBe("Faturanız gönderildi (MM-5)");
    expect(existsSync(join(dataDir, "outbox"))).toBe(false);
  });
});
