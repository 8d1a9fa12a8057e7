package com.regionops.gate;

import static com.regionops.support.Rejections.rejectedField;
import static com.regionops.support.Rejections.rejectedMessage;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.ProjectMapper;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = {"processes/gate-project-kickoff.bpmn", "processes/gate-design-planning.bpmn",
    "processes/gate-permit-planning.bpmn", "processes/gate-engineering-planning.bpmn",
    "processes/gate-marketing-planning.bpmn", "processes/gate-showroom-opening.bpmn",
    "processes/gate-opening-planning.bpmn", "processes/gate-post-opening-review.bpmn",
    "processes/gate-handover-planning.bpmn", "processes/gate-project-post-evaluation.bpmn",
    "processes/review-meeting.bpmn", "processes/decision-followup.bpmn", "dmn/followup-escalation.dmn",
    "dmn/opening-readiness.dmn", "dmn/handover-readiness.dmn", "processes/knowledge-review.bpmn",
    "forms/review-knowledge.form", "forms/revise-knowledge.form"})
class GateProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  ProcessEngine engine;
  ProcessTestSupport support;
  GateReviewMapper reviews;
  GateCatalog catalog;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(CHINA).toInstant()));
    support = new ProcessTestSupport(engine);
    reviews = support.session.getMapper(GateReviewMapper.class);
    ProjectMapper projects = support.session.getMapper(ProjectMapper.class);
    GateMaterials materials = mock(GateMaterials.class);
    when(materials.forGate(org.mockito.ArgumentMatchers.anyString()))
        .thenReturn(List.of(new GateMaterial("ANY", 1, "会议材料", true)));
    catalog = new GateCatalog(support.session.getMapper(GateCatalogMapper.class), materials);
    GateReviewService service = new GateReviewService(reviews, catalog, projects);
    Mocks.register("openGateReviewDelegate", new OpenGateReviewDelegate(service, catalog, projects));
    Mocks.register("recordGatePassedDelegate", new RecordGatePassedDelegate(service));
    Mocks.register("recordGateFailedDelegate", new RecordGateFailedDelegate(service, support.notifications));
    Mocks.register("closeGateReviewDelegate", new CloseGateReviewDelegate(service));
    GateOutcomes outcomes = new GateOutcomes(support.session.getMapper(PlanNodeMapper.class),
        support.session.getMapper(com.regionops.certificate.CertificateMapper.class),
        support.session.getMapper(com.regionops.certificate.CertificateTypeMapper.class), projects);
    Mocks.register("baselineKickoffPlanDelegate", new BaselineKickoffPlanDelegate(outcomes));
    Mocks.register("baselineEngineeringPlanDelegate", new BaselineEngineeringPlanDelegate(outcomes));
    Mocks.register("registerPermitPlanDelegate", new RegisterPermitPlanDelegate(outcomes));
    Mocks.register("confirmOpeningPlanDelegate", new ConfirmOpeningPlanDelegate(outcomes));
    Mocks.register("collectReadinessFactsDelegate", new CollectReadinessFactsDelegate(new ReadinessFacts(
        support.session.getMapper(com.regionops.certificate.CertificateMapper.class),
        support.session.getMapper(PlanNodeMapper.class))));
    Mocks.register("summarizeReadinessDelegate", new SummarizeReadinessDelegate());
    Mocks.register("checkKickoffTargetsDelegate", new CheckKickoffTargetsDelegate());
    support.registerMeetingBeans(materials);
    support.registerFollowupBeans();
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  void passPredecessors(String gateCode) {
    for (String predecessor : catalog.find(gateCode).predecessors()) {
      reviews.insert(new GateReview(null, support.project.code(), predecessor, 1, null, GateReviewStatus.PASSED,
          "PASS", "test", null, null, null));
    }
  }

  ProcessInstance startGate(String gateCode) {
    return startGate(gateCode, declared(gateCode));
  }

  /** What the office declares on the start form: for 项目启动会 the draft 运营目标. */
  static Map<String, Object> declared(String gateCode) {
    return "PROJECT_KICKOFF".equals(gateCode) ? Map.of(KickoffTargets.CONSTRUCTION_START, "2027-03-01",
        KickoffTargets.FIRST_OPENING, "2027-10-01", KickoffTargets.HANDOVER, "2029-06-30",
        KickoffTargets.SALES, "356000.50", KickoffTargets.NET_PROFIT, 28000) : Map.of();
  }

  ProcessInstance startGate(String gateCode, Map<String, Object> declared) {
    Map<String, Object> variables = new java.util.HashMap<>(declared);
    variables.put(GateProcess.PROJECT_CODE, support.project.code());
    variables.put(GateProcess.PLANNED_MEETING_DATE, "2026-12-10");
    return engine.getRuntimeService().startProcessInstanceByKey(GateProcess.keyOf(gateCode), variables);
  }

  /** For 开盘 and 交楼: the ledger and plan facts of a ready project, and the office's declarations. */
  Map<String, Object> ready(String gateCode) {
    com.regionops.certificate.CertificateMapper certificates =
        support.session.getMapper(com.regionops.certificate.CertificateMapper.class);
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 1);
    if ("OPENING_PLANNING".equals(gateCode)) {
      certificates.insert(new com.regionops.platform.engine.KeyedRow<>(new com.regionops.certificate.Certificate(null,
          "PRESALE_PERMIT", null, "穗房预字第1号", "公司", support.project.code(), support.region.code(), day, null,
          null, "region-ops", com.regionops.certificate.CertificateStatus.VALID, null)));
      support.session.getMapper(PlanNodeMapper.class).insert(new PlanNode(null, support.project.code(), "M06",
          "展示区开放", NodeLevel.MILESTONE, NodeCategory.OPENING, null, null, null, day, day, day, day, 100));
      return Map.of("pricingApproved", true, "salesTeamReady", true, "saleableStockPct", 100);
    }
    if ("HANDOVER_PLANNING".equals(gateCode)) {
      certificates.insert(new com.regionops.platform.engine.KeyedRow<>(new com.regionops.certificate.Certificate(null,
          "COMPLETION_FILING", null, "竣备第1号", "公司", support.project.code(), support.region.code(), day, null,
          null, "region-ops", com.regionops.certificate.CertificateStatus.VALID, null)));
      return Map.of("jointInspectionDone", true, "repairTeamReady", true, "propertyManagementReady", true);
    }
    return declared(gateCode);
  }

  /** Materials, review, schedule, minutes with the given conclusion and decision count, approval. */
  ProcessInstance holdMeeting(ProcessInstance gate, String conclusion, int decisions) {
    assertThat(gate).isWaitingAt(GateProcess.CALL_MEETING);
    ProcessInstance meeting = BpmnAwareTests.calledProcessInstance(gate);
    complete(task(ReviewMeetingProcess.TASK_SUBMIT_MATERIALS, meeting),
        withVariables(ReviewMeetingProcess.material(1, "Reference"), "DOC-9"));
    complete(task(ReviewMeetingProcess.TASK_REVIEW_MATERIALS, meeting),
        withVariables(ReviewMeetingProcess.MATERIALS_REVIEW, ReviewMeetingProcess.APPROVED));
    complete(task(ReviewMeetingProcess.TASK_SCHEDULE_MEETING, meeting), withVariables(
        ReviewMeetingProcess.MEETING_TIME, "2026-12-10T09:30", ReviewMeetingProcess.CHAIR_USER, "president.south"));
    Map<String, Object> minutes = new java.util.HashMap<>(Map.of(ReviewMeetingProcess.CONCLUSION, conclusion,
        ReviewMeetingProcess.MINUTES, "会议纪要正文"));
    for (int n = 1; n <= decisions; n++) {
      minutes.put(ReviewMeetingProcess.decision(n, "Content"), "决议" + n);
      minutes.put(ReviewMeetingProcess.decision(n, "OwnerGroup"), support.officeGroup());
      minutes.put(ReviewMeetingProcess.decision(n, "DueDate"), "2026-12-31");
    }
    // the lesson the post-evaluations need; the form hides these fields at every other gate
    minutes.put("lesson1Title", "首开去化经验");
    minutes.put("lesson1Body", "首开前两周完成价格测试。");
    complete(task(ReviewMeetingProcess.TASK_RECORD_MINUTES, meeting), minutes);
    complete(task(ReviewMeetingProcess.TASK_APPROVE_MINUTES, meeting),
        withVariables(ReviewMeetingProcess.MINUTES_REVIEW, ReviewMeetingProcess.APPROVED));
    return meeting;
  }

  GateReview latestReview(String gateCode) {
    return reviews.findLatest(support.project.code(), gateCode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PROJECT_KICKOFF", "DESIGN_PLANNING", "PERMIT_PLANNING", "ENGINEERING_PLANNING",
      "MARKETING_PLANNING", "SHOWROOM_OPENING", "OPENING_PLANNING", "POST_OPENING_REVIEW", "HANDOVER_PLANNING",
      "PROJECT_POST_EVALUATION"})
  void gateCallsTheMeetingRecordsItsResultAndClosesWhenDecisionsAreVerified(String gateCode) {
    passPredecessors(gateCode);

    ProcessInstance gate = startGate(gateCode, ready(gateCode));
    Assertions.assertThat(gate.getBusinessKey()).isEqualTo(support.project.code() + ":" + gateCode + ":1");
    Assertions.assertThat(latestReview(gateCode).status()).isEqualTo(GateReviewStatus.IN_REVIEW);
    holdMeeting(gate, "PASS", 1);

    assertThat(gate).isWaitingAt(GateProcess.CALL_FOLLOW_UP);
    Assertions.assertThat(latestReview(gateCode).status()).isEqualTo(GateReviewStatus.PASSED);
    ProcessInstance followUp = BpmnAwareTests.calledProcessInstance(gate);
    Assertions.assertThat(followUp.getBusinessKey()).isEqualTo(gate.getBusinessKey());
    complete(task(DecisionFollowupProcess.TASK_CARRY_OUT, followUp), withVariables(
        DecisionFollowupProcess.EVIDENCE, "已落实", DecisionFollowupProcess.COMPLETED_ON, "2026-12-01"));
    complete(task(DecisionFollowupProcess.TASK_VERIFY, followUp),
        withVariables(DecisionFollowupProcess.DECISION_REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(gate).isEnded().hasPassed(GateProcess.END_CLOSED);
    Assertions.assertThat(latestReview(gateCode).status()).isEqualTo(GateReviewStatus.CLOSED);
    if ("OPENING_PLANNING".equals(gateCode)) {
      Assertions.assertThat(baselined()).as("the opening plan is confirmed").contains("M06");
    }
  }

  /** Up to 录入会议纪要 of a gate's meeting: materials in and approved, meeting scheduled. */
  org.camunda.bpm.engine.task.Task toMinutes(ProcessInstance gate) {
    ProcessInstance meeting = BpmnAwareTests.calledProcessInstance(gate);
    complete(task(ReviewMeetingProcess.TASK_SUBMIT_MATERIALS, meeting),
        withVariables(ReviewMeetingProcess.material(1, "Reference"), "DOC-9"));
    complete(task(ReviewMeetingProcess.TASK_REVIEW_MATERIALS, meeting),
        withVariables(ReviewMeetingProcess.MATERIALS_REVIEW, ReviewMeetingProcess.APPROVED));
    complete(task(ReviewMeetingProcess.TASK_SCHEDULE_MEETING, meeting), withVariables(
        ReviewMeetingProcess.MEETING_TIME, "2026-12-10T09:30", ReviewMeetingProcess.CHAIR_USER, "president.south"));
    return task(ReviewMeetingProcess.TASK_RECORD_MINUTES, meeting);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST_OPENING_REVIEW", "PROJECT_POST_EVALUATION"})
  void postEvaluationMinutesNeedALessonWhichEntersTheKnowledgeReviewOnceApproved(String gateCode) {
    passPredecessors(gateCode);
    ProcessInstance gate = startGate(gateCode, ready(gateCode));
    ProcessInstance meeting = BpmnAwareTests.calledProcessInstance(gate);
    org.camunda.bpm.engine.task.Task minutes = toMinutes(gate);
    Assertions.assertThat(engine.getTaskService().getVariable(minutes.getId(), "lessonsRequired")).isEqualTo(true);

    Map<String, Object> noLesson = Map.of(ReviewMeetingProcess.CONCLUSION, "PASS", ReviewMeetingProcess.MINUTES, "纪要");
    Assertions.assertThat(rejectedField(() -> complete(minutes, noLesson))).isEqualTo("lesson1Title");
    Assertions.assertThat(rejectedField(() -> complete(minutes, withVariables(ReviewMeetingProcess.CONCLUSION, "PASS",
        ReviewMeetingProcess.MINUTES, "纪要", "lesson1Title", "只有标题")))).isEqualTo("lesson1Body");

    complete(minutes, withVariables(ReviewMeetingProcess.CONCLUSION, "PASS", ReviewMeetingProcess.MINUTES, "纪要",
        "lesson1Title", "第一稿", "lesson1Body", "第一稿内容"));
    complete(task(ReviewMeetingProcess.TASK_APPROVE_MINUTES, meeting), withVariables(ReviewMeetingProcess.MINUTES_REVIEW,
        ReviewMeetingProcess.RETURNED, ReviewMeetingProcess.MINUTES_REVIEW_COMMENT, "经验教训写具体些"));
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(com.regionops.knowledge.KnowledgeProcess.KEY).count())
        .as("nothing enters the review before the minutes are approved").isZero();
    complete(task(ReviewMeetingProcess.TASK_RECORD_MINUTES, meeting), withVariables(ReviewMeetingProcess.CONCLUSION,
        "PASS", ReviewMeetingProcess.MINUTES, "纪要", "lesson1Title", "首开定价偏保守", "lesson1Body",
        "首开前两周完成价格测试，二批次以首开 7 日去化校准。"));
    complete(task(ReviewMeetingProcess.TASK_APPROVE_MINUTES, meeting),
        withVariables(ReviewMeetingProcess.MINUTES_REVIEW, ReviewMeetingProcess.APPROVED));

    long gateReviewId = latestReview(gateCode).id();
    List<com.regionops.knowledge.KnowledgeEntry> drafted = support.session
        .getMapper(com.regionops.knowledge.KnowledgeMapper.class).findByGateReview(gateReviewId);
    Assertions.assertThat(drafted).as("re-recorded minutes update their draft").hasSize(1);
    com.regionops.knowledge.KnowledgeVersion version = support.session
        .getMapper(com.regionops.knowledge.KnowledgeMapper.class).findVersion(drafted.get(0).id(), 1);
    Assertions.assertThat(version.title()).isEqualTo("首开定价偏保守");
    Assertions.assertThat(version.status()).isEqualTo(com.regionops.knowledge.VersionStatus.IN_REVIEW);
    Assertions.assertThat(version.tags()).isEqualTo(gateCode + ",RESIDENTIAL");
    Assertions.assertThat(drafted.get(0).kind()).isEqualTo(com.regionops.knowledge.KnowledgeKind.LESSON);
    org.camunda.bpm.engine.task.Task review = engine.getTaskService().createTaskQuery()
        .processDefinitionKey(com.regionops.knowledge.KnowledgeProcess.KEY).singleResult();
    Assertions.assertThat(review.getTaskDefinitionKey()).isEqualTo(com.regionops.knowledge.KnowledgeProcess.TASK_REVIEW);
    Assertions.assertThat(review.getTenantId()).isEqualTo(support.region.code());
    Assertions.assertThat(engine.getTaskService().getVariable(review.getId(),
        com.regionops.knowledge.KnowledgeProcess.TITLE)).isEqualTo("首开定价偏保守");
  }

  @Test
  void aGateOfAProjectAPartnerRunsIsAttendedAndMinutedWithoutMaterialsOrApproval() {
    com.regionops.partner.PartnershipMapper partnerships =
        support.session.getMapper(com.regionops.partner.PartnershipMapper.class);
    partnerships.updateMode(support.project.code(), com.regionops.partner.OperatingMode.NOT_OPERATED, false);
    org.camunda.bpm.engine.test.mock.Mocks.register("openGateReviewDelegate", new OpenGateReviewDelegate(
        new GateReviewService(reviews, catalog, support.session.getMapper(ProjectMapper.class)), catalog,
        support.session.getMapper(ProjectMapper.class), partnerships));
    passPredecessors("DESIGN_PLANNING");
    ProcessInstance gate = startGate("DESIGN_PLANNING");
    ProcessInstance meeting = BpmnAwareTests.calledProcessInstance(gate);

    assertThat(meeting).as("the partner's meeting needs no materials of ours")
        .isWaitingAt(ReviewMeetingProcess.TASK_SCHEDULE_MEETING);
    Assertions.assertThat(engine.getRuntimeService().getVariable(meeting.getId(), ReviewMeetingProcess.MEETING_TITLE))
        .asString().endsWith("（列席合作方会议）");
    complete(task(ReviewMeetingProcess.TASK_SCHEDULE_MEETING, meeting), withVariables(
        ReviewMeetingProcess.MEETING_TIME, "2026-12-10T09:30", ReviewMeetingProcess.CHAIR_USER, "president.south"));
    complete(task(ReviewMeetingProcess.TASK_RECORD_MINUTES, meeting), withVariables(ReviewMeetingProcess.CONCLUSION,
        "PASS", ReviewMeetingProcess.MINUTES, "合作方主持，我方列席：同意规划方案。"));

    assertThat(meeting).as("minuted, not approved").isEnded().hasNotPassed(ReviewMeetingProcess.TASK_APPROVE_MINUTES)
        .hasPassed(ReviewMeetingProcess.END_APPROVED);
    Assertions.assertThat(support.filedMinutes).hasSize(1);
    Assertions.assertThat(latestReview("DESIGN_PLANNING").status()).isEqualTo(GateReviewStatus.CLOSED);
  }

  @Test
  void otherGatesMinutesCloseWithoutLessons() {
    passPredecessors("DESIGN_PLANNING");
    ProcessInstance gate = startGate("DESIGN_PLANNING");
    org.camunda.bpm.engine.task.Task minutes = toMinutes(gate);
    Assertions.assertThat(engine.getTaskService().getVariable(minutes.getId(), "lessonsRequired")).isEqualTo(false);
    Assertions.assertThat(engine.getTaskService().getVariable(minutes.getId(), "gateLessons"))
        .isEqualTo("（本节点会议暂无已发布的经验教训）");
    complete(minutes, withVariables(ReviewMeetingProcess.CONCLUSION, "PASS", ReviewMeetingProcess.MINUTES, "纪要"));
    Assertions.assertThat(support.session.getMapper(com.regionops.knowledge.KnowledgeMapper.class)
        .findByGateReview(latestReview("DESIGN_PLANNING").id())).isEmpty();
  }

  /** One node of each level and category of interest, planned ahead of today, no baseline yet. */
  void planWithoutBaseline() {
    PlanNodeMapper nodes = support.session.getMapper(PlanNodeMapper.class);
    String p = support.project.code();
    java.time.LocalDate day = java.time.LocalDate.of(2027, 3, 1);
    Object[][] plan = {{"M", NodeLevel.MILESTONE, NodeCategory.OPENING}, {"A1", NodeLevel.L1, NodeCategory.DESIGN},
        {"C2", NodeLevel.L2, NodeCategory.CONSTRUCTION}, {"S3", NodeLevel.L3, NodeCategory.SUPPLY},
        {"P2", NodeLevel.L2, NodeCategory.PERMIT}};
    for (Object[] n : plan) {
      nodes.insert(new PlanNode(null, p, (String) n[0], "节点" + n[0], (NodeLevel) n[1], (NodeCategory) n[2], null,
          null, null, day, day.plusDays(30), null, null, 0));
    }
  }

  List<String> baselined() {
    return support.session.getMapper(PlanNodeMapper.class).findBaselinedCodes(support.project.code()).stream()
        .sorted().toList();
  }

  @Test
  void aGateCannotSkipItsMaterialsByPosingAsAnOperatingReview() {
    Map<String, Object> spoofed = new java.util.HashMap<>(Map.of(ReviewMeetingProcess.MEETING_KIND,
        ReviewMeetingProcess.KIND_OPERATING_REVIEW, "materialsCollected", true));
    passPredecessors("DESIGN_PLANNING");
    ProcessInstance gate = startGate("DESIGN_PLANNING", spoofed);

    ProcessInstance meeting = BpmnAwareTests.calledProcessInstance(gate);
    assertThat(meeting).isWaitingAt(ReviewMeetingProcess.TASK_SUBMIT_MATERIALS);
  }

  @Test
  void kickoffPassBaselinesTheMilestoneAndL1PlanAndEngineeringTheConstructionAndSupplyPlan() {
    planWithoutBaseline();

    holdMeeting(startGate("PROJECT_KICKOFF"), "PASS", 0);
    Assertions.assertThat(baselined()).containsExactly("A1", "M");
    Assertions.assertThat(support.session.getMapper(PlanNodeMapper.class).findByCode(support.project.code(), "M")
        .baselineFinish()).isEqualTo(java.time.LocalDate.of(2027, 3, 31));

    passPredecessors("ENGINEERING_PLANNING");
    holdMeeting(startGate("ENGINEERING_PLANNING"), "PASS", 0);
    Assertions.assertThat(baselined()).containsExactly("A1", "C2", "M", "S3");
  }

  @Test
  void permitPlanningRegistersTheMissingChainAsPlannedLinkedToItsNodes() {
    PlanNodeMapper nodes = support.session.getMapper(PlanNodeMapper.class);
    java.time.LocalDate day = java.time.LocalDate.of(2027, 3, 1);
    nodes.insert(new PlanNode(null, support.project.code(), "L103", "取得建设工程规划许可证", NodeLevel.L1,
        NodeCategory.PERMIT, null, null, null, day, day.plusDays(40), null, null, 0));
    com.regionops.certificate.CertificateMapper certificates =
        support.session.getMapper(com.regionops.certificate.CertificateMapper.class);
    certificates.insert(new com.regionops.platform.engine.KeyedRow<>(new com.regionops.certificate.Certificate(null,
        "LAND_TITLE", null, "粤2026不动产权第1号", "测试置业有限公司", support.project.code(), support.region.code(),
        day.minusDays(100), null, null, "region-ops", com.regionops.certificate.CertificateStatus.VALID, null)));
    passPredecessors("PERMIT_PLANNING");

    holdMeeting(startGate("PERMIT_PLANNING"), "PASS", 0);

    List<com.regionops.certificate.Certificate> ledger = certificates.find(new com.regionops.certificate.CertificateQuery(
        null, null, support.project.code(), com.regionops.certificate.CertificateStatus.PLANNED, null, null));
    Assertions.assertThat(ledger).extracting(com.regionops.certificate.Certificate::typeCode).containsExactlyInAnyOrder(
        "LAND_PLANNING_PERMIT", "ENGINEERING_PLANNING_PERMIT", "CONSTRUCTION_PERMIT", "PRESALE_PERMIT",
        "COMPLETION_FILING");
    long planning = ledger.stream().filter(c -> c.typeCode().equals("ENGINEERING_PLANNING_PERMIT")).findFirst()
        .orElseThrow().id();
    Assertions.assertThat(certificates.findPlanNodeId(planning)).isEqualTo(nodes.findByCode(support.project.code(),
        "L103").id());
    Assertions.assertThat(baselined()).containsExactly("L103");
  }

  @Test
  void openingWithoutPresalePermitIsNotReadyAndCanOnlyFail() {
    passPredecessors("OPENING_PLANNING");
    ProcessInstance gate = startGate("OPENING_PLANNING", Map.of("pricingApproved", true, "salesTeamReady", false,
        "saleableStockPct", 80));

    Map<String, Object> variables = engine.getRuntimeService().getVariables(gate.getId());
    Assertions.assertThat(variables).containsEntry("readiness", "NOT_READY")
        .containsEntry("readinessMissing", "商品房预售许可证未取得；展示区未开放；销售团队未全部到位；可售货量未达开盘目标");
    ProcessInstance meeting = BpmnAwareTests.calledProcessInstance(gate);
    complete(task(ReviewMeetingProcess.TASK_SUBMIT_MATERIALS, meeting),
        withVariables(ReviewMeetingProcess.material(1, "Reference"), "DOC-9"));
    complete(task(ReviewMeetingProcess.TASK_REVIEW_MATERIALS, meeting),
        withVariables(ReviewMeetingProcess.MATERIALS_REVIEW, ReviewMeetingProcess.APPROVED));
    complete(task(ReviewMeetingProcess.TASK_SCHEDULE_MEETING, meeting), withVariables(
        ReviewMeetingProcess.MEETING_TIME, "2026-12-10T09:30", ReviewMeetingProcess.CHAIR_USER, "president.south"));
    org.camunda.bpm.engine.task.Task minutes = task(ReviewMeetingProcess.TASK_RECORD_MINUTES, meeting);

    Assertions.assertThat(rejectedField(() -> complete(minutes, withVariables(ReviewMeetingProcess.CONCLUSION, "PASS",
        ReviewMeetingProcess.MINUTES, "同意开盘")))).isEqualTo(ReviewMeetingProcess.CONCLUSION);
    complete(minutes, withVariables(ReviewMeetingProcess.CONCLUSION, "FAIL", ReviewMeetingProcess.MINUTES,
        "预售证未取得，推迟开盘"));
    complete(task(ReviewMeetingProcess.TASK_APPROVE_MINUTES, meeting),
        withVariables(ReviewMeetingProcess.MINUTES_REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(gate).isEnded().hasPassed(GateProcess.END_FAILED);
  }

  @Test
  void handoverReadinessReadsTheCompletionFilingFromTheLedger() {
    passPredecessors("HANDOVER_PLANNING");
    ProcessInstance ready = startGate("HANDOVER_PLANNING", ready("HANDOVER_PLANNING"));
    Assertions.assertThat(engine.getRuntimeService().getVariables(ready.getId())).containsEntry("readiness", "READY")
        .containsEntry("readinessMissing", "无");
  }

  @Test
  void kickoffFixesTheOperatingTargetsOnThePassAndRefusesBadOnesAtTheStart() {
    Map<String, Object> backwards = new java.util.HashMap<>(declared("PROJECT_KICKOFF"));
    backwards.put(KickoffTargets.HANDOVER, "2027-09-01");
    Assertions.assertThat(rejectedField(() -> startGate("PROJECT_KICKOFF", backwards)))
        .isEqualTo(KickoffTargets.HANDOVER);

    holdMeeting(startGate("PROJECT_KICKOFF"), "PASS", 0);

    com.regionops.org.ProjectTargets targets = support.session.getMapper(ProjectMapper.class)
        .findTargets(support.project.code());
    Assertions.assertThat(targets.targetFirstOpening()).isEqualTo(java.time.LocalDate.of(2027, 10, 1));
    Assertions.assertThat(targets.targetSales()).isEqualByComparingTo("356000.50");
    Assertions.assertThat(targets.targetNetProfit()).isEqualByComparingTo("28000.00");
    Assertions.assertThat(targets.targetsFixedAt()).isNotNull();
  }

  @Test
  void postOpeningReviewStartsByItselfThirtyDaysAfterTheOpeningOnceOnly() {
    PostOpeningScheduler scheduler = new PostOpeningScheduler(engine.getRuntimeService(), engine.getHistoryService(),
        new com.regionops.platform.security.SystemCalls(engine.getIdentityService()), reviews, 30);
    java.time.LocalDate opened = java.time.LocalDate.of(2026, 11, 20);
    Assertions.assertThat(scheduler.openingCompleted(support.project.code(), opened))
        .as("no 开盘策划会 passed: nothing to evaluate").isFalse();
    passPredecessors("POST_OPENING_REVIEW");

    Assertions.assertThat(scheduler.openingCompleted(support.project.code(), opened)).isTrue();
    Assertions.assertThat(scheduler.openingCompleted(support.project.code(), opened)).as("recorded twice").isFalse();

    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PostOpeningScheduler.KEY).singleResult();
    assertThat(review).isWaitingAt("TimerEvent_AfterOpening");
    org.camunda.bpm.engine.runtime.Job timer = engine.getManagementService().createJobQuery()
        .processInstanceId(review.getId()).singleResult();
    Assertions.assertThat(timer.getDuedate())
        .isEqualTo(Date.from(opened.plusDays(30).atTime(9, 0).atZone(CHINA).toInstant()));
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());

    assertThat(review).isWaitingAt(GateProcess.CALL_MEETING);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(review.getId())
        .singleResult().getBusinessKey()).isEqualTo(support.project.code() + ":POST_OPENING_REVIEW:1");
    Assertions.assertThat(latestReview("POST_OPENING_REVIEW").plannedMeetingDate()).isEqualTo(opened.plusDays(44));
  }

  @Test
  void failedKickoffBaselinesNothing() {
    planWithoutBaseline();

    holdMeeting(startGate("PROJECT_KICKOFF"), "FAIL", 0);

    Assertions.assertThat(baselined()).isEmpty();
  }

  @Test
  void conditionalPassFollowsEveryDecisionInParallel() {
    ProcessInstance gate = startGate("PROJECT_KICKOFF");
    holdMeeting(gate, "CONDITIONAL", 3);

    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(gate.getId())
        .processDefinitionKey(DecisionFollowupProcess.KEY).count()).isEqualTo(3);
    Assertions.assertThat(latestReview("PROJECT_KICKOFF").conclusion()).isEqualTo("CONDITIONAL");
  }

  @Test
  void conditionalPassWithThreeDecisionsOneReopenedOneEscalatedClosesWhenAllAreVerified() {
    ProcessInstance gate = startGate("PROJECT_KICKOFF");
    holdMeeting(gate, "CONDITIONAL", 3);
    List<ProcessInstance> followUps = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(gate.getId()).orderByProcessInstanceId().asc().list();
    Assertions.assertThat(followUps).hasSize(3);
    ProcessInstance first = followUps.get(0);
    ProcessInstance reopened = followUps.get(1);
    ProcessInstance overdue = followUps.get(2);

    carryOut(first);
    verify(first, ReviewMeetingProcess.APPROVED);
    carryOut(reopened);
    verify(reopened, ReviewMeetingProcess.RETURNED);
    assertThat(reopened).isWaitingAt(DecisionFollowupProcess.TASK_CARRY_OUT);
    // due 2026-12-31: the first weekly escalation is on the morning of 2027-01-01
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 1, 1, 9, 5).atZone(CHINA).toInstant()));
    BpmnAwareTests.execute(engine.getManagementService().createJobQuery().processInstanceId(overdue.getId())
        .activityId(DecisionFollowupProcess.TIMER_OVERDUE).singleResult());
    Assertions.assertThat(support.notificationsTo("region-ops"))
        .anyMatch(n -> n.subject().contains("逾期 1 天") && n.businessKey().equals(gate.getBusinessKey()));
    assertThat(gate).isWaitingAt(GateProcess.CALL_FOLLOW_UP);

    carryOut(reopened);
    verify(reopened, ReviewMeetingProcess.APPROVED);
    carryOut(overdue);
    verify(overdue, ReviewMeetingProcess.APPROVED);

    assertThat(gate).isEnded().hasPassed(GateProcess.END_CLOSED);
    Assertions.assertThat(latestReview("PROJECT_KICKOFF").status()).isEqualTo(GateReviewStatus.CLOSED);
  }

  void carryOut(ProcessInstance followUp) {
    complete(task(DecisionFollowupProcess.TASK_CARRY_OUT, followUp), withVariables(
        DecisionFollowupProcess.EVIDENCE, "已落实", DecisionFollowupProcess.COMPLETED_ON,
        LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA).toLocalDate().toString()));
  }

  void verify(ProcessInstance followUp, String review) {
    complete(task(DecisionFollowupProcess.TASK_VERIFY, followUp), withVariables(
        DecisionFollowupProcess.DECISION_REVIEW, review, DecisionFollowupProcess.DECISION_REVIEW_COMMENT, "补充佐证"));
  }

  @Test
  void failedMeetingEndsTheRoundAndTellsTheOfficeAndANewRoundMayStart() {
    ProcessInstance gate = startGate("PROJECT_KICKOFF");
    holdMeeting(gate, "FAIL", 0);

    assertThat(gate).isEnded().hasPassed(GateProcess.END_FAILED);
    Assertions.assertThat(latestReview("PROJECT_KICKOFF").status()).isEqualTo(GateReviewStatus.FAILED);
    Assertions.assertThat(support.notificationsTo(support.officeGroup()))
        .anyMatch(n -> n.body().contains("整改后重新申请"));

    ProcessInstance second = startGate("PROJECT_KICKOFF");
    Assertions.assertThat(second.getBusinessKey()).endsWith(":PROJECT_KICKOFF:2");
  }

  @Test
  void gateWhosePredecessorHasNotPassedIsRefusedNamingIt() {
    String field = rejectedField(() -> startGate("OPENING_PLANNING"));

    Assertions.assertThat(field).isEqualTo("gateCode");
    Assertions.assertThat(rejectedMessage(() -> startGate("OPENING_PLANNING"))).contains("展示区开放策划会");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    Assertions.assertThat(latestReview("OPENING_PLANNING")).isNull();
  }

  @Test
  void secondOpenRoundOfTheSameGateIsAConflict() {
    startGate("PROJECT_KICKOFF");

    Assertions.assertThat(rejectedField(() -> startGate("PROJECT_KICKOFF"))).isEqualTo("gateCode");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("gate-project-kickoff").count()).isEqualTo(1);
  }

  @Test
  void meetingDateInThePastIsRefused() {
    Map<String, Object> variables = new java.util.HashMap<>(declared("PROJECT_KICKOFF"));
    variables.put(GateProcess.PROJECT_CODE, support.project.code());
    variables.put(GateProcess.PLANNED_MEETING_DATE, "2026-11-30");
    Assertions.assertThat(rejectedField(() -> engine.getRuntimeService().startProcessInstanceByKey(
        "gate-project-kickoff", variables))).isEqualTo(GateProcess.PLANNED_MEETING_DATE);
  }
}
