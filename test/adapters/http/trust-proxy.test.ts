import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { parseTrustProxy, trustNoProxy } from "../../../adapters/config/trust-proxy.ts";
import { clientAddress } from "../../../adapters/http/client-address.ts";
import { ocspEndpoint } from "../../../adapters/http/ocsp-endpoint.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { startTestService } from "../../helpers/web-service.ts";

/** A request as node:http gives it: the peer's address and the forwarded header. */
function request(peer: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  } as unknown as IncomingMessage;
}

async function createSession(baseUrl: string, forwardedFor?: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/chat/sessions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: "{}",
  });
  await res.arrayBuffer();
  return res.status;
}

describe("MM_TRUST_PROXY", () => {
  it("is off unless set; takes a hop count or proxies' addresses, networks and named ranges", () => {
    expect(readEnvironment({}).MM_TRUST_PROXY).toBeUndefined();
    for (const off of ["0", "false", "off"]) expect(parseTrustProxy(off)).toEqual(trustNoProxy);
    expect(parseTrustProxy("2")).toEqual({ kind: "hops", hops: 2 });
    const list = parseTrustProxy("10.0.0.0/8, 2001:db8::1, loopback");
    expect(list.kind === "proxies" && list.list).toEqual(["10.0.0.0/8", "2001:db8::1", "loopback"]);
  });

  it("refuses trusting every hop and anything that is no address, in one line naming the variable", () => {
    for (const bad of ["true", "*", "proxy.example", "10.0.0.0/33", "99"]) {
      expect(() => readEnvironment({ MM_TRUST_PROXY: bad })).toThrow(/^configuration error: MM_TRUST_PROXY /);
    }
  });
});

describe("the client address", () => {
  it("is the connection's address by default, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("198.51.100.7", "10.0.0.1"), trustNoProxy)).toBe("198.51.100.7");
    expect(clientAddress(request("127.0.0.1", "10.0.0.1"), trustNoProxy)).toBe("127.0.0.1");
  });

  it("behind trusted proxies is the address the nearest untrusted hop has, spoofed entries to its left ignored", () => {
    const lb = parseTrustProxy("192.0.2.0/24");
    // the load balancer appended the client's real address; the client wrote 10.0.0.1 itself
    expect(clientAddress(request("192.0.2.10", "10.0.0.1, 203.0.113.5"), lb)).toBe("203.0.113.5");
    // a request not coming through the proxy: its header is not believed
    expect(clientAddress(request("203.0.113.9", "10.0.0.1"), lb)).toBe("203.0.113.9");
    expect(clientAddress(request("::ffff:192.0.2.10", "203.0.113.5"), lb)).toBe("203.0.113.5");
    const oneHop = parseTrustProxy("1");
    expect(clientAddress(request("192.0.2.10", "10.0.0.1, 203.0.113.5"), oneHop)).toBe("203.0.113.5");
    expect(clientAddress(request("192.0.2.10"), oneHop)).toBe("192.0.2.10");
  });

  it("is the same as express's req.ip with the same setting", async () => {
    const chains = [undefined, "203.0.113.5", "10.0.0.1, 203.0.113.5", "10.0.0.1,,127.0.0.2 , 127.0.0.3"];
    for (const setting of ["0", "1", "2", "loopback", "127.0.0.0/8,10.0.0.0/8"]) {
      const trust = parseTrustProxy(setting);
      const seen: string[] = [];
      const app = createHttpApp(
        [
          express.Router().get("/ip", (req, res) => {
            seen.push(`${req.ip}|${clientAddress(req, trust)}`);
            res.end();
          }),
        ],
        createLogger({ level: "silent" }),
        [],
        trust,
      );
      const server = await listen(app, 0, "127.0.0.1");
      try {
        const { port } = server.address() as AddressInfo;
        for (const chain of chains) {
          const res = await fetch(`http://127.0.0.1:${port}/ip`, {
            headers: chain === undefined ? {} : { "x-forwarded-for": chain },
          });
          await res.arrayBuffer();
        }
      } finally {
        await closeServer(server);
      }
      for (const line of seen) {
        const [fromExpress, ours] = line.split("|");
        expect(ours, `${setting}: ${line}`).toBe(fromExpress);
      }
    }
  });
});

