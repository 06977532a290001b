import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { composeService, type Service } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { type TestDialect, testDialects } from "../../helpers/databases.ts";

type Storage = Awaited<ReturnType<TestDialect["fresh"]>>;

/** Starts the whole service on a given storage (the same one after a restart). */
async function start(storage: Storage): Promise<{ service: Service; baseUrl: string }> {
  const { location } = storage;
  const where =
    location.dialect === "sqlite"
      ? { DATABASE_URL: `file:${location.file}` }
      : { DATABASE_URL: `${location.url}${location.url.includes("?") ? "&" : "?"}schema=${location.schema}` };
  const env = readEnvironment({
    ...where,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    MM_TEST_MODE: "1",
  });
  const service = await composeService(env, createLogger({ level: "silent" }));
  return { service, baseUrl: `http://127.0.0.1:${(service.server!.address() as AddressInfo).port}` };
}

async function say(baseUrl: string, session: { sessionId: string; token: string }, text: string) {
  const res = await fetch(`${baseUrl}/api/chat/sessions/${session.sessionId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: { text: string }[] }).messages.map((m) => m.text).join("\n");
}

describe.each(testDialects)("web chat across a restart on $name", (dialect) => {
  let cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  it("continues a dialog with the same token after the service restarts: every turn was written through", async () => {
    const storage = await dialect.fresh();
    cleanup.push(storage.drop);
    const first = await start(storage);
    let stopped = false;
    cleanup.push(async () => {
      if (!stopped) await first.service.close();
    });
    const created = await fetch(`${first.baseUrl}/api/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "tr" }),
    });
    expect(created.status).toBe(201);
    const session = (await created.json()) as { sessionId: string; token: string };
    await say(first.baseUrl, session, "basvuru");
    expect(await say(first.baseUrl, session, "gercek")).toContain("TCKN");
    await first.service.close();
    stopped = true;

    const second = await start(storage);
    cleanup.push(() => second.service.close());
    expect(await say(second.baseUrl, session, "17291716060")).toContain("ad soyad");
  });
});
