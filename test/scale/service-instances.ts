/**
 * Several instances of the service (`npm start`: adapters/main.ts), each a process of its own on a
 * loopback port with its own data folder, all on one PostgreSQL schema, sharing what the operations
 * guide says must be shared: the database, the OTP secret, the key passphrase and the CA key (a
 * PKCS#11 token every instance reaches).
 */
import { randomBytes } from "node:crypto";
import { freePort, type RunningScript, runScript } from "../helpers/processes.ts";
import { type SoftHsm, testPins } from "../helpers/softhsm.ts";
import { dataDirs } from "./scale-env.ts";

/** One running instance. */
export interface Instance {
  baseUrl: string;
  process: RunningScript;
}

/** The instances and how to stop them. */
export interface Instances {
  instances: Instance[];
  /** The payment provider's bearer secret the instances accept. */
  paymentSecret: string;
  /** SIGTERM to each, waiting for its exit; then the data folders go. */
  stop(): Promise<void>;
}

/** Starts `count` instances together on `databaseUrl` (with `?schema=`). */
export async function startInstances(
  count: number,
  options: { databaseUrl: string; hsm: SoftHsm; token: string; env?: Record<string, string> },
): Promise<Instances> {
  const dirs = dataDirs(count);
  const shared = {
    DATABASE_URL: options.databaseUrl,
    MM_OTP_SECRET: randomBytes(32).toString("hex"),
    MM_KEY_PASSPHRASE: randomBytes(16).toString("hex"),
    MM_CA_KEY: `pkcs11:token=${options.token};object=issuing-ca`,
    MM_PKCS11_MODULE: options.hsm.module,
    MM_PKCS11_PIN: testPins.user,
    SOFTHSM2_CONF: process.env.SOFTHSM2_CONF ?? "",
    MM_PAYMENT_WEBHOOK_SECRET: randomBytes(24).toString("hex"),
    MM_SIGNING_THREAD_NICE: "0",
    MM_JOB_INTERVAL_MS: "200",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    ...options.env,
  };
  const ports = await Promise.all(dirs.dirs.map(() => freePort()));
  const instances = dirs.dirs.map((dir, i) => ({
    baseUrl: `http://127.0.0.1:${ports[i]}`,
    process: runScript("adapters/main.ts", { ...shared, PORT: String(ports[i]), MM_DATA_DIR: dir }),
  }));
  const stop = async () => {
    for (const instance of instances)
      if (instance.process.child.exitCode === null) instance.process.child.kill("SIGTERM");
    await Promise.all(
      instances.map((instance) =>
        Promise.race([
          instance.process.exited,
          new Promise((resolve) => setTimeout(resolve, 10_000)).then(() =>
            instance.process.child.kill("SIGKILL"),
          ),
        ]),
      ),
    );
    dirs.remove();
  };
  try {
    await Promise.all(instances.map((i) => i.process.waitFor(/HTTP server listening/, 180_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, paymentSecret: shared.MM_PAYMENT_WEBHOOK_SECRET, stop };
}
