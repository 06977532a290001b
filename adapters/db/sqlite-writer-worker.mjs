/**
 * The worker side of SqliteWriterThread (sqlite-writer-thread.ts): its own better-sqlite3
 * connection to the service's SQLite file, running each batch of certificate writes as one
 * immediate transaction, with statements prepared once per batch size. Plain JavaScript, so the
 * thread starts without a TypeScript loader; the messages are typed in sqlite-writer-protocol.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, busyTimeoutMs, columns } = workerData;
const db = new Database(file, { timeout: busyTimeoutMs });
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");

const insertRow = `(${columns.map(() => "?").join(", ")})`;
const columnList = columns.map((c) => `"${c}"`).join(", ");
const inserts = new Map();
const updates = new Map();

function insertStatement(rows) {
  let statement = inserts.get(rows);
  if (!statement) {
    statement = db.prepare(
      `INSERT INTO "Certificate" (${columnList}) VALUES ${Array(rows).fill(insertRow).join(", ")} ON CONFLICT DO NOTHING RETURNING "id"`,
    );
    inserts.set(rows, statement);
  }
  return statement;
}

function updateStatement(rows) {
  let statement = updates.get(rows);
  if (!statement) {
    statement = db.prepare(
      `UPDATE "Certificate" SET "state" = 'issued', "certDer" = v.column2, "tbsDer" = NULL FROM (VALUES ${Array(rows).fill("(?, ?)").join(", ")}) AS v WHERE "Certificate"."id" = v.column1 AND "Certificate"."state" = 'pending' RETURNING "id"`,
    );
    updates.set(rows, statement);
  }
  return statement;
}

/** better-sqlite3 binds blobs from Buffers; a posted Uint8Array arrives as a plain view. */
function bindable(values) {
  return values.map((v) => (v instanceof Uint8Array ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v));
}

const write = db.transaction((request) => {
  let inserted = [];
  let updated = [];
  if (request.inserts.length > 0) {
    inserted = insertStatement(request.inserts.length)
      .all(...bindable(request.inserts.flat()))
      .map((row) => row.id);
  }
  if (request.updates.length > 0)
    updated = updateStatement(request.updates.length)
      .all(...bindable(request.updates.flat()))
      .map((row) => row.id);
  return { inserted, updated };
});

parentPort.on("message", (request) => {
  let reply;
  try {
    reply = { seq: request.seq, ...write.immediate(request) };
  } catch (error) {
    reply = { seq: request.seq, error: { message: String(error?.message ?? error), code: error?.code } };
  }
  parentPort.postMessage(reply);
});
