-- One payment per order: a second payment (a double payment) is refused, not recorded (R3.2).
DROP INDEX "Payment_applicationId_idx";
CREATE UNIQUE INDEX "Payment_applicationId_key" ON "Payment"("applicationId");
-- Steps of an order keep their recorded order (several steps can share one clock instant).
DROP INDEX "ProductionStep_applicationId_idx";
ALTER TABLE "ProductionStep" ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX "ProductionStep_applicationId_position_key" ON "ProductionStep"("applicationId", "position");
