import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const idLike = z.union([z.string(), z.number()]).transform((v) => String(v));
const dateLike = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString() : v))
  .refine((v) => !Number.isNaN(Date.parse(v)), "must be an ISO-8601 date or date-time");

const assertionSchemas = {
  contains: z.object({ contains: z.string().min(1) }).strict(),
  not_contains: z.object({ not_contains: z.string().min(1) }).strict(),
  matches: z
    .object({ matches: z.string().min(1).refine(isRegex, "not a valid regular expression") })
    .strict(),
  buttons: z.object({ buttons: z.array(z.string().min(1)).min(1) }).strict(),
};

/** Picks the schema by the one key present, so an error names that key. */
function oneOf<S extends Record<string, z.ZodType>>(schemas: S, what: string) {
  const names = Object.keys(schemas);
  return z.unknown().transform((value, ctx): z.infer<S[keyof S]> => {
    const keys = value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
    const present = names.filter((k) => keys.includes(k));
    if (present.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message: `${what} needs exactly one of ${names.join(", ")} (got keys: ${keys.join(", ") || "none"})`,
      });
      return z.NEVER;
    }
    const result = schemas[present[0]!]!.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({ ...issue } as Parameters<typeof ctx.addIssue>[0]);
      return z.NEVER;
    }
    return result.data as z.infer<S[keyof S]>;
  });
}

const textAssertion = oneOf(assertionSchemas, "an assertion");

const notified = z.object({ to: idLike, contains: z.string().min(1) }).strict();
const certificateCheck = z
  .object({
    vkn: idLike.optional(),
    serial: idLike.optional(),
    status: z.enum(["valid", "revoked", "expired", "not_yet_valid"]),
    reason: z.string().min(1).optional(),
  })
  .strict()
  .refine(
    (c) => (c.vkn === undefined) !== (c.serial === undefined),
    "certificate: give exactly one of vkn, serial",
  );

const turnBase = {
  bot: z.array(textAssertion).optional(),
  /** What the Slack side received during the turn (command answers, support-channel and thread posts). */
  slack: z.array(textAssertion).optional(),
  notified: z.array(notified).optional(),
  certificate: certificateCheck.optional(),
};

const durationPattern = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** One schema per kind of turn, chosen by the turn's action key. */
const turnSchemas = {
  user: z.object({ user: idLike, ...turnBase }).strict(),
  press: z.object({ press: z.string().min(1), ...turnBase }).strict(),
  agent: z
    .object({
      agent: z.string().min(1),
      as: z
        .string()
        .regex(/^[A-Z0-9]{1,20}$/, "must be a Slack user id such as U1")
        .optional(),
      ...turnBase,
    })
    .strict(),
  agent_reply: z.object({ agent_reply: z.string().min(1), ...turnBase }).strict(),
  wait: z
    .object({
      wait: z.string().regex(durationPattern, "must be an ISO-8601 duration such as P1M or PT5M"),
      ...turnBase,
    })
    .strict(),
};
const turn = oneOf(turnSchemas, "a turn");

const givenCertificate = z
  .object({
    vkn: idLike,
    title: z.string().min(1),
    email: z.string().min(3),
    phone: idLike,
    medium: z.enum(["card", "hsm"]).default("card"),
    notBefore: dateLike.optional(),
    status: z.enum(["valid", "revoked", "expired"]).default("valid"),
  })
  .strict();

/** The schema of one replay file (`interfaces.md` §3). */
export const replaySchema = z
  .object({
    title: z.string().min(1),
    channel: z.enum(["web", "telegram", "any"]).default("any"),
    locale: z.enum(["tr", "en"]).default("tr"),
    now: dateLike.optional(),
    given: z
      .object({ certificates: z.array(givenCertificate).default([]) })
      .strict()
      .optional(),
    turns: z.array(turn).min(1),
  })
  .strict();

/** A validated replay. */
export type Replay = z.infer<typeof replaySchema>;
/** One turn of a replay. */
export type ReplayTurn = Replay["turns"][number];
/** A text assertion (`contains`, `not_contains`, `matches`, `buttons`). */
export type TextAssertion = z.infer<typeof textAssertion>;
/** A seeded certificate of `given.certificates`. */
export type GivenCertificate = z.infer<typeof givenCertificate>;
/** A `certificate:` check. */
export type CertificateCheck = z.infer<typeof certificateCheck>;

/** A replay file that is not valid YAML or not of the replay format; the message names the file and the key. */
export class ReplayFormatError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "ReplayFormatError";
  }
}

/** Reads and validates one replay file. */
export function readReplayFile(file: string): Replay {
  return parseReplay(readFileSync(file, "utf8"), file);
}

/** Parses and validates replay YAML; throws {@link ReplayFormatError}. */
export function parseReplay(source: string, file: string): Replay {
  let data: unknown;
  try {
    data = parseYaml(source, { prettyErrors: true });
  } catch (error) {
    throw new ReplayFormatError(file, `not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const result = replaySchema.safeParse(data);
  if (result.success) return result.data;
  throw new ReplayFormatError(file, describeIssue(result.error));
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return `${path ? `${path}: ` : ""}unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  }
  return `${path ? `${path}: ` : ""}${issue.message}`;
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, "iu");
    return true;
  } catch {
    return false;
  }
}
