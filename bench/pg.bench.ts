/**
 * `npm run bench -- pg` (issue 17): the service's figures on PostgreSQL beside SQLite, in one run.
 * - engine: certificates/s through the issuance engine (signatures on SoftHSM) against raw pkcs11js
 *   C_Sign on the same token, best of 5 alternating rounds, per dialect;
 * - OCSP: responses/s at 64 clients, without and with a fresh nonce per request (the signer key on
 *   the SoftHSM token and in the software store), against `openssl ocsp -index -port` over the
 *   same certificates, per dialect (bench/ocsp-stage.ts);
 * - web chat: turns/s and p99 of the whole service (composition root) per dialect;
 * - size: status reads, OCSP answers and CRL issuance on PostgreSQL with 10³, 10⁵ and 10⁶
 *   certificate rows (1% revoked; rows bulk-inserted with generate_series), baseline the 10³ figure.
 * Each dialect's engine/OCSP/web figures are measured in a child process of their own (a fresh
 * SoftHSM, heap and libuv pool), one after the other; the parent compares and reports them.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openDatabase } from "../adapters/db/database.ts";
import { PrismaCaRepository } from "../adapters/db/pki-ca-repository.ts";
import { newRowId } from "../adapters/db/row-id.ts";
import { createKeyManagerResolver } from "../adapters/keys/key-manager-resolver.ts";
import { setUpCa } from "../core/pki/ca-setup.ts";
import { CrlService } from "../core/pki/crl-service.ts";
import type { IssuanceEngine } from "../core/pki/issuance-engine.ts";
import { OcspResponder } from "../core/pki/ocsp-responder.ts";
import { ensureOcspSigner } from "../core/pki/ocsp-signer.ts";
import { systemClock } from "../core/ports/clock.ts";
import { cryptoRandom } from "../core/ports/random.ts";
import { ocspRequest } from "../test/helpers/ocsp-request.ts";
import { startBenchService } from "./bench-service.ts";
import { engineRounds } from "./engine-figures.ts";
import { reportFigure } from "./format.ts";
import { postJson } from "./http-post.ts";
import { loopFor } from "./loop.ts";
import { perSecond } from "./ocsp-load.ts";
import { measureOcsp, type OcspFigures, reportOcsp } from "./ocsp-stage.ts";
import { percentile } from "./percentile.ts";
import { type BenchCa, benchEngine, createBenchCa } from "./pki-engine-setup.ts";

type Dialect = "sqlite" | "postgresql";
const PG_URL = process.env.MM_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const POOL = 16;
/**
 * Engine rounds, as in pki.bench.ts: five alternating rounds, so a passing slowdown of the shared
 * machine is less often the best round of either side.
 */
const ROUNDS = 5;
const IN_FLIGHT = 64;
const ENGINE_MS = Number(process.env.MM_BENCH_MS ?? 2_000);
const OCSP_MS = Number(process.env.MM_BENCH_MS ?? 3_000);
const OCSP_CLIENTS = 64;
const WEB_SESSIONS = 64;
const WEB_MS = Number(process.env.MM_BENCH_MS ?? 3_000);
const SIZES = (process.env.MM_BENCH_PG_SIZES ?? "1000,100000,1000000").split(",").map(Number);
/**
 * The stages to run (`MM_BENCH_PG_STAGES=engine` to measure only the engine, say); all by default.
 * `MM_BENCH_PG_DIALECTS=postgresql` likewise leaves SQLite out.
 */
const STAGES = new Set((process.env.MM_BENCH_PG_STAGES ?? "engine,ocsp,web,size").split(","));
const DIALECTS = new Set((process.env.MM_BENCH_PG_DIALECTS ?? "sqlite,postgresql").split(","));

/** What one dialect's child process measured. */
interface DialectFigures {
  raw: number;
  engine: number;
  /** Median CPU per raw signature and per engine certificate (µs, this process and PostgreSQL). */
  cpu: { raw: number; engine: number };
  /** Missing when the OCSP stage failed (its error is printed). */
  ocsp?: OcspFigures;
  /** Missing when the web stage failed. */
  web?: { perSecond: number; p99: number; errors: number };
}

/** The stage the child is in, for the log line of an error no caller catches. */
let stage = "start";

/** Engine rate against raw signing, alternating rounds (as bench/pki.bench.ts). */
async function engineFigures(ca: Awaited<ReturnType<typeof createBenchCa>>, engine: IssuanceEngine) {
  const { raws, rates, rawCpu, engineCpu } = await engineRounds(ca, engine, {
    rounds: ROUNDS,
    durationMs: ENGINE_MS,
    inFlight: IN_FLIGHT,
    pool: POOL,
    nice: 5,
  });
  return {
    raw: Math.max(...raws),
    engine: Math.max(...rates),
    cpu: { raw: percentile(rawCpu, 0.5), engine: percentile(engineCpu, 0.5) },
  };
}

