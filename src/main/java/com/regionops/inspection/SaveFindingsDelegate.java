package com.regionops.inspection;

import static com.regionops.inspection.InspectionProcess.CORRECTIONS_OPENED;
import static com.regionops.inspection.InspectionProcess.FINDING_COUNT;
import static com.regionops.inspection.InspectionProcess.INSPECTION_ID;
import static com.regionops.inspection.InspectionProcess.MEETING_ID;
import static com.regionops.inspection.InspectionProcess.PROJECT_CODE;
import static com.regionops.inspection.InspectionProcess.REPORT_SUMMARY;

import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.risk.RiskAssessment;
import com.regionops.risk.RiskCorrections;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 生成整改事项: stores the report, its findings and their 整改; a 严重 finding on a plan node
 * opens a 纠偏 for that node when none is open.
 */
@Component("saveFindingsDelegate")
public class SaveFindingsDelegate implements JavaDelegate {

  /**
   * A 严重 finding on a node is handled as a red node: the correction is reviewed by whom
   * risk-escalation names for red at the node's level, and closes like any other when a later check
   * no longer finds the node red or orange (the finding's own 整改 is followed up apart).
   */
  static final String GRADE_SERIOUS_FINDING = "RED";

  private final InspectionService inspections;
  private final PlanNodeMapper nodes;
  private final RiskCorrections corrections;

  public SaveFindingsDelegate(InspectionService inspections, PlanNodeMapper nodes, RiskCorrections corrections) {
    this.inspections = inspections;
    this.nodes = nodes;
    this.corrections = corrections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(INSPECTION_ID)).longValue();
    String projectCode = (String) execution.getVariable(PROJECT_CODE);
    List<FindingInput> found = inspections.checkFindings(projectCode, execution::getVariable);
    long meetingId = inspections.saveReport(id, execution.getProcessInstanceId(),
        (String) execution.getVariable(REPORT_SUMMARY), found);
    Inspection inspection = inspections.inspection(id);
    int opened = 0;
    java.util.Set<Long> handled = new java.util.HashSet<>();
    for (FindingInput f : found) {
      // two findings on one node in one report: one correction (the first is not visible to the query yet)
      if (f.severity() == FindingSeverity.SERIOUS && f.nodeId() != null && handled.add(f.nodeId())) {
        PlanNode node = nodes.findByCode(projectCode, f.nodeCode());
        RiskAssessment basis = new RiskAssessment(node.id(), projectCode, node.nodeCode(), node.name(),
            node.nodeLevel().name(), node.category().name(), inspection.plannedDate(), GRADE_SERIOUS_FINDING,
            "巡检发现（严重）：" + f.description(), 0, 0, 0, 0);
        if (corrections.startUnlessOpen(inspection.regionCode(), basis,
            projectCode + ":" + node.nodeCode() + ":INSPECTION-" + id)) {
          opened++;
        }
      }
    }
    execution.setVariable(MEETING_ID, meetingId);
    execution.setVariable(FINDING_COUNT, found.size());
    execution.setVariable(CORRECTIONS_OPENED, opened);
  }
}
