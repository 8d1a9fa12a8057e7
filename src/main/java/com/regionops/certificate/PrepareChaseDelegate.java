package com.regionops.certificate;

import static com.regionops.certificate.CertificateChaseProcess.*;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.Groups;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 准备年审催办: who files (the project's office for project certificates, else the responsible
 * group) and the daily look at the chase, every morning from tomorrow at 09:00 China time.
 */
@Component("prepareChaseDelegate")
public class PrepareChaseDelegate implements JavaDelegate {

  private final CertificateChaseService chases;

  public PrepareChaseDelegate(CertificateChaseService chases) {
    this.chases = chases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Certificate c = chases.certificate(((Number) execution.getVariable(CERTIFICATE_ID)).longValue());
    execution.setVariable(RESPONSIBLE_GROUP, c.projectCode() != null ? Groups.office(c.projectCode())
        : c.responsibleGroup());
    execution.setVariable(PROJECT_CODE, c.projectCode());
    execution.setVariable(CERTIFICATE_NAME, c.typeName() + " " + (c.certNo() == null ? "" : c.certNo()) + " "
        + c.holderCompany());
    execution.setVariable(NOTICE_CYCLE, "R/" + EngineTime.today().plusDays(1).atTime(9, 0).atZone(EngineTime.ZONE)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D");
  }
}
