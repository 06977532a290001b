-- The certificate profile an issuing CA issues when a request names none (kamusm | qseal);
-- NULL means kamusm. Set by `mm ca init --profile`.
ALTER TABLE "CaKey" ADD COLUMN "defaultProfile" TEXT;
