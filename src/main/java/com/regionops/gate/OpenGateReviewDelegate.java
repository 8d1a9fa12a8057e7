package com.regionops.gate;

import static com.regionops.gate.GateProcess.GATE_CODE;
import static com.regionops.gate.GateProcess.GATE_REVIEW_ID;
import static com.regionops.gate.GateProcess.PLANNED_MEETING_DATE;
import static com.regionops.gate.GateProcess.PROJECT_CODE;

import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.partner.OperatingMode;
import com.regionops.partner.PartnershipMapper;
import com.regionops.platform.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 登记节点评审: the first step of every gate, inside its start: checks the gate's rules, opens
 * the round, and gives the instance its business key {@code project:gate:round}.
 */
@Component("openGateReviewDelegate")
public class OpenGateReviewDelegate implements JavaDelegate {

  private final GateReviewService reviews;
  private final GateCatalog catalog;
  private final ProjectMapper projects;
  private final PartnershipMapper partnerships;

  public OpenGateReviewDelegate(GateReviewService reviews, GateCatalog catalog, ProjectMapper projects) {
    this(reviews, catalog, projects, null);
  }

  @org.springframework.beans.factory.annotation.Autowired
  public OpenGateReviewDelegate(GateReviewService reviews, GateCatalog catalog, ProjectMapper projects,
      PartnershipMapper partnerships) {
    this.reviews = reviews;
    this.catalog = catalog;
    this.projects = projects;
    this.partnerships = partnerships;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String gateCode = GateProcess.gateCodeOf(((ExecutionEntity) execution).getProcessDefinition().getKey());
    String projectCode = (String) execution.getVariable(PROJECT_CODE);
    Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    GateReview review = reviews.open(projectCode, gateCode, execution.getVariable(PLANNED_MEETING_DATE),
        execution.getProcessInstanceId(), starter == null ? null : starter.getUserId());
    execution.setProcessBusinessKey(review.businessKey());

    GateDefinition gate = catalog.find(gateCode);
    Project project = projects.findByCode(projectCode);
    execution.setVariable(GATE_CODE, gateCode);
    execution.setVariable(GATE_REVIEW_ID, review.id());
    execution.setVariable(ReviewMeetingProcess.MEETING_KIND, ReviewMeetingProcess.KIND_GATE);
    PartnershipMapper.ModeRow mode = partnerships == null ? null : partnerships.findMode(projectCode);
    boolean attended = mode != null && mode.operatingMode() == OperatingMode.NOT_OPERATED;
    execution.setVariable(ReviewMeetingProcess.ATTENDED_ONLY, attended);
    execution.setVariable(ReviewMeetingProcess.MEETING_TITLE, project.name() + " " + gate.name()
        + (attended ? "（列席合作方会议）" : ""));
    execution.setVariable(ReviewMeetingProcess.OFFICE_GROUP, Groups.office(projectCode));
    execution.setVariable(ReviewMeetingProcess.ATTENDING_FUNCTIONS,
        SpinValues.jsonValue(Spin.JSON(gate.attendingFunctions()).toString()).create());
  }
}
