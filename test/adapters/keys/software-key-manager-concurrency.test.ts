import * as nodeCrypto from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { publicKeyFromSpki, SoftwareKeyManager } from "../../../adapters/keys/software-key-manager.ts";

/** Every call of node's `crypto.sign` the key manager makes, and how many were in flight at most. */
const calls: { callbackForm: boolean }[] = [];
let inFlight = 0;
let mostInFlight = 0;

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return {
    ...actual,
    sign: (...args: unknown[]) => {
      const callback = args[3] as ((error: Error | null, signature: Buffer) => void) | undefined;
      calls.push({ callbackForm: typeof callback === "function" });
      if (typeof callback !== "function") return (actual.sign as (...a: unknown[]) => Buffer)(...args);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      return (actual.sign as (...a: unknown[]) => void)(
        args[0],
        args[1],
        args[2],
        (error: Error | null, signature: Buffer) => {
          inFlight -= 1;
          callback(error, signature);
        },
      );
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "mm-softkey-concurrent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("software key manager: signatures on libuv's thread pool (both cores), not the event loop", () => {
  it.each([
    ["RSA-2048", { kind: "RSA", modulusLength: 2048 } as const, "RSA-SHA256" as const],
    ["EC P-256", { kind: "EC", namedCurve: "P-256" } as const, "ECDSA-SHA256" as const],
  ])(
    "signs 16 requests at once with %s: all in flight together, each one verifies",
    async (name, algorithm, signatureAlgorithm) => {
      const keys = new SoftwareKeyManager(dir);
      const uri = `softkey:concurrent-${name.replace(/\W/g, "")}`;
      const { spki } = await keys.generateKey({ uri, algorithm });
      calls.length = 0;
      mostInFlight = 0;
      const data = Array.from({ length: 16 }, (_, i) =>
        new TextEncoder().encode(`OCSP tbsResponseData ${i}`),
      );
      const signatures = await Promise.all(
        data.map((d) => keys.sign({ uri, algorithm: signatureAlgorithm, data: d })),
      );
      // every signature went through the asynchronous (thread-pool) form of crypto.sign
      expect(calls).toHaveLength(16);
      expect(calls.every((c) => c.callbackForm)).toBe(true);
      // several were handed to the pool before the first came back (a synchronous sign: never more than one)
      expect(mostInFlight).toBeGreaterThan(1);
      expect(inFlight).toBe(0);
      const publicKey = publicKeyFromSpki(spki);
      signatures.forEach((signature, i) => {
        const hash = "sha256";
        expect(nodeCrypto.verify(hash, data[i]!, { key: publicKey, dsaEncoding: "der" }, signature)).toBe(
          true,
        );
        // and not another request's signature
        expect(
          nodeCrypto.verify(hash, data[(i + 1) % 16]!, { key: publicKey, dsaEncoding: "der" }, signature),
        ).toBe(false);
      });
      await keys.close();
    },
    60_000,
  );
});
