/**
 * An OCSP load client, run as a child process (so it does not share the responder's event loop):
 * receives `{ url, requests (base64), concurrency, durationMs, close }`, POSTs the requests
 * round-robin from `concurrency` loops for the duration, and sends back
 * `{ count, errors, seconds, p50, p99 }`. `close` sends `Connection: close` with a new connection
 * per request: `openssl ocsp -port` serves one connection at a time and stalls on kept-alive ones
 * (wrk, which keeps connections open, gets no answer from it at all).
 */
import { Agent, request } from "node:http";

interface LoadJob {
  url: string;
  requests: string[];
  concurrency: number;
  durationMs: number;
  close: boolean;
}

function post(url: URL, agent: Agent | false, body: Buffer, close: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      "content-type": "application/ocsp-request",
      "content-length": body.length,
    };
    if (close) headers.connection = "close";
    const req = request(url, { method: "POST", agent, headers }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.setTimeout(5_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

async function run(job: LoadJob) {
  const url = new URL(job.url);
  const agent = job.close ? false : new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const bodies = job.requests.map((r) => Buffer.from(r, "base64"));
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const until = started + job.durationMs;
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (performance.now() < until) {
        const body = bodies[next++ % bodies.length]!;
        const t0 = performance.now();
        try {
          const status = await post(url, agent, body, job.close);
          if (status !== 200) errors += 1;
          else latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (agent) agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { count: latencies.length, errors, seconds, p50: at(0.5), p99: at(0.99) };
}

process.on("message", (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
});