describe("the OCSP nonce gate", () => {
  /** Nonce requests posted with the given header; returns the client keys the gate was asked for. */
  async function gateKeys(trust: ReturnType<typeof parseTrustProxy>, headers: string[]): Promise<string[]> {
    const asked: string[] = [];
    const direct = [
      ocspEndpoint({
        ocsp: { answer: async () => ({ der: new Uint8Array([0x30, 0x03, 0x0a, 0x01, 0x06]) }) },
        logger: createLogger({ level: "silent" }),
        nonceGate: {
          allow: async (client) => {
            asked.push(client);
            return true;
          },
        },
        clientAddress: (req) => clientAddress(req, trust),
      }),
    ];
    const server = await listen(
      createHttpApp([], createLogger({ level: "silent" }), direct),
      0,
      "127.0.0.1",
      direct,
    );
    try {
      const { port } = server.address() as AddressInfo;
      // bytes carrying the nonce's OBJECT IDENTIFIER count as a nonce request
      const body = Buffer.from([
        0x30, 0x0b, 0x06, 0x09, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01, 0x02,
      ]);
      for (const forwardedFor of headers) {
        const res = await fetch(`http://127.0.0.1:${port}/ocsp`, {
          method: "POST",
          headers: { "content-type": "application/ocsp-request", "x-forwarded-for": forwardedFor },
          body,
        });
        await res.arrayBuffer();
      }
    } finally {
      await closeServer(server);
    }
    return asked;
  }

  it("counts the connection's address by default, and the forwarded one only from a trusted proxy", async () => {
    expect(await gateKeys(trustNoProxy, ["10.0.0.1", "10.0.0.2"])).toEqual(["127.0.0.1/32", "127.0.0.1/32"]);
    expect(await gateKeys(parseTrustProxy("loopback"), ["10.0.0.1, 203.0.113.5", "2001:db8:1:2::9"])).toEqual(
      ["203.0.113.5/32", "2001:db8:1:2::/64"],
    );
  });
});

describe("web chat rate limit with a spoofed X-Forwarded-For", () => {
  describe("by default (no trusted proxy)", () => {
    let s: Awaited<ReturnType<typeof startTestService>>;
    beforeAll(async () => {
      s = await startTestService({ MM_CHAT_SESSIONS_PER_MINUTE: "3" });
    });
    afterAll(async () => s?.close());

    it("counts every request under the connection's address: a new header per request does not escape the limit", async () => {
      const statuses: number[] = [];
      for (let i = 1; i <= 5; i++) statuses.push(await createSession(s.baseUrl, `10.0.0.${i}`));
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
    }, 60_000);
  });

  describe("with MM_TRUST_PROXY naming the proxy", () => {
    let s: Awaited<ReturnType<typeof startTestService>>;
    beforeAll(async () => {
      s = await startTestService({ MM_CHAT_SESSIONS_PER_MINUTE: "3", MM_TRUST_PROXY: "loopback" });
    });
    afterAll(async () => s?.close());

    it("limits the address the trusted proxy forwards, whatever the client put before it", async () => {
      const statuses: number[] = [];
      // the client forges the left part; the proxy (loopback) appended 203.0.113.5, the one counted
      for (let i = 1; i <= 4; i++) statuses.push(await createSession(s.baseUrl, `10.0.0.${i}, 203.0.113.5`));
      expect(statuses).toEqual([201, 201, 201, 429]);
      // another client behind the same proxy is served
      expect(await createSession(s.baseUrl, "203.0.113.6")).toBe(201);
    }, 60_000);
  });
});
