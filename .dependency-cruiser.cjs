/**
 * The layering rules of the architecture: core/ is the domain and depends on nothing above it, on
 * no framework and on no driver; bot/ is channel-neutral; no import cycles; the infrastructure
 * adapters (storage, keys, PKI, jobs…) never reach into the doors (HTTP, channels, CLI, replay,
 * composition), and one channel never reaches into another. `npm test` runs this;
 * test/layering.test.ts proves each rule fails on a violation.
 */
/** Adapters that face the outside world: HTTP doors, customer and agent channels, CLI, replay, composition. */
const doors = "(http|web|telegram|slack|cli|replay|composition)";
/** Customer and agent channels: each is a leaf that only the composition root (and replay) assembles. */
const channels = ["web", "telegram", "slack"];
const forbiddenPackagesInCore = [
  "express",
  "grammy",
  "@slack/bolt",
  "@prisma",
  "prisma",
  "pkcs11js",
  "better-sqlite3",
  "pg",
  "pino",
  "nodemailer",
  "i18next",
  "i18next-fs-backend",
  "smtp-server",
  "playwright-core",
  "rate-limiter-flexible",
  "yaml",
  "commander",
];
module.exports = {
  forbidden: [
    {
      name: "core-not-to-outer-layers",
      comment: "core/ must not import bot/, adapters/ or generated clients",
      severity: "error",
      from: { path: "(^|/)core/" },
      to: { path: "(^|/)(bot|adapters|generated)/" },
    },
    {
      name: "core-not-to-frameworks-or-drivers",
      comment: "core/ may only use pure libraries (x509, asn1, validation)",
      severity: "error",
      from: { path: "(^|/)core/" },
      to: {
        dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown"],
        path: `node_modules/(${forbiddenPackagesInCore.map((p) => p.replace("/", "\\/")).join("|")})(/|$)`,
      },
    },
    {
      name: "core-no-io-builtins",
      comment: "core/ does no I/O of its own: no fs, net, http, child_process",
      severity: "error",
      from: { path: "(^|/)core/" },
      to: {
        dependencyTypes: ["core"],
        path: "^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|tls|cluster|worker_threads)$",
      },
    },
    {
      name: "bot-not-to-adapters",
      comment: "bot/ is channel-neutral: it must not import adapters/",
      severity: "error",
      from: { path: "(^|/)bot/" },
      to: { path: "(^|/)(adapters|generated)/" },
    },
    {
      name: "no-circular",
      comment: "no import cycles: a cycle means two files are one concept or a seam is missing",
      severity: "error",
      from: { pathNot: "(^|/)generated/" },
      to: { circular: true },
    },
    {
      name: "infrastructure-not-to-doors",
      comment:
        "storage, keys, PKI, jobs and notifications serve every door and must not import one (e.g. adapters/db must not import adapters/web)",
      severity: "error",
      from: { path: `(^|/)adapters/(?!${doors}/)[^/]+/` },
      to: { path: `(^|/)adapters/${doors}/` },
    },
    {
      name: "pki-builds-no-http",
      comment: "adapters/pki runs the issuance engine; its HTTP routes live in adapters/http",
      severity: "error",
      from: { path: "(^|/)adapters/pki/" },
      to: { path: "node_modules/(express|@types/express)(/|$)" },
    },
    ...channels.map((channel) => ({
      name: `${channel}-channel-is-a-leaf`,
      comment: `only the composition root and the replay runner assemble the ${channel} channel; other adapters never import it`,
      severity: "error",
      from: { path: "(^|/)adapters/", pathNot: `(^|/)adapters/(${channel}|composition|replay)/` },
      to: { path: `(^|/)adapters/${channel}/` },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
      extensions: [".ts", ".js", ".mjs", ".json"],
    },
  },
};
