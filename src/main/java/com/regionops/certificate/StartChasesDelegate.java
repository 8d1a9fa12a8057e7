package com.regionops.certificate;

import static com.regionops.certificate.CertificateChaseProcess.*;

import com.regionops.platform.security.SystemCalls;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发起年审催办: one chase per certificate of the chunk, unless a run before already started it. */
@Component("startChasesDelegate")
public class StartChasesDelegate implements JavaDelegate {

  private final CertificateChaseService chases;
  private final SystemCalls system;

  public StartChasesDelegate(CertificateChaseService chases, SystemCalls system) {
    this.chases = chases;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (String item : ((String) execution.getVariable(CHUNK)).split(",")) {
      String[] parts = item.split(":");
      CertificateChaseService.Due due = new CertificateChaseService.Due(Long.parseLong(parts[0]), parts[1],
          LocalDate.parse(parts[2]));
      Long chaseId = chases.openChase(due);
      if (chaseId == null) {
        continue;
      }
      Certificate c = chases.certificate(due.certificateId());
      String pid = system.asSystem(() -> runtime.startProcessInstanceByKey(REVIEW_KEY, due.businessKey(), Map.of(
          CHASE_ID, chaseId, CERTIFICATE_ID, c.id(), KIND, due.kind(), DUE_DATE, due.dueDate().toString(),
          REGION_CODE, c.regionCode())).getId());
      chases.linkChase(chaseId, pid);
    }
  }
}
