-- A claim taken before a one-time PKI ceremony (creating the CA, issuing an OCSP signer): the
-- instance whose insert of the unique key succeeds signs; the others wait for its records.
CREATE TABLE "PkiClaim" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL
);
