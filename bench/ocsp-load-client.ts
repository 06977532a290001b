/**
 * An OCSP load client, run as a child process (so it does not share the responder's event loop):
 * receives `{ url, requests (base64), concurrency, durationMs, close }`, POSTs the requests
 * round-robin from `concurrency` connections for the duration, and sends back
 * `{ count, errors, seconds, p50, p99 }`.
 *
 * It speaks HTTP/1.1 on raw sockets with pre-built request bytes, as wrk does, because node:http's
 * client costs more CPU than the responders it measures (against a bare node:http server answering
 * a fixed body, ~28 000 req/s through node:http's client and ~65 000 through this one). wrk itself
 * cannot be used: `openssl ocsp -port` never answers it. `close` sends `Connection: close` with a
 * new connection per request: openssl serves one connection at a time and stalls on kept-alive ones.
 */
import { connect, type Socket } from "node:net";
import { percentile } from "./percentile.ts";

interface LoadJob {
  url: string;
  requests: string[];
  concurrency: number;
  durationMs: number;
  close: boolean;
}

const HEADER_END = Buffer.from("\r\n\r\n");
const RESPONSE_TIMEOUT_MS = 5_000;

/** The status and total length of the first complete response in `data`, if it is all there. */
function completeResponse(data: Buffer): { status: number; closes: boolean } | undefined {
  const end = data.indexOf(HEADER_END);
  if (end < 0) return undefined;
  const head = data.subarray(0, end).toString("latin1");
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (!length || data.length < end + 4 + Number(length[1])) return undefined;
  return { status: Number(head.slice(9, 12)), closes: /\r\nconnection:\s*close/i.test(head) };
}

function run(
  job: LoadJob,
): Promise<{ count: number; errors: number; seconds: number; p50: number; p99: number }> {
  const url = new URL(job.url);
  const port = Number(url.port || 80);
  const frames = job.requests.map((encoded) => {
    const body = Buffer.from(encoded, "base64");
    const head =
      `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/ocsp-request\r\n` +
      `Content-Length: ${body.length}\r\n${job.close ? "Connection: close\r\n" : ""}\r\n`;
    return Buffer.concat([Buffer.from(head, "latin1"), body]);
  });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const until = started + job.durationMs;

  /** One client: a request at a time, on one kept-alive connection or a new one per request. */
  const client = () =>
    new Promise<void>((resolve) => {
      let socket: Socket | undefined;
      let received: Buffer = Buffer.alloc(0);
      let sentAt = 0;
      let timer: NodeJS.Timeout | undefined;
      const drop = () => {
        const s = socket;
        socket = undefined;
        s?.removeAllListeners();
        s?.on("error", () => {});
        s?.destroy();
      };
      const failed = () => {
        errors += 1;
        drop();
        sendNext();
      };
      const sendNext = () => {
        clearTimeout(timer);
        if (performance.now() >= until) {
          drop();
          resolve();
          return;
        }
        if (!socket) {
          const s = connect(port, url.hostname);
          s.setNoDelay(true);
          s.on("data", (chunk: Buffer) => onData(chunk));
          s.on("error", failed);
          s.on("close", () => socket === s && failed());
          socket = s;
        }
        received = Buffer.alloc(0);
        sentAt = performance.now();
        timer = setTimeout(failed, RESPONSE_TIMEOUT_MS);
        socket.write(frames[next++ % frames.length]!);
      };
      const onData = (chunk: Buffer) => {
        received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
        const response = completeResponse(received);
        if (!response) return;
        if (response.status === 200) latencies.push(performance.now() - sentAt);
        else errors += 1;
        if (job.close || response.closes) drop();
        sendNext();
      };
      sendNext();
    });

  return Promise.all(Array.from({ length: job.concurrency }, client)).then(() => {
    const seconds = (performance.now() - started) / 1000;
    // 0 rather than NaN without answers: the figures cross the IPC channel as JSON
    const at = (q: number) => percentile(latencies, q, 0);
    return { count: latencies.length, errors, seconds, p50: at(0.5), p99: at(0.99) };
  });
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
