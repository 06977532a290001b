/** The JSON POST the web and pg benches send their chat turns with (node:http, kept-alive agents). */
import http from "node:http";

/** Who sends: one agent (`maxSockets: 1` for one connection a session), optionally from its own address. */
export interface BenchClient {
  agent: http.Agent;
  /** A loopback address of its own (127.0.x.y), as a browser of its own would have. */
  localAddress?: string;
}

/** POSTs `body` as JSON to `path` on `base`; resolves with the status and the answer's text. */
export function postJson(
  base: URL,
  path: string,
  body: object,
  client: BenchClient,
  token?: string,
): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: "POST",
        agent: client.agent,
        ...(client.localAddress ? { localAddress: client.localAddress } : {}),
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}
