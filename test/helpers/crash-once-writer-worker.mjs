/**
 * A stand-in for adapters/db/sqlite-writer-worker.mjs that dies on its first batch, once per
 * database file (a marker file beside it remembers), and afterwards is the real worker: the
 * writer thread's restart is tested against a worker thread that really stops.
 */
import { existsSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

const marker = `${workerData.file}.writer-crashed`;
if (existsSync(marker)) {
  await import("../../adapters/db/sqlite-writer-worker.mjs");
} else {
  parentPort.once("message", () => {
    writeFileSync(marker, "");
    process.exit(3);
  });
}
