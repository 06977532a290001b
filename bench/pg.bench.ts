/**
 * `npm run bench -- pg` (issue 17): the service's figures on PostgreSQL beside SQLite, in one run.
 * - engine: certificates/s through the issuance engine (signatures on SoftHSM) against raw pkcs11js
 *   C_Sign on the same token, best of 3 alternating rounds, per dialect;
 * - OCSP: responses/s at 64 clients, without and with a fresh nonce per request, against
 *   `openssl ocsp -index -port` over the same certificates, per dialect;
 * - web chat: turns/s and p99 of the whole service (composition root) per dialect;
 * - size: status reads, OCSP answers and CRL issuance on PostgreSQL with 10³, 10⁵ and 10⁶
 *   certificate rows (1% revoked; rows bulk-inserted with generate_series), baseline the 10³ figure.
 * Each dialect's engine/OCSP/web figures are measured in a child process of their own (a fresh
 * SoftHSM, heap and libuv pool), one after the other; the parent compares and reports them.
 */
import { type ChildProcess, execFileSync, fork, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { composeService } from "../adapters/composition/service.ts";
import { readEnvironment } from "../adapters/config/environment.ts";
import { openDatabase } from "../adapters/db/database.ts";
import { PrismaCaRepository } from "../adapters/db/pki-ca-repository.ts";
import { newRowId } from "../adapters/db/row-id.ts";
import { ocspEndpoint } from "../adapters/http/ocsp-endpoint.ts";
import { closeServer, createHttpApp, listen } from "../adapters/http/server.ts";
import { createKeyManagerResolver } from "../adapters/keys/key-manager-resolver.ts";
import { createLogger } from "../adapters/logging/logger.ts";
import { lowerThreadPoolPriority } from "../adapters/runtime/thread-pool-priority.ts";
import { setUpCa } from "../core/pki/ca-setup.ts";
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
import { measureRawAsyncSignRate } from "./pkcs11.bench.ts";
import { createBenchCa } from "./pki-engine-setup.ts";

type Dialect = "sqlite" | "postgresql";
const PG_URL = process.env.MM_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const POOL = 16;
const ROUNDS = 3;
const IN_FLIGHT = 64;
const ENGINE_MS = Number(process.env.MM_BENCH_MS ?? 2_000);
const OCSP_MS = Number(process.env.MM_BENCH_MS ?? 3_000);
const OCSP_CLIENTS = 64;
const WEB_SESSIONS = 64;
const WEB_MS = Number(process.env.MM_BENCH_MS ?? 3_000);
const SIZES = (process.env.MM_BENCH_PG_SIZES ?? "1000,100000,1000000").split(",").map(Number);

/** What one dialect's child process measured. */
interface DialectFigures {
  raw: number;
  engine: number;
  /** Missing when the OCSP stage failed (its error is printed). */
  ocsp?: { ocspPlain: Load; ocspNonce: Load; opensslPlain: Load; opensslNonce: Load };
  /** Missing when the web stage failed. */
  web?: { perSecond: number; p99: number; errors: number };
}

/** The stage the child is in, for the log line of an error no caller catches. */
let stage = "start";

interface Load {
  count: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

const perSecond = (l: Load) => l.count / l.seconds;

async function loopFor(durationMs: number, concurrency: number, work: (i: number) => Promise<unknown>) {
  const until = performance.now() + durationMs;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) await work(next++);
    }),
  );
  return { count: next, seconds: (performance.now() - started) / 1000 };
}

