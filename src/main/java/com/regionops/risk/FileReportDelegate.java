package com.regionops.risk;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 归档双周通报: the reviewed report as a PDF in the region's documents. */
@Component("fileReportDelegate")
public class FileReportDelegate implements JavaDelegate {

  private final CheckReportFiling filing;

  public FileReportDelegate(CheckReportFiling filing) {
    this.filing = filing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // 评定进度风险 wrote the period it graded as yyyy-MM-dd
    LocalDate period = LocalDate.parse((String) execution.getVariable(RiskProcesses.PERIOD_DATE));
    filing.file((String) execution.getVariable(RiskProcesses.REGION_CODE), period);
  }
}
