-- One payment per order: a second payment (a double payment) is refused, not recorded (R3.2).
DROP INDEX "Payment_applicationId_idx";
CREATE UNIQUE INDEX "Payment_applicationId_key" ON "Payment"("applicationId");