/** The OCSP load client (bench/ocsp-load-client.ts) in a process of its own. */
function ocspLoad(url: string, requests: Uint8Array[], close: boolean, durationMs = OCSP_MS): Promise<Load> {
  const child = fork(fileURLToPath(new URL("./ocsp-load-client.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (result) => resolve(result as Load));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`load client exited ${code}`))));
    child.send({
      url,
      requests: requests.map((r) => Buffer.from(r).toString("base64")),
      concurrency: OCSP_CLIENTS,
      durationMs,
      close,
    });
  });
}

function indexTime(date: Date): string {
  return `${date.toISOString().slice(2, 19).replace(/[-T:]/g, "")}Z`;
}

/** `openssl ocsp -index -port` over the given certificates; resolves once it listens. */
async function startOpenssl(
  dir: string,
  issuingDer: Uint8Array,
  serials: string[],
  revoked: Map<string, Date>,
): Promise<{ url: string; child: ChildProcess }> {
  const file = (name: string) => join(dir, name);
  writeFileSync(file("issuing.pem"), toPem(issuingDer));
  const expiry = indexTime(new Date(Date.now() + 3 * 365 * 86400_000));
  writeFileSync(
    file("index.txt"),
    serials
      .map((s) => {
        const at = revoked.get(s);
        const state = at ? `R\t${expiry}\t${indexTime(at)},keyCompromise` : `V\t${expiry}\t`;
        return `${state}\t${s.toUpperCase()}\tunknown\t/CN=BENCH\n`;
      })
      .join(""),
  );
  writeFileSync(file("index.txt.attr"), "unique_subject = no\n");
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
      "/CN=bench ocsp",
    ].concat(["-keyout", file("signer.key"), "-out", file("signer.pem")]),
    { stdio: "ignore" },
  );
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(
    "openssl",
    ["ocsp", "-index", file("index.txt"), "-port", String(port), "-CA", file("issuing.pem")].concat([
      "-rsigner",
      file("signer.pem"),
      "-rkey",
      file("signer.key"),
      "-rmd",
      "sha256",
      "-nmin",
      "60",
      "-ignore_err",
    ]),
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`openssl ocsp did not start: ${seen}`)), 10_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("waiting for OCSP client connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { url: `http://127.0.0.1:${port}/`, child };
}

/** Engine rate against raw signing, alternating rounds (as bench/pki.bench.ts). */
async function engineFigures(ca: Awaited<ReturnType<typeof createBenchCa>>, engine: IssuanceEngine) {
  const order = (i: number) => ({
    orderId: newRowId(),
    vkn: "3230512384",
    title: "Bench A.Ş.",
    tokenUri: `card:${i}`,
    actor: "bench",
  });
  await loopFor(1_000, IN_FLIGHT, (i) => engine.issueForOrder(order(i)));
  const target = {
    module: ca.hsm.module,
    token: ca.hsm.token,
    pin: ca.hsm.pin,
    keyLabel: ca.hsm.issuingLabel,
  };
  const raws: number[] = [];
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    raws.push(await measureRawAsyncSignRate(target, { sessions: POOL, durationMs: ENGINE_MS }));
    if (round === 0) await lowerThreadPoolPriority(5);
    const issued = await loopFor(ENGINE_MS, IN_FLIGHT, (i) => engine.issueForOrder(order(i)));
    rates.push((issued.count * 2) / issued.seconds);
  }
  return { raw: Math.max(...raws), engine: Math.max(...rates) };
}

