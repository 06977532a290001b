/**
 * OCSP figures (issue 3, "Speed"; issue 17): responses per second and p99 latency at 64 concurrent
 * HTTP clients against the real route (`POST /ocsp`, served as the service serves it: the direct
 * route of adapters/http/ocsp-endpoint.ts) and, in the same run, against `openssl ocsp -index … -port`
 * answering for the same 1 000 certificates (10% revoked), both driven by the same load client in a
 * process of its own (bench/ocsp-stage.ts). Requests without a nonce (RFC 5019 style, SHA-1 CertID),
 * then a fresh nonce per request with the OCSP signer's key on the CA's SoftHSM token and in the
 * software key store (MM_OCSP_SIGNER_STORE), each beside openssl's figure. Storage: SQLite.
 */
import { reportFigure } from "./format.ts";
import { measureOcsp, reportOcsp } from "./ocsp-stage.ts";
import { benchEngine, createBenchCa } from "./pki-engine-setup.ts";

const CLIENTS = 64;
const DURATION_MS = Number(process.env.MM_BENCH_MS ?? 3_000);

export default async function run(): Promise<void> {
  const ca = await createBenchCa();
  try {
    const engine = benchEngine(ca);
    const figures = await measureOcsp(ca, engine, { durationMs: DURATION_MS, clients: CLIENTS });
    reportOcsp(figures, CLIENTS);
    reportFigure("OCSP p99 latency, no nonce, against the target", figures.plain.ours.p99, "ms", {
      what: "target",
      value: 20,
    });
  } finally {
    await ca.dispose();
  }
}
