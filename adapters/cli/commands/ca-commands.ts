/** `mm ca …`: the certificate authority (creating it, its default certificate profile). */
import { Command } from "commander";
import {
  FALLBACK_PROFILE,
  parseProfileName,
  setCaDefaultProfile,
} from "../../../core/pki/ca-default-profile.ts";
import type { CaRecord } from "../../../core/pki/ca-repository.ts";
import { caKeyOption } from "./key-uri-option.ts";
import { progress, withPki } from "./pki-context.ts";

/** The roles listed by `ca init`, in the order printed. */
const roles: CaRecord["role"][] = ["issuing", "ocsp", "root"];

/** The `ca` command group. */
export function caCommand(): Command {
  const ca = new Command("ca").description("certificate authority");
  ca.command("init")
    .description(
      "create the root and issuing CA (key ceremony recorded in the audit log); when one exists, only --profile changes it",
    )
    .option("--key <key-uri>", "key URI of the issuing CA key (default MM_CA_KEY or softkey:issuing-ca)")
    .option(
      "--profile <profile>",
      "certificate profile the CA issues by default, kamusm or qseal (a new CA: kamusm; an existing CA keeps its default unless given; a request's own profile, e.g. MM_CERT_PROFILE, still wins)",
    )
    .action(async (options: { key?: string; profile?: string }) => {
      // checked before anything is opened: a bad value changes nothing
      const profile = options.profile === undefined ? undefined : parseProfileName(options.profile);
      // handed on as MM_CA_KEY: checked here, so that an error names --key, not the variable
      if (options.key) process.env.MM_CA_KEY = caKeyOption(options.key);
      let existed = false;
      await withPki(
        async ({ pki }) => {
          if (profile) {
            const change = await setCaDefaultProfile(
              { repository: pki.repository, audit: pki.audit },
              profile,
              "cli",
            );
            if (existed && change.changed)
              progress(
                `the issuing CA's default certificate profile changed from ${change.from} to ${change.to} (audit entry ca_default_profile_changed)`,
              );
          }
          const records: CaRecord[] = [];
          for (const role of roles) {
            const record = await pki.repository.activeCa(role, { fresh: true });
            if (record) records.push(record);
          }
          const issuing = records.find((r) => r.role === "issuing");
          if (options.key && issuing && issuing.keyUri !== options.key)
            progress(`an issuing CA already exists with the key ${issuing.keyUri}; --key was not used`);
          for (const r of records) {
            const defaultProfile =
              r.role === "issuing" ? `\tdefault profile ${r.defaultProfile ?? FALLBACK_PROFILE}` : "";
            console.log(
              `${r.role}\t${r.serial}\t${r.keyUri}\tvalid until ${r.notAfter.toISOString()}${defaultProfile}`,
            );
          }
        },
        {
          beforePki: async (repository) => {
            existed = (await repository.activeCa("issuing", { fresh: true })) !== undefined;
          },
          // a new CA is stored with its profile in one step; an existing one is changed above
          created: profile ? { issuingDefaultProfile: profile, createCa: true } : { createCa: true },
        },
      );
    });
  return ca;
}
