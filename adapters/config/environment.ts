import { existsSync } from "node:fs";
import { z } from "zod";
import { defaultSelfServiceLinks } from "../../bot/self-service-links.ts";
import { profileNames } from "../../core/pki/certificate-profile.ts";
import { maskUrlCredentials } from "../../core/privacy/mask.ts";
import { paymentUrlTemplateProblem } from "../../core/ra/payment-link.ts";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy.ts";

const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z.string().url().optional();
const seedLinks = defaultSelfServiceLinks;
/** An http(s) address customers are sent to, the seed's by default (bot/self-service-links.ts). */
const customerUrl = (seed: string) =>
  z
    .string()
    .url()
    .refine((url) => /^https?:\/\//i.test(url), "must be an http:// or https:// URL")
    .default(seed);

/** The environment the service reads; every variable is optional on the embedded defaults. */
export const environmentSchema = z.object({
  PORT: port
    .default(3000)
    .describe(
      "HTTP port of the service: web chat and its API, OCSP, CRL, CA certificates, health, webhooks.",
    ),
  HOST: z.string().min(1).default("0.0.0.0").describe("Address the HTTP server listens on."),
  MM_DATA_DIR: z
    .string()
    .min(1)
    .default("./data")
    .describe(
      "Data folder: the SQLite file `mm.db`, the software key store, secrets and the mail and SMS outbox.",
    ),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|file:)/, "must start with postgres://, postgresql:// or file:")
    .optional()
    .meta({
      description:
        "`postgres://…` or `postgresql://…` (optionally `?schema=name`) for PostgreSQL; `file:/path.db` for another SQLite file.",
      whenUnset: "SQLite `mm.db` in the data folder",
    }),
  MM_CA_KEY: z
    .string()
    .regex(/^(pkcs11:|softkey:)/, "must be a key URI (pkcs11:… or softkey:…)")
    .refine((uri) => !/pin-(value|source)=/i.test(uri), "must not carry a PIN (use MM_PKCS11_PIN_SOURCE)")
    .optional()
    .meta({
      description:
        "Key URI of the issuing CA key: `softkey:<name>` or `pkcs11:token=…;object=…`; a PIN inside the URI is refused.",
      whenUnset: "`softkey:issuing-ca`",
    }),
  MM_PKCS11_MODULE: z.string().min(1).refine(existsSync, "names no existing file").optional().meta({
    description: "PKCS#11 library (the file must exist); loaded at the first `pkcs11:` key only.",
    whenUnset: "`/usr/lib/softhsm/libsofthsm2.so` (SoftHSM2)",
  }),
  MM_PKCS11_PIN: z
    .string()
    .min(1)
    .optional()
    .describe("User PIN of the PKCS#11 token, read at each login; never stored, never asked for in chat."),
  MM_PKCS11_PIN_SOURCE: z
    .string()
    .regex(/^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+)$/, "must be env:VARIABLE or file:path")
    .optional()
    .meta({
      description:
        "Where the token PIN comes from instead of MM_PKCS11_PIN: `env:VARIABLE` or `file:path` (first line of a mounted secret).",
      whenUnset: "`env:MM_PKCS11_PIN`",
    }),
  MM_PKCS11_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(256)
    .default(16)
    .describe(
      "Sessions per PKCS#11 token (1–256), opened as needed; more sessions than libuv pool threads keep signatures queued in the pool rather than waiting for the event loop (docs/decisions/0002-pkcs11-session-pool.md).",
    ),
  MM_SIGNING_THREAD_NICE: z.coerce
    .number()
    .int()
    .min(0)
    .max(19)
    .default(5)
    .describe(
      "Nice value (0–19) of libuv's pool threads, where PKCS#11 signatures run, when the issuing key is a `pkcs11:` key, so the event loop is not kept waiting by them; 0 leaves them alone. Linux only.",
    ),
  MM_TEST_MODE: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true")
    .describe("`1` or `true` accepts the official test VKNs that fail the checksum."),
  MM_TRUST_PROXY: z
    .string()
    .transform((value, ctx): TrustProxy => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    })
    .optional()
    .meta({
      description:
        "Which proxies in front of the service may name the client in `X-Forwarded-For`; every per-client limit (web chat sessions and requests, event streams, one-time codes, OCSP nonce answers) counts the address this gives, an IPv4 address as itself and an IPv6 address by its /64. A whole number 1–10: that many hops in front of the service are proxies (a load balancer alone: `1`); or a comma-separated list of the proxies' addresses and CIDR networks and the names `loopback`, `linklocal`, `uniquelocal` (`10.0.0.0/8,loopback`), as express's `trust proxy`. `true` (every hop) is refused. Set it behind a load balancer or reverse proxy, else every client is counted as the proxy.",
      whenUnset: "no proxy: the connection's address; `X-Forwarded-For` is ignored",
    }),
  MM_CHAT_SESSIONS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe("Web chat: new sessions per client (an IPv4 address or an IPv6 /64) and minute (429 beyond)."),
  MM_CHAT_REQUESTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(600)
    .describe("Web chat: API requests per client (an IPv4 address or an IPv6 /64) and minute (429 beyond)."),
  MM_CHAT_MESSAGES_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(40)
    .describe("Messages per conversation and minute, on the web chat and on Telegram."),
  MM_OCSP_NONCES_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(120)
    .describe(
      "Freshly signed (nonce) OCSP answers one client (IPv4 address, IPv6 /64) may have per minute; beyond it the answer is tryLater. Requests without a nonce are not counted.",
    ),
  MM_OCSP_SIGNER_STORE: z
    .enum(["token", "software"])
    .default("token")
    .describe(
      "Where a new OCSP signer key is made. `token`: on the issuing key's PKCS#11 token when that is a `pkcs11:` key (the key never leaves the token; every instance reaches it there; fresh-nonce answers are capped by the token's signing rate, about 2 800/s on SoftHSM2 with two cores). `software`: always in the data folder's software key store, sealed by the key passphrase, signed with node:crypto on libuv's pool (every core, no token round trip): each instance then needs the same `keys/` folder and passphrase. A signer in the other store is replaced at the next start or daily check; set every instance alike.",
    ),
  MM_PUBLIC_URL: z.string().url().optional().meta({
    description:
      "Public base URL written into certificates: the CPS (`/ilke`), CRL, OCSP and CA-certificate addresses. Read at every start (not fixed at `mm ca init`): certificates issued afterwards carry the new URLs. Set it in production: there `npm start` refuses to start (one line naming it, exit 1) and `mm issue` refuses to issue without it rather than write the localhost default into certificates; a development start or `mm issue` uses the default and warns, naming it.",
    whenUnset: "`http://localhost:<PORT>`",
  }),
  MM_PRICE_CARD_KURUS: z.coerce
    .number()
    .int()
    .min(1)
    .default(175_000)
    .describe(
      "Price of a smart-card certificate (R6.1) in kuruş, VAT included; set it from the published price list.",
    ),
  MM_PRICE_HSM_KURUS: z.coerce
    .number()
    .int()
    .min(1)
    .default(350_000)
    .describe("Price of an HSM certificate (R6.1) in kuruş, VAT included."),
  MM_PRICE_HSM_ONSITE_KURUS: z.coerce
    .number()
    .int()
    .min(0)
    .default(250_000)
    .describe("HSM on-site supervision fee (R2.4) in kuruş, VAT included, added to every HSM order."),
  MM_LINK_ONLINE_URL: customerUrl(seedLinks.onlineUrl).describe(
    'Online transactions page with e-Devlet login, named in answers for self-service revocation (R7.3), the "Kilit Çözme" PIN unlock (R4.2) and the validity check (R10.1).',
  ),
  MM_LINK_APPLY_URL: customerUrl(seedLinks.applyUrl).describe("The online application form (R3.1)."),
  MM_LINK_POS_URL: customerUrl(seedLinks.posUrl).describe(
    "The virtual POS page, named in the payment answer (R3.2).",
  ),
  MM_LINK_PRICING_URL: customerUrl(seedLinks.pricingUrl).describe(
    "The page of current prices, named in the prices answer (R6.1).",
  ),
  MM_LINK_RECEIVED_URL: customerUrl(seedLinks.receivedUrl).describe(
    'The "I received it, what now" page (R4.1).',
  ),
  MM_CALL_CENTRE: z
    .string()
    .regex(/^\+?\d[\d ()-]{2,19}$/, "must be a phone number (digits, spaces, + - and brackets)")
    .default(seedLinks.callCentre)
    .describe(
      "The call centre's number as customers dial it (R11), offered whenever identity verification fails and in every answer that sends the customer to the call centre.",
    ),
  MM_CA_EMAIL: z
    .string()
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an e-mail address")
    .default(seedLinks.caEmail)
    .describe(
      "The CA's e-mail address named in the delivery answer: where a delivery petition goes with the imza sirküleri when the signatory cannot receive the card (R3.3.2).",
    ),
  MM_PAYMENT_URL_TEMPLATE: z
    .string()
    .superRefine((template, ctx) => {
      const problem = paymentUrlTemplateProblem(template);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .default(seedLinks.paymentUrlTemplate)
    .describe(
      "One order's virtual POS payment link (R3.2), shown after the application, in the order status while unpaid and in the payment answer: `{orderNo}` (required), `{amount}` (lira, `1750.00`) and `{amountKurus}` are replaced, URL-encoded.",
    ),
  MM_PAYMENT_WEBHOOK_SECRET: z.string().min(24, "must be at least 24 characters").optional().meta({
    description:
      "Bearer secret of the payment provider's notices at `POST /api/payments` (at least 24 characters).",
    whenUnset: "the route is off",
  }),
  MM_METRICS_PORT: port.optional().meta({
    description: "Port of a separate listener that serves only `GET /metrics`.",
    whenUnset: "`/metrics` is served on PORT",
  }),
  MM_METRICS_TOKEN: z.string().min(24, "must be at least 24 characters").optional().meta({
    description:
      "Bearer token a `/metrics` scrape must send (`Authorization: Bearer <token>`, at least 24 characters).",
    whenUnset: "`/metrics` is open",
  }),
  MM_OTP_SECRET: z.string().min(32, "must be at least 32 characters").optional().meta({
    description:
      "HMAC key under which one-time codes are stored (at least 32 characters); set it when instances do not share a data folder.",
    whenUnset: "a random key kept in `<data>/secrets/otp.key`",
  }),
  MM_CERT_PROFILE: z.enum(profileNames).optional().meta({
    description:
      "Profile of the RA's subscriber certificates, overriding the CA's default: `kamusm` (the Kamu SM mali mühür profile) or `qseal` (adds the ETSI EN 319 412-3 QSeal fields).",
    whenUnset: "the issuing CA's default profile (`mm ca init --profile`), else `kamusm`",
  }),
  MM_CARD_TOKEN_URI: z
    .string()
    .regex(/^(softkey|pkcs11):.*\{orderNo\}/, "must be a softkey: or pkcs11: URI containing {orderNo}")
    .default("softkey:card-{orderNo}")
    .describe(
      "Key URI of a card order's token, `{orderNo}` replaced (e.g. `pkcs11:token=card-{orderNo};object=mali-muhur`).",
    ),
  MM_SHUTDOWN_GRACE_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(15_000)
    .describe(
      "Milliseconds a stop (SIGINT/SIGTERM) may take to finish the work in hand; past it the process exits with code 1 (a second signal exits at once). Work not finished is resumed at the next start (jobs, Telegram updates not confirmed); keep it below the host's own kill timeout.",
    ),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("pino log level."),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be smtp://… or smtps://…")
    .optional()
    .meta({
      description: "Mail server: `smtp://user:pass@host:port` or `smtps://…`.",
      whenUnset: "each mail is written as an `.eml` file under `<data>/outbox/`",
    }),
  MAIL_FROM: z
    .string()
    .min(3)
    .default("Mali Mühür Asistanı <noreply@localhost>")
    .describe("Sender of notification mail."),
  SMTP_FROM: z.string().min(3).optional().meta({
    description: "Sender of notification mail; wins over MAIL_FROM when both are set.",
    whenUnset: "MAIL_FROM",
  }),
  MM_JOB_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(5000)
    .describe(
      "How often the job runner claims due jobs (mail, payment posting, reminders, sweeps), in ms; 0 turns the timer off.",
    ),
  MM_RECOVERY_LEASE_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(120_000)
    .describe(
      "Recovery sweep: how long a change cut off by a crash is left to its own instance before the sweep completes it, and how often the sweep runs, in ms.",
    ),
  MM_RETENTION_CODES_HOURS: z.coerce
    .number()
    .min(0)
    .default(0)
    .describe(
      "KVKK retention: hours after expiry before one-time-code challenges and verifications are deleted; a challenge stays at least one hour after it was asked, since the code budget counts it.",
    ),
  MM_RETENTION_NOTIFICATION_HOURS: z.coerce
    .number()
    .min(0)
    .default(24)
    .describe("KVKK retention: hours after sending before a notification's body is blanked."),
  MM_RETENTION_CONVERSATION_DAYS: z.coerce
    .number()
    .min(0)
    .default(30)
    .describe(
      "KVKK retention: days of idleness before a conversation is deleted, with the verifications bound to it (however valid), its Telegram chat record, its open one-time-code challenges spent and a hand-off still active on it closed (its Slack thread is told).",
    ),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, "must look like 123456:ABC…")
    .optional()
    .meta({
      description:
        "Token of the Telegram bot (from BotFather); turns the Telegram channel on. TELEGRAM_WEBHOOK_URL or TELEGRAM_WEBHOOK_SECRET set without it: `npm start` in production refuses to start (one line naming it, exit 1); a development start goes on without the channel and warns, naming it.",
      whenUnset: "no Telegram channel",
    }),
  TELEGRAM_WEBHOOK_URL: optionalUrl.meta({
    description:
      "Public URL Telegram posts updates to (`…/telegram/webhook`), registered with setWebhook; needs TELEGRAM_WEBHOOK_SECRET: with the bot token and without the secret `npm start` refuses before opening anything (one line naming it, exit 1).",
    whenUnset: "long polling",
  }),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{1,256}$/, "may hold only A-Z a-z 0-9 _ -")
    .optional()
    .describe(
      "Secret token Telegram sends with every webhook update (`X-Telegram-Bot-Api-Secret-Token`); other requests are refused.",
    ),
  TELEGRAM_API_ROOT: optionalUrl.meta({
    description: "Base URL of the Telegram Bot API (a local Bot API server or a test double).",
    whenUnset: "`https://api.telegram.org`",
  }),
  TELEGRAM_SEND_PER_SECOND: z.coerce
    .number()
    .min(1)
    .max(10_000)
    .default(30)
    .describe("Telegram messages sent per second over all chats (Telegram allows about 30)."),
  TELEGRAM_CHAT_SEND_PER_SECOND: z.coerce
    .number()
    .min(0.1)
    .max(10_000)
    .default(1)
    .describe(
      "Telegram messages sent per second into one chat after a burst of 5 (Telegram allows about 1).",
    ),
  SLACK_SIGNING_SECRET: z.string().min(8).optional().meta({
    description:
      "Signing secret of the Slack app; with SLACK_BOT_TOKEN it turns the agent console at `POST /slack/events` on. One of the two without the other: `npm start` in production refuses to start (one line naming the missing one, exit 1); a development start goes on without the console and warns, naming it.",
    whenUnset: "no Slack console",
  }),
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "must start with xoxb-").optional().meta({
    description: "Bot token (`xoxb-…`) of the Slack app; needs SLACK_SIGNING_SECRET (see there).",
    whenUnset: "no Slack console",
  }),
  SLACK_API_URL: optionalUrl.meta({
    description: "Base URL of the Slack Web API (a test double).",
    whenUnset: "`https://slack.com/api/`",
  }),
  SLACK_SUPPORT_CHANNEL: z.string().min(1).optional().meta({
    description:
      "Slack channel id where hand-offs and revocation requests waiting for a second agent are announced.",
    whenUnset: "not announced",
  }),
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
    .optional()
    .meta({
      description:
        "Slack users allowed to use the console, with their role: `U1:agent,U2:agent,S1:supervisor`; anyone else is refused and audited.",
      whenUnset: "nobody",
    }),
  NODE_ENV: z.string().optional().meta({
    description:
      "`production`: the software key store needs a passphrase, the audit needs a key, and start-up never creates a CA (`mm ca init`).",
    whenUnset: "development set-up",
  }),
  MM_KEY_PASSPHRASE: z
    .string()
    .min(12, "must be at least 12 characters")
    .optional()
    .describe(
      "Passphrase of the software key store (scrypt, at least 12 characters); its master key is never stored.",
    ),
  MM_KEY_PASSPHRASE_SOURCE: z
    .string()
    .regex(/^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+)$/, "must be env:VARIABLE or file:path")
    .optional()
    .describe(
      "Where the key passphrase comes from instead of MM_KEY_PASSPHRASE: `env:VARIABLE` or `file:path`.",
    ),
  MM_AUDIT_KEY: z.string().min(32, "must be at least 32 characters").optional().meta({
    description:
      "HMAC key of the audit chain's checkpoints (at least 32 characters), kept outside the database.",
    whenUnset: "derived from the key passphrase, else a development key file",
  }),
});

/** Validated configuration; MM_PUBLIC_URL always set (unset: `http://localhost:<PORT>`). */
export type Environment = Omit<z.infer<typeof environmentSchema>, "MM_PUBLIC_URL"> & {
  MM_PUBLIC_URL: string;
};

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
  if (result.success)
    return {
      ...result.data,
      MM_PUBLIC_URL: result.data.MM_PUBLIC_URL ?? `http://localhost:${result.data.PORT}`,
    };
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
