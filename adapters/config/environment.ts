import { existsSync } from "node:fs";
import { z } from "zod";
import { maskUrlCredentials } from "../../core/privacy/mask.ts";

const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z.string().url().optional();

/** The environment the service reads; every variable is optional on the embedded defaults. */
export const environmentSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  MM_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|file:)/, "must start with postgres://, postgresql:// or file:")
    .optional(),
  MM_CA_KEY: z
    .string()
    .regex(/^(pkcs11:|softkey:)/, "must be a key URI (pkcs11:… or softkey:…)")
    .refine((uri) => !/pin-(value|source)=/i.test(uri), "must not carry a PIN (use MM_PKCS11_PIN_SOURCE)")
    .optional(),
  MM_PKCS11_MODULE: z.string().min(1).refine(existsSync, "names no existing file").optional(),
  MM_PKCS11_PIN: z.string().min(1).optional(),
  /** Where the token PIN comes from instead of MM_PKCS11_PIN: `env:VARIABLE` or `file:path`. */
  MM_PKCS11_PIN_SOURCE: z
    .string()
    .regex(/^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+)$/, "must be env:VARIABLE or file:path")
    .optional(),
  /** Sessions per PKCS#11 token (1–256); more sessions than libuv pool threads keep signatures queued there. */
  MM_PKCS11_POOL_SIZE: z.coerce.number().int().min(1).max(256).default(16),
  /**
   * Nice value (0–19) of libuv's pool threads, where PKCS#11 signatures run, so the event loop is not
   * kept waiting by them (adapters/runtime/thread-pool-priority.ts); 0 leaves them alone. Linux only.
   */
  MM_SIGNING_THREAD_NICE: z.coerce.number().int().min(0).max(19).default(5),
  MM_TEST_MODE: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  /** Web chat rate limits per minute: new sessions per IP, API requests per IP, messages per session. */
  MM_CHAT_SESSIONS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  MM_CHAT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  MM_CHAT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).default(40),
  MM_PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  /** Prices (R6.1) in kuruş, VAT included: a smart card, an HSM certificate, the HSM on-site supervision fee. */
  MM_PRICE_CARD_KURUS: z.coerce.number().int().min(1).default(175_000),
  MM_PRICE_HSM_KURUS: z.coerce.number().int().min(1).default(350_000),
  MM_PRICE_HSM_ONSITE_KURUS: z.coerce.number().int().min(0).default(250_000),
  /** Bearer secret of the payment provider's notices at POST /api/payments; the route is off when unset. */
  MM_PAYMENT_WEBHOOK_SECRET: z.string().min(24, "must be at least 24 characters").optional(),
  /** Port of a separate listener serving only GET /metrics; unset: /metrics is on PORT. */
  MM_METRICS_PORT: port.optional(),
  /** Bearer token a /metrics scrape must send (`Authorization: Bearer <token>`); unset: open. */
  MM_METRICS_TOKEN: z.string().min(24, "must be at least 24 characters").optional(),
  /** Key of the HMAC under which one-time codes are stored; default: a random key kept in the data folder. */
  MM_OTP_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * Certificate profile of the RA's subscriber certificates: the Kamu SM mali mühür profile, or ETSI
   * QSeal on top of it. Unset: the issuing CA's default (`mm ca init --profile`), else kamusm.
   */
  MM_CERT_PROFILE: z.enum(["kamusm", "qseal"]).optional(),
  /** Key URI of a card order's token; `{orderNo}` is replaced. Default: a software key per card. */
  MM_CARD_TOKEN_URI: z
    .string()
    .regex(/^(softkey|pkcs11):.*\{orderNo\}/, "must be a softkey: or pkcs11: URI containing {orderNo}")
    .default("softkey:card-{orderNo}"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be smtp://… or smtps://…")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Mali Mühür Asistanı <noreply@localhost>"),
  /** Sender of notification mail; overrides MAIL_FROM when set. */
  SMTP_FROM: z.string().min(3).optional(),
  /** How often the job runner looks for due jobs, in ms; 0 turns the timer off. */
  MM_JOB_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
  /** KVKK retention: hours after expiry before OTP challenges and verifications are deleted. */
  MM_RETENTION_CODES_HOURS: z.coerce.number().min(0).default(0),
  /** KVKK retention: hours after sending before a notification's body is blanked. */
  MM_RETENTION_NOTIFICATION_HOURS: z.coerce.number().min(0).default(24),
  /** KVKK retention: days of idleness before a conversation is deleted. */
  MM_RETENTION_CONVERSATION_DAYS: z.coerce.number().min(0).default(30),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, "must look like 123456:ABC…")
    .optional(),
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{1,256}$/, "may hold only A-Z a-z 0-9 _ -")
    .optional(),
  TELEGRAM_API_ROOT: optionalUrl,
  /** Telegram messages sent per second over all chats (Telegram allows about 30). */
  TELEGRAM_SEND_PER_SECOND: z.coerce.number().min(1).max(10_000).default(30),
  /** Telegram messages sent per second into one chat after a burst of 5 (Telegram allows about 1). */
  TELEGRAM_CHAT_SEND_PER_SECOND: z.coerce.number().min(0.1).max(10_000).default(1),
  SLACK_SIGNING_SECRET: z.string().min(8).optional(),
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "must start with xoxb-").optional(),
  SLACK_API_URL: optionalUrl,
  SLACK_SUPPORT_CHANNEL: z.string().min(1).optional(),
  /** Slack users allowed to run `/mm`, with their role: `U1:agent,U2:agent,S1:supervisor`. */
  SLACK_AGENTS: z
    .string()
    .regex(
      /^\s*[A-Z0-9]+:(agent|supervisor)\s*(,\s*[A-Z0-9]+:(agent|supervisor)\s*)*$/,
      "must be a list such as U1:agent,U2:agent,S1:supervisor (Slack user ids, roles agent or supervisor)",
    )
    .transform((list) =>
      list.split(",").map((entry) => {
        const [id, role] = entry.trim().split(":");
        return { id: id!, role: role as "agent" | "supervisor" };
      }),
    )
    .refine((agents) => new Set(agents.map((a) => a.id)).size === agents.length, "names a user twice")
    .optional(),
  /** `production`: the software key store needs a passphrase and start-up never creates a CA (`mm ca init`). */
  NODE_ENV: z.string().optional(),
  /** Passphrase of the software key store (scrypt); its master key is never stored. */
  MM_KEY_PASSPHRASE: z.string().min(12, "must be at least 12 characters").optional(),
  /** Where the key passphrase comes from instead of MM_KEY_PASSPHRASE: `env:VARIABLE` or `file:path`. */
  MM_KEY_PASSPHRASE_SOURCE: z
    .string()
    .regex(/^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+)$/, "must be env:VARIABLE or file:path")
    .optional(),
  /** HMAC key of the audit chain's checkpoints; default: derived from the key passphrase. */
  MM_AUDIT_KEY: z.string().min(32, "must be at least 32 characters").optional(),
});

/** Validated configuration. */
export type Environment = z.infer<typeof environmentSchema>;

/** A configuration error that names the variable; start-up prints its message as one line. */
export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`configuration error: ${variable} ${reason}`);
    this.name = "ConfigurationError";
  }
}

/** Reads and validates the environment; throws {@link ConfigurationError} naming the first bad variable. */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const result = environmentSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? "environment");
  const shown =
    variable.includes("PIN") ||
    variable.includes("SECRET") ||
    variable.includes("TOKEN") ||
    variable.includes("PASSPHRASE") ||
    variable === "MM_AUDIT_KEY" ||
    /pin-value/i.test(String(cleaned[variable]))
      ? ""
      : ` (got ${maskUrlCredentials(JSON.stringify(cleaned[variable] ?? null))})`;
  throw new ConfigurationError(variable, `${issue.message.replace(/^Invalid input: /, "")}${shown}`);
}
