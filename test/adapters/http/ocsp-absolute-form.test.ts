/**
 * Tester (request targets): HTTP/1.1 servers must accept a request target in absolute form
 * (`GET http://ocsp.example/ocsp/<base64> HTTP/1.1`, RFC 9112 §3.2.2), as some proxies and OCSP
 * clients send it. The OCSP route matched the raw target against `/ocsp…`, so such a GET fell
 * through to express, which routes by the path, and got 405 `method_not_allowed` "this route takes
 * GET, HEAD", and such a POST got 405 too. Both now get the signed OCSP answer the origin form gets.
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

/** One raw HTTP/1.1 exchange; resolves with the status, headers and body once the server closes. */
function exchange(head: string, body: Uint8Array = new Uint8Array(0)) {
  const { port } = new URL(service.baseUrl);
  return new Promise<{ status: number; headers: string; body: Buffer }>((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf("\r\n\r\n");
      const headers = all.subarray(0, split).toString("latin1");
      resolve({ status: Number(headers.split(" ")[1]), headers, body: all.subarray(split + 4) });
    });
    // not half-closed: the server closes after its answer (Connection: close)
    socket.write(`${head}\r\nConnection: close\r\n\r\n`);
    socket.write(body);
  });
}

describe("OCSP with an absolute-form request target", () => {
  it("GET http://host/ocsp/<base64> gets the same OCSP answer as GET /ocsp/<base64>", async () => {
    const encoded = encodeURIComponent(Buffer.from(der).toString("base64"));
    const origin = await exchange(`GET /ocsp/${encoded} HTTP/1.1\r\nHost: ocsp.example`);
    const absolute = await exchange(`GET http://ocsp.example/ocsp/${encoded} HTTP/1.1\r\nHost: ocsp.example`);
    expect(origin.status).toBe(200);
    expect(absolute.status).toBe(200);
    expect(absolute.headers).toMatch(/content-type: application\/ocsp-response/i);
    // a signed answer, as for the origin form (not the malformedRequest of a path not read)
    const statusOf = (body: Buffer) => AsnConvert.parse(body, OCSPResponse).responseStatus;
    expect(statusOf(origin.body)).toBe(OCSPResponseStatus.successful);
    expect(statusOf(absolute.body)).toBe(OCSPResponseStatus.successful);
  });

  it("POST http://host/ocsp gets the OCSP answer", async () => {
    const absolute = await exchange(
      `POST http://ocsp.example/ocsp HTTP/1.1\r\nHost: ocsp.example\r\nContent-Type: application/ocsp-request\r\nContent-Length: ${der.length}`,
      der,
    );
    expect(absolute.status).toBe(200);
    expect(absolute.headers).toMatch(/content-type: application\/ocsp-response/i);
    expect(AsnConvert.parse(absolute.body, OCSPResponse).responseStatus).toBe(OCSPResponseStatus.successful);
  });
});