/** Our OCSP route and openssl's over 1 000 of the issued certificates, 10% revoked. */
async function ocspFigures(ca: Awaited<ReturnType<typeof createBenchCa>>, engine: IssuanceEngine) {
  const deps = {
    repository: ca.repository,
    keys: ca.keys,
    clock: systemClock,
    random: cryptoRandom,
    newId: newRowId,
  };
  const serials: string[] = [];
  for (let i = 0; i < 500; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: 50 }, (_, j) =>
        engine.issueForOrder({
          orderId: `OCSP-${i + j}`,
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
  for (const serial of serials.filter((_, i) => i % 10 === 0))
    revoked.set(
      serial,
      (await engine.revoke({ serial, reason: "keyCompromise", actor: "bench" })).revokedAt!,
    );
  const signer = await ensureOcspSigner(deps, ca.issuing);
  const ocsp = new OcspResponder({ ...deps, issuing: ca.issuing, signer });
  const logger = createLogger({ level: "error" });
  const direct = [ocspEndpoint({ ocsp, logger })];
  const server: Server = await listen(createHttpApp([], logger, direct), 0, "127.0.0.1", direct);
  const openssl = await startOpenssl(ca.dir, ca.issuing.certDer, serials, revoked);
  try {
    const ours = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ocsp`;
    const plain = serials.map((s) => ocspRequest(ca.issuing.certDer, [s]));
    const nonced = Array.from({ length: 3_000 }, (_, i) =>
      ocspRequest(ca.issuing.certDer, [serials[i % serials.length]!], true),
    );
    await ocspLoad(ours, plain, false, 1_000);
    return {
      ocspPlain: await ocspLoad(ours, plain, false),
      opensslPlain: await ocspLoad(openssl.url, plain, true),
      ocspNonce: await ocspLoad(ours, nonced, false),
      opensslNonce: await ocspLoad(openssl.url, nonced, true),
    };
  } finally {
    openssl.child.kill();
    await closeServer(server);
  }
}

function postJson(url: URL, path: string, body: object, agent: http.Agent, token?: string): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Web chat turns/s of the whole service on the dialect (closed loop, 64 sessions). */
async function webFigures(dialect: Dialect): Promise<DialectFigures["web"]> {
  const dir = mkdtempSync(join(tmpdir(), "mm-bench-pgweb-"));
  const schema = `benchweb_${randomBytes(4).toString("hex")}`;
  const env = readEnvironment({
    MM_DATA_DIR: dir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    MM_CHAT_SESSIONS_PER_MINUTE: "100000",
    MM_CHAT_REQUESTS_PER_MINUTE: "1000000",
    MM_CHAT_MESSAGES_PER_MINUTE: "1000000",
    ...(dialect === "postgresql" ? { DATABASE_URL: `${PG_URL}?schema=${schema}` } : {}),
  });
  const service = await composeService(env, createLogger({ level: "silent" }));
  const url = new URL(`http://127.0.0.1:${(service.server!.address() as AddressInfo).port}`);
  const agents = Array.from(
    { length: WEB_SESSIONS },
    () => new http.Agent({ keepAlive: true, maxSockets: 1 }),
  );
  try {
    const sessions: { id: string; token: string }[] = [];
    for (const agent of agents) {
      const created = await new Promise<{ sessionId: string; token: string }>((resolve, reject) => {
        const req = http.request(
          { host: url.hostname, port: url.port, path: "/api/chat/sessions", method: "POST", agent },
          (res) => {
            let body = "";
            res.on("data", (d) => {
              body += d;
            });
            res.on("end", () => resolve(JSON.parse(body)));
          },
        );
        req.on("error", reject);
        req.setHeader("content-type", "application/json");
        req.end("{}");
      });
      sessions.push({ id: created.sessionId, token: created.token });
    }
    const texts = ["merhaba", "fiyat nedir", "mali mühür nedir", "menü"];
    const run = async (ms: number) => {
      const latencies: number[] = [];
      let errors = 0;
      let n = 0;
      const started = performance.now();
      await Promise.all(
        sessions.map(async (s, w) => {
          while (performance.now() < started + ms) {
            const t0 = performance.now();
            const text = texts[n++ % texts.length]!;
            const status = await postJson(
              url,
              `/api/chat/sessions/${s.id}/messages`,
              { text },
              agents[w]!,
              s.token,
            );
            if (status === 200) latencies.push(performance.now() - t0);
            else errors++;
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const seconds = (performance.now() - started) / 1000;
      return {
        perSecond: latencies.length / seconds,
        p99: latencies[Math.floor(0.99 * (latencies.length - 1))] ?? Number.NaN,
        errors,
      };
    };
    await run(1_000);
    return await run(WEB_MS);
  } finally {
    for (const agent of agents) agent.destroy();
    await service.close();
    rmSync(dir, { recursive: true, force: true });
    if (dialect === "postgresql") await dropSchemas([schema]);
  }
}

async function dropSchemas(names: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  client.on("error", () => {});
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  } finally {
    await client.end();
  }
}

async function benchSchemas(): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: PG_URL });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bench\\_%'",
    );
    return new Set(rows.map((r) => r.nspname));
  } finally {
    await client.end();
  }
}

/** The child: one dialect's engine, OCSP and web chat figures, printed as one JSON line. */
async function measureDialect(dialect: Dialect): Promise<void> {
  // A socket reset with no listener (seen once on PostgreSQL) must not lose the other stages' figures.
  process.on("uncaughtException", (error: NodeJS.ErrnoException) => {
    console.error(`bench pg: ${dialect}: uncaught ${error.code ?? error.message} during ${stage}`);
    if (error.code !== "ECONNRESET") process.exit(1);
  });
  const before = dialect === "postgresql" ? await benchSchemas() : new Set<string>();
  const ca = await createBenchCa({ poolSize: POOL, dialect });
  let figures: Omit<DialectFigures, "web">;
  try {
    stage = "engine";
    const engine = new IssuanceEngine({
      repository: ca.repository,
      keys: ca.keys,
      clock: systemClock,
      random: cryptoRandom,
      newId: newRowId,
      profile: defaultProfileConfig("http://localhost:3000"),
    });
    const engineRates = await engineFigures(ca, engine);
    console.error(
      `bench pg: ${dialect} engine ${engineRates.engine.toFixed(0)} cert/s, raw ${engineRates.raw.toFixed(0)}`,
    );
    stage = "ocsp";
    const ocsp = await ocspFigures(ca, engine).catch((error: unknown) => {
      console.error(`bench pg: ${dialect}: OCSP stage failed: ${String(error)}`);
      return undefined;
    });
    figures = { ...engineRates, ...(ocsp ? { ocsp } : {}) };
  } finally {
    await ca.dispose();
    if (dialect === "postgresql")
      await dropSchemas([...(await benchSchemas())].filter((s) => !before.has(s)));
  }
  stage = "web";
  const web = await webFigures(dialect).catch((error: unknown) => {
    console.error(`bench pg: ${dialect}: web stage failed: ${String(error)}`);
    return undefined;
  });
  console.log(`PGBENCH ${JSON.stringify({ ...figures, web })}`);
}

function runChild(dialect: Dialect): Promise<DialectFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, MM_PG_BENCH_DIALECT: dialect },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("PGBENCH "));
      if (code !== 0 || !line)
        reject(new Error(`pg bench ${dialect} child exited ${code}: ${out.slice(-2000)}`));
      else resolve(JSON.parse(line.slice("PGBENCH ".length)) as DialectFigures);
    });
  });
}

