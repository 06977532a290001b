import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeService, type Service } from "../../adapters/composition/service.ts";
import { readEnvironment } from "../../adapters/config/environment.ts";
import { createLogger } from "../../adapters/logging/logger.ts";

/** The whole service on an ephemeral port with a fresh temp data folder (embedded SQLite). */
export async function startTestService(
  extraEnv: Record<string, string> = {},
): Promise<{ baseUrl: string; service: Service; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "mm-web-service-"));
  const env = readEnvironment({
    MM_DATA_DIR: dir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    ...extraEnv,
  });
  const service = await composeService(env, createLogger({ level: "silent" }));
  const { port } = service.server!.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    service,
    close: async () => {
      await service.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
