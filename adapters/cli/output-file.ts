import { accessSync, constants, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DomainError } from "../../core/errors/domain-error.ts";

/**
 * Refuses an `--out` file that could not be written, before anything is signed or recorded: a
 * folder that does not exist or cannot be written, or a path that is a folder. Without it `mm crl
 * --out /no/such/dir/x.crl` issued and published a CRL (a CRL number spent) and then failed with a
 * bare ENOENT.
 */
export function assertWritableOutput(file: string): void {
  const path = resolve(file);
  const refuse = (why: string) => {
    throw new DomainError("output_not_writable", `--out ${file}: ${why}; nothing was issued`);
  };
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing?.isDirectory()) refuse("is a folder; give a file name");
  const folder = dirname(path);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    refuse(`the folder ${folder} does not exist`);
  try {
    accessSync(existing ? path : folder, constants.W_OK);
  } catch {
    refuse(existing ? "the file cannot be written" : `the folder ${folder} cannot be written`);
  }
}
