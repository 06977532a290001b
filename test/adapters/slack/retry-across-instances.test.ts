/**
 * A Slack retry landing on another instance has no second effect: two consoles (two HTTP servers,
 * two connections) over one database share the handled request ids in the `SlackRetry` table. The
 * control case shows what the per-process memory did: the retry was handled again on instance B.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../../../adapters/db/database.ts";
import { PrismaSlackRetries } from "../../../adapters/db/slack-retry-store.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { type HandledRequests, MemoryHandledRequests } from "../../../adapters/slack/retry-guard.ts";
import { createSlackConsole } from "../../../adapters/slack/slack-console.ts";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import { RegistrationAuthorityService } from "../../../core/ra/registration-authority-service.ts";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { createRaHarness, type RaHarness } from "../../helpers/ra-harness.ts";
import {
  FakeAgentHandoffs,
  slackTestEnvironment,
  testSigningSecret,
} from "../../helpers/slack-console-stack.ts";
import { SlackAgentConsole, SlackFakeWebApi } from "../../helpers/slack-web-api.ts";

describe.each(testDialects)("Slack retries across instances ($name)", (dialect) => {
  let harness: RaHarness;
  let second: Db;
  let closeSecond: () => Promise<void>;
  let fake: SlackFakeWebApi;
  let ra: RegistrationAuthorityService;
  let serial: string;
  const audit: AuditEvent[] = [];
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    harness = await createRaHarness(dialect);
    const other = await openDatabase(harness.database.location);
    second = other.db;
    closeSecond = () => other.close();
    fake = await new SlackFakeWebApi().start();
    ra = new RegistrationAuthorityService({ ...harness.deps, audit: { append: async (e) => audit.push(e) } });
    ({ serial } = await issueCard({ ra, engine: harness.engine }, "pos-retry"));
  });
  afterAll(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await fake?.close();
    await closeSecond?.();
    await harness?.dispose();
  });

  /** One console instance on its own HTTP server; returns a signed client to it. */
  async function instance(handledRequests: HandledRequests): Promise<SlackAgentConsole> {
    const logger = createLogger({ level: "silent" });
    const env = slackTestEnvironment(fake.apiUrl, "U1:agent,U2:agent");
    const console = (await createSlackConsole({
      env,
      logger,
      translator: await createTranslator(),
      ra,
      handoffs: new FakeAgentHandoffs(),
      audit: { append: async (e: AuditEvent) => audit.push(e) },
      handledRequests,
    }))!;
    const server: Server = await listen(createHttpApp(console.routers, logger), 0, "127.0.0.1");
    closers.push(async () => {
      await closeServer(server);
      await console.close();
    });
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new SlackAgentConsole({ baseUrl, signingSecret: testSigningSecret, webApi: fake });
  }

  const commandBody = (text: string, trigger: string) =>
    new URLSearchParams({
      command: "/mm",
      text,
      user_id: "U1",
      team_id: "T1",
      channel_id: "C0AGENTS",
      response_url: fake.newResponseUrl().url,
      trigger_id: trigger,
    }).toString();
  const form = "application/x-www-form-urlencoded";
  const retry = { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" };
  const effects = (start: number) =>
    fake.since(start).filter((c) => c.method === "chat.postMessage" || c.method === "response_url");
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it("a command handled on instance A and retried on instance B has no second effect", async () => {
    const a = await instance(new PrismaSlackRetries(harness.database.db));
    const b = await instance(new PrismaSlackRetries(second));
    const body = commandBody(`iptal ${serial} gib`, `retry-${dialect.name}-1`);
    const start = fake.calls.length;
    expect((await a.post(body, form)).status).toBe(200);
    expect(
      await fake.waitFor(
        (calls) =>
          ["chat.postMessage", "response_url"].every((m) => calls.slice(start).some((c) => c.method === m)),
        5_000,
      ),
    ).toBe(true);
    const first = effects(start).length;
    expect((await b.post(body, form, retry)).status).toBe(200);
    expect((await a.post(body, form, { ...retry, "x-slack-retry-num": "2" })).status).toBe(200);
    await settle();
    expect(effects(start)).toHaveLength(first);
    expect(audit.filter((e) => e.action === "revocation_requested")).toHaveLength(1);
    expect((await ra.revocation.findPending(serial))?.requestedBy).toBe("U1");
    const rows = await harness.database.db.slackRetry.findMany({
      where: { requestKey: `trigger:retry-${dialect.name}-1` },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  });

  it("the same delivery arriving on both instances at once is handled exactly once", async () => {
    const a = await instance(new PrismaSlackRetries(harness.database.db));
    const b = await instance(new PrismaSlackRetries(second));
    const body = commandBody("durum 3230512384", `race-${dialect.name}`);
    const start = fake.calls.length;
    const [ra1, rb1] = await Promise.all([a.post(body, form), b.post(body, form, retry)]);
    expect([ra1.status, rb1.status]).toEqual([200, 200]);
    await fake.waitFor((calls) => calls.slice(start).some((c) => c.method === "response_url"), 5_000);
    await settle();
    expect(effects(start)).toHaveLength(1);
  });

  it("control: with per-process memory only, the retry landing on instance B is handled again", async () => {
    const a = await instance(new MemoryHandledRequests());
    const b = await instance(new MemoryHandledRequests());
    const body = commandBody("durum 3230512384", `memory-${dialect.name}`);
    const start = fake.calls.length;
    await a.post(body, form);
    await fake.waitFor((calls) => calls.slice(start).some((c) => c.method === "response_url"), 5_000);
    await b.post(body, form, retry);
    await fake.waitFor(
      (calls) => calls.slice(start).filter((c) => c.method === "response_url").length > 1,
      5_000,
    );
    expect(effects(start)).toHaveLength(2);
  });

  it("expired rows are pruned; an expired record lets its key count as new once; racing claims: one winner", async () => {
    const db = harness.database.db;
    const store = new PrismaSlackRetries(second);
    const now = new Date();
    const past = new Date(now.getTime() - 1000);
    const later = new Date(now.getTime() + 3_600_000);
    await db.slackRetry.create({ data: { requestKey: "trigger:stale", expiresAt: past } });
    expect(await store.claim("trigger:first", later, now)).toBe(true); // the first claim prunes
    expect(await db.slackRetry.findUnique({ where: { requestKey: "trigger:stale" } })).toBeNull();
    await db.slackRetry.create({ data: { requestKey: "trigger:old", expiresAt: past } }); // expired since
    expect(await store.claim("trigger:old", later, now)).toBe(true);
    expect(await store.claim("trigger:old", later, now)).toBe(false);
    const other = new PrismaSlackRetries(db);
    const racers = await Promise.all([
      store.claim("trigger:x", later, now),
      other.claim("trigger:x", later, now),
    ]);
    expect(racers.filter(Boolean)).toHaveLength(1);
  });
});
