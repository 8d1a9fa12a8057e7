package com.regionops.certificate;

import static com.regionops.certificate.CertificateChaseProcess.*;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On 办理证照年审/换证: filed on a real day, with a document, and the certificate's next date:
 * the next review for an annual report, the new validity for a renewal, after the old due date.
 */
@Component("checkFilingListener")
public class CheckFilingListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    LocalDateTime filed = EngineTime.parseDateTime(task.getVariable(FILING_DATE));
    if (filed == null || filed.toLocalDate().isAfter(EngineTime.today())) {
      throw InputRejectedException.badInput(FILING_DATE, "请填写办理日期（不晚于今天）");
    }
    if (!(task.getVariable(DOCUMENT_REF) instanceof String ref) || ref.isBlank() || ref.length() > 200) {
      throw InputRejectedException.badInput(DOCUMENT_REF, "请填写回执编号或文档链接");
    }
    LocalDate due = LocalDate.parse((String) task.getVariable(DUE_DATE));
    String field = CertificateChase.ANNUAL_REVIEW.equals(task.getVariable(KIND)) ? NEW_NEXT_REVIEW_DUE : NEW_VALID_UNTIL;
    LocalDateTime next = EngineTime.parseDateTime(task.getVariable(field));
    if (next == null || !next.toLocalDate().isAfter(due)) {
      throw InputRejectedException.badInput(field, NEW_NEXT_REVIEW_DUE.equals(field)
          ? "请填写下次年审日期（晚于本次到期日 " + due + "）" : "请填写新的有效期至（晚于原到期日 " + due + "）");
    }
    task.setVariable(field, next.toLocalDate().toString());
  }
}
