/**
 * Tester: with SLACK_API_URL at a closed port, a signed `/mm durum 3230512384` got 404 "no handler took
 * this Slack request" and the log showed "Cannot write headers after they are sent" (answered twice).
 * The command is acknowledged once, at once; a follow-up that cannot be posted is an operator error
 * with a code in the log, never a second response.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { createSlackConsole, type SlackConsole } from "../../../adapters/slack/slack-console.ts";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import { RegistrationAuthorityService } from "../../../core/ra/registration-authority-service.ts";
import { testDialects } from "../../helpers/databases.ts";
import { capturingJsonLogger } from "../../helpers/loopback-http.ts";
import { createRaHarness, type RaHarness } from "../../helpers/ra-harness.ts";
import {
  FakeAgentHandoffs,
  slackTestEnvironment,
  testSigningSecret,
} from "../../helpers/slack-console-stack.ts";
import { SlackFakeWebApi, slackSignatureHeaders } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

/** A port nothing listens on: opened, then closed. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

describe("the Slack door while Slack's Web API is unreachable", () => {
  let harness: RaHarness;
  let console: SlackConsole;
  let server: Server;
  let baseUrl: string;
  let fake: SlackFakeWebApi;
  let deadUrl: string;
  let lines: Record<string, unknown>[] = [];
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown) => uncaught.push(e);

  beforeAll(async () => {
    process.on("uncaughtException", onUncaught);
    harness = await createRaHarness(sqlite);
    fake = await new SlackFakeWebApi().start();
    deadUrl = `http://127.0.0.1:${await closedPort()}`;
    const { logger, records } = capturingJsonLogger();
    lines = records;
    const audit = { append: async (_e: AuditEvent) => undefined };
    const ra = new RegistrationAuthorityService({ ...harness.deps, audit });
    console = (await createSlackConsole({
      env: slackTestEnvironment(`${deadUrl}/api/`),
      logger,
      translator: await createTranslator(),
      ra,
      handoffs: new FakeAgentHandoffs(),
      audit,
    }))!;
    server = await listen(createHttpApp(console.routers, logger), 0, "127.0.0.1");
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    process.off("uncaughtException", onUncaught);
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await console?.close();
    await fake?.close();
    await harness?.dispose();
  });

  async function command(text: string, responseUrl: string) {
    const body = new URLSearchParams({
      command: "/mm",
      text,
      user_id: "U1",
      team_id: "T1",
      channel_id: "C0AGENTS",
      response_url: responseUrl,
      trigger_id: `tr-${Math.random()}`,
    }).toString();
    const started = Date.now();
    const res = await fetch(`${baseUrl}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...slackSignatureHeaders(testSigningSecret, body),
      },
      body,
    });
    return { status: res.status, body: await res.text(), ms: Date.now() - started };
  }

  it("a signed /mm durum is acknowledged with 200 at once and answered through response_url", async () => {
    const respond = fake.newResponseUrl();
    const out = await command("durum 3230512384", respond.url);
    expect(out.status).toBe(200);
    expect(out.ms).toBeLessThan(2_500);
    await fake.waitFor((calls) => calls.some((c) => c.responseId === respond.id), 5_000);
  });

  it("a follow-up that cannot be posted is logged with a code, with no second response", async () => {
    const before = lines.length;
    const out = await command("durum 3230512384", `${deadUrl}/response`);
    expect(out.status).toBe(200);
    expect(out.ms).toBeLessThan(2_500);
    await new Promise((r) => setTimeout(r, 5_000));
    const logged = lines.slice(before);
    const text = JSON.stringify(logged);
    expect(text).not.toContain("Cannot write headers");
    expect(text).not.toContain("slack_unhandled");
    expect(logged).toContainEqual(expect.objectContaining({ level: 50, errorCode: "slack_followup_failed" }));
    expect(uncaught).toEqual([]);
  }, 15_000);
});
