-- Contacts proven by a code given back (R5.1): identity codes go only to these.
CREATE TABLE "ContactVerification" (
    "idNumber" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,

    PRIMARY KEY ("idNumber", "kind", "value")
);

-- Contacts registered before this change were the CA's registered contacts: they count as proven.
INSERT INTO "ContactVerification" ("idNumber", "kind", "value", "verifiedAt")
SELECT "idNumber", 'email', "email", "updatedAt" FROM "Subscriber";
INSERT INTO "ContactVerification" ("idNumber", "kind", "value", "verifiedAt")
SELECT "idNumber", 'phone', "phone", "updatedAt" FROM "Subscriber";
