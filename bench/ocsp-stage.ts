/**
 * The OCSP stage shared by `npm run bench -- ocsp` and the pg bench: certificates issued through the
 * engine (10% revoked), our responder behind the service's direct route (adapters/http/ocsp-endpoint.ts)
 * and `openssl ocsp -index -port` over the same certificates, driven by the same load client.
 * Requests without a nonce (RFC 5019 style) are measured for our signer on the token; requests with a
 * fresh nonce each (every answer a signature) with the OCSP signer's key in each store of
 * MM_OCSP_SIGNER_STORE: on the issuing key's SoftHSM token and in the software key store (node:crypto
 * on libuv's pool). Every series runs once per round, rounds alternate, and the best round of each
 * series is reported (as the engine figures are).
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus } from "node:os";
import { newRowId } from "../adapters/db/row-id.ts";
import { ocspEndpoint } from "../adapters/http/ocsp-endpoint.ts";
import { closeServer, createHttpApp, listen } from "../adapters/http/server.ts";
import { createLogger } from "../adapters/logging/logger.ts";
import { lowerThreadPoolPriority } from "../adapters/runtime/thread-pool-priority.ts";
import type { IssuanceEngine } from "../core/pki/issuance-engine.ts";
import { OcspResponder } from "../core/pki/ocsp-responder.ts";
import { ensureOcspSigner, type OcspSignerStore } from "../core/pki/ocsp-signer.ts";
import { systemClock } from "../core/ports/clock.ts";
import { cryptoRandom } from "../core/ports/random.ts";
import { ocspRequest } from "../test/helpers/ocsp-request.ts";
import { reportFigure } from "./format.ts";
import { type OcspLoad, ocspLoad, perSecond } from "./ocsp-load.ts";
import { startOpensslResponder } from "./openssl-responder.ts";
import type { BenchCa } from "./pki-engine-setup.ts";
import { rsa2048SigningRates, type SigningRates } from "./rsa-speed.ts";

/** The service's default MM_SIGNING_THREAD_NICE. */
const SIGNING_NICE = 5;
/** The stores the nonce figure is measured for, in the order measured. */
const STORES: readonly OcspSignerStore[] = ["token", "software"];

/** What the stage measured. */
export interface OcspFigures {
  /** Without a nonce (our answers pre-signed and kept), signer on the token. */
  plain: { ours: OcspLoad; openssl: OcspLoad };
  /** A fresh nonce each: ours per signer key store, and openssl's. */
  nonce: { token: OcspLoad; software: OcspLoad; openssl: OcspLoad };
  /** The machine's RSA-2048 signing rates, measured before the stage loads it: the ceilings of both nonce figures. */
  signing: SigningRates;
}

/** How long and how wide. */
export interface OcspStageOptions {
  durationMs: number;
  clients: number;
  /** Orders issued (two certificates each); default 500. */
  orders?: number;
  /** Alternating rounds of every series, the best of each reported; default 3. */
  rounds?: number;
}

/** Issues the certificates, starts both responders, measures, and stops them again. */
export async function measureOcsp(
  ca: BenchCa,
  engine: IssuanceEngine,
  options: OcspStageOptions,
): Promise<OcspFigures> {
  // as the service runs with a `pkcs11:` CA key (MM_SIGNING_THREAD_NICE, default 5): libuv's pool
  // threads, where both stores sign, below the event loop that parses and answers
  await lowerThreadPoolPriority(SIGNING_NICE);
  const signing = await rsa2048SigningRates();
  const { serials, revoked } = await issueCertificates(engine, options.orders ?? 500);
  console.error(`ocsp stage: ${serials.length} certificates issued, ${revoked.size} revoked`);
  const deps = {
    repository: ca.repository,
    keys: ca.keys,
    clock: systemClock,
    random: cryptoRandom,
    newId: newRowId,
  };
  const logger = createLogger({ level: "error" });
  const servers: Server[] = [];
  const urls = new Map<OcspSignerStore, string>();
  const openssl = await startOpensslResponder(ca.dir, ca.issuing.certDer, serials, revoked);
  try {
    for (const store of STORES) {
      // a signer per store, as MM_OCSP_SIGNER_STORE makes it; each responder keeps its own
      const signer = await ensureOcspSigner({ ...deps, store }, ca.issuing);
      const ocsp = new OcspResponder({ ...deps, issuing: ca.issuing, signer });
      const direct = [ocspEndpoint({ ocsp, logger })];
      const server = await listen(createHttpApp([], logger, direct), 0, "127.0.0.1", direct);
      servers.push(server);
      urls.set(store, `http://127.0.0.1:${(server.address() as AddressInfo).port}/ocsp`);
    }
    const plain = serials.map((s) => ocspRequest(ca.issuing.certDer, [s]));
    const nonced = Array.from({ length: 3_000 }, (_, i) =>
      ocspRequest(ca.issuing.certDer, [serials[i % serials.length]!], true),
    );
    const load = (url: string, requests: Uint8Array[], close = false, durationMs = options.durationMs) =>
      ocspLoad(url, requests, { durationMs, concurrency: options.clients, close });
    const token = urls.get("token")!;
    const software = urls.get("software")!;
    // warm-up: kept answers signed once, both signer keys loaded, JIT
    await load(token, plain, false, 1_000);
    await load(token, nonced, false, 500);
    await load(software, nonced, false, 500);
    console.error("ocsp stage: warmed up");
    // alternating rounds, the best of each series: a passing slowdown of the machine (a shared VM)
    // then costs every series a round, not one series its only run
    const rounds: Omit<OcspFigures, "signing">[] = [];
    for (let round = 0; round < (options.rounds ?? 3); round++) {
      rounds.push({
        plain: { ours: await load(token, plain), openssl: await load(openssl.url, plain, true) },
        nonce: {
          token: await load(token, nonced),
          software: await load(software, nonced),
          openssl: await load(openssl.url, nonced, true),
        },
      });
    }
    const best = (pick: (f: Omit<OcspFigures, "signing">) => OcspLoad) =>
      rounds.map(pick).reduce((a, b) => (perSecond(b) > perSecond(a) ? b : a));
    const figures: OcspFigures = {
      signing,
      plain: { ours: best((f) => f.plain.ours), openssl: best((f) => f.plain.openssl) },
      nonce: {
        token: best((f) => f.nonce.token),
        software: best((f) => f.nonce.software),
        openssl: best((f) => f.nonce.openssl),
      },
    };
    console.error(`ocsp stage: ${JSON.stringify(figures)}`);
    return figures;
  } finally {
    openssl.stop();
    for (const server of servers) await closeServer(server);
  }
}

