/**
 * OCSP figures (issue 3, "Speed"): responses per second and p99 latency at 64 concurrent HTTP
 * clients against the real route (`POST /ocsp`, served as the service serves it: the direct route of
 * adapters/http/ocsp-endpoint.ts ahead of express) and, in the same run, against
 * `openssl ocsp -index … -port` answering for the same certificates. Both are driven by the same
 * load client, a separate process (bench/ocsp-load-client.ts). Requests are RFC 5019 style (no
 * nonce, SHA-1 CertID) over 1 000 issued certificates, 10% revoked; a second pair of figures uses a
 * fresh nonce per request.
 */
import { type ChildProcess, execFileSync, fork, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { newRowId } from "../adapters/db/row-id.ts";
import { ocspEndpoint } from "../adapters/http/ocsp-endpoint.ts";
import { pkiRoutes } from "../adapters/http/pki-routes.ts";
import { closeServer, createHttpApp, listen } from "../adapters/http/server.ts";
import { createLogger } from "../adapters/logging/logger.ts";
import { CrlService } from "../core/pki/crl-service.ts";
import { IssuanceEngine } from "../core/pki/issuance-engine.ts";
import { OcspResponder } from "../core/pki/ocsp-responder.ts";
import { ensureOcspSigner } from "../core/pki/ocsp-signer.ts";
import { toPem } from "../core/pki/pem.ts";
import { defaultProfileConfig } from "../core/pki/profile-config.ts";
import { systemClock } from "../core/ports/clock.ts";
import { cryptoRandom } from "../core/ports/random.ts";
import { ocspRequest } from "../test/helpers/ocsp-request.ts";
import { reportFigure } from "./format.ts";
import { createBenchCa } from "./pki-engine-setup.ts";

const ORDERS = 500;
const CLIENTS = 64;
const DURATION_MS = Number(process.env.MM_BENCH_MS ?? 3_000);

interface LoadResult {
  count: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

/** Runs the load client process against `url` and returns its figures. */
function load(
  url: string,
  requests: Uint8Array[],
  options: { durationMs?: number; close?: boolean } = {},
): Promise<LoadResult> {
  const child = fork(fileURLToPath(new URL("./ocsp-load-client.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (result) => resolve(result as LoadResult));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`load client exited ${code}`))));
    child.send({
      url,
      requests: requests.map((r) => Buffer.from(r).toString("base64")),
      concurrency: CLIENTS,
      durationMs: options.durationMs ?? DURATION_MS,
      close: options.close ?? false,
    });
  });
}

/** `YYMMDDHHMMSSZ` as openssl's index.txt writes times. */
function indexTime(date: Date): string {
  return `${date.toISOString().slice(2, 19).replace(/[-T:]/g, "")}Z`;
}

/**
 * Waits for `openssl ocsp` to say it listens. Not by connecting to the port: the responder serves
 * one connection at a time and would wait for ever on a probe that sends no request.
 */
function waitForListening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`openssl ocsp did not start: ${seen}`)), 10_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("waiting for OCSP client connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`openssl ocsp exited ${code}: ${seen}`)));
  });
}

function rate(r: LoadResult): number {
  return r.count / r.seconds;
}

