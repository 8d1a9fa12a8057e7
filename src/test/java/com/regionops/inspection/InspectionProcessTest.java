package com.regionops.inspection;

import static com.regionops.inspection.InspectionProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.gate.GateCatalog;
import com.regionops.gate.GateCatalogMapper;
import com.regionops.gate.GateMaterials;
import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.MeetingDecision;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.SystemCalls;
import com.regionops.risk.RiskAssessment;
import com.regionops.risk.RiskCorrections;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/inspection.bpmn", "forms/record-findings.form", "dmn/finding-deadline.dmn",
    "processes/decision-followup.bpmn", "dmn/followup-escalation.dmn", "forms/carry-out-decision.form",
    "forms/verify-decision.form"})
class InspectionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final LocalDate DAY = LocalDate.of(2027, 3, 10);
  static final String LEAD = "engineering.south";

  ProcessEngine engine;
  ProcessTestSupport support;
  InspectionMapper mapper;
  InspectionService service;
  PlanNode node;
  /** What the correction step was asked to open: the finding's node and its business key. */
  final List<String> correctionsAsked = new ArrayList<>();
  final List<Long> reportsFiled = new ArrayList<>();
  boolean correctionAlreadyOpen;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2027, 3, 1, 10, 0)));
    support = new ProcessTestSupport(engine);
    mapper = support.session.getMapper(InspectionMapper.class);
    PlanNodeMapper nodes = support.session.getMapper(PlanNodeMapper.class);
    nodes.insert(new PlanNode(null, support.project.code(), "M04", "主体结构封顶", NodeLevel.MILESTONE,
        NodeCategory.CONSTRUCTION, null, null, null, null, DAY.plusDays(20), null, null, 40));
    node = nodes.findByCode(support.project.code(), "M04");
    SystemCalls system = new SystemCalls(engine.getIdentityService());
    DeployedDecisions decisions = new DeployedDecisions(engine.getRepositoryService(), system);
    GateCatalog gates = new GateCatalog(support.session.getMapper(GateCatalogMapper.class), new GateMaterials(decisions));
    service = new InspectionService(mapper, support.meetings, nodes, gates, decisions, engine.getIdentityService(),
        engine.getRuntimeService(), system);
    RiskCorrections corrections = new RiskCorrections(null, null, null) {
      @Override
      public boolean startUnlessOpen(String regionCode, RiskAssessment basis, String businessKey) {
        correctionsAsked.add(basis.nodeCode() + "|" + basis.grade() + "|" + businessKey);
        return !correctionAlreadyOpen;
      }
    };
    support.registerFollowupBeans();
    Mocks.register("openInspectionDelegate", new OpenInspectionDelegate(service));
    Mocks.register("startOnSiteDelegate", new StartOnSiteDelegate(service));
    Mocks.register("checkFindingsListener", new CheckFindingsListener(service));
    Mocks.register("saveFindingsDelegate", new SaveFindingsDelegate(service, nodes, corrections));
    // The PDF itself is InspectionReportDocumentTest's and InspectionApiIT's; here the model must reach the step.
    Mocks.register("fileInspectionReportDelegate", (JavaDelegate) execution ->
        reportsFiled.add(((Number) execution.getVariable(INSPECTION_ID)).longValue()));
    Mocks.register("closeInspectionDelegate", new CloseInspectionDelegate(service));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  ProcessInstance arrange(int stayDays) {
    KeyedRow<Inspection> row = new KeyedRow<>(new Inspection(null, support.region.code(), support.project.code(),
        InspectionKind.PROGRESS, DAY, stayDays, LEAD, "design.south", "连续两次红色节点", InspectionStatus.PLANNED,
        null, null, "ops.south", null, null, null, null));
    mapper.insert(row);
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey(support.project.code(), row.getId()),
        Map.of(INSPECTION_ID, row.getId(), PROJECT_CODE, support.project.code()));
  }

  long inspectionId(ProcessInstance pi) {
    return ((Number) engine.getRuntimeService().getVariable(pi.getId(), INSPECTION_ID)).longValue();
  }

  /** The inspection day comes: the timer fires at 09:00 China time of the planned day. */
  void arriveOnSite(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(TIMER_INSPECTION_DAY);
    Assertions.assertThat(job(TIMER_INSPECTION_DAY, pi).getDuedate()).isEqualTo(EngineTime.toDate(DAY.atTime(9, 0)));
    ClockUtil.setCurrentTime(EngineTime.toDate(DAY.atTime(9, 0)));
    execute(job(TIMER_INSPECTION_DAY, pi));
  }

  static Map<String, Object> twoFindings() {
    Map<String, Object> v = new HashMap<>();
    v.put(REPORT_SUMMARY, "主体结构施工进度滞后约三周，现场安全文明施工总体受控。");
    v.put(InspectionProcess.finding(1, PART_DESCRIPTION), "主体结构封顶节点预计延误 20 天");
    v.put(InspectionProcess.finding(1, PART_CATEGORY), "SCHEDULE");
    v.put(InspectionProcess.finding(1, PART_SEVERITY), "SERIOUS");
    v.put(InspectionProcess.finding(1, PART_NODE_CODE), "M04");
    v.put(InspectionProcess.finding(1, PART_CAUSE), "总包劳动力不足");
    v.put(InspectionProcess.finding(1, PART_RECOMMENDATION), "增加两个班组，每周报送进度");
    v.put(InspectionProcess.finding(1, PART_GATE_CODE), NO_GATE);
    v.put(InspectionProcess.finding(2, PART_DESCRIPTION), "样板间验收资料不全");
    v.put(InspectionProcess.finding(2, PART_CATEGORY), "RECORDS");
    v.put(InspectionProcess.finding(2, PART_SEVERITY), "GENERAL");
    v.put(InspectionProcess.finding(2, PART_GATE_CODE), "SHOWROOM_OPENING");
    v.put(InspectionProcess.finding(2, PART_RECOMMENDATION), "补齐验收记录并归档");
    return v;
  }

  @Test
  void findingsBecomeRectificationsVerifiedByTheLeadAndTheInspectionThenCloses() {
    ProcessInstance pi = arrange(2);
    long id = inspectionId(pi);
    Assertions.assertThat(mapper.findById(id).processInstanceId()).isEqualTo(pi.getId());
    Assertions.assertThat(mapper.findById(id).status()).isEqualTo(InspectionStatus.PLANNED);
    Object reportMeeting = engine.getRuntimeService().getVariable(pi.getId(), MEETING_ID);
    Assertions.assertThat(reportMeeting).as("the inspectors' photos have an owner from the start").isNotNull();
    arriveOnSite(pi);

    Assertions.assertThat(mapper.findById(id).status()).isEqualTo(InspectionStatus.IN_PROGRESS);
    assertThat(task(TASK_RECORD_FINDINGS, pi)).isAssignedTo(LEAD).hasCandidateGroupAssociated("region-ops");
    Assertions.assertThat(task(TASK_RECORD_FINDINGS, pi).getDueDate())
        .as("two days after the last day on site").isEqualTo(EngineTime.toDate(DAY.plusDays(4).atTime(18, 0)));
    complete(task(TASK_RECORD_FINDINGS, pi), twoFindings());

    Inspection reported = mapper.findById(id);
    Assertions.assertThat(reported.status()).isEqualTo(InspectionStatus.RECTIFYING);
    Assertions.assertThat(reported.meetingId()).isEqualTo(((Number) reportMeeting).longValue());
    Assertions.assertThat(reportsFiled).containsExactly(id);
    List<MeetingDecision> rectifications = support.meetings.decisions(reported.meetingId());
    Assertions.assertThat(rectifications).extracting(MeetingDecision::ownerGroup).containsOnly(support.officeGroup());
    Assertions.assertThat(rectifications).extracting(MeetingDecision::verifierUser).containsOnly(LEAD);
    Assertions.assertThat(rectifications).extracting(MeetingDecision::dueDate)
        .as("严重 7 days, 一般 30 days (finding-deadline)").containsExactly(DAY.plusDays(7), DAY.plusDays(30));
    Assertions.assertThat(rectifications.get(0).content()).startsWith("【严重·进度】主体结构封顶节点预计延误 20 天")
        .contains("整改要求：增加两个班组");
    List<InspectionFinding> findings = mapper.findFindings(id);
    Assertions.assertThat(findings).extracting(InspectionFinding::nodeId).containsExactly(node.id(), null);
    Assertions.assertThat(findings).extracting(InspectionFinding::gateCode).containsExactly(null, "SHOWROOM_OPENING");
    Assertions.assertThat(findings).extracting(InspectionFinding::decisionId)
        .containsExactly(rectifications.get(0).id(), rectifications.get(1).id());
    Assertions.assertThat(correctionsAsked).as("the serious finding on a node only")
        .containsExactly("M04|RED|" + support.project.code() + ":M04:INSPECTION-" + id);
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), CORRECTIONS_OPENED)).isEqualTo(1);

    assertThat(pi).isWaitingAt(CALL_FOLLOW_UP);
    List<ProcessInstance> followUps = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).list();
    Assertions.assertThat(followUps).hasSize(2);
    for (ProcessInstance followUp : followUps) {
      Assertions.assertThat(engine.getRuntimeService().getVariable(followUp.getId(), "meetingKind")).isEqualTo("INSPECTION");
      complete(task(DecisionFollowupProcess.TASK_CARRY_OUT, followUp), withVariables(
          DecisionFollowupProcess.EVIDENCE, "已整改，见附件照片", DecisionFollowupProcess.COMPLETED_ON, DAY.toString()));
      assertThat(task(DecisionFollowupProcess.TASK_VERIFY, followUp)).isAssignedTo(LEAD);
      complete(task(DecisionFollowupProcess.TASK_VERIFY, followUp),
          withVariables(DecisionFollowupProcess.DECISION_REVIEW, ReviewMeetingProcess.APPROVED));
    }

    assertThat(pi).isEnded().hasPassed(END_CLOSED);
    Assertions.assertThat(mapper.findById(id).status()).isEqualTo(InspectionStatus.CLOSED);
    Assertions.assertThat(mapper.findById(id).closedAt()).isNotNull();
    Assertions.assertThat(support.meetings.decisions(reported.meetingId())).extracting(MeetingDecision::status)
        .containsOnly(DecisionStatus.VERIFIED);
    Assertions.assertThat(service.findings(support.project.code(), "VERIFIED")).hasSize(2);
  }

  @Test
  void anInspectionThatFindsNothingClosesAtOnceWithItsReport() {
    ProcessInstance pi = arrange(0);
    long id = inspectionId(pi);
    arriveOnSite(pi);
    complete(task(TASK_RECORD_FINDINGS, pi), withVariables(REPORT_SUMMARY, "现场各项工作有序，未发现需整改的问题。"));

    assertThat(pi).isEnded().hasPassed(END_CLOSED);
    Assertions.assertThat(mapper.findById(id).status()).isEqualTo(InspectionStatus.CLOSED);
    Assertions.assertThat(reportsFiled).containsExactly(id);
    Assertions.assertThat(support.meetings.decisions(mapper.findById(id).meetingId())).isEmpty();
    Assertions.assertThat(correctionsAsked).isEmpty();
  }

  @Test
  void aSeriousFindingOnANodeWithACorrectionOpenOpensNoOther() {
    correctionAlreadyOpen = true;
    ProcessInstance pi = arrange(0);
    arriveOnSite(pi);
    complete(task(TASK_RECORD_FINDINGS, pi), twoFindings());

    Assertions.assertThat(correctionsAsked).hasSize(1);
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), CORRECTIONS_OPENED)).isEqualTo(0);
  }

  @Test
  void incompleteFindingsAreRefusedNamingTheFieldAndNothingIsWritten() {
    ProcessInstance pi = arrange(0);
    arriveOnSite(pi);
    String severity = InspectionProcess.finding(2, PART_SEVERITY);
    Map<String, Object> noSeverity = twoFindings();
    noSeverity.remove(severity);
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_RECORD_FINDINGS, pi), noSeverity)))
        .isEqualTo(severity);
    Map<String, Object> noRecommendation = twoFindings();
    noRecommendation.remove(InspectionProcess.finding(1, PART_RECOMMENDATION));
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_RECORD_FINDINGS, pi), noRecommendation)))
        .isEqualTo(InspectionProcess.finding(1, PART_RECOMMENDATION));
    Map<String, Object> unknownNode = twoFindings();
    unknownNode.put(InspectionProcess.finding(1, PART_NODE_CODE), "M99");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_RECORD_FINDINGS, pi), unknownNode)))
        .isEqualTo(InspectionProcess.finding(1, PART_NODE_CODE));
    Map<String, Object> unknownGate = twoFindings();
    unknownGate.put(InspectionProcess.finding(2, PART_GATE_CODE), "NO_GATE");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_RECORD_FINDINGS, pi), unknownGate)))
        .isEqualTo(InspectionProcess.finding(2, PART_GATE_CODE));
    Map<String, Object> noSummary = twoFindings();
    noSummary.remove(REPORT_SUMMARY);
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_RECORD_FINDINGS, pi), noSummary)))
        .isEqualTo(REPORT_SUMMARY);

    assertThat(pi).isWaitingAt(TASK_RECORD_FINDINGS);
    long id = inspectionId(pi);
    Assertions.assertThat(mapper.findById(id).meetingId()).isNull();
    Assertions.assertThat(mapper.findFindings(id)).isEmpty();
    Assertions.assertThat(reportsFiled).isEmpty();
  }
}
