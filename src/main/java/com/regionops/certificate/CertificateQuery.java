package com.regionops.certificate;

import java.time.LocalDate;
import java.util.Collection;

/** Filters of the ledger; null means "any". regionCodes null = every region. */
public record CertificateQuery(
    Collection<String> regionCodes,
    String typeCode,
    String projectCode,
    CertificateStatus status,
    LocalDate validUntilFrom,
    LocalDate validUntilTo) {
}
