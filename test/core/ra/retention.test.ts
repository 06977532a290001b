import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaRetentionStore } from "../../../adapters/db/retention-store.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { retentionPolicyOf, startJobs } from "../../../adapters/jobs/start-jobs.ts";
import { silentJobLogger } from "../../../core/jobs/job-logger.ts";
import type { CertificateAuthorityPort } from "../../../core/ports/certificate-authority.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { applyRetention, defaultRetentionPolicy } from "../../../core/ra/retention.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const now = new Date("2026-06-15T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe.each(testDialects)("KVKK retention on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database?.dispose();
  });
  beforeEach(async () => {
    const { db } = database;
    await db.otpChallenge.deleteMany({});
    await db.verification.deleteMany({});
    await db.notification.deleteMany({});
    await db.conversation.deleteMany({});
    await db.recoveryStep.deleteMany({});
    await db.job.deleteMany({});
    await db.telegramChat.deleteMany({});
    await db.handoff.deleteMany({});
    const challenge = (id: string, expiresAt: Date) => ({
      id,
      purpose: "verify",
      subjectKey: "1234567890",
      conversationId: "c",
      codeHash: "h",
      expiresAt,
      createdAt: ago(day),
    });
    await db.otpChallenge.createMany({
      data: [challenge("expired", ago(1000)), challenge("live", new Date(now.getTime() + 60_000))],
    });
    const verification = (id: string, expiresAt: Date) => ({
      id,
      conversationId: "c",
      subjectKey: "1234567890",
      method: "otp",
      verifiedAt: ago(hour),
      expiresAt,
    });
    await db.verification.createMany({
      data: [verification("v-expired", ago(1)), verification("v-live", new Date(now.getTime() + hour))],
    });
    const notification = (id: string, status: string, sentAt: Date | null) => ({
      id,
      channel: "email",
      recipient: "a@ornek.com.tr",
      subject: "Konu",
      body: "Kodunuz: 123456",
      status,
      createdAt: ago(3 * day),
      sentAt,
    });
    await db.notification.createMany({
      data: [
        notification("n-old", "sent", ago(day + 1000)),
        notification("n-recent", "sent", ago(day - 1000)),
        notification("n-pending", "pending", null),
        notification("n-failed", "failed", null),
      ],
    });
    const conversation = (id: string, updatedAt: Date) => ({
      id,
      channel: "web",
      locale: "tr",
      state: "{}",
      createdAt: ago(60 * day),
      updatedAt,
    });
    await db.conversation.createMany({
      data: [conversation("idle", ago(30 * day + 1000)), conversation("active", ago(29 * day))],
    });
    const step = (key: string, closedAt: Date | null) => ({
      key,
      kind: "revocation",
      payload: closedAt ? "{}" : '{"serial":"7b01"}',
      openedAt: ago(40 * day),
      leaseUntil: ago(40 * day),
      closedAt,
    });
    await db.recoveryStep.createMany({
      data: [
        step("revocation:closed-long-ago", ago(day + 1000)),
        step("revocation:closed-recently", ago(day - 1000)),
        // open (a crash left it): the recovery sweep's, never the retention's
        step("revocation:open", null),
      ],
    });
  });

  it("deletes expired OTP challenges and verifications, blanks sent notifications older than 1 day, deletes conversations idle over 30 days and recovery steps closed over 1 day ago", async () => {
    const { db } = database;
    const report = await applyRetention(new PrismaRetentionStore(db), defaultRetentionPolicy, now);
    expect(report).toEqual({
      challenges: 1,
      applicationSources: 0,
      verifications: 1,
      notifications: 2,
      conversations: 1,
      recoverySteps: 1,
    });
    expect((await db.otpChallenge.findMany({})).map((r) => r.id)).toEqual(["live"]);
    expect((await db.verification.findMany({})).map((r) => r.id)).toEqual(["v-live"]);
    const bodies = Object.fromEntries((await db.notification.findMany({})).map((r) => [r.id, r.body]));
    expect(bodies).toEqual({
      "n-old": "",
      "n-recent": "Kodunuz: 123456",
      "n-pending": "Kodunuz: 123456",
      "n-failed": "",
    });
    expect((await db.conversation.findMany({})).map((r) => r.id)).toEqual(["active"]);
    expect((await db.recoveryStep.findMany({ orderBy: { key: "asc" } })).map((r) => r.key)).toEqual([
      "revocation:closed-recently",
      "revocation:open",
    ]);
    // A second sweep finds nothing left to do.
    expect(await applyRetention(new PrismaRetentionStore(db), defaultRetentionPolicy, now)).toEqual({
      challenges: 0,
      applicationSources: 0,
      verifications: 0,
      notifications: 0,
      conversations: 0,
      recoverySteps: 0,
    });
  });

  it("keeps an expired challenge for the code budget's hour after it was asked: the budget counts it", async () => {
    const { db } = database;
    await db.otpChallenge.create({
      data: {
        id: "asked-10-min-ago",
        purpose: "verify",
        subjectKey: "1234567890",
        conversationId: "c",
        codeHash: "h",
        createdAt: ago(10 * 60_000),
        expiresAt: ago(5 * 60_000),
      },
    });
    await applyRetention(new PrismaRetentionStore(db), defaultRetentionPolicy, now);
    expect((await db.otpChallenge.findMany({ orderBy: { id: "asc" } })).map((r) => r.id)).toEqual([
      "asked-10-min-ago",
      "live",
    ]);
    // an hour after it was asked it goes
    await applyRetention(
      new PrismaRetentionStore(db),
      defaultRetentionPolicy,
      new Date(now.getTime() + hour),
    );
    expect((await db.otpChallenge.findMany({})).map((r) => r.id)).toEqual([]);
  });

  it("deletes the verifications of a deleted conversation with it (a recreated conversation of the same id never inherits them) and spends its open challenges", async () => {
    const { db } = database;
    const live = new Date(now.getTime() + 15 * 60_000);
    const verification = (id: string, conversationId: string) => ({
      id,
      conversationId,
      subjectKey: "1234567890",
      method: "otp",
      verifiedAt: ago(60_000),
      expiresAt: live,
    });
    await db.verification.createMany({
      data: [verification("v-of-idle", "idle"), verification("v-of-active", "active")],
    });
    await db.otpChallenge.create({
      data: {
        id: "open-of-idle",
        purpose: "verify",
        subjectKey: "1234567890",
        conversationId: "idle",
        codeHash: "h",
        expiresAt: live,
        createdAt: ago(60_000),
      },
    });
    await applyRetention(new PrismaRetentionStore(db), defaultRetentionPolicy, now);
    // "v-live" belongs to no conversation row (as an agent's case): only expiry ends it
    expect((await db.verification.findMany({ orderBy: { id: "asc" } })).map((r) => r.id)).toEqual([
      "v-live",
      "v-of-active",
    ]);
    // kept for the code budget, which counts it, but no longer open to an answer
    const challenge = await db.otpChallenge.findUniqueOrThrow({ where: { id: "open-of-idle" } });
    expect(challenge.consumedAt).toEqual(now);
  });

  it("deletes the Telegram chat record of a deleted conversation, and one whose conversation is gone and that is idle as long", async () => {
    const { db } = database;
    const telegram = (chatId: string, updatedAt: Date) => ({
      id: `tg-${chatId}`,
      channel: "telegram",
      externalId: chatId,
      locale: "en",
      state: "{}",
      createdAt: ago(60 * day),
      updatedAt,
    });
    await db.conversation.createMany({
      data: [telegram("701", ago(31 * day)), telegram("702", ago(day))],
    });
    const chat = (chatId: string, updatedAt: Date) => ({
      chatId,
      keyboardGeneration: 5,
      locale: "en",
      updatedAt,
    });
    await db.telegramChat.createMany({
      data: [
        // its conversation is deleted now: the chat record goes with it, however recent
        chat("701", ago(1000)),
        // its conversation is active
        chat("702", ago(40 * day)),
        // its conversation was deleted by an earlier sweep
        chat("703", ago(31 * day)),
        // first contact under way: the record is written just before the conversation
        chat("704", ago(1000)),
      ],
    });
    const report = await applyRetention(new PrismaRetentionStore(db), defaultRetentionPolicy, now);
    expect(report.conversations).toBe(2);
    expect((await db.telegramChat.findMany({ orderBy: { chatId: "asc" } })).map((r) => r.chatId)).toEqual([
      "702",
      "704",
    ]);
  });

  it("takes its periods from configuration", async () => {
    const { db } = database;
    const policy = retentionPolicyOf({
      MM_DATA_DIR: "",
      SMTP_URL: undefined,
      SMTP_FROM: undefined,
      MAIL_FROM: "x@y",
      MM_JOB_INTERVAL_MS: 0,
      MM_RETENTION_CODES_HOURS: 1,
      MM_RETENTION_NOTIFICATION_HOURS: 72,
      MM_RETENTION_CONVERSATION_DAYS: 7,
    });
    expect(policy).toEqual({
      codesAfterExpiryMs: hour,
      notificationBodyMs: 3 * day,
      conversationIdleMs: 7 * day,
      closedRecoveryStepMs: day,
    });
    const report = await applyRetention(new PrismaRetentionStore(db), policy, now);
    expect(report).toEqual({
      challenges: 0,
      applicationSources: 0,
      verifications: 0,
      notifications: 0,
      conversations: 2,
      recoverySteps: 1,
    });
  });

  it("runs as the daily retention_sweep job of runDueJobs", async () => {
    const { db } = database;
    const none = async () => [];
    const jobs = startJobs({
      db,
      dialect: database.dialect,
      env: {
        MM_DATA_DIR: "/nonexistent",
        SMTP_URL: undefined,
        SMTP_FROM: undefined,
        MAIL_FROM: "x@y.z",
        MM_JOB_INTERVAL_MS: 0,
        MM_RETENTION_CODES_HOURS: 0,
        MM_RETENTION_NOTIFICATION_HOURS: 24,
        MM_RETENTION_CONVERSATION_DAYS: 30,
      },
      clock: new FrozenClock(now),
      logger: silentJobLogger,
      translator: await createTranslator(),
      certificates: { findExpiringBetween: none, findByVkn: none } as unknown as CertificateAuthorityPort,
      sender: { send: async () => {} },
    });
    try {
      await jobs.runDueJobs(now);
      expect((await db.conversation.findMany({})).map((r) => r.id)).toEqual(["active"]);
      expect(await db.otpChallenge.count()).toBe(1);
      const sweep = await db.job.findFirstOrThrow({ where: { kind: "retention_sweep" } });
      expect(sweep.status).toBe("done");
      expect(sweep.uniqueKey).toBe("retention_sweep:2026-06-15");
    } finally {
      await jobs.close();
    }
  });
});
