/**
 * `openssl ocsp -index … -port`, the baseline of the OCSP figures: an index.txt over the given
 * certificates (revoked ones with their time and keyCompromise), the issuing CA's certificate, and a
 * signer of its own (RSA-2048, SHA-256, made here with `openssl req`).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { toPem } from "../core/pki/pem.ts";

/** A running `openssl ocsp` responder. */
export interface OpensslResponder {
  /** Where it answers POSTed requests. */
  url: string;
  stop(): void;
}

/** `YYMMDDHHMMSSZ`, as openssl's index.txt writes times. */
function indexTime(date: Date): string {
  return `${date.toISOString().slice(2, 19).replace(/[-T:]/g, "")}Z`;
}

/** Writes its files into `dir`, starts it on a random port and resolves once it listens. */
export async function startOpensslResponder(
  dir: string,
  issuingDer: Uint8Array,
  serials: readonly string[],
  revoked: ReadonlyMap<string, Date>,
): Promise<OpensslResponder> {
  const file = (name: string) => join(dir, name);
  writeFileSync(file("issuing.pem"), toPem(issuingDer));
  const expiry = indexTime(new Date(Date.now() + 3 * 365 * 86400_000));
  const rows = serials.map((s) => {
    const at = revoked.get(s);
    const state = at ? `R\t${expiry}\t${indexTime(at)},keyCompromise` : `V\t${expiry}\t`;
    return `${state}\t${s.toUpperCase()}\tunknown\t/CN=BENCH\n`;
  });
  writeFileSync(file("index.txt"), rows.join(""));
  writeFileSync(file("index.txt.attr"), "unique_subject = no\n");
  const signer = ["-keyout", file("signer.key"), "-out", file("signer.pem")];
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
      ...signer,
    ],
    { stdio: "ignore" },
  );
  const signing = ["-rsigner", file("signer.pem"), "-rkey", file("signer.key"), "-rmd", "sha256"];
  // A port another socket holds (an earlier stage's connections linger in TIME_WAIT) makes openssl
  // exit with "Address already in use": another port is tried.
  for (let attempt = 1; ; attempt++) {
    const port = randomListenPort();
    const index = ["-index", file("index.txt"), "-port", String(port), "-CA", file("issuing.pem")];
    const child = spawn("openssl", ["ocsp", ...index, ...signing, "-nmin", "60", "-ignore_err"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    try {
      await listening(child);
      return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
    } catch (error) {
      if (attempt >= 5 || !String(error).includes("Address already in use")) throw error;
    }
  }
}

/**
 * A port below Linux's ephemeral range (32768–60999), where the load client's own connections, tens
 * of thousands of them in TIME_WAIT after a round, would otherwise collide with it.
 */
function randomListenPort(): number {
  return 20000 + Math.floor(Math.random() * 12000);
}

/**
 * Waits for `openssl ocsp` to say it listens. Not by connecting to the port: it serves one
 * connection at a time and would wait for ever on a probe that sends no request.
 */
function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`openssl ocsp did not start: ${seen}`));
    }, 10_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("waiting for OCSP client connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`openssl ocsp exited ${code}: ${seen}`));
    });
  });
}
