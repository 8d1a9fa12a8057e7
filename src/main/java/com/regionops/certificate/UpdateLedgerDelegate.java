package com.regionops.certificate;

import static com.regionops.certificate.CertificateChaseProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 更新证照台账: the accepted result goes into the ledger and the chase history at once. */
@Component("updateLedgerDelegate")
public class UpdateLedgerDelegate implements JavaDelegate {

  private final CertificateChaseService chases;

  public UpdateLedgerDelegate(CertificateChaseService chases) {
    this.chases = chases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chases.complete(chases.chaseOf(execution.getProcessInstanceId()), date(execution.getVariable(NEW_VALID_UNTIL)),
        date(execution.getVariable(NEW_NEXT_REVIEW_DUE)),
        execution.getVariable(DOCUMENT_REF) + (execution.getVariable(FILING_NOTES) == null ? ""
            : "；" + execution.getVariable(FILING_NOTES)));
  }

  private static LocalDate date(Object value) {
    return value instanceof String text && !text.isBlank() ? LocalDate.parse(text) : null;
  }
}
