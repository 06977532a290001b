/**
 * `mm hsm check --module <lib.so> --token <label> [--pin-source env:VAR|file:path]`: probes a
 * customer's PKCS#11 module and token for the R2.5 HSM requirements and prints a verdict line per
 * requirement on stdout. Exit code 1 when a probed requirement fails; errors (module missing, token
 * missing, wrong PIN) are thrown as coded KeyManagerErrors for the CLI's one-line error output.
 */
import { Command } from "commander";
import { defaultModulePath } from "../../pkcs11/binding.ts";
import { checkHsm, formatHsmReport } from "../../pkcs11/hsm-check.ts";
import { pinSourceFromSpec } from "../../pkcs11/pin-source.ts";

/** Options of `hsm check`. */
export interface HsmCheckCliOptions {
  module: string;
  token: string;
  pinSource: string;
}

/** Runs the check and prints the report; returns whether every probed requirement passed. */
export async function runHsmCheck(
  options: HsmCheckCliOptions,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<boolean> {
  const report = await checkHsm({
    module: options.module,
    token: options.token,
    pinSource: pinSourceFromSpec(options.pinSource),
  });
  write(`${formatHsmReport(report)}\n`);
  return report.passed;
}

/** The `hsm` command group with its `check` subcommand; register it with `program.addCommand(hsmCommand())`. */
export function hsmCommand(): Command {
  const hsm = new Command("hsm").description("hardware security modules and smart cards (PKCS#11)");
  hsm
    .command("check")
    .description(
      "probe a PKCS#11 module and token for the HSM requirements (R2.5): RSA 2048–4096 key generation, " +
        "SHA-256 and SHA-512 RSA signing; FIPS 140-2 L3/4 or CC EAL4+ certification is asked of the customer, not probed",
    )
    .option(
      "--module <lib.so>",
      "PKCS#11 library of the HSM",
      process.env.MM_PKCS11_MODULE ?? defaultModulePath,
    )
    .requiredOption("--token <label>", "token label")
    .option(
      "--pin-source <source>",
      "where the user PIN comes from: env:VARIABLE or file:path",
      process.env.MM_PKCS11_PIN_SOURCE ?? "env:MM_PKCS11_PIN",
    )
    .action(async (options: HsmCheckCliOptions) => {
      const passed = await runHsmCheck(options);
      if (!passed) process.exitCode = 1;
    });
  return hsm;
}