/** 2 × `orders` certificates, every tenth revoked (keyCompromise). */
async function issueCertificates(engine: IssuanceEngine, orders: number) {
  const serials: string[] = [];
  for (let i = 0; i < orders; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, orders - i) }, (_, j) =>
        engine.issueForOrder({
          orderId: newRowId(),
          vkn: "3230512384",
          title: "Bench A.Ş.",
          tokenUri: `card:${i + j}`,
          actor: "bench",
        }),
      ),
    );
    for (const { signing, encryption } of batch) serials.push(signing.serial, encryption.serial);
  }
  const revoked = new Map<string, Date>();
  for (const serial of serials.filter((_, i) => i % 10 === 0)) {
    const view = await engine.revoke({ serial, reason: "keyCompromise", actor: "bench" });
    revoked.set(serial, view.revokedAt!);
  }
  return { serials, revoked };
}

/** Prints the stage's figures, each beside openssl's of the same run; `prefix` names the storage. */
export function reportOcsp(figures: OcspFigures, clients: number, prefix = ""): void {
  const { plain, nonce } = figures;
  const openssl = (load: OcspLoad) =>
    `openssl ocsp -index -port (one process, one core), same certificates, a connection per request, best of 3 rounds (errors ${load.errors})`;
  reportFigure(
    `${prefix}OCSP responses/s, ${clients} clients, best of 3 rounds, no nonce (errors ${plain.ours.errors})`,
    perSecond(plain.ours),
    "resp/s",
    { what: openssl(plain.openssl), value: perSecond(plain.openssl) },
  );
  const where = {
    token: "signer key on the issuing key's SoftHSM token (MM_OCSP_SIGNER_STORE=token)",
    software: "signer key in the software store, node:crypto (MM_OCSP_SIGNER_STORE=software)",
  } as const;
  for (const store of STORES) {
    const load = nonce[store as "token" | "software"];
    reportFigure(
      `${prefix}OCSP responses/s, ${clients} clients, best of 3 rounds, fresh nonce each, ${where[store]} (errors ${load.errors})`,
      perSecond(load),
      "resp/s",
      { what: openssl(nonce.openssl), value: perSecond(nonce.openssl) },
    );
  }
  // every fresh-nonce answer is a signature: what share of the machine's signing rate each responder
  // turns into answers (see rsa-speed.ts); ours has all cores, openssl ocsp one
  reportFigure(
    `${prefix}RSA-2048 signatures/s on all ${cpus().length} cores (node:crypto on libuv's pool, 4 in flight, best of 3 s)`,
    figures.signing.allCores,
    "sig/s",
    { what: "one core (node:crypto, synchronous, best of 3 s)", value: figures.signing.oneCore },
  );
  reportFigure(
    `${prefix}OCSP fresh nonce, software store: answers/s as a share of all cores' RSA-2048 signatures/s`,
    (100 * perSecond(nonce.software)) / figures.signing.allCores,
    "%",
    {
      what: "openssl ocsp's answers/s as a share of one core's",
      value: (100 * perSecond(nonce.openssl)) / figures.signing.oneCore,
    },
  );
  reportFigure(`${prefix}OCSP p99 latency, ${clients} clients, no nonce`, plain.ours.p99, "ms", {
    what: "openssl ocsp p99",
    value: plain.openssl.p99,
  });
  for (const store of STORES)
    reportFigure(
      `${prefix}OCSP p99 latency, ${clients} clients, fresh nonce each, signer key ${store === "token" ? "on the token" : "in the software store"}`,
      nonce[store as "token" | "software"].p99,
      "ms",
      { what: "openssl ocsp p99", value: nonce.openssl.p99 },
    );
}