export default async function run(): Promise<void> {
  const ca = await createBenchCa();
  let openssl: ChildProcess | undefined;
  let server: Server | undefined;
  try {
    const deps = {
      repository: ca.repository,
      keys: ca.keys,
      clock: systemClock,
      random: cryptoRandom,
      newId: newRowId,
    };
    const engine = new IssuanceEngine({ ...deps, profile: defaultProfileConfig("http://localhost") });
    const serials: string[] = [];
    for (let i = 0; i < ORDERS; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          engine.issueForOrder({
            orderId: `O-${i + j}`,
            vkn: "3230512384",
            title: "Bench A.Ş.",
            tokenUri: `card:${i + j}`,
            actor: "bench",
          }),
        ),
      );
      for (const { signing, encryption } of batch) serials.push(signing.serial, encryption.serial);
    }
    console.error("ocsp bench: certificates issued");
    const revoked = new Map<string, Date>();
    for (const serial of serials.filter((_, i) => i % 10 === 0)) {
      const view = await engine.revoke({ serial, reason: "keyCompromise", actor: "bench" });
      revoked.set(serial, view.revokedAt!);
    }
    // our responder behind the real route
    const signer = await ensureOcspSigner(deps, ca.issuing);
    const ocsp = new OcspResponder({ ...deps, issuing: ca.issuing, signer });
    const crl = new CrlService({ repository: ca.repository, keys: ca.keys, clock: systemClock });
    // composed as the service composes it (adapters/composition/service.ts): OCSP as a direct route
    const logger = createLogger({ level: "error" });
    const direct = [ocspEndpoint({ ocsp, logger })];
    server = await listen(
      createHttpApp([pkiRoutes({ repository: ca.repository, crl })], logger, direct),
      0,
      "127.0.0.1",
      direct,
    );
    const ours = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ocsp`;
    // openssl ocsp over the same certificates: index.txt, the issuing CA, its own RSA-2048 signer
    const files = (name: string) => join(ca.dir, name);
    writeFileSync(files("issuing.pem"), toPem(ca.issuing.certDer));
    const expiry = indexTime(new Date(Date.now() + 3 * 365 * 86400_000));
    writeFileSync(
      files("index.txt"),
      serials
        .map((s) => {
          const at = revoked.get(s);
          const state = at ? `R\t${expiry}\t${indexTime(at)},keyCompromise` : `V\t${expiry}\t`;
          return `${state}\t${s.toUpperCase()}\tunknown\t/serialNumber=3230512384/CN=BENCH A.S.\n`;
        })
        .join(""),
    );
    writeFileSync(files("index.txt.attr"), "unique_subject = no\n");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-sha256",
        "-days",
        "2",
        "-subj",
        "/CN=bench openssl ocsp",
        "-keyout",
        files("signer.key"),
        "-out",
        files("signer.pem"),
      ],
      { stdio: "ignore" },
    );
    const port = 20000 + Math.floor(Math.random() * 20000);
    openssl = spawn(
      "openssl",
      [
        "ocsp",
        "-index",
        files("index.txt"),
        "-port",
        String(port),
        "-CA",
        files("issuing.pem"),
        "-rsigner",
        files("signer.pem"),
        "-rkey",
        files("signer.key"),
        "-rmd",
        "sha256",
        "-nmin",
        "60",
        "-ignore_err",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    console.error("ocsp bench: openssl starting");
    await waitForListening(openssl);
    console.error("ocsp bench: openssl listening");
    const theirs = `http://127.0.0.1:${port}/`;

    const plain = serials.map((s) => ocspRequest(ca.issuing.certDer, [s]));
    await load(ours, plain, { durationMs: 1_000 }); // warm-up: our kept responses get signed once
    console.error("ocsp bench: warmed up");
    const oursPlain = await load(ours, plain);
    console.error(`ocsp bench: ours ${JSON.stringify(oursPlain)}`);
    const theirsPlain = await load(theirs, plain, { close: true });
    console.error(`ocsp bench: theirs ${JSON.stringify(theirsPlain)}`);
    const nonced = Array.from({ length: 3_000 }, (_, i) =>
      ocspRequest(ca.issuing.certDer, [serials[i % serials.length]!], true),
    );
    const oursNonce = await load(ours, nonced);
    const theirsNonce = await load(theirs, nonced, { close: true });

    for (const [what, o, t] of [
      ["no nonce", oursPlain, theirsPlain],
      ["fresh nonce each", oursNonce, theirsNonce],
    ] as const) {
      reportFigure(`OCSP responses/s, ${CLIENTS} clients, ${what} (errors ${o.errors})`, rate(o), "resp/s", {
        what: `openssl ocsp -index -port, same certificates, a connection per request (errors ${t.errors})`,
        value: rate(t),
      });
      reportFigure(`OCSP p99 latency, ${CLIENTS} clients, ${what}`, o.p99, "ms", {
        what: "openssl ocsp p99",
        value: t.p99,
      });
    }
    reportFigure("OCSP p99 latency, no nonce, against the target", oursPlain.p99, "ms", {
      what: "target",
      value: 20,
    });
  } finally {
    openssl?.kill();
    if (server) await closeServer(server);
    await ca.dispose();
  }
}
