// Generates one Prisma client per SQL dialect from the single schema source.
// Prisma's CLI wants to download a native schema engine first, which this network blocks;
// `generate` never uses that engine, so any existing file satisfies the check.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = readFileSync(join(root, "prisma/schema.prisma"), "utf8");
const outDir = join(root, "generated/schema");
mkdirSync(outDir, { recursive: true });

const dialects = [
  { name: "sqlite", provider: "sqlite", output: "../prisma-sqlite" },
  { name: "postgresql", provider: "postgresql", output: "../prisma-pg" },
];
const prismaBin = join(root, "node_modules/prisma/build/index.js");
if (!existsSync(prismaBin)) {
  console.error("generate-prisma: the prisma package is not installed; run npm ci");
  process.exit(1);
}
for (const d of dialects) {
  const text = source
    .replace(/provider\s*=\s*"sqlite"/, `provider = "${d.provider}"`)
    .replace(/output\s*=\s*"[^"]*"/, `output   = "${d.output}"`);
  const file = join(outDir, `${d.name}.prisma`);
  writeFileSync(file, text);
  process.stdout.write(`generate-prisma: ${d.name} client… `);
  execFileSync(process.execPath, [prismaBin, "generate", "--schema", file], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  process.stdout.write("done\n");
}
