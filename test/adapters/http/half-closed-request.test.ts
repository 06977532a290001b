/**
 * Hostile tester (half-closed connections): a client that sends a whole request and then shuts
 * down its write side (`shutdown(SHUT_WR)`, as `curl` over some proxies, `nc -N` and one-shot OCSP
 * clients do) still waits for its answer. Node's HTTP server, by default, aborted the request it was
 * still answering once the client's FIN arrived and closed the socket: `POST /ocsp` (answered
 * asynchronously) got nothing at all, and so did a chat API request. The server now answers a
 * half-closed request, and still takes a client's FIN on an event stream as the browser gone: the
 * stream leaves the hub at once (else its slot stays held until a heartbeat fails).
 */
import { connect } from "node:net";
import { OCSPResponse, OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { startTestService } from "../../helpers/web-service.ts";

let service: Awaited<ReturnType<typeof startTestService>>;
let der: Uint8Array;
beforeAll(async () => {
  service = await startTestService();
  const issuer = new Uint8Array(await (await fetch(`${service.baseUrl}/ca/issuing.crt`)).arrayBuffer());
  der = ocspRequest(issuer, ["0badc0ffee"]);
}, 120_000);
afterAll(async () => {
  await service?.close();
});

/** Sends the request, half-closes at once, and resolves with what came back before the server closed. */
function halfClosed(head: string, body: Uint8Array = new Uint8Array(0)) {
  const { port } = new URL(service.baseUrl);
  return new Promise<{ status: number; headers: string; body: Buffer }>((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("no answer within 5 s"));
    }, 5_000);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const split = all.indexOf("\r\n\r\n");
      const headers = split < 0 ? "" : all.subarray(0, split).toString("latin1");
      resolve({ status: Number(headers.split(" ")[1] ?? 0), headers, body: all.subarray(split + 4) });
    });
    socket.write(`${head}\r\n\r\n`);
    socket.end(body); // the write side is shut down right after the whole request
  });
}

describe("a request followed by a half-close still gets its answer", () => {
  it("POST /ocsp", async () => {
    const answer = await halfClosed(
      `POST /ocsp HTTP/1.1\r\nHost: x\r\nContent-Type: application/ocsp-request\r\nContent-Length: ${der.length}`,
      der,
    );
    expect(answer.status).toBe(200);
    expect(AsnConvert.parse(answer.body, OCSPResponse).responseStatus).toBe(OCSPResponseStatus.successful);
  });

  it("GET /ocsp/<base64>", async () => {
    const encoded = encodeURIComponent(Buffer.from(der).toString("base64"));
    const answer = await halfClosed(`GET /ocsp/${encoded} HTTP/1.1\r\nHost: x`);
    expect(answer.status).toBe(200);
    expect(AsnConvert.parse(answer.body, OCSPResponse).responseStatus).toBe(OCSPResponseStatus.successful);
  });

  it("POST /api/chat/sessions", async () => {
    const body = Buffer.from(JSON.stringify({ locale: "en" }));
    const answer = await halfClosed(
      `POST /api/chat/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}`,
      body,
    );
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body.toString("utf8"))).toHaveProperty("sessionId");
  });

  it("a malformed request still gets its coded JSON 400", async () => {
    const answer = await halfClosed("GARBAGE\u0001 / HTTP/1.1\r\nHost: x");
    expect(answer.status).toBe(400);
    expect(answer.body.toString("utf8")).toContain('"code":"bad_request"');
  });
});

/** Opens an event stream on a raw socket, waits for its first line, then closes the socket (a tab closed). */
function openAndCloseStream(sessionId: string, token: string) {
  const { port } = new URL(service.baseUrl);
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let seen = "";
    socket.on("error", reject);
    socket.on("data", (chunk) => {
      seen += chunk.toString("latin1");
      if (seen.includes("\r\n\r\n")) {
        socket.end();
        resolve(seen.split(" ")[1] ?? "");
      }
    });
    socket.write(`GET /api/chat/sessions/${sessionId}/events?token=${token} HTTP/1.1\r\nHost: x\r\n\r\n`);
  });
}

describe("an event stream whose client closed is let go", () => {
  it("streams closed by the client do not count against the client's cap of open streams", async () => {
    const statuses: string[] = [];
    for (let session = 0; session < 10; session += 1) {
      const created = await fetch(`${service.baseUrl}/api/chat/sessions`, { method: "POST" });
      const { sessionId, token } = (await created.json()) as { sessionId: string; token: string };
      for (let tab = 0; tab < 4; tab += 1) {
        statuses.push(await openAndCloseStream(sessionId, token));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(statuses.filter((status) => status !== "200")).toEqual([]);
  }, 30_000);
});
