import { timingSafeEqual } from "node:crypto";
import express, { type Router } from "express";
import type { PaymentService } from "../../core/ra/payment-service.ts";
import { HttpError } from "./errors.ts";

/**
 * `POST /api/payments`: the payment provider's notice (virtual POS callback, or a bank collection
 * line for Vakıfbank/Ziraat), authenticated by `Authorization: Bearer <MM_PAYMENT_WEBHOOK_SECRET>`.
 * Body `{ orderNo, channel, providerRef, amountKurus, receivedAt? }` → 200 `{ orderNo, posted,
 * postsAt, created }`. A repeated notice answers the same and records nothing; bad input is a
 * coded 400/404/409. Without a configured secret the route does not exist.
 */
export function paymentRoutes(payments: PaymentService, secret: string): Router {
  const router = express.Router();
  const expected = Buffer.from(`Bearer ${secret}`);
  router.post("/api/payments", express.json({ limit: "8kb" }), async (req, res, next) => {
    try {
      const given = Buffer.from(req.get("authorization") ?? "");
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new HttpError(401, "unauthorized", "a valid bearer token is required");
      const body = (req.body ?? {}) as Record<string, unknown>;
      const receivedAt = body.receivedAt === undefined ? undefined : new Date(String(body.receivedAt));
      if (receivedAt && Number.isNaN(receivedAt.getTime()))
        throw new HttpError(400, "invalid_received_at", "receivedAt must be an ISO-8601 time");
      const result = await payments.record({
        orderNo: String(body.orderNo ?? ""),
        channel: body.channel as never,
        providerRef: String(body.providerRef ?? ""),
        amountKurus: Number(body.amountKurus),
        receivedAt,
      });
      res.json({
        orderNo: result.orderNo,
        posted: result.posted,
        postsAt: result.postsAt.toISOString(),
        created: result.created,
      });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
