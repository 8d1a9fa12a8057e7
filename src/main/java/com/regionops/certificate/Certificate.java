package com.regionops.certificate;

import java.time.LocalDate;

/** One certificate of the ledger; typeName is read along for display. */
public record Certificate(
    Long id,
    String typeCode,
    String typeName,
    String certNo,
    String holderCompany,
    String projectCode,
    String regionCode,
    LocalDate issueDate,
    LocalDate validUntil,
    LocalDate nextReviewDue,
    String responsibleGroup,
    CertificateStatus status,
    String remarks) {
}
