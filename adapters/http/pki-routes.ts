import express, { type ErrorRequestHandler, type RequestHandler, type Router } from "express";
import type { CaRepository } from "../../core/pki/ca-repository.ts";
import type { CrlService } from "../../core/pki/crl-service.ts";
import { toPem } from "../../core/pki/pem.ts";
import { MAX_OCSP_REQUEST_BYTES, type OcspResponder } from "../../core/pki/ocsp-responder.ts";
import { sendError } from "./errors.ts";

/** `GET /ca/{root,issuing}.{crt,pem}`, `GET /crl/issuing.crl`, `POST /ocsp` and `GET /ocsp/<base64>`. */
export function pkiRoutes(deps: { repository: CaRepository; crl: CrlService; ocsp: OcspResponder }): Router {
  const router = express.Router();
  const answer = async (res: express.Response, der: Uint8Array) => {
    const body = await deps.ocsp.respond(der);
    res.type("application/ocsp-response").send(Buffer.from(body));
  };
  const readBody: RequestHandler = express.raw({ type: () => true, limit: MAX_OCSP_REQUEST_BYTES });
  const postHandler: RequestHandler = async (req, res, next) => {
    try {
      await answer(res, Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array());
    } catch (error) {
      next(error);
    }
  };
  // an oversized or unreadable body is an OCSP malformedRequest, not an HTTP error
  const bodyError: ErrorRequestHandler = (_error, req, res, next) => {
    if (req.method !== "POST") return next(_error);
    answer(res, new Uint8Array()).catch(next);
  };
  router.post("/ocsp", readBody, postHandler);
  router.use("/ocsp", bodyError);
  router.get(/^\/ocsp\/(.+)$/, async (req, res, next) => {
    try {
      const encoded = decodeURIComponent(String((req.params as Record<string, string>)[0] ?? ""));
      const der = /^[A-Za-z0-9+/=_-]+$/.test(encoded)
        ? new Uint8Array(Buffer.from(encoded, "base64"))
        : new Uint8Array();
      await answer(res, der);
    } catch (error) {
      next(error);
    }
  });
  router.get("/ca/:name.:format", async (req, res, next) => {
    try {
      const { name, format } = req.params;
      if ((name !== "root" && name !== "issuing") || (format !== "crt" && format !== "pem")) {
        return sendError(res, 404, "not_found", "no such CA certificate");
      }
      const ca = await deps.repository.activeCa(name);
      if (!ca) return sendError(res, 503, "ca_not_initialised", "the CA is not set up");
      if (format === "pem") return void res.type("application/x-pem-file").send(toPem(ca.certDer));
      res.type("application/pkix-cert").send(Buffer.from(ca.certDer));
    } catch (error) {
      next(error);
    }
  });
  router.get("/crl/issuing.crl", async (_req, res, next) => {
    try {
      const crl = await deps.crl.current();
      res.set("Cache-Control", "no-cache").type("application/pkix-crl").send(Buffer.from(crl.der));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
