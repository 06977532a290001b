/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (or those named on the command line) in one
 * process, one after another. Each module's default export prints lines of the form
 * `<figure>: <value> <unit> | baseline <what>: <value> <unit> | ratio <value/baseline>`.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (files.length === 0) {
  console.error("bench: no benchmark matched");
  process.exit(1);
}
for (const file of files) {
  console.error(`bench: ${file} …`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
