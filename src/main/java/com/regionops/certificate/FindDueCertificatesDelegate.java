package com.regionops.certificate;

import static com.regionops.certificate.CertificateChaseProcess.*;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.SystemCalls;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 查找到期证照: every certificate within its lead days that has no chase for its due date, in
 * chunks of {@value CertificateChaseProcess#CHUNK_SIZE}; each chunk is started in a job of its own,
 * so a crash loses at most the chunk in flight, and that job runs again.
 */
@Component("findDueCertificatesDelegate")
public class FindDueCertificatesDelegate implements JavaDelegate {

  private final CertificateChaseService chases;
  private final SystemCalls system;

  public FindDueCertificatesDelegate(CertificateChaseService chases, SystemCalls system) {
    this.chases = chases;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String region = (String) execution.getVariable(REGION_CODE);
    List<CertificateChaseService.Due> due = system.asSystem(() -> chases.findDue(region, EngineTime.today()));
    List<String> chunks = new ArrayList<>();
    for (int i = 0; i < due.size(); i += CHUNK_SIZE) {
      StringBuilder chunk = new StringBuilder();
      for (CertificateChaseService.Due d : due.subList(i, Math.min(due.size(), i + CHUNK_SIZE))) {
        chunk.append(chunk.isEmpty() ? "" : ",").append(d.certificateId()).append(':').append(d.kind()).append(':')
            .append(d.dueDate());
      }
      chunks.add(chunk.toString());
    }
    execution.setVariable(CHUNKS, chunks);
    execution.setVariable(DUE_COUNT, due.size());
  }
}
