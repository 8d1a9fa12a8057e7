package com.regionops.certificate;

import static com.regionops.certificate.CertificateChaseProcess.RESPONSIBLE_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发送催办提醒: the chase's notices of the day (reminders, escalations, the lapse). */
@Component("sendCertificateNoticesDelegate")
public class SendCertificateNoticesDelegate implements JavaDelegate {

  private final CertificateChaseService chases;

  public SendCertificateNoticesDelegate(CertificateChaseService chases) {
    this.chases = chases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chases.dailyNotices(chases.chaseOf(execution.getProcessInstanceId()),
        (String) execution.getVariable(RESPONSIBLE_GROUP), execution.getBusinessKey());
  }
}
