import { composeService, type Service } from "../../composition/service.ts";
import { readEnvironment } from "../../config/environment.ts";
import { cliLogger } from "../log-lines.ts";
import { assertCaInStorage, refusesToCreateCa } from "./existing-ca.ts";

/** What an RA command works with: the service as the composition root builds it, without HTTP or channels. */
export type AssistantContext = Pick<Service, "database" | "pki" | "ra" | "jobs">;

/**
 * Composes the service with no HTTP server, no channels and the job timer off (the same wiring as
 * `npm start`), runs `work`, closes everything. `existingCaOnly`: a command that only reads, or acts
 * on what must exist already, refuses storage without a CA with `[ca_missing]` before the
 * service is composed (which would create a development CA), creating nothing; with
 * `NODE_ENV=production` every command is refused so (a writing one included). In development a
 * command on empty storage creates the development CA and says so in one line on stderr.
 */
export async function withAssistant<T>(
  work: (ctx: AssistantContext) => Promise<T>,
  options: { existingCaOnly?: boolean } = {},
): Promise<T> {
  const env = { ...readEnvironment(), MM_JOB_INTERVAL_MS: 0 };
  if (options.existingCaOnly || refusesToCreateCa(env)) await assertCaInStorage(env);
  process.stderr.write("opening storage…\n");
  const logger = cliLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL);
  const service = await composeService(env, logger, { listen: false, channels: false });
  try {
    return await work(service);
  } finally {
    await service.close();
  }
}
