package com.regionops.certificate;

import com.regionops.platform.sheet.SheetWriter;
import java.util.List;
import java.util.Map;

/** 证照台账 as an .xlsx: the list the API filtered, one certificate per row, in Chinese. */
final class CertificateLedgerSheet {

  static final Map<CertificateStatus, String> STATUS = Map.of(CertificateStatus.PLANNED, "计划取得",
      CertificateStatus.VALID, "有效", CertificateStatus.REVIEW_DUE, "待年审", CertificateStatus.IN_REVIEW, "年审/换证中",
      CertificateStatus.EXPIRED, "已失效", CertificateStatus.REVOKED, "已注销");

  private CertificateLedgerSheet() {
  }

  static byte[] write(List<Certificate> ledger) {
    return SheetWriter.bytes(w -> {
      w.title("证照台账");
      SheetWriter.Sheet sheet = w.sheet("证照台账", List.of("证照类型", "证照编号", "项目编码", "区域", "持证单位", "发证日期",
          "有效期至", "下次年审", "责任部门", "状态", "备注"));
      for (Certificate c : ledger) {
        sheet.row(c.typeName(), c.certNo(), c.projectCode(), c.regionCode(), c.holderCompany(), c.issueDate(),
            c.validUntil(), c.nextReviewDue(), c.responsibleGroup(), STATUS.get(c.status()), c.remarks());
      }
    });
  }
}
