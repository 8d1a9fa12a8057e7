package com.regionops.plan;

/** Who reported a completion: the project office, or the certificate ledger (a planned certificate obtained). */
public enum CompletionSource {
  OFFICE,
  CERTIFICATE
}
