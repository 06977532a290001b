/**
 * The payment-notice door (`POST /api/payments` with the bearer secret) on loopback over a fresh RA
 * harness, opened before each test of the calling `describe` and closed after it.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, beforeEach } from "vitest";
import { paymentRoutes } from "../../adapters/http/payment-routes.ts";
import { closeServer, createHttpApp, listen } from "../../adapters/http/server.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import { type TestDialect, testDialects } from "./databases.ts";
import type { RaHarness } from "./ra-harness.ts";
import { raHarnessForEachTest } from "./ra-harness-each.ts";

/** The bearer secret the door is opened with. */
export const paymentDoorSecret = "s".repeat(32);

/** The door of the running test. */
export interface PaymentDoor {
  /** The RA behind the door: the running test's own (raHarnessForEachTest). */
  readonly h: RaHarness;
  /** POSTs a notice: an object is sent as JSON, a string as it is; `token` replaces the secret. */
  post(body: unknown, token?: string): Promise<Response>;
}

/** Registers the door's set-up and tear-down on the calling `describe`. */
export function usePaymentDoor(dialect: TestDialect = testDialects[0]!): PaymentDoor {
  const h = raHarnessForEachTest(dialect);
  let server: Server | undefined;
  let base = "";
  beforeEach(async () => {
    const quiet = new Writable({ write: (_c, _e, cb) => cb() });
    server = await listen(
      createHttpApp([paymentRoutes(h.ra.payments, paymentDoorSecret)], createLogger({ destination: quiet })),
      0,
      "127.0.0.1",
    );
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    if (server) await closeServer(server);
    server = undefined;
  });
  return {
    h,
    post: (body, token = paymentDoorSecret) =>
      fetch(`${base}/api/payments`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
  };
}