/** Our OCSP route (signer key in each store) and openssl's over 1 000 issued certificates, 10% revoked. */
function ocspFigures(ca: BenchCa, engine: IssuanceEngine): Promise<OcspFigures> {
  return measureOcsp(ca, engine, { durationMs: OCSP_MS, clients: OCSP_CLIENTS });
}

/** Web chat turns/s of the whole service on the dialect (closed loop, 64 sessions). */
async function webFigures(dialect: Dialect): Promise<DialectFigures["web"]> {
  const schema = `benchweb_${randomBytes(4).toString("hex")}`;
  const service = await startBenchService(
    dialect === "postgresql" ? { DATABASE_URL: `${PG_URL}?schema=${schema}` } : {},
  );
  const url = new URL(service.baseUrl);
  const clients = Array.from({ length: WEB_SESSIONS }, () => ({
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
  }));
  try {
    const sessions: { id: string; token: string }[] = [];
    for (const client of clients) {
      const created = JSON.parse((await postJson(url, "/api/chat/sessions", {}, client)).body);
      sessions.push({ id: created.sessionId, token: created.token });
    }
    const texts = ["merhaba", "fiyat nedir", "mali mühür nedir", "menü"];
    const run = async (ms: number) => {
      const latencies: number[] = [];
      let errors = 0;
      const done = await loopFor(ms, sessions.length, async (n, w) => {
        const t0 = performance.now();
        const s = sessions[w]!;
        const text = texts[n % texts.length]!;
        const { status } = await postJson(
          url,
          `/api/chat/sessions/${s.id}/messages`,
          { text },
          clients[w]!,
          s.token,
        );
        if (status === 200) latencies.push(performance.now() - t0);
        else errors++;
      });
      return {
        perSecond: latencies.length / done.seconds,
        p99: percentile(latencies, 0.99),
        errors,
      };
    };
    await run(1_000);
    return await run(WEB_MS);
  } finally {
    for (const client of clients) client.agent.destroy();
    await service.close();
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
    const engine = benchEngine(ca);
    const engineRates = await engineFigures(ca, engine);
    console.error(
      `bench pg: ${dialect} engine ${engineRates.engine.toFixed(0)} cert/s, raw ${engineRates.raw.toFixed(0)}`,
    );
    stage = "ocsp";
    const ocsp = STAGES.has("ocsp")
      ? await ocspFigures(ca, engine).catch((error: unknown) => {
          console.error(`bench pg: ${dialect}: OCSP stage failed: ${String(error)}`);
          return undefined;
        })
      : undefined;
    figures = { ...engineRates, ...(ocsp ? { ocsp } : {}) };
  } finally {
    await ca.dispose();
    if (dialect === "postgresql")
      await dropSchemas([...(await benchSchemas())].filter((s) => !before.has(s)));
  }
  stage = "web";
  const web = STAGES.has("web")
    ? await webFigures(dialect).catch((error: unknown) => {
        console.error(`bench pg: ${dialect}: web stage failed: ${String(error)}`);
        return undefined;
      })
    : undefined;
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
  const sqlite = DIALECTS.has("sqlite") ? await child("sqlite") : undefined;
  const postgres = DIALECTS.has("postgresql") ? await child("postgresql") : undefined;
  console.error(`bench pg: ${JSON.stringify({ sqlite, postgres })}`);
  reportDialects(sqlite, postgres);
  if (STAGES.has("size")) await sizeFigures();
}

/** The engine, OCSP and web chat figures of the dialects measured; the comparisons when both were. */
function reportDialects(sqlite: DialectFigures | undefined, postgres: DialectFigures | undefined): void {
  const both: [string, DialectFigures][] = [];
  if (postgres) both.push(["PostgreSQL", postgres]);
  if (sqlite) both.push(["SQLite", sqlite]);
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
  // where the ratio comes from: on two cores, CPU spent beside the signature is taken from the signatures
  for (const [name, f] of both)
    reportFigure(
      `${name}: CPU per certificate through the engine (this process and PostgreSQL's backends, median of ${ROUNDS})`,
      f.cpu.engine,
      "µs",
      { what: `CPU per raw C_Sign signature (median of ${ROUNDS}, same run)`, value: f.cpu.raw },
    );
  if (!(sqlite && postgres)) return;
  reportFigure("engine certificates/s, PostgreSQL beside SQLite", postgres.engine, "cert/s", {
    what: "SQLite",
    value: sqlite.engine,
  });
  for (const [name, f] of both) if (f.ocsp) reportOcsp(f.ocsp, OCSP_CLIENTS, `${name}: `);
  for (const store of ["token", "software"] as const)
    if (postgres.ocsp && sqlite.ocsp)
      reportFigure(
        `OCSP responses/s fresh nonce, signer key ${store === "token" ? "on the token" : "in the software store"}, PostgreSQL beside SQLite`,
        perSecond(postgres.ocsp.nonce[store]),
        "resp/s",
        { what: "SQLite", value: perSecond(sqlite.ocsp.nonce[store]) },
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
