import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { closeServer, createHttpApp, listen } from "../../adapters/http/server.ts";
import { createTranslator } from "../../adapters/i18n/translator.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import type { ChatRateLimits } from "../../adapters/web/rate-limits.ts";
import { createWebChat, type WebChat } from "../../adapters/web/web-chat.ts";
import { MemoryWebSessionStore } from "../../adapters/web/web-session-store.ts";
import type { ConversationEngine } from "../../bot/channel-port.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import { EchoEngine } from "./echo-engine.ts";

/** A web chat on an ephemeral port with an in-memory session store, for API tests. */
export interface WebTestApp {
  baseUrl: string;
  chat: WebChat;
  sessions: MemoryWebSessionStore;
  server: Server;
  close(): Promise<void>;
}

/** Starts the web channel alone (echo engine unless one is given). */
export async function startWebTestApp(
  options: { engine?: ConversationEngine; limits?: ChatRateLimits } = {},
): Promise<WebTestApp> {
  const logger = createLogger({ level: "silent" });
  const sessions = new MemoryWebSessionStore();
  const chat = createWebChat({
    engine: options.engine ?? new EchoEngine(),
    sessions,
    translator: await createTranslator(),
    random: cryptoRandom,
    logger,
    limits: options.limits,
  });
  const app = createHttpApp(chat.router, logger);
  const server = await listen(app, 0, "127.0.0.1");
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    chat,
    sessions,
    server,
    close: async () => {
      await chat.close();
      await closeServer(server);
    },
  };
}

/** Creates a session through the API; returns its id, token and first messages. */
export async function createChatSession(
  baseUrl: string,
  body: unknown = {},
): Promise<{ sessionId: string; token: string; messages: { text: string }[] }> {
  const res = await fetch(`${baseUrl}/api/chat/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`session creation answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { sessionId: string; token: string; messages: { text: string }[] };
}
