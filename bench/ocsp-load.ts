/**
 * Runs the OCSP load client (bench/ocsp-load-client.ts) in a process of its own, so it does not share
 * the event loop of the responder it measures.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/** What the load client measured. */
export interface OcspLoad {
  /** 200 answers received in time. */
  count: number;
  /** Other statuses, timeouts and broken connections. */
  errors: number;
  seconds: number;
  /** Latency percentiles of the 200 answers, in ms. */
  p50: number;
  p99: number;
}

/** Answers per second of a load run. */
export const perSecond = (load: OcspLoad): number => load.count / load.seconds;

/**
 * POSTs `requests` round-robin to `url` from `concurrency` clients for `durationMs`. `close` opens a
 * new connection per request (`openssl ocsp -port` serves one connection at a time and stalls on
 * kept-alive ones).
 */
export function ocspLoad(
  url: string,
  requests: Uint8Array[],
  options: { durationMs: number; concurrency: number; close?: boolean },
): Promise<OcspLoad> {
  const child = fork(fileURLToPath(new URL("./ocsp-load-client.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (result) => resolve(result as OcspLoad));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`load client exited ${code}`))));
    child.send({
      url,
      requests: requests.map((r) => Buffer.from(r).toString("base64")),
      concurrency: options.concurrency,
      durationMs: options.durationMs,
      close: options.close ?? false,
    });
  });
}
