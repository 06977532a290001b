/**
 * A command no listener acknowledges within Slack's 3 s (here: the shared retry store answers after
 * 3.5 s) is answered 503 with a coded JSON error, once: the listener's late acknowledgement writes
 * nothing more, is logged with a code, and the command does not run.
 */
import type { Server } from "node:http";
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

describe("a Slack command acknowledged too late", () => {
  let harness: RaHarness;
  let console: SlackConsole;
  let server: Server;
  let baseUrl: string;
  let fake: SlackFakeWebApi;
  let lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    harness = await createRaHarness(sqlite);
    fake = await new SlackFakeWebApi().start();
    const { logger, records } = capturingJsonLogger();
    lines = records;
    const audit = { append: async (_e: AuditEvent) => undefined };
    console = (await createSlackConsole({
      env: slackTestEnvironment(fake.apiUrl),
      logger,
      translator: await createTranslator(),
      ra: new RegistrationAuthorityService({ ...harness.deps, audit }),
      handoffs: new FakeAgentHandoffs(),
      audit,
      handledRequests: { claim: () => new Promise((resolve) => setTimeout(() => resolve(true), 3_500)) },
    }))!;
    server = await listen(createHttpApp(console.routers, logger), 0, "127.0.0.1");
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await console?.close();
    await fake?.close();
    await harness?.dispose();
  });

  it("is 503 slack_not_acknowledged, logged with codes, and nothing is posted", async () => {
    const respond = fake.newResponseUrl();
    const body = new URLSearchParams({
      command: "/mm",
      text: "yardim",
      user_id: "U1",
      team_id: "T1",
      channel_id: "C0AGENTS",
      response_url: respond.url,
      trigger_id: "tr-late",
    }).toString();
    const res = await fetch(`${baseUrl}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...slackSignatureHeaders(testSigningSecret, body),
      },
      body,
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: { code: "slack_not_acknowledged", message: expect.any(String) },
    });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(fake.calls.filter((c) => c.responseId === respond.id)).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, errorCode: "slack_not_acknowledged" }));
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, errorCode: "slack_ack_too_late" }));
  }, 15_000);
});
