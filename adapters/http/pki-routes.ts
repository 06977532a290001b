import express, { type Router } from "express";
import type { CaRepository } from "../../core/pki/ca-repository.ts";
import type { CrlService } from "../../core/pki/crl-service.ts";
import { toPem } from "../../core/pki/pem.ts";
import { methodNotAllowed, sendError } from "./errors.ts";

/**
 * `GET /ca/{root,issuing}.{crt,pem}` and `GET /crl/issuing.crl`. The OCSP routes are a direct route
 * (ocsp-endpoint.ts), served ahead of express; a method it does not take reaches express and is
 * answered here. Every one of these paths asked with another method is 405 `method_not_allowed`.
 */
export function pkiRoutes(deps: { repository: CaRepository; crl: CrlService }): Router {
  const router = express.Router();
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
  const getOnly = methodNotAllowed(["GET", "HEAD"]);
  router.all(["/ca/root.crt", "/ca/root.pem", "/ca/issuing.crt", "/ca/issuing.pem"], getOnly);
  router.all("/crl/issuing.crl", getOnly);
  // what the direct OCSP route did not take: another method on its paths
  router.all(["/ocsp", "/ocsp/"], methodNotAllowed(["POST"]));
  router.all("/ocsp/*request", getOnly);
  return router;
}
