package com.regionops.inspection;

import static com.regionops.inspection.InspectionPlanProcess.*;
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
import com.regionops.meeting.CheckReviewListener;
import com.regionops.meeting.ClearReviewListener;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.RegionMapper;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.SchedulerOnlyStart;
import com.regionops.platform.security.SystemCalls;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
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

@Deployment(resources = {"processes/inspection-plan.bpmn", "forms/edit-inspection-plan.form",
    "forms/approve-inspection-plan.form", "dmn/inspection-selection.dmn", "processes/inspection.bpmn",
    "forms/record-findings.form", "dmn/finding-deadline.dmn"})
class InspectionPlanProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  /** A Monday: the first proposal is a week on, the next two working days later. */
  static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
  static final String THE_QUARTER = "2027-Q1";
  static final String LEAD = "lead.inspector";

  ProcessEngine engine;
  ProcessTestSupport support;
  Project second;
  InspectionPlanMapper plans;
  InspectionMapper inspections;
  /** The facts the DMN reads, per project code, as the test sets them. */
  final Map<String, InspectionFacts.Facts> facts = new HashMap<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(TODAY.atTime(10, 0)));
    support = new ProcessTestSupport(engine);
    second = Fixtures.project(support.session, support.region.code());
    plans = support.session.getMapper(InspectionPlanMapper.class);
    inspections = support.session.getMapper(InspectionMapper.class);
    IdentityService identity = engine.getIdentityService();
    support.regionStaff(identity, LEAD, "member.inspector");
    // a project office is in the region's tenant too, but never inspects
    if (identity.createUserQuery().userId("office.inspector").count() == 0) {
      identity.saveUser(identity.newUser("office.inspector"));
    }
    identity.createTenantUserMembership(support.region.code(), "office.inspector");
    facts.put(support.project.code(), new InspectionFacts.Facts(support.project.code(), 0, 2, null, null, 3, 0));
    facts.put(second.code(), new InspectionFacts.Facts(second.code(), 0, 0, null, null, 1, 0));
    InspectionFacts stub = new InspectionFacts(null, null, null, null, null) {
      @Override
      public List<InspectionFacts.Facts> of(String regionCode, LocalDate today) {
        return regionCode.equals(support.region.code()) ? List.copyOf(facts.values()) : List.of();
      }
    };
    SystemCalls system = new SystemCalls(identity);
    DeployedDecisions decisions = new DeployedDecisions(engine.getRepositoryService(), system);
    InspectionPlanService service = new InspectionPlanService(plans, inspections, stub, decisions,
        support.session.getMapper(ProjectMapper.class), identity, system);
    InspectionService inspectionService = new InspectionService(inspections, support.meetings,
        support.session.getMapper(PlanNodeMapper.class),
        new GateCatalog(support.session.getMapper(GateCatalogMapper.class), new GateMaterials(decisions)), decisions,
        identity, engine.getRuntimeService(), system);
    Mocks.register("inspectionSchedule", new InspectionSchedule("R/2027-01-01T08:00:00+08:00/P3M"));
    Mocks.register("schedulerOnlyStart", new SchedulerOnlyStart());
    Mocks.register("inspectionPlanService", service);
    Mocks.register("startRegionalPlansDelegate",
        new StartRegionalPlansDelegate(support.session.getMapper(RegionMapper.class), service));
    Mocks.register("proposeInspectionsDelegate",
        new ProposeInspectionsDelegate(service, support.session.getMapper(RegionMapper.class)));
    Mocks.register("checkPlanListener", new CheckPlanListener(service));
    Mocks.register("savePlanDelegate", new SavePlanDelegate(service));
    Mocks.register("schedulePlanDelegate", new SchedulePlanDelegate(service));
    Mocks.register("checkReviewListener", new CheckReviewListener());
    Mocks.register("clearReviewListener", new ClearReviewListener());
    // the inspections the plan starts: only their start and close matter here (InspectionProcessTest has the rest)
    Mocks.register("openInspectionDelegate", new OpenInspectionDelegate(inspectionService));
    Mocks.register("startOnSiteDelegate", new StartOnSiteDelegate(inspectionService));
    Mocks.register("checkFindingsListener", new CheckFindingsListener(inspectionService));
    Mocks.register("saveFindingsDelegate", new SaveFindingsDelegate(inspectionService,
        support.session.getMapper(PlanNodeMapper.class), null));
    Mocks.register("fileInspectionReportDelegate", (JavaDelegate) execution -> { });
    Mocks.register("closeInspectionDelegate", new CloseInspectionDelegate(inspectionService));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  ProcessInstance request() {
    return engine.getRuntimeService().startProcessInstanceByMessage(MESSAGE_PLAN,
        InspectionPlanProcess.businessKey(support.region.code(), THE_QUARTER),
        Map.of(REGION_CODE, support.region.code(), InspectionPlanProcess.QUARTER, THE_QUARTER));
  }

  long planId(ProcessInstance pi) {
    return ((Number) engine.getRuntimeService().getVariable(pi.getId(), PLAN_ID)).longValue();
  }

  /** The proposal as region-ops leaves it: the proposed row with a lead, and the second project added. */
  Map<String, Object> edited() {
    Map<String, Object> v = new HashMap<>();
    v.put(item(1, PART_PROJECT), support.project.code());
    v.put(item(1, PART_REASON), "连续两次双周检查存在红/橙节点，驻场进度巡检");
    v.put(item(1, PART_INCLUDE), true);
    v.put(item(1, PART_KIND), "PROGRESS");
    v.put(item(1, PART_DATE), "2027-01-11");
    v.put(item(1, PART_STAY_DAYS), 3L);
    v.put(item(1, PART_LEAD), LEAD);
    v.put(item(1, PART_INSPECTORS), "member.inspector, " + LEAD);
    v.put(item(2, PART_PROJECT), second.code());
    v.put(item(2, PART_INCLUDE), true);
    v.put(item(2, PART_KIND), "SPECIAL");
    v.put(item(2, PART_DATE), "2027-02-01");
    v.put(item(2, PART_STAY_DAYS), 0L);
    v.put(item(2, PART_LEAD), LEAD);
    return v;
  }

  @Test
  void theQuarterIsProposedEditedSentBackApprovedAndCarriedOut() {
    ProcessInstance pi = request();

    assertThat(pi).isWaitingAt(TASK_EDIT).hasVariables(PLAN_TITLE);
    assertThat(task(TASK_EDIT, pi)).hasCandidateGroup("region-ops");
    Map<String, Object> v = engine.getRuntimeService().getVariables(pi.getId());
    Assertions.assertThat(v).as("only the project with a reason is proposed")
        .containsEntry(item(1, PART_PROJECT), support.project.code())
        .containsEntry(item(1, PART_KIND), "PROGRESS")
        .containsEntry(item(1, PART_STAY_DAYS), 3L)
        .containsEntry(item(1, PART_DATE), "2027-01-11")
        .containsEntry(item(1, PART_REASON), "连续两次双周检查存在红/橙节点，驻场进度巡检")
        .doesNotContainKey(item(2, PART_PROJECT));
    long planId = planId(pi);
    Assertions.assertThat(plans.findPlan(planId).status()).isEqualTo(InspectionPlan.DRAFT);

    complete(task(TASK_EDIT, pi), edited());
    assertThat(task(TASK_APPROVE, pi)).hasCandidateGroup("region-president");
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), PLAN_SUMMARY))
        .contains("2027-01-11 " + support.project.code() + " 进度巡检（驻场 3 天），组长 " + LEAD)
        .contains("2027-02-01 " + second.code() + " 专项巡检，组长 " + LEAD);
    Assertions.assertThat(plans.findItems(planId)).extracting(PlanItem::proposed).containsExactly(true, false);
    Assertions.assertThat(plans.findItems(planId).get(0).inspectors()).isEqualTo("member.inspector");
    complete(task(TASK_APPROVE, pi), withVariables(PLAN_REVIEW, ReviewMeetingProcess.RETURNED,
        PLAN_REVIEW_COMMENT, "第二个项目改为驻场一天"));

    assertThat(pi).isWaitingAt(TASK_EDIT).hasVariables(PLAN_REVIEW_COMMENT);
    Map<String, Object> again = edited();
    again.put(item(2, PART_STAY_DAYS), 1L);
    complete(task(TASK_EDIT, pi), again);
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), PLAN_REVIEW)).as("cleared for the new round")
        .isNull();
    // approved on 12 January: the row of the 11th is held that day
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDate.of(2027, 1, 12).atTime(10, 0)));
    engine.getIdentityService().setAuthentication("president.x", List.of("region-president"),
        List.of(support.region.code()));
    complete(task(TASK_APPROVE, pi), withVariables(PLAN_REVIEW, ReviewMeetingProcess.APPROVED));
    engine.getIdentityService().clearAuthentication();

    InspectionPlan approved = plans.findPlan(planId);
    Assertions.assertThat(approved.status()).isEqualTo(InspectionPlan.APPROVED);
    Assertions.assertThat(approved.approvedBy()).isEqualTo("president.x");
    List<Long> ids = plans.findItems(planId).stream().map(PlanItem::inspectionId).toList();
    Assertions.assertThat(ids).doesNotContainNull().hasSize(2);
    Assertions.assertThat(inspections.findById(ids.get(1)).stayDays()).isEqualTo(1);
    Assertions.assertThat(inspections.findById(ids.get(0)).plannedDate()).isEqualTo(LocalDate.of(2027, 1, 12));
    Assertions.assertThat(inspections.findById(ids.get(1)).plannedDate()).isEqualTo(LocalDate.of(2027, 2, 1));
    Assertions.assertThat(inspections.findById(ids.get(1)).planId()).isEqualTo(planId);
    assertThat(pi).isWaitingAt(CALL_INSPECTIONS);
    List<ProcessInstance> children = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).list();
    Assertions.assertThat(children).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
        InspectionProcess.businessKey(support.project.code(), ids.get(0)),
        InspectionProcess.businessKey(second.code(), ids.get(1)));

    // each inspection starts on its own day and closes; then the quarter's plan is carried out
    for (ProcessInstance child : children) {
      long id = ((Number) engine.getRuntimeService().getVariable(child.getId(), InspectionProcess.INSPECTION_ID))
          .longValue();
      assertThat(child).isWaitingAt(InspectionProcess.TIMER_INSPECTION_DAY);
      ClockUtil.setCurrentTime(EngineTime.toDate(inspections.findById(id).plannedDate().atTime(9, 0)));
      execute(job(InspectionProcess.TIMER_INSPECTION_DAY, child));
      complete(task(InspectionProcess.TASK_RECORD_FINDINGS, child),
          withVariables(InspectionProcess.REPORT_SUMMARY, "未发现需整改的问题"));
    }
    assertThat(pi).isEnded().hasPassed(END_CARRIED_OUT);
  }

  @Test
  void editsAreRefusedNamingTheRowAndField() {
    ProcessInstance pi = request();
    Map<String, Object> noLead = edited();
    noLead.remove(item(1, PART_LEAD));
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_EDIT, pi), noLead))).isEqualTo(item(1, PART_LEAD));
    Map<String, Object> nextQuarter = edited();
    nextQuarter.put(item(2, PART_DATE), "2027-04-01");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_EDIT, pi), nextQuarter))).isEqualTo(item(2, PART_DATE));
    Map<String, Object> stranger = edited();
    stranger.put(item(2, PART_PROJECT), "NOPE");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_EDIT, pi), stranger))).isEqualTo(item(2, PART_PROJECT));
    Map<String, Object> outsider = edited();
    outsider.put(item(1, PART_INSPECTORS), "someone.else");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_EDIT, pi), outsider)))
        .isEqualTo(item(1, PART_INSPECTORS));
    Map<String, Object> office = edited();
    office.put(item(2, PART_LEAD), "office.inspector");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_EDIT, pi), office))).isEqualTo(item(2, PART_LEAD));
    Map<String, Object> nothing = edited();
    nothing.put(item(1, PART_INCLUDE), false);
    nothing.put(item(2, PART_INCLUDE), false);
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_EDIT, pi), nothing))).isEqualTo(item(1, PART_INCLUDE));

    assertThat(pi).isWaitingAt(TASK_EDIT);
    Assertions.assertThat(plans.findItems(planId(pi))).as("the proposal is untouched").hasSize(1);
  }

  @Test
  void aSecondPlanForTheQuarterIsRefusedAndTheQuartersTimerLeavesThatRegionAlone() {
    request();
    Assertions.assertThat(rejectedField(this::request)).isEqualTo(InspectionPlanProcess.QUARTER);

    // the quarter's timer (the next quarter start after now: 2027-04-01 08:00 China time)
    var timer = engine.getManagementService().createJobQuery().activityId(START_TIMER).singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(EngineTime.toDate(LocalDateTime.of(2027, 4, 1, 8, 0)));
    execute(timer);
    // the timer start continues asynchronously (asyncAfter): its continuation starts the regions' plans
    execute(engine.getManagementService().createJobQuery().activityId(START_TIMER).executable().singleResult());
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(InspectionPlanProcess.businessKey(support.region.code(), THE_QUARTER)).count())
        .as("this quarter's plan exists: no second one").isEqualTo(1);
  }
}
