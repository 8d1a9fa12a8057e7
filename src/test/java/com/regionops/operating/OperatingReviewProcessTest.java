package com.regionops.operating;

import static com.regionops.operating.OperatingReviewProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;

import com.regionops.gate.GateMaterials;
import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.notification.Notification;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.engine.ProcessInstances;
import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.platform.engine.SchedulerOnlyStart;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.InputRejectedException;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import com.regionops.support.TimerStarts;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/operating-review.bpmn", "processes/review-meeting.bpmn",
    "processes/decision-followup.bpmn", "dmn/followup-escalation.dmn", "dmn/target-deviation-grade.dmn"})
class OperatingReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  ProcessEngine engine;
  ProcessTestSupport support;
  Project second;
  OperatingReviewService reviews;
  TargetMapper targets;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 10, 1, 9, 0)));
    support = new ProcessTestSupport(engine);
    second = Fixtures.project(support.session, support.region.code());
    ProjectMapper projects = support.session.getMapper(ProjectMapper.class);
    targets = support.session.getMapper(TargetMapper.class);
    SystemCalls system = new SystemCalls(engine.getIdentityService());
    ProcessInstances instances = new ProcessInstances(engine.getRuntimeService(), system);
    TargetService targetService = new TargetService(targets, projects, engine.getRuntimeService(),
        new DeployedDecisions(engine.getRepositoryService(), system), instances);
    reviews = new OperatingReviewService(support.session.getMapper(OperatingReviewMapper.class), projects,
        targetService, instances);
    support.registerMeetingBeans(mock(GateMaterials.class));
    support.registerFollowupBeans();
    Mocks.register("operatingReviewSchedule", new OperatingReviewSchedule("R/2026-01-01T09:00:00+08:00/P3M", 7));
    Mocks.register("operatingReviewService", reviews);
    Mocks.register("schedulerOnlyStart", new SchedulerOnlyStart());
    Mocks.register("startRegionalReviewsDelegate",
        new StartRegionalReviewsDelegate(support.session.getMapper(RegionMapper.class), reviews));
    Mocks.register("openOperatingReviewDelegate", new OpenOperatingReviewDelegate(reviews,
        new OperatingReviewSchedule("R/2026-01-01T09:00:00+08:00/P3M", 7)));
    Mocks.register("openSubmissionListener", new OpenSubmissionListener(reviews));
    Mocks.register("recordSubmissionListener", new RecordSubmissionListener(reviews));
    Mocks.register("remindSubmissionsDelegate", new RemindSubmissionsDelegate(reviews, support.notifications));
    Mocks.register("reportLateSubmissionsDelegate", new ReportLateSubmissionsDelegate(reviews, support.notifications));
    Mocks.register("compilePackDelegate", new CompilePackDelegate(reviews));
    Mocks.register("savePackListener", new SavePackListener(reviews));
    Mocks.register("closeOperatingReviewDelegate", new CloseOperatingReviewDelegate(reviews));
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(CHINA).toInstant());
  }

  ProcessInstance request(String kind, Object year, Object quarter) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(REGION_CODE, support.region.code(),
        REVIEW_KIND, kind, REVIEW_YEAR, year));
    if (quarter != null) {
      variables.put(QUARTER, quarter);
    }
    return engine.getRuntimeService().startProcessInstanceByMessage(MESSAGE_REQUESTED, variables);
  }

  Task submissionOf(ProcessInstance pi, Project project) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskCandidateGroup("office-" + project.code()).singleResult();
  }

  Job timer(ProcessInstance pi, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
  }

  long reviewId(ProcessInstance pi) {
    return support.session.getMapper(OperatingReviewMapper.class).findByProcess(pi.getId()).id();
  }

  /** An approved 2026 SALES target of 100 a month for the first project; 600 sold by the end of September. */
  void salesBehindPlan() {
    KeyedRow<TargetVersion> version = new KeyedRow<>(new TargetVersion(null, support.region.code(), 2026, 1,
        TargetVersionStatus.PENDING, null, "ops.test", null, null, null, null));
    targets.insertVersion(version);
    List<TargetRow> rows = new java.util.ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      rows.add(new TargetRow(support.project.code(), 2026, month, Metric.SALES, new BigDecimal("100.00")));
    }
    for (int month = 1; month <= 12; month++) {
      rows.add(new TargetRow(support.project.code(), 2026, month, Metric.NET_PROFIT, new BigDecimal("-10.00")));
    }
    targets.insertRows(version.getId(), 1, rows);
    targets.decide(version.getId(), TargetVersionStatus.APPROVED, "president.test", null);
    targets.insertActual(new ActualRow(support.project.code(), 2026, 9, Metric.SALES, new BigDecimal("600.00"),
        "office"));
  }

  @Test
  void quarterlyReviewFromSubmissionsThroughTheMeetingToEveryDecisionVerified() {
    salesBehindPlan();
    ProcessInstance pi = request("QUARTERLY", 2026, 3);

    assertThat(pi).isWaitingAt(TASK_SUBMIT);
    Task first = submissionOf(pi, support.project);
    Assertions.assertThat(first.getName()).isEqualTo("提交经营分析资料");
    Assertions.assertThat(first.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 10, 8, 18, 0)));
    Assertions.assertThat(submissionOf(pi, second)).isNotNull();
    Assertions.assertThat((String) engine.getTaskService().getVariable(first.getId(), PROJECT_GRADES))
        .contains("销售：计划 900.00，实际 600.00，达成 66.7%，RED")
        .contains("净利润：计划 -90.00，实际 0.00，达成 —，截至本月计划为零或负数，不评级");
    Assertions.assertThat(rejectedField(() -> complete(first, withVariables(REPORT_REFERENCE, "OA-2026-Q3-01",
        ANALYSIS_SUMMARY, "太短")))).isEqualTo(ANALYSIS_SUMMARY);
    complete(first, withVariables(REPORT_REFERENCE, "OA-2026-Q3-01",
        ANALYSIS_SUMMARY, "三季度销售偏慢，四季度加推两栋并加大渠道投入", PROJECT_CODE, second.code(),
        REVIEW_ID, 424242L));
    Assertions.assertThat(engine.getTaskService().getVariable(submissionOf(pi, second).getId(), ANALYSIS_SUMMARY))
        .as("the first office's text is not in the second's form").isNull();
    complete(submissionOf(pi, second), withVariables(REPORT_REFERENCE, "OA-2026-Q3-02",
        ANALYSIS_SUMMARY, "无销售任务，本期推进规划报批"));

    assertThat(pi).isWaitingAt(TASK_REVIEW_PACK);
    assertThat(task(pi)).hasCandidateGroup("region-ops");
    String pack = (String) engine.getRuntimeService().getVariable(pi.getId(), PACK_SUMMARY);
    Assertions.assertThat(pack).contains("红 1 项").contains("OA-2026-Q3-01").contains("OA-2026-Q3-02")
        .doesNotContain("未提交");
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(PACK_REFERENCE, " "))))
        .isEqualTo(PACK_REFERENCE);
    complete(task(pi), withVariables(PACK_REFERENCE, "OA-2026-Q3-REGION"));

    assertThat(pi).isWaitingAt(CALL_MEETING);
    ProcessInstance meeting = calledProcessInstance(pi);
    assertThat(meeting).isWaitingAt(ReviewMeetingProcess.TASK_SCHEDULE_MEETING)
        .hasNotPassed("UserTask_SubmitMaterials");
    complete(task(meeting), withVariables(ReviewMeetingProcess.MEETING_TIME, "2026-10-12T09:30+08:00",
        ReviewMeetingProcess.MEETING_LOCATION, "区域 5 楼会议室", ReviewMeetingProcess.CHAIR_USER, "president.south"));
    complete(task(meeting), withVariables(ReviewMeetingProcess.CONCLUSION, "CONDITIONAL",
        ReviewMeetingProcess.MINUTES, "三季度销售达成 66.7%，须制定四季度追赶计划",
        "decision1Content", "制定四季度销售追赶计划", "decision1OwnerGroup", "office-" + support.project.code(),
        "decision1DueDate", "2026-10-31"));
    complete(task(meeting), withVariables(ReviewMeetingProcess.MINUTES_REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isWaitingAt(CALL_FOLLOW_UP);
    ProcessInstance followUp = calledProcessInstance(pi);
    assertThat(task(followUp)).hasCandidateGroup("office-" + support.project.code());
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 10, 20, 17, 0)));
    complete(task(followUp), withVariables(DecisionFollowupProcess.EVIDENCE, "追赶计划已发布，文号 YX-2026-88",
        DecisionFollowupProcess.COMPLETED_ON, "2026-10-20"));
    complete(task(followUp), withVariables(DecisionFollowupProcess.DECISION_REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isEnded().hasPassed(END_CLOSED);
    OperatingReview review = reviews.review(reviewId(pi));
    Assertions.assertThat(review.status()).isEqualTo(OperatingReview.CLOSED);
    Assertions.assertThat(review.packReference()).isEqualTo("OA-2026-Q3-REGION");
    Assertions.assertThat(review.reviewPeriod()).isEqualTo("Q3");
    Assertions.assertThat(reviews.submissions(review.id())).extracting(OperatingSubmission::reportReference)
        .as("each submission under the project of its task, whatever the completion said")
        .containsExactly(support.project.code().compareTo(second.code()) < 0 ? "OA-2026-Q3-01" : "OA-2026-Q3-02",
            support.project.code().compareTo(second.code()) < 0 ? "OA-2026-Q3-02" : "OA-2026-Q3-01");
  }

  @Test
  void theDayBeforeTheDeadlineLateOfficesAreRemindedAndAtTheDeadlineRegionOpsIsToldOnce() {
    ProcessInstance pi = request("HALF_YEAR", 2026, null);
    complete(submissionOf(pi, support.project), withVariables(REPORT_REFERENCE, "OA-H1-01",
        ANALYSIS_SUMMARY, "上半年经营情况平稳，现金流略低于计划"));

    Job remind = timer(pi, TIMER_REMIND);
    Assertions.assertThat(remind.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 10, 7, 9, 0)));
    ClockUtil.setCurrentTime(remind.getDuedate());
    execute(remind);
    Assertions.assertThat(support.notificationsTo("office-" + second.code())).extracting(Notification::subject)
        .containsExactly("经营分析资料明天截止：2026 年半年度经营分析会");
    Assertions.assertThat(support.notificationsTo(support.officeGroup())).as("submitted already").isEmpty();

    Job late = timer(pi, TIMER_LATE);
    Assertions.assertThat(late.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 10, 8, 18, 0)));
    ClockUtil.setCurrentTime(late.getDuedate());
    execute(late);
    Assertions.assertThat(support.notificationsTo("region-ops")).singleElement().satisfies(n -> {
      Assertions.assertThat(n.subject()).isEqualTo("经营分析资料逾期未交：2026 年半年度经营分析会");
      Assertions.assertThat(n.body()).contains(second.code());
    });
    assertThat(pi).isWaitingAt(TASK_SUBMIT);

    complete(submissionOf(pi, second), withVariables(REPORT_REFERENCE, "OA-H1-02",
        ANALYSIS_SUMMARY, "上半年迟交：规划报批延误，已补充说明"));
    assertThat(pi).isWaitingAt(TASK_REVIEW_PACK);
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), PACK_SUMMARY))
        .contains("本年度尚无已批准的经营目标分解");
  }

  @Test
  void aSecondReviewOfThePeriodIsRefusedAndLeavesNoInstance() {
    request("QUARTERLY", 2026, 3);
    InputRejectedException rejection = InputRejectedException.in(Assertions.catchThrowable(
        () -> request("QUARTERLY", "2026", "3")));

    Assertions.assertThat(rejection.status()).isEqualTo(409);
    Assertions.assertThat(rejection.field()).isEqualTo(REVIEW_KIND);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isEqualTo(1);
  }

  @Test
  void theApplicationStartingAReviewWithoutARegionIsRefusedNotOpenedForThePlatform() {
    // no person and no region: the instance would belong to PLATFORM, which is no region
    Assertions.assertThat(rejectedField(() -> engine.getRuntimeService().startProcessInstanceByMessage(MESSAGE_REQUESTED,
        Map.of(REVIEW_KIND, "QUARTERLY", REVIEW_YEAR, 2026, QUARTER, 3)))).isEqualTo(REGION_CODE);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isZero();
  }

  @Test
  void anUnknownKindOrAMissingQuarterNamesTheField() {
    Assertions.assertThat(rejectedField(() -> request("MONTHLY", 2026, 3))).isEqualTo(REVIEW_KIND);
    Assertions.assertThat(rejectedField(() -> request("QUARTERLY", 2026, null))).isEqualTo(QUARTER);
    Assertions.assertThat(rejectedField(() -> request("QUARTERLY", 2026, 5))).isEqualTo(QUARTER);
    Assertions.assertThat(rejectedField(() -> request("QUARTERLY", 1999, 1))).isEqualTo(REVIEW_YEAR);
    Assertions.assertThat(rejectedField(() -> request("QUARTERLY", 2026, 2))).as("Q2 is the half-year review")
        .isEqualTo(QUARTER);
    Assertions.assertThat(rejectedField(() -> request("ANNUAL", 2026, null))).as("ends in three months")
        .isEqualTo(REVIEW_YEAR);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void theQuarterlyTimerStartsTheEndedQuartersReviewOncePerRegion() {
    Job start = TimerStarts.timer(engine.getManagementService(), START_TIMER);
    Assertions.assertThat(start.getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 1, 9, 0)));
    ClockUtil.setCurrentTime(start.getDuedate());
    Assertions.assertThat(TimerStarts.fire(engine.getManagementService(), start))
        .isEqualTo(ProjectTenantIdProvider.PLATFORM);

    List<ProcessInstance> started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(KEY).list();
    Assertions.assertThat(started).singleElement().satisfies(pi -> {
      Assertions.assertThat(pi.getTenantId()).isEqualTo(support.region.code());
      Assertions.assertThat(pi.getBusinessKey()).isEqualTo(support.region.code() + ":2026-Y");
    });
    Assertions.assertThat(reviews.review(reviewId(started.get(0))).reviewKind()).isEqualTo(ReviewKind.ANNUAL);

    // A rerun on the same day (the job retried after a later failure) starts nothing twice.
    ProcessInstance starter = engine.getRuntimeService().startProcessInstanceByKey(KEY);
    execute(job(starter));
    assertThat(starter).isEnded().hasPassed("ServiceTask_StartRegionalReviews");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isEqualTo(1);

    // April: the first quarter's; July: the half-year review.
    Job april = TimerStarts.timer(engine.getManagementService(), START_TIMER);
    Assertions.assertThat(april.getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 4, 1, 9, 0)));
    ClockUtil.setCurrentTime(april.getDuedate());
    TimerStarts.fire(engine.getManagementService(), april);
    Job july = TimerStarts.timer(engine.getManagementService(), START_TIMER);
    ClockUtil.setCurrentTime(july.getDuedate());
    TimerStarts.fire(engine.getManagementService(), july);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .orderByBusinessKey().asc().list()).extracting(ProcessInstance::getBusinessKey).containsExactly(
            support.region.code() + ":2026-Y", support.region.code() + ":2027-H1", support.region.code() + ":2027-Q1");
  }

  @Test
  void aPersonCannotRunTheTimersBranchNorOpenAnotherRegionsReviewOverEngineRest() {
    Assertions.assertThat(TimerStarts.startByKeyAsRegionOps(engine, KEY, support.region.code())).isEqualTo("startEvent");
    engine.getIdentityService().setAuthentication("office.test", List.of("project-office", support.officeGroup()),
        List.of(support.region.code()));
    try {
      // An office may start for its project, so it would name one to pass the tenant check.
      Assertions.assertThat(rejectedField(() -> engine.getRuntimeService().startProcessInstanceByMessage(
          MESSAGE_REQUESTED, Map.of(PROJECT_CODE, support.project.code(), REGION_CODE, "EAST",
              REVIEW_KIND, "QUARTERLY", REVIEW_YEAR, 2026, QUARTER, 3)))).isEqualTo(PROJECT_CODE);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // A region function sees the region but keeps no master data: only region-ops opens a review.
    engine.getIdentityService().setAuthentication("design.test", List.of("region-functions", "fn-design"),
        List.of(support.region.code()));
    try {
      InputRejectedException refused = InputRejectedException.in(Assertions.catchThrowable(
          () -> request("QUARTERLY", 2026, 3)));
      Assertions.assertThat(refused.status()).isEqualTo(403);
      Assertions.assertThat(refused.field()).isEqualTo(REGION_CODE);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isZero();
  }

  @Test
  void aRegionWithoutActiveProjectsGoesStraightToThePackAndAMeetingWithoutDecisionsCloses() {
    support.session.getMapper(ProjectMapper.class).update(new Project(support.project.code(), "已关闭",
        support.region.code(), "广州", "公司", com.regionops.org.ProjectStatus.CLOSED, com.regionops.org.ProjectType.RESIDENTIAL, null, null));
    support.session.getMapper(ProjectMapper.class).update(new Project(second.code(), "已关闭",
        support.region.code(), "广州", "公司", com.regionops.org.ProjectStatus.CLOSED, com.regionops.org.ProjectType.RESIDENTIAL, null, null));
    ProcessInstance pi = request("QUARTERLY", 2026, 3);

    assertThat(pi).isWaitingAt(TASK_REVIEW_PACK).hasPassed(TASK_SUBMIT + "#multiInstanceBody");
    complete(task(pi), withVariables(PACK_REFERENCE, "OA-EMPTY"));
    ProcessInstance meeting = calledProcessInstance(pi);
    complete(task(meeting), withVariables(ReviewMeetingProcess.MEETING_TIME, "2026-10-12T09:30+08:00",
        ReviewMeetingProcess.CHAIR_USER, "president.south"));
    complete(task(meeting), withVariables(ReviewMeetingProcess.CONCLUSION, "PASS",
        ReviewMeetingProcess.MINUTES, "本季度无在营项目"));
    complete(task(meeting), withVariables(ReviewMeetingProcess.MINUTES_REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isEnded().hasPassed(END_CLOSED);
  }

  @Test
  void aReviewWhoseInstanceWasCancelledIsTakenOverByTheNextStartOfItsPeriod() {
    ProcessInstance first = request("QUARTERLY", 2026, 3);
    complete(submissionOf(first, support.project), withVariables(REPORT_REFERENCE, "OA-OLD",
        ANALYSIS_SUMMARY, "被撤销的那一轮提交内容"));
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "cancelled in Cockpit");

    ProcessInstance second = request("QUARTERLY", 2026, 3);

    assertThat(second).isWaitingAt(TASK_SUBMIT);
    OperatingReview review = reviews.reviewOf(second.getId());
    Assertions.assertThat(review.processInstanceId()).isEqualTo(second.getId());
    Assertions.assertThat(reviews.submissions(review.id())).isEmpty();
  }
}