/** Status, OCSP and CRL cost on PostgreSQL as the certificate table grows (rows bulk-inserted). */
async function sizeFigures(): Promise<void> {
  const schema = `benchsize_${randomBytes(4).toString("hex")}`;
  const dir = mkdtempSync(join(tmpdir(), "mm-bench-size-"));
  const database = await openDatabase({ dialect: "postgresql", url: PG_URL, schema });
  const raw = new pg.Client({ connectionString: PG_URL, options: `-c search_path="${schema}"` });
  raw.on("error", () => {});
  await raw.connect();
  try {
    const repository = new PrismaCaRepository(database.db, "postgresql");
    const keys = createKeyManagerResolver({ dataDir: dir });
    const deps = { repository, keys, clock: systemClock, random: cryptoRandom, newId: newRowId };
    const { issuing } = await setUpCa(deps, {
      rootKeyUri: "softkey:root",
      issuingKeyUri: "softkey:issuing",
      rootName: "Bench Kök",
      issuingName: "Bench Ara",
    });
    const signer = await ensureOcspSigner(deps, issuing);
    const ocsp = new OcspResponder({ ...deps, issuing, signer });
    const crl = new CrlService({ repository, keys, clock: systemClock });
    const serialOf = (i: number) => (0x4000000000000000n + BigInt(i)).toString(16);
    let rows = 0;
    const results: { size: number; status: number; ocsp: number; crlMs: number; entries: number }[] = [];
    for (const size of SIZES) {
      // rows rows+1 … size, 1% revoked, inserted by the server itself
      await raw.query(
        `INSERT INTO "Certificate" ("id","serial","issuanceKey","orderId","vkn","subjectCn","kind","profile","issuerId","tbsDer","certDer","state","notBefore","notAfter","revokedAt","revocationReason")
         SELECT 'b' || g, to_hex(4611686018427387904 + g), 'bulk:' || g, NULL, '3230512384', 'BENCH', 'sign', 'kamusm', $1, '\\x00'::bytea, '\\x00'::bytea, 'issued', now() - interval '1 day', now() + interval '3 years',
                CASE WHEN g % 100 = 0 THEN now() - interval '1 hour' END, CASE WHEN g % 100 = 0 THEN 1 END
         FROM generate_series($2::bigint, $3::bigint) AS g`,
        [issuing.id, rows + 1, size],
      );
      rows = size;
      await raw.query('ANALYZE "Certificate"');
      const pick = () => serialOf(1 + Math.floor(Math.random() * size));
      await loopFor(300, 64, () => repository.statusBySerial(pick()));
      const status = await loopFor(2_000, 64, () => repository.statusBySerial(pick()));
      const requests = Array.from({ length: 2_000 }, () => ocspRequest(issuing.certDer, [pick()], true));
      const answered = await loopFor(2_000, 64, (i) => ocsp.respond(requests[i % requests.length]!));
      const t0 = performance.now();
      const issued = await crl.issue();
      const crlMs = performance.now() - t0;
      results.push({
        size,
        status: status.count / status.seconds,
        ocsp: answered.count / answered.seconds,
        crlMs,
        entries: issued.entries,
      });
      console.error(`bench pg: size ${size}: ${JSON.stringify(results.at(-1))}`);
    }
    const [base] = results;
    for (const r of results) {
      const n = r.size.toExponential(0).replace("e+", "e");
      reportFigure(`PostgreSQL status reads/s with ${n} certificates (64 in flight)`, r.status, "reads/s", {
        what: `the same with ${base!.size.toExponential(0).replace("e+", "e")}`,
        value: base!.status,
      });
      reportFigure(
        `PostgreSQL OCSP answers/s (fresh nonce, in-process) with ${n} certificates`,
        r.ocsp,
        "resp/s",
        {
          what: `the same with ${base!.size.toExponential(0).replace("e+", "e")}`,
          value: base!.ocsp,
        },
      );
      reportFigure(
        `PostgreSQL CRL issuance with ${n} certificates (${r.entries} revoked entries)`,
        r.crlMs,
        "ms",
        {
          what: `the same with ${base!.size.toExponential(0).replace("e+", "e")}`,
          value: base!.crlMs,
        },
      );
    }
    await keys.close();
  } finally {
    await raw.end();
    await database.close();
    await dropSchemas([schema]);
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  const child = (dialect: Dialect) =>
    runChild(dialect).catch((error: unknown) => {
      console.error(`bench pg: ${String(error)}`);
      process.exitCode = 1;
      return undefined;
    });
  const sqlite = await child("sqlite");
  const postgres = await child("postgresql");
  console.error(`bench pg: ${JSON.stringify({ sqlite, postgres })}`);
  if (sqlite && postgres) reportDialects(sqlite, postgres);
  await sizeFigures();
}

/** The engine, OCSP and web chat figures of both dialects. */
function reportDialects(sqlite: DialectFigures, postgres: DialectFigures): void {
  const both: [string, DialectFigures][] = [
    ["PostgreSQL", postgres],
    ["SQLite", sqlite],
  ];
  for (const [name, f] of both)
    reportFigure(
      `${name}: engine certificates/s (SoftHSM, ${IN_FLIGHT} orders in flight, best of ${ROUNDS})`,
      f.engine,
      "cert/s",
      {
        what: `raw pkcs11js async C_Sign, ${POOL} sessions, best of ${ROUNDS}, same run`,
        value: f.raw,
        unit: "sig/s",
      },
    );
  reportFigure("engine certificates/s, PostgreSQL beside SQLite", postgres.engine, "cert/s", {
    what: "SQLite",
    value: sqlite.engine,
  });
  for (const [name, f] of both) {
    const o = f.ocsp;
    if (!o) continue;
    reportFigure(
      `${name}: OCSP responses/s, ${OCSP_CLIENTS} clients, fresh nonce each (errors ${o.ocspNonce.errors})`,
      perSecond(o.ocspNonce),
      "resp/s",
      {
        what: `openssl ocsp -index -port, same certificates (errors ${o.opensslNonce.errors})`,
        value: perSecond(o.opensslNonce),
      },
    );
    reportFigure(
      `${name}: OCSP responses/s, ${OCSP_CLIENTS} clients, no nonce (errors ${o.ocspPlain.errors})`,
      perSecond(o.ocspPlain),
      "resp/s",
      {
        what: `openssl ocsp -index -port (errors ${o.opensslPlain.errors})`,
        value: perSecond(o.opensslPlain),
      },
    );
    reportFigure(`${name}: OCSP p99, fresh nonce each`, o.ocspNonce.p99, "ms", {
      what: "openssl ocsp p99",
      value: o.opensslNonce.p99,
    });
  }
  if (postgres.ocsp && sqlite.ocsp)
    reportFigure(
      "OCSP responses/s fresh nonce, PostgreSQL beside SQLite",
      perSecond(postgres.ocsp.ocspNonce),
      "resp/s",
      { what: "SQLite", value: perSecond(sqlite.ocsp.ocspNonce) },
    );
  if (postgres.web && sqlite.web) {
    reportFigure(
      `web chat turns/s, ${WEB_SESSIONS} sessions, PostgreSQL (errors ${postgres.web.errors})`,
      postgres.web.perSecond,
      "turns/s",
      { what: `SQLite (errors ${sqlite.web.errors})`, value: sqlite.web.perSecond },
    );
    reportFigure("web chat p99, PostgreSQL", postgres.web.p99, "ms", {
      what: "SQLite",
      value: sqlite.web.p99,
    });
  }
}

const childDialect = process.env.MM_PG_BENCH_DIALECT as Dialect | undefined;
if (childDialect && process.argv[1] === fileURLToPath(import.meta.url)) await measureDialect(childDialect);
