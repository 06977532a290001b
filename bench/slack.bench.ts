/**
 * Slack console benchmark: how fast `/mm durum <VKN>` is acknowledged (the HTTP answer Slack waits
 * for, 3 s at most) by the real console (timestamp door, Bolt's signature check, retry guard,
 * authorisation, then `ack()`; the status look-up runs after it) against a bare Bolt app whose
 * `/mm` handler only calls `ack()`, on the same kind of express server and fake Web API, in the same
 * run, rounds alternating. Each request is signed like Slack's; latency is request → acknowledgement.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, ExpressReceiver } from "@slack/bolt";
import express from "express";
import { closeServer, createHttpApp, listen } from "../adapters/http/server.ts";
import { createLogger } from "../adapters/logging/logger.ts";
import { SlackAgentConsole } from "../adapters/replay/slack-agent-console.ts";
import { SlackFakeWebApi } from "../adapters/replay/slack-fake-web-api.ts";
import { boltLogger } from "../adapters/slack/bolt-logger.ts";
import { testDialects } from "../test/helpers/databases.ts";
import { cardApplication, testPrices } from "../test/helpers/ra-harness.ts";
import { startSlackConsoleStack, testSigningSecret } from "../test/helpers/slack-console-stack.ts";
import { reportFigure } from "./format.ts";
import { percentile } from "./percentile.ts";

const ROUNDS = 5;
const PER_ROUND = 100;
const WARM_UP = 50;

async function bareBolt(fake: SlackFakeWebApi): Promise<{ server: Server; baseUrl: string }> {
  const router = express.Router();
  const receiver = new ExpressReceiver({
    signingSecret: testSigningSecret,
    endpoints: "/slack/events",
    router,
    logger: boltLogger(createLogger({ level: "silent" })),
  });
  const app = new App({
    token: "xoxb-bench",
    receiver,
    deferInitialization: true,
    logger: boltLogger(createLogger({ level: "silent" })),
    clientOptions: { slackApiUrl: fake.apiUrl },
  });
  await app.init();
  app.command("/mm", async ({ ack }) => {
    await ack();
  });
  const server = await listen(createHttpApp([router], createLogger({ level: "silent" })), 0, "127.0.0.1");
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function ackLatencies(client: SlackAgentConsole, fake: SlackFakeWebApi, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const body = new URLSearchParams({
      command: "/mm",
      text: "durum 3230512384",
      user_id: "U1",
      team_id: "T1",
      channel_id: "C0AGENTS",
      response_url: fake.newResponseUrl().url,
      trigger_id: `bench-${Math.random()}`,
    }).toString();
    const t0 = performance.now();
    const res = await client.post(body, "application/x-www-form-urlencoded");
    await res.arrayBuffer();
    out.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`ack failed with ${res.status}`);
  }
  return out;
}

export default async function run(): Promise<void> {
  const stack = await startSlackConsoleStack(testDialects.find((d) => d.name === "sqlite")!);
  const { orderNo } = await stack.harness.ra.submitApplication(cardApplication());
  await stack.harness.ra.payments.record({
    orderNo,
    channel: "sanalpos",
    providerRef: "bench-1",
    amountKurus: testPrices.card,
  });
  const bareFake = await new SlackFakeWebApi().start();
  const bare = await bareBolt(bareFake);
  const bareClient = new SlackAgentConsole({
    baseUrl: bare.baseUrl,
    signingSecret: testSigningSecret,
    webApi: bareFake,
  });
  try {
    await ackLatencies(stack.agent, stack.fake, WARM_UP);
    await ackLatencies(bareClient, bareFake, WARM_UP);
    const ours: number[] = [];
    const base: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      ours.push(...(await ackLatencies(stack.agent, stack.fake, PER_ROUND)));
      base.push(...(await ackLatencies(bareClient, bareFake, PER_ROUND)));
    }
    for (const p of [50, 99]) {
      reportFigure(`slack /mm durum ack latency p${p}`, percentile(ours, p / 100), "ms", {
        what: `bare Bolt ack() p${p}`,
        value: percentile(base, p / 100),
      });
    }
  } finally {
    await closeServer(bare.server).catch(() => {});
    await bareFake.close();
    await stack.dispose();
  }
}
