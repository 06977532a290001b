import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { DomainError } from "../../core/errors/domain-error.ts";

/** An `--out` file opened before anything is signed: written whole at the end, or left untouched. */
export interface OutputFile {
  /**
   * Writes `data` to the temporary file opened beside the target and renames it over the target,
   * so the target is either the whole new content or what it was. Throws `[output_not_writable]` (then
   * what was signed stands, and the line printed says so).
   */
  commit(data: Uint8Array | string): void;
  /** Removes the temporary file unless committed; safe to call more than once. */
  discard(): void;
}

/**
 * Opens an `--out` file for writing before anything is signed or recorded, and refuses one that
 * cannot be written with `[output_not_writable]`: a path that is a folder or not a regular file, a
 * folder that does not exist, an existing file that cannot be opened for writing, or a folder in
 * which no file can be created. The check is the creation itself (a temporary file beside the
 * target), not `access(2)`: as root `access` says yes to /proc, and `mm crl --out /proc/nope`
 * issued and recorded a CRL (a CRL number spent, an audit entry) before failing with a bare ENOENT.
 */
export function openOutputFile(file: string): OutputFile {
  const path = resolve(file);
  const refuse = (why: string): never => {
    throw new DomainError("output_not_writable", `--out ${file}: ${why}; nothing was issued`);
  };
  const existing = statOf(path);
  if (existing?.isDirectory()) refuse("is a folder; give a file name");
  if (existing && !existing.isFile()) refuse("is not a regular file");
  const folder = dirname(path);
  if (!statOf(folder)?.isDirectory()) refuse(`the folder ${folder} does not exist`);
  if (existing) {
    try {
      closeSync(openSync(path, "r+"));
    } catch (error) {
      refuse(`the file cannot be written (${errorCode(error)})`);
    }
  }
  const temporary = join(folder, `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "wx", existing ? existing.mode & 0o777 : 0o644);
  } catch (error) {
    refuse(`no file can be created in ${folder} (${errorCode(error)})`);
  }
  const discard = () => {
    if (fd === undefined) return;
    try {
      closeSync(fd);
    } finally {
      fd = undefined;
      rmSync(temporary, { force: true });
    }
  };
  return {
    commit(data) {
      if (fd === undefined) throw new Error("the --out file was already written or discarded");
      try {
        writeFileSync(fd, data);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(temporary, path);
      } catch (error) {
        discard();
        rmSync(temporary, { force: true });
        throw new DomainError(
          "output_not_writable",
          `--out ${file}: writing it failed (${errorCode(error)}) after it was issued; the file is unchanged`,
        );
      }
    },
    discard,
  };
}

/**
 * Runs `work` with the `--out` file opened first (none when `file` is undefined), and removes the
 * temporary file whatever happens unless `work` committed it.
 */
export async function withOutputFile<T>(
  file: string | undefined,
  work: (out: OutputFile | undefined) => Promise<T>,
): Promise<T> {
  const out = file === undefined ? undefined : openOutputFile(file);
  try {
    return await work(out);
  } finally {
    out?.discard();
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // ENOTDIR, EACCES, ELOOP: as good as missing for an output path
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : "unknown error";
}
