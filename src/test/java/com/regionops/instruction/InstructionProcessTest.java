package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.meeting.CheckReviewListener;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.notification.Notification;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.supervision.SupervisionMapper;
import com.regionops.supervision.SupervisionService;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/instruction.bpmn", "dmn/supervision-color.dmn",
    "forms/acknowledge-instruction.form", "forms/acknowledge-project-instruction.form",
    "forms/report-instruction-feedback.form", "forms/review-instruction-feedback.form",
    "forms/consolidate-instruction-feedback.form", "forms/close-instruction.form", "forms/approve-extension.form"})
class InstructionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  /** A Tuesday: 签收 is due on Wednesday. */
  static final LocalDateTime ISSUED = LocalDateTime.of(2026, 12, 1, 10, 0);
  static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);

  ProcessEngine engine;
  ProcessTestSupport support;
  InstructionMapper mapper;
  InstructionService service;
  SupervisionService supervision;
  Project second;
  ApiUser groupOps;
  ApiUser regionOps;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(ISSUED));
    support = new ProcessTestSupport(engine);
    second = Fixtures.project(support.session, support.region.code());
    mapper = support.session.getMapper(InstructionMapper.class);
    ProjectMapper projects = support.session.getMapper(ProjectMapper.class);
    RegionMapper regions = support.session.getMapper(RegionMapper.class);
    SystemCalls system = new SystemCalls(engine.getIdentityService());
    // the document store is not this test's: an instruction without 下发文件
    service = new InstructionService(mapper, regions, projects, engine.getRuntimeService(), system,
        new InstructionAccess(mapper), org.mockito.Mockito.mock(com.regionops.document.DocumentService.class));
    supervision = new SupervisionService(new DeployedDecisions(engine.getRepositoryService(), system), mapper,
        support.session.getMapper(SupervisionMapper.class), support.notifications, regions);
    InstructionSteps steps = new InstructionSteps(mapper, service, regions, projects, support.notifications, supervision);
    Mocks.register("instructionService", service);
    Mocks.register("loadInstructionDelegate", new LoadInstructionDelegate(steps));
    Mocks.register("checkRelayListener", new CheckRelayListener(steps));
    Mocks.register("recordAcknowledgementDelegate", new RecordAcknowledgementDelegate(steps));
    Mocks.register("loadProjectItemDelegate", new LoadProjectItemDelegate(steps));
    Mocks.register("recordProjectAcknowledgementDelegate", new RecordProjectAcknowledgementDelegate(steps));
    Mocks.register("checkFeedbackListener", new CheckFeedbackListener());
    Mocks.register("recordFeedbackDelegate", new RecordFeedbackDelegate(steps));
    Mocks.register("checkReviewListener", new CheckReviewListener());
    Mocks.register("recordFeedbackReviewDelegate", new RecordFeedbackReviewDelegate(steps));
    Mocks.register("listProjectAnswersListener", new ListProjectAnswersListener(steps));
    Mocks.register("recordConsolidationDelegate", new RecordConsolidationDelegate(steps));
    Mocks.register("recordClosingReviewDelegate", new RecordClosingReviewDelegate(steps));
    Mocks.register("closeInstructionDelegate", new CloseInstructionDelegate(steps));
    Mocks.register("chaseAcknowledgementDelegate", new ChaseAcknowledgementDelegate(steps));
    Mocks.register("openExtensionDelegate", new OpenExtensionDelegate(steps));
    Mocks.register("recordExtensionDecisionDelegate", new RecordExtensionDecisionDelegate(steps));
    String region = support.region.code();
    groupOps = new ApiUser("ops.group", Set.of(Groups.GROUP_OPS), Set.of(region));
    regionOps = new ApiUser("ops.region", Set.of(Groups.REGION_OPS), Set.of(region));
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  long issueByGroup(String feedback) {
    return service.issue(groupOps, new InstructionRequest("报送四季度供货计划", "请于期限前报送各项目四季度供货计划及保障措施",
        "DATA_REPORT", feedback, DEADLINE.toString(), null, List.of(support.region.code()), null)).id();
  }

  long issueByRegion(String feedback) {
    return service.issue(regionOps, new InstructionRequest("落实安全生产大检查", "各项目组织自查并反馈整改情况",
        "OPERATIONS_REQUIREMENT", feedback, DEADLINE.toString(), null, null,
        List.of(support.project.code(), second.code()))).id();
  }

  InstructionItem regionItem(long instructionId) {
    return mapper.findItemOf(instructionId, support.region.code(), null);
  }

  InstructionItem projectItem(long instructionId, String projectCode) {
    return mapper.findItemOf(instructionId, support.region.code(), projectCode);
  }

  ProcessInstance instance(long instructionId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(regionItem(instructionId).processInstanceId()).singleResult();
  }

  /** The open task of this definition for the project's pass (by its office group), or the region's. */
  Task taskOf(ProcessInstance pi, String definitionKey, String projectCode) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(definitionKey).list();
    if (projectCode == null) {
      Assertions.assertThat(tasks).hasSize(1);
      return tasks.get(0);
    }
    return tasks.stream().filter(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
        .anyMatch(l -> Groups.office(projectCode).equals(l.getGroupId()))).findFirst().orElseThrow();
  }

  void relay(ProcessInstance pi, LocalDate deadline, String... codes) {
    complete(taskOf(pi, TASK_ACKNOWLEDGE, null), withVariables(HANDLING, RELAY,
        RELAY_PROJECTS, SpinValues.jsonValue(Spin.JSON(List.of(codes)).toString()).create(),
        RELAY_DEADLINE, deadline.toString()));
  }

  @Test
  void aGroupInstructionRelayedToAProjectIsAnsweredReviewedConsolidatedAndClosed() {
    long id = issueByGroup("REPORT");
    ProcessInstance pi = instance(id);
    Assertions.assertThat(pi.getTenantId()).isEqualTo(support.region.code());
    assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE);
    Task ack = taskOf(pi, TASK_ACKNOWLEDGE, null);
    Assertions.assertThat(ack.getDueDate()).as("签收 the next working day")
        .isEqualTo(EngineTime.toDate(LocalDate.of(2026, 12, 2).atTime(23, 59)));
    Assertions.assertThat(support.notificationsTo(Groups.REGION_OPS)).extracting(Notification::subject)
        .contains("新指令待签收：报送四季度供货计划");

    relay(pi, DEADLINE.minusDays(3), support.project.code());
    InstructionItem region = regionItem(id);
    Assertions.assertThat(region.status()).isEqualTo(ItemStatus.RELAYED);
    Assertions.assertThat(region.acknowledgedAt()).isEqualTo(ISSUED);
    InstructionItem project = projectItem(id, support.project.code());
    Assertions.assertThat(project.deadline()).isEqualTo(DEADLINE.minusDays(3));
    Assertions.assertThat(projectItem(id, second.code())).as("only the chosen project").isNull();

    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, support.project.code()));
    Assertions.assertThat(projectItem(id, support.project.code()).status()).isEqualTo(ItemStatus.ACKNOWLEDGED);
    Assertions.assertThat(rejectedField(() -> complete(taskOf(pi, TASK_REPORT, support.project.code()),
        withVariables(FEEDBACK_TEXT, " ")))).isEqualTo(FEEDBACK_TEXT);
    complete(taskOf(pi, TASK_REPORT, support.project.code()), withVariables(FEEDBACK_TEXT, "已报送，缺少保障措施"));
    // the region cannot answer group-ops while its project has not been accepted
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CONSOLIDATE).count()).isZero();
    Assertions.assertThat(rejectedField(() -> complete(taskOf(pi, TASK_REVIEW, null),
        withVariables(FEEDBACK_REVIEW, ReviewMeetingProcess.RETURNED)))).isEqualTo(FEEDBACK_REVIEW_COMMENT);
    complete(taskOf(pi, TASK_REVIEW, null), withVariables(FEEDBACK_REVIEW, ReviewMeetingProcess.RETURNED,
        FEEDBACK_REVIEW_COMMENT, "请补充保障措施"));
    project = projectItem(id, support.project.code());
    Assertions.assertThat(project.status()).isEqualTo(ItemStatus.RETURNED);
    Assertions.assertThat(project.returns()).isEqualTo(1);
    Assertions.assertThat(project.color()).as("returned once").isEqualTo("YELLOW");
    Task again = taskOf(pi, TASK_REPORT, support.project.code());
    Assertions.assertThat(engine.getTaskService().getVariable(again.getId(), LAST_REVIEW_COMMENT))
        .isEqualTo("请补充保障措施");
    complete(again, withVariables(FEEDBACK_TEXT, "已补充保障措施"));
    Task review = taskOf(pi, TASK_REVIEW, null);
    Assertions.assertThat(engine.getTaskService().getVariable(review.getId(), FEEDBACK_REVIEW))
        .as("the reviewer starts blank").isNull();
    complete(review, withVariables(FEEDBACK_REVIEW, ReviewMeetingProcess.APPROVED));
    project = projectItem(id, support.project.code());
    Assertions.assertThat(project.status()).isEqualTo(ItemStatus.CLOSED);
    Assertions.assertThat(project.answer()).isEqualTo("已补充保障措施");
    Assertions.assertThat(project.firstAnsweredAt()).isEqualTo(ISSUED);

    Task consolidate = taskOf(pi, TASK_CONSOLIDATE, null);
    Assertions.assertThat((String) engine.getTaskService().getVariable(consolidate.getId(), PROJECT_ANSWERS))
        .contains(support.project.code()).contains("已补充保障措施");
    complete(consolidate, withVariables(REGION_ANSWER, "区域汇总：一个项目已报送"));
    complete(taskOf(pi, TASK_CLOSE, null), withVariables(CLOSING_REVIEW, ReviewMeetingProcess.RETURNED,
        CLOSING_REVIEW_COMMENT, "请附汇总表"));
    Assertions.assertThat(regionItem(id).status()).isEqualTo(ItemStatus.RETURNED);
    complete(taskOf(pi, TASK_CONSOLIDATE, null), withVariables(REGION_ANSWER, "区域汇总：见汇总表"));
    complete(taskOf(pi, TASK_CLOSE, null), withVariables(CLOSING_REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isEnded().hasPassed(END_CLOSED, END_PROJECT_ACCEPTED);
    region = regionItem(id);
    Assertions.assertThat(region.status()).isEqualTo(ItemStatus.CLOSED);
    Assertions.assertThat(region.returns()).isEqualTo(1);
    Assertions.assertThat(region.answer()).isEqualTo("区域汇总：见汇总表");
  }

  @Test
  void anAnswerReturnedTwiceTurnsRedAtOnceAndTheSuperiorsAreTold() {
    long id = issueByRegion("REPORT");
    ProcessInstance pi = instance(id);
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, support.project.code()));
    for (int round = 1; round <= 2; round++) {
      complete(taskOf(pi, TASK_REPORT, support.project.code()), withVariables(FEEDBACK_TEXT, "第" + round + "次反馈"));
      complete(taskOf(pi, TASK_REVIEW, null), withVariables(FEEDBACK_REVIEW, ReviewMeetingProcess.RETURNED,
          FEEDBACK_REVIEW_COMMENT, "仍不完整"));
      Assertions.assertThat(projectItem(id, support.project.code()).color()).as("after return " + round)
          .isEqualTo(round == 1 ? "YELLOW" : "RED");
    }
    Assertions.assertThat(projectItem(id, support.project.code()).returns()).isEqualTo(2);
    Assertions.assertThat(support.notificationsTo(Groups.REGION_PRESIDENT)).extracting(Notification::subject)
        .containsExactly("督办红色：落实安全生产大检查");
    Assertions.assertThat(support.notificationsTo(Groups.REGION_OPS)).extracting(Notification::subject)
        .contains("督办红色：落实安全生产大检查");
    complete(taskOf(pi, TASK_REPORT, support.project.code()), withVariables(FEEDBACK_TEXT, "第3次反馈"));
    Assertions.assertThat(projectItem(id, support.project.code()).color())
        .as("answered: the reviewer has it, the office has nothing open").isNull();
  }

  @Test
  void aGroupInstructionTheRegionHandlesItselfIsAnsweredWithoutProjects() {
    long id = issueByGroup("REPORT");
    ProcessInstance pi = instance(id);
    complete(taskOf(pi, TASK_ACKNOWLEDGE, null), withVariables(HANDLING, SELF));

    assertThat(pi).hasNotPassed(SUBPROCESS_PROJECTS).isWaitingAt(TASK_CONSOLIDATE);
    complete(taskOf(pi, TASK_CONSOLIDATE, null), withVariables(REGION_ANSWER, "区域已报送"));
    complete(taskOf(pi, TASK_CLOSE, null), withVariables(CLOSING_REVIEW, ReviewMeetingProcess.APPROVED));
    assertThat(pi).isEnded().hasPassed(END_CLOSED);
    Assertions.assertThat(regionItem(id).handling()).isEqualTo(SELF);
  }

  @Test
  void aGroupInstructionNeedingOnlyAcknowledgementClosesWithTheAcknowledgements() {
    long id = issueByGroup("ACKNOWLEDGE");
    ProcessInstance pi = instance(id);
    relay(pi, DEADLINE, support.project.code(), second.code());
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, support.project.code()));
    assertThat(pi).isActive();
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, second.code()));

    assertThat(pi).isEnded().hasPassed(END_PROJECT_ACKNOWLEDGED, END_CLOSED).hasNotPassed(TASK_CONSOLIDATE, TASK_REPORT);
    Assertions.assertThat(mapper.findItems(id)).extracting(InstructionItem::status).containsOnly(ItemStatus.CLOSED);
  }

  @Test
  void aGroupInstructionNeedingOnlyAcknowledgementTheRegionKeepsEndsWithItsAcknowledgement() {
    long id = issueByGroup("ACKNOWLEDGE");
    ProcessInstance pi = instance(id);
    complete(taskOf(pi, TASK_ACKNOWLEDGE, null), withVariables(HANDLING, SELF));

    assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(SUBPROCESS_PROJECTS, TASK_CONSOLIDATE, TASK_CLOSE);
    Assertions.assertThat(regionItem(id).status()).isEqualTo(ItemStatus.CLOSED);
    Assertions.assertThat(regionItem(id).handling()).isEqualTo(SELF);
  }

  @Test
  void aRegionsOwnInstructionGoesStraightToItsProjectsWhoAnswerApart() {
    long id = issueByRegion("REPORT");
    ProcessInstance pi = instance(id);
    assertThat(pi).hasNotPassed(TASK_ACKNOWLEDGE);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_ACKNOWLEDGE_PROJECT).count()).isEqualTo(2);
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, support.project.code()));
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, second.code()));
    complete(taskOf(pi, TASK_REPORT, support.project.code()), withVariables(FEEDBACK_TEXT, "一号项目已自查"));
    complete(taskOf(pi, TASK_REPORT, second.code()), withVariables(FEEDBACK_TEXT, "二号项目已自查"));
    List<Task> reviews = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_REVIEW).list();
    Assertions.assertThat(reviews).extracting(t -> engine.getTaskService().getVariable(t.getId(), FEEDBACK_TEXT))
        .as("each project's answer in its own pass").containsExactlyInAnyOrder("一号项目已自查", "二号项目已自查");
    reviews.forEach(t -> complete(t, withVariables(FEEDBACK_REVIEW, ReviewMeetingProcess.APPROVED)));

    assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(TASK_CONSOLIDATE, TASK_CLOSE);
    Assertions.assertThat(projectItem(id, second.code()).answer()).isEqualTo("二号项目已自查");
    Assertions.assertThat(regionItem(id).status()).isEqualTo(ItemStatus.CLOSED);
  }

  @Test
  void anAcknowledgementLateByADayIsChasedWithTheIssuerTold() {
    long id = issueByGroup("REPORT");
    ProcessInstance pi = instance(id);
    Assertions.assertThat(job(TIMER_ACK_OVERDUE, pi).getDuedate())
        .isEqualTo(EngineTime.toDate(LocalDate.of(2026, 12, 3).atTime(9, 0)));
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2026, 12, 3, 9, 1)));
    execute(job(TIMER_ACK_OVERDUE, pi));

    assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE).hasPassed("EndEvent_AcknowledgementChased");
    Assertions.assertThat(support.notificationsTo(Groups.GROUP_OPS)).extracting(Notification::subject)
        .contains("指令签收已超时：报送四季度供货计划");
    Assertions.assertThat(support.notificationsTo(Groups.REGION_OPS)).extracting(Notification::subject)
        .contains("指令签收已超时：报送四季度供货计划");
  }

  @Test
  void aProjectsLateAcknowledgementIsChasedToItsOfficeAndRegionOps() {
    long id = issueByRegion("ACKNOWLEDGE");
    ProcessInstance pi = instance(id);
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2026, 12, 3, 9, 1)));
    List<org.camunda.bpm.engine.runtime.Job> timers = engine.getManagementService().createJobQuery()
        .processInstanceId(pi.getId()).activityId(TIMER_PROJECT_ACK_OVERDUE).list();
    Assertions.assertThat(timers).hasSize(2);
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, second.code()));
    timers.stream().filter(j -> engine.getManagementService().createJobQuery().jobId(j.getId()).count() == 1)
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));

    Assertions.assertThat(support.notificationsTo(support.officeGroup())).extracting(Notification::subject)
        .contains("指令签收已超时：落实安全生产大检查");
    supervision.sweep(LocalDate.of(2026, 12, 3));
    Assertions.assertThat(projectItem(id, support.project.code()).color())
        .as("not acknowledged: its colour runs from the 签收 date, a day late").isEqualTo("YELLOW");
    Assertions.assertThat(projectItem(id, second.code()).color()).as("closed with its 签收").isNull();
    Assertions.assertThat(support.notificationsTo(Groups.office(second.code()))).extracting(Notification::subject)
        .as("acknowledged in time: its timer went with its task").doesNotContain("指令签收已超时：落实安全生产大检查");
  }

  @Test
  void aRelayNamesTheRegionsProjectsAndADeadlineWithinTheRegions() {
    long id = issueByGroup("REPORT");
    ProcessInstance pi = instance(id);
    Task ack = taskOf(pi, TASK_ACKNOWLEDGE, null);
    Project elsewhere = Fixtures.project(support.session, Fixtures.region(support.session).code());

    Assertions.assertThat(rejectedField(() -> complete(ack, withVariables(HANDLING, "LATER")))).isEqualTo(HANDLING);
    Assertions.assertThat(rejectedField(() -> complete(ack, withVariables(HANDLING, RELAY,
        RELAY_DEADLINE, DEADLINE.toString())))).isEqualTo(RELAY_PROJECTS);
    Assertions.assertThat(rejectedField(() -> complete(ack, withVariables(HANDLING, RELAY,
        RELAY_PROJECTS, SpinValues.jsonValue(Spin.JSON(List.of(elsewhere.code())).toString()).create(),
        RELAY_DEADLINE, DEADLINE.toString())))).isEqualTo(RELAY_PROJECTS);
    Assertions.assertThat(rejectedField(() -> complete(ack, withVariables(HANDLING, RELAY,
        RELAY_PROJECTS, SpinValues.jsonValue(Spin.JSON(List.of(support.project.code())).toString()).create(),
        RELAY_DEADLINE, DEADLINE.plusDays(1).toString())))).isEqualTo(RELAY_DEADLINE);
    Assertions.assertThat(rejectedField(() -> complete(ack, withVariables(HANDLING, RELAY,
        RELAY_PROJECTS, SpinValues.jsonValue(Spin.JSON(List.of(support.project.code())).toString()).create(),
        RELAY_DEADLINE, "2026-11-30")))).isEqualTo(RELAY_DEADLINE);

    assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE);
    Assertions.assertThat(regionItem(id).acknowledgedAt()).as("nothing recorded").isNull();
    Assertions.assertThat(mapper.findChildren(regionItem(id).id())).isEmpty();
  }

  @Test
  void anApprovedExtensionMovesTheDeadlineAndTheTaskARefusedOneNothing() {
    long id = issueByRegion("REPORT");
    ProcessInstance pi = instance(id);
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, support.project.code()));
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, second.code()));
    ApiUser office = new ApiUser("office.one", Set.of(support.officeGroup()), Set.of(support.region.code()));
    ApiUser secondOffice = new ApiUser("office.two", Set.of(Groups.office(second.code())),
        Set.of(support.region.code()));

    InstructionExtension asked = service.requestExtension(office, id,
        new ExtensionRequest(null, "需等待检测报告", "2026-12-20"));
    service.requestExtension(secondOffice, id, new ExtensionRequest(null, "人员调整", "2026-12-18"));
    Assertions.assertThat(ApiExceptions.status(() -> service.requestExtension(office, id,
        new ExtensionRequest(null, "再申请", "2026-12-22")))).as("one pending at a time").isEqualTo(409);

    List<Task> approvals = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_APPROVE_EXTENSION).list();
    Assertions.assertThat(approvals).hasSize(2);
    Task first = approvals.stream().filter(t -> asked.id().equals(
        ((Number) engine.getTaskService().getVariable(t.getId(), EXTENSION_ID)).longValue())).findFirst().orElseThrow();
    Task other = approvals.stream().filter(t -> t != first).findFirst().orElseThrow();
    Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(first.getId()))
        .anyMatch(l -> Groups.REGION_OPS.equals(l.getGroupId()));
    Assertions.assertThat(engine.getTaskService().getVariable(first.getId(), EXTENSION_REASON)).isEqualTo("需等待检测报告");
    complete(first, withVariables(EXTENSION_REVIEW, ReviewMeetingProcess.APPROVED));
    complete(other, withVariables(EXTENSION_REVIEW, ReviewMeetingProcess.RETURNED, EXTENSION_REVIEW_COMMENT, "理由不充分"));

    assertThat(pi).hasPassed(END_EXTENSION_DECIDED);
    Assertions.assertThat(projectItem(id, support.project.code()).effectiveDeadline()).isEqualTo(LocalDate.of(2026, 12, 20));
    Assertions.assertThat(projectItem(id, support.project.code()).deadline()).as("the original kept").isEqualTo(DEADLINE);
    Assertions.assertThat(taskOf(pi, TASK_REPORT, support.project.code()).getDueDate())
        .isEqualTo(EngineTime.toDate(LocalDate.of(2026, 12, 20).atTime(23, 59)));
    Assertions.assertThat(projectItem(id, second.code()).effectiveDeadline()).isEqualTo(DEADLINE);
    Assertions.assertThat(taskOf(pi, TASK_REPORT, second.code()).getDueDate())
        .isEqualTo(EngineTime.toDate(DEADLINE.atTime(23, 59)));
    Assertions.assertThat(mapper.findExtensions(projectItem(id, second.code()).id()))
        .extracting(InstructionExtension::status).containsExactly(InstructionExtension.REFUSED);
    Assertions.assertThat(support.notificationsTo(Groups.office(second.code()))).extracting(Notification::subject)
        .contains("延期申请未批准：落实安全生产大检查");
  }

  @Test
  void anExtensionIsAskedBeforeTheDeadlineByTheOneResponsible() {
    long id = issueByGroup("REPORT");
    ProcessInstance pi = instance(id);
    complete(taskOf(pi, TASK_ACKNOWLEDGE, null), withVariables(HANDLING, SELF));

    Assertions.assertThat(ApiExceptions.status(() -> service.requestExtension(
        new ApiUser("office.one", Set.of(support.officeGroup()), Set.of(support.region.code())), id,
        new ExtensionRequest(null, "理由", "2026-12-20")))).as("not theirs").isEqualTo(403);
    Assertions.assertThat(ApiExceptions.field(() -> service.requestExtension(regionOps, id,
        new ExtensionRequest(null, "理由", "2026-12-10")))).as("not later than now").isEqualTo("newDate");
    ClockUtil.setCurrentTime(EngineTime.toDate(DEADLINE.plusDays(1).atTime(9, 0)));
    Assertions.assertThat(ApiExceptions.status(() -> service.requestExtension(regionOps, id,
        new ExtensionRequest(null, "理由", "2026-12-20")))).as("after the deadline").isEqualTo(409);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_APPROVE_EXTENSION)
        .processInstanceId(pi.getId()).count()).isZero();

    ClockUtil.setCurrentTime(EngineTime.toDate(DEADLINE.atTime(17, 0)));
    service.requestExtension(regionOps, id, new ExtensionRequest(null, "集团数据口径调整", "2026-12-20"));
    Task approval = taskOf(pi, TASK_APPROVE_EXTENSION, null);
    Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
        .as("the issuer decides").anyMatch(l -> Groups.GROUP_OPS.equals(l.getGroupId()));
    complete(approval, withVariables(EXTENSION_REVIEW, ReviewMeetingProcess.APPROVED));
    Assertions.assertThat(taskOf(pi, TASK_CONSOLIDATE, null).getDueDate())
        .isEqualTo(EngineTime.toDate(LocalDate.of(2026, 12, 20).atTime(23, 59)));
    Assertions.assertThat(regionItem(id).effectiveDeadline()).isEqualTo(LocalDate.of(2026, 12, 20));
  }

  @Test
  void theColourFollowsTheDueDateDayByDayAndRedReachesTheSuperiors() {
    long id = issueByRegion("REPORT");
    ProcessInstance pi = instance(id);
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, support.project.code()));
    complete(taskOf(pi, TASK_ACKNOWLEDGE_PROJECT, second.code()));
    long item = projectItem(id, support.project.code()).id();

    Assertions.assertThat(colourOn(item, DEADLINE.minusDays(4))).isNull();
    Assertions.assertThat(colourOn(item, DEADLINE.minusDays(3))).isEqualTo("BLUE");
    Assertions.assertThat(colourOn(item, DEADLINE)).isEqualTo("BLUE");
    Assertions.assertThat(colourOn(item, DEADLINE.plusDays(1))).isEqualTo("YELLOW");
    Assertions.assertThat(colourOn(item, DEADLINE.plusDays(7))).isEqualTo("YELLOW");
    Assertions.assertThat(support.notificationsTo(Groups.REGION_PRESIDENT)).isEmpty();
    Assertions.assertThat(colourOn(item, DEADLINE.plusDays(8))).isEqualTo("RED");
    Assertions.assertThat(support.notificationsTo(support.officeGroup())).extracting(Notification::subject)
        .contains("督办蓝色：落实安全生产大检查", "督办黄色：落实安全生产大检查", "督办红色：落实安全生产大检查");
    Assertions.assertThat(support.notificationsTo(Groups.REGION_PRESIDENT)).as("one per late project")
        .extracting(Notification::body).hasSize(2)
        .anyMatch(body -> body.startsWith("项目 " + support.project.code() + " 反馈期限 " + DEADLINE));
    int before = support.notificationsTo(support.officeGroup()).size();
    Assertions.assertThat(supervision.sweep(DEADLINE.plusDays(8))).as("a repeat changes nothing").isZero();
    Assertions.assertThat(support.notificationsTo(support.officeGroup())).hasSize(before);
  }

  String colourOn(long itemId, LocalDate day) {
    supervision.sweep(day);
    return mapper.findItem(itemId).color();
  }

  /** What an ApiException says, for the service's refusals. */
  static final class ApiExceptions {
    static int status(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
      Throwable thrown = Assertions.catchThrowable(call);
      Assertions.assertThat(thrown).isInstanceOf(ApiException.class);
      return ((ApiException) thrown).status().value();
    }

    static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
      Throwable thrown = Assertions.catchThrowable(call);
      Assertions.assertThat(thrown).isInstanceOf(ApiException.class);
      return ((ApiException) thrown).problems().get(0).field();
    }
  }
}
