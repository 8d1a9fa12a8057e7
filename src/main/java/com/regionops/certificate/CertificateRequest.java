package com.regionops.certificate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.regionops.platform.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of POST /api/v1/certificates and PUT /api/v1/certificates/{id}. */
@JsonIgnoreProperties(value = {"id", "typeName"})
public record CertificateRequest(
    @NotBlank(message = "必填") String typeCode,
    @Size(max = 64, message = "不超过 64 个字符") @PlainText String certNo,
    @Size(max = 100, message = "不超过 100 个字符") @PlainText String holderCompany,
    String projectCode,
    String regionCode,
    LocalDate issueDate,
    LocalDate validUntil,
    LocalDate nextReviewDue,
    @Size(max = 64, message = "不超过 64 个字符") @PlainText String responsibleGroup,
    CertificateStatus status,
    @Size(max = 1000, message = "不超过 1000 个字符") String remarks) {
}
