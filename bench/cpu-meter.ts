/**
 * CPU spent while a bench round runs: this process's (every thread: event loop, signing threads,
 * V8's helpers) and the local PostgreSQL server's backends (read from /proc; 0 where there is none
 * or /proc cannot be read). On two cores every microsecond spent beside the signature is taken from
 * the signatures, so CPU per item explains a throughput ratio.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds used so far, in microseconds. */
export interface CpuSnapshot {
  process: number;
  postgres: number;
}

function postgresMicros(): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks * 1e6) / TICKS_PER_SECOND;
}

/** The CPU used so far. */
export function cpuSnapshot(): CpuSnapshot {
  const { user, system } = process.cpuUsage();
  return { process: user + system, postgres: postgresMicros() };
}

/** Microseconds of CPU per item between two snapshots, this process and PostgreSQL together. */
export function cpuPerItem(before: CpuSnapshot, after: CpuSnapshot, items: number): number {
  const spent = after.process - before.process + (after.postgres - before.postgres);
  return items > 0 ? spent / items : Number.NaN;
}
