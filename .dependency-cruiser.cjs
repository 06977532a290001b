/**
 * The layering rule of the architecture: core/ is the domain and depends on nothing above it,
 * on no framework and on no driver. `npm test` runs this; test/layering.test.ts proves it fails
 * on a violation.
 */
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
