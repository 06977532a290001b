/**
 * Codes go out in the conversation's language: the engine passes its locale through the RA call to
 * the outbox row, which is rendered in it and delivered through a real SMTP server and the SMS file
 * sink. The whole path runs: conversation engine → RA over SQLite → outbox → dispatch job.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { type RunningJobs, startJobs } from "../../../adapters/jobs/start-jobs.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { startRa } from "../../../adapters/ra/start-ra.ts";
import { createConversationEngine } from "../../../bot/conversation-engine.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { botTexts, Chat, MemoryStates, RecordingHandoff } from "../../bot/harness.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { noCertificates } from "../../helpers/no-certificates.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../../helpers/smtp-receiver.ts";

const firm = {
  idNumber: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe("identity codes in the conversation's language, end to end", () => {
  const sqlite = testDialects.find((d) => d.name === "sqlite")!;
  const clock = new FrozenClock("2026-11-25T07:00:00Z");
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let smtp: SmtpReceiver;
  let dataDir: string;
  let jobs: RunningJobs | undefined;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
  });
  afterAll(async () => smtp?.close());
  beforeEach(async () => {
    database = await freshDatabase(sqlite);
    dataDir = mkdtempSync(join(tmpdir(), "mm-language-"));
    smtp.mails.length = 0;
  });
  afterEach(async () => {
    await jobs?.close();
    jobs = undefined;
    await database?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A chat over the real RA on SQLite whose outbox is dispatched to the SMTP receiver and the SMS file. */
  async function chatIn(locale: "tr" | "en") {
    const env = readEnvironment({ MM_DATA_DIR: dataDir, SMTP_URL: smtp.url, MM_JOB_INTERVAL_MS: "0" });
    const translator = await createTranslator();
    const logger = createLogger({ level: "silent", destination: { write: () => undefined } });
    jobs = startJobs({
      db: database.db,
      dialect: database.dialect,
      env,
      clock,
      logger,
      translator,
      certificates: noCertificates,
    });
    const ra = startRa({
      db: database.db,
      env,
      clock,
      certificates: noCertificates,
      outbox: jobs.outbox,
      jobs: jobs.queue,
    });
    await ra.registerSubscriber(firm);
    const engine = createConversationEngine({
      ra,
      handoff: new RecordingHandoff(),
      states: new MemoryStates(),
      texts: await botTexts(),
      clock,
    });
    return { chat: new Chat(engine, { id: `conv-${locale}`, channel: "web", locale }), jobs };
  }

  /** Sends what the outbox holds; returns the e-mail and the SMS text. */
  async function delivered(running: RunningJobs) {
    expect((await running.runDueJobs(clock.now())).failed).toBe(0);
    const [mail] = await smtp.waitFor(1);
    const lines = readFileSync(join(dataDir, "outbox", "sms.log"), "utf8")
      .trim()
      .split("\n");
    expect(lines).toHaveLength(1);
    const sms = JSON.parse(lines[0]!) as { to: string; text: string };
    expect(sms.to).toBe(firm.phone);
    expect(mail!.to).toEqual([firm.email]);
    return { mail: mail!, sms: sms.text };
  }

  it("an English conversation's code e-mail and SMS are English", async () => {
    const { chat, jobs: running } = await chatIn("en");
    await chat.say("I want to update my phone number");
    expect(await chat.say(firm.idNumber)).toMatch(/code/i);
    const { mail, sms } = await delivered(running);
    expect(mail.subject).toBe("Your mali mühür identity verification code");
    expect(mail.text).toMatch(/^Your identity verification code: \d{6}\nThe code is valid for 5 minutes\./);
    expect(mail.text).toContain("Kamu SM Mali Mühür Assistant");
    expect(mail.text).not.toMatch(/Kimlik doğrulama kodunuz|geçerlidir/);
    expect(sms).toMatch(/^Your identity verification code: /);
    expect(sms).not.toMatch(/Kimlik doğrulama kodunuz/);
    const rows = await database.db.notification.findMany({ where: { status: { not: "withheld" } } });
    expect(rows.map((r) => r.language)).toEqual(["en", "en"]);
  });

  it("a Turkish conversation's code e-mail and SMS are Turkish", async () => {
    const { chat, jobs: running } = await chatIn("tr");
    await chat.say("telefonumu güncellemek istiyorum");
    expect(await chat.say(firm.idNumber)).toMatch(/kod/i);
    const { mail, sms } = await delivered(running);
    expect(mail.subject).toBe("Mali mühür kimlik doğrulama kodunuz");
    expect(mail.text).toMatch(/^Kimlik doğrulama kodunuz: \d{6}\nKod 5 dakika geçerlidir\./);
    expect(mail.text).toContain("Kamu SM Mali Mühür Asistanı");
    expect(sms).toMatch(/^Kimlik doğrulama kodunuz: /);
    expect(sms).not.toMatch(/verification code/);
    const rows = await database.db.notification.findMany({ where: { status: { not: "withheld" } } });
    expect(rows.map((r) => r.language)).toEqual(["tr", "tr"]);
  });
});
