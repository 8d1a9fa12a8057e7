package com.regionops.training;

import static com.regionops.support.Rejections.rejectedField;
import static com.regionops.training.TrainingProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.document.DocumentService;
import com.regionops.notification.Notification;
import com.regionops.org.OrgIdentity;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.org.RegionService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.policy.PolicyRequest.QuestionRequest;
import com.regionops.policy.PolicyRequest.QuizRequest;
import com.regionops.policy.PolicyService;
import com.regionops.policy.TrainingRecord;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

/**
 * training with the real services on the H2 test database: the region's members of the audience groups are invited
 * and register until the start (the timer closes it for those who have not answered), the organiser's region-ops
 * records the 签到, and each attendee gives feedback and passes the quiz, is reminded on the day it is due, and
 * expires without holding the session open. The records and every refusal are read here too.
 */
@Deployment(resources = {"processes/training.bpmn", "forms/register-training.form", "forms/check-in-training.form",
    "forms/give-training-feedback.form", "forms/training-quiz.form"})
class TrainingProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  /** A Tuesday morning; the session a week later in the afternoon. */
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
  static final LocalDateTime STARTS = LocalDateTime.of(2026, 12, 8, 14, 0);
  static final String TOPIC = "计划运营管理办法（第二版）解读";

  ProcessEngine engine;
  ProcessTestSupport support;
  IdentityService identity;
  TrainingMapper mapper;
  TrainingPlanMapper plans;
  TrainingService service;
  TrainingSteps steps;
  TrainingRecordService records;
  PolicyService policies;
  Region otherRegion;
  String region;
  /** Members: region-ops of the region (the organiser), the project's office, region-ops elsewhere, a designer. */
  String ops;
  String office;
  String elsewhere;
  String designer;
  ApiUser regionOps;
  ApiUser officeUser;
  final List<String> users = new ArrayList<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(NOW));
    support = new ProcessTestSupport(engine);
    identity = engine.getIdentityService();
    otherRegion = Fixtures.region(support.session);
    region = support.region.code();
    mapper = support.session.getMapper(TrainingMapper.class);
    plans = support.session.getMapper(TrainingPlanMapper.class);
    RegionMapper regions = support.session.getMapper(RegionMapper.class);
    ProjectMapper projects = support.session.getMapper(ProjectMapper.class);
    SystemCalls system = new SystemCalls(identity);
    TrainingAudience audience = new TrainingAudience(projects, identity, system);
    // the document store is not this test's: a session without materials
    service = new TrainingService(mapper, plans, audience, new TrainingAccess(mapper), engine.getRuntimeService(),
        system, Mockito.mock(DocumentService.class));
    steps = new TrainingSteps(mapper, plans, service, audience, regions, support.notifications);
    policies = Mockito.mock(PolicyService.class);
    records = new TrainingRecordService(mapper, policies, audience, new RegionService(regions, new OrgIdentity(identity,
        engine.getAuthorizationService(), system, engine.getRuntimeService())), projects);
    Mocks.register("trainingService", service);
    Mocks.register("loadTrainingDelegate", new LoadTrainingDelegate(steps));
    Mocks.register("enrolTrainingAudienceDelegate", new EnrolTrainingAudienceDelegate(steps));
    Mocks.register("inviteParticipantDelegate", new InviteParticipantDelegate(steps));
    Mocks.register("checkTrainingRegistrationListener", new CheckTrainingRegistrationListener());
    Mocks.register("recordTrainingRegistrationDelegate", new RecordTrainingRegistrationDelegate(steps));
    Mocks.register("closeTrainingRegistrationDelegate", new CloseTrainingRegistrationDelegate(steps));
    Mocks.register("checkTrainingAttendanceListener", new CheckTrainingAttendanceListener(steps));
    Mocks.register("recordTrainingAttendanceDelegate", new RecordTrainingAttendanceDelegate(steps));
    Mocks.register("askTrainingFeedbackDelegate", new AskTrainingFeedbackDelegate(steps));
    Mocks.register("checkTrainingFeedbackListener", new CheckTrainingFeedbackListener());
    Mocks.register("recordTrainingFeedbackDelegate", new RecordTrainingFeedbackDelegate(steps));
    Mocks.register("checkTrainingAnswersListener", new CheckTrainingAnswersListener(steps));
    Mocks.register("gradeTrainingQuizDelegate", new GradeTrainingQuizDelegate(steps));
    Mocks.register("remindTrainingFeedbackDelegate", new RemindTrainingFeedbackDelegate(steps));
    Mocks.register("expireTrainingFeedbackDelegate", new ExpireTrainingFeedbackDelegate(steps));
    Mocks.register("closeTrainingDelegate", new CloseTrainingDelegate(steps));

    ops = member("ops", region, Groups.REGION_OPS);
    office = member("office", region, Groups.PROJECT_OFFICE, support.officeGroup());
    elsewhere = member("east", otherRegion.code(), Groups.REGION_OPS, Groups.PROJECT_OFFICE);
    designer = member("design", region, Groups.REGION_FUNCTIONS, Groups.FN_DESIGN);
    regionOps = new ApiUser(ops, Set.of(Groups.REGION_OPS), Set.of(region));
    officeUser = new ApiUser(office, Set.of(Groups.PROJECT_OFFICE, support.officeGroup()), Set.of(region));
  }

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
    users.forEach(identity::deleteUser);
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  /** A user of this test in the tenant and these groups (created when missing). */
  String member(String prefix, String tenant, String... groups) {
    String id = "trn." + prefix + "." + Fixtures.code("U").toLowerCase();
    identity.saveUser(identity.newUser(id));
    users.add(id);
    if (identity.createTenantQuery().tenantId(tenant).count() == 0) {
      identity.saveTenant(identity.newTenant(tenant));
    }
    identity.createTenantUserMembership(tenant, id);
    for (String group : groups) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(id, group);
    }
    return id;
  }

  static TrainingRequest request(List<String> groups, QuizRequest quiz) {
    return new TrainingRequest(null, null, TOPIC, "华南运营 李经理", STARTS.toString(), new BigDecimal("2"),
        "区域总部 3 楼会议室", null, groups, "节点填报、计划调整与双周检查的区域规则", quiz);
  }

  /** Three questions, the right ones A, B, C; two right answers pass. */
  static QuizRequest quiz() {
    return new QuizRequest(2, List.of(
        new QuestionRequest("节点填报须在实际完成后几天内提交？", List.of("3 天", "5 天", "7 天"), "A"),
        new QuestionRequest("计划调整须在何时申请？", List.of("节点到期后", "节点到期前", "任何时候"), "B"),
        new QuestionRequest("红色节点纠偏措施几个工作日内提交？", List.of("1 个", "3 个", "5 个"), "C")));
  }

  static TypedValue json(String... userIds) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < userIds.length; i++) {
      text.append(i == 0 ? "" : ",").append('"').append(userIds[i]).append('"');
    }
    return SpinValues.jsonValue(text.append(']').toString()).create();
  }

  ProcessInstance instance(long id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey(id))
        .singleResult();
  }

  List<Task> tasks(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
  }

  Task taskOf(ProcessInstance pi, String user, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskAssignee(user)
        .taskDefinitionKey(key).singleResult();
  }

  Task checkIn(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_CHECK_IN)
        .singleResult();
  }

  List<Job> jobs(ProcessInstance pi, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list();
  }

  void runJobs(ProcessInstance pi, String activityId) {
    jobs(pi, activityId).forEach(j -> engine.getManagementService().executeJob(j.getId()));
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).toList();
  }

  Object variable(Task task, String name) {
    return engine.getTaskService().getVariable(task.getId(), name);
  }

  TrainingParticipant row(long id, String user) {
    return mapper.findParticipant(id, user);
  }

  void register(ProcessInstance pi, String user, String answer) {
    complete(taskOf(pi, user, TASK_REGISTER), withVariables(REGISTRATION, answer));
  }

  /** Registration closed by the start, on time: the pending timer (whichever it is) runs at the start. */
  void start(ProcessInstance pi) {
    ClockUtil.setCurrentTime(EngineTime.toDate(STARTS));
    runJobs(pi, TIMER_TRAINING_STARTS);
    runJobs(pi, TIMER_REGISTRATION_CLOSED);
  }

  /** The organiser ticks who came, three hours into the session. */
  void checkInAs(ProcessInstance pi, String... attendees) {
    ClockUtil.setCurrentTime(EngineTime.toDate(STARTS.plusHours(3)));
    identity.setAuthentication(ops, List.of(Groups.REGION_OPS), List.of(region));
    try {
      engine.getTaskService().complete(checkIn(pi).getId(), withVariables(ATTENDEES, json(attendees)));
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void everyoneInvitedRegistersTheOrganiserChecksInAndTheAttendeesGiveFeedback() {
    TrainingService.Created created = service.create(regionOps,
        request(List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), null));
    long id = created.id();
    Assertions.assertThat(created.invited()).as("the region's members of the groups").isEqualTo(2);
    ProcessInstance pi = instance(id);
    Assertions.assertThat(pi.getTenantId()).isEqualTo(region);
    Assertions.assertThat(tasks(pi)).extracting(Task::getAssignee).containsExactlyInAnyOrder(ops, office);
    Task officeTask = taskOf(pi, office, TASK_REGISTER);
    Assertions.assertThat(candidateGroups(officeTask)).as("an office member's task stays with its project")
        .containsExactly(support.officeGroup());
    Assertions.assertThat(candidateGroups(taskOf(pi, ops, TASK_REGISTER))).containsExactly(Groups.REGION_OPS);
    Assertions.assertThat(officeTask.getDueDate()).as("registration closes at the start")
        .isEqualTo(EngineTime.toDate(STARTS));
    Assertions.assertThat(variable(officeTask, PROJECT_CODE)).isEqualTo(support.project.code());
    Assertions.assertThat(variable(officeTask, TIME)).isEqualTo("2026-12-08（星期二）14:00");
    Assertions.assertThat(variable(officeTask, HOURS)).isEqualTo("2 学时");
    Assertions.assertThat(variable(officeTask, PLAN_ITEM)).isEqualTo("计划外培训");
    Assertions.assertThat(support.notificationsTo(office)).extracting(Notification::subject)
        .containsExactly("培训邀请：" + TOPIC);
    Assertions.assertThat(row(id, office).projectCode()).isEqualTo(support.project.code());
    Assertions.assertThat(row(id, office).groupId()).isEqualTo(Groups.PROJECT_OFFICE);
    Assertions.assertThat(row(id, office).registration()).isEqualTo(Registration.PENDING);
    Assertions.assertThat(row(id, office).invitedAt()).isEqualTo(NOW);
    Assertions.assertThat(row(id, elsewhere)).as("another region's member").isNull();
    Assertions.assertThat(row(id, designer)).as("not in the audience").isNull();

    Assertions.assertThat(rejectedField(() -> complete(officeTask))).isEqualTo(REGISTRATION);
    Assertions.assertThat(rejectedField(() -> complete(officeTask, withVariables(REGISTRATION, "MAYBE"))))
        .isEqualTo(REGISTRATION);
    Assertions.assertThat(rejectedField(() -> complete(officeTask, withVariables(REGISTRATION, REGISTER_NO,
        DECLINE_REASON, "因".repeat(501))))).isEqualTo(DECLINE_REASON);
    register(pi, ops, REGISTER_YES);
    complete(officeTask, withVariables(REGISTRATION, REGISTER_NO, DECLINE_REASON, "当天项目开盘"));
    Assertions.assertThat(row(id, ops).registration()).isEqualTo(Registration.REGISTERED);
    Assertions.assertThat(row(id, ops).answeredAt()).isEqualTo(NOW);
    Assertions.assertThat(row(id, office).registration()).isEqualTo(Registration.DECLINED);
    Assertions.assertThat(row(id, office).declineReason()).isEqualTo("当天项目开盘");

    assertThat(pi).isWaitingAt(TIMER_TRAINING_STARTS).hasPassed(END_REGISTRATION_ANSWERED);
    Assertions.assertThat(jobs(pi, TIMER_TRAINING_STARTS)).singleElement()
        .satisfies(j -> Assertions.assertThat(j.getDuedate()).isEqualTo(EngineTime.toDate(STARTS)));
    Assertions.assertThat(tasks(pi)).as("nothing to do before the start").isEmpty();
    start(pi);

    Task checkIn = checkIn(pi);
    Assertions.assertThat(candidateGroups(checkIn)).containsExactly(Groups.REGION_OPS);
    Assertions.assertThat(checkIn.getDueDate()).isEqualTo(EngineTime.toDate(LocalDate.of(2026, 12, 9).atTime(23, 59)));
    Assertions.assertThat(variable(checkIn, REGISTRATION_SUMMARY)).isEqualTo("邀请 2 人，已报名 1 人，不参加 1 人，未答复 0 人。");
    Assertions.assertThat(variable(checkIn, INVITEE_OPTIONS).toString()).as("the registered first")
        .contains(ops + "（已报名）", office + "（不参加）").startsWith("[{\"label\":\"" + ops);
    Assertions.assertThat(mapper.findSession(id).status()).isEqualTo(SessionStatus.CHECK_IN);
    Assertions.assertThat(support.notificationsTo(ops)).extracting(Notification::subject)
        .contains("请完成培训签到：" + TOPIC);
    Assertions.assertThat(rejectedField(() -> complete(checkIn, withVariables(ATTENDEES, json(ops, elsewhere)))))
        .as("only those invited").isEqualTo(ATTENDEES);
    // the office declined but came after all
    checkInAs(pi, ops, office);

    TrainingSession held = mapper.findSession(id);
    Assertions.assertThat(held.status()).isEqualTo(SessionStatus.FEEDBACK);
    Assertions.assertThat(held.attendanceRecordedBy()).isEqualTo(ops);
    Assertions.assertThat(row(id, office).attended()).isTrue();
    Assertions.assertThat(row(id, office).checkedInBy()).isEqualTo(ops);
    Assertions.assertThat(row(id, office).checkedInAt()).isEqualTo(STARTS.plusHours(3));
    Assertions.assertThat(row(id, office).feedbackStatus()).isEqualTo(FeedbackStatus.PENDING);
    Task opsFeedback = taskOf(pi, ops, TASK_FEEDBACK);
    Task officeFeedback = taskOf(pi, office, TASK_FEEDBACK);
    Assertions.assertThat(tasks(pi)).as("no quiz: feedback only").hasSize(2);
    Assertions.assertThat(officeFeedback.getDueDate()).isEqualTo(EngineTime.toDate(LocalDate.of(2026, 12, 11).atTime(23, 59)));
    Assertions.assertThat(variable(officeFeedback, FEEDBACK_DUE)).isEqualTo("2026-12-11");
    Assertions.assertThat(support.notificationsTo(office)).extracting(Notification::subject)
        .contains("请填写培训反馈：" + TOPIC);

    for (Object bad : new Object[] {"0", "6", 6, "abc", 4.5, true}) {
      Assertions.assertThat(rejectedField(() -> complete(opsFeedback, withVariables(FEEDBACK_SCORE, bad))))
          .as("score " + bad).isEqualTo(FEEDBACK_SCORE);
    }
    Assertions.assertThat(rejectedField(() -> complete(opsFeedback))).isEqualTo(FEEDBACK_SCORE);
    Assertions.assertThat(rejectedField(() -> complete(opsFeedback, withVariables(FEEDBACK_SCORE, "4",
        FEEDBACK_COMMENT, "意".repeat(1001))))).isEqualTo(FEEDBACK_COMMENT);
    complete(opsFeedback, withVariables(FEEDBACK_SCORE, "4", FEEDBACK_COMMENT, "案例很实用"));
    Assertions.assertThat(variable(officeFeedback, FEEDBACK_SCORE)).as("each attendee's own answers").isNull();
    assertThat(pi).isActive();
    complete(officeFeedback, withVariables(FEEDBACK_SCORE, 5));

    assertThat(pi).isEnded().hasPassed(END_ATTENDEE_DONE, END_CLOSED)
        .hasNotPassed(TIMER_REGISTRATION_CLOSED, TASK_QUIZ, END_FEEDBACK_EXPIRED);
    Assertions.assertThat(mapper.findSession(id).status()).isEqualTo(SessionStatus.CLOSED);
    Assertions.assertThat(row(id, ops).feedbackScore()).isEqualTo(4);
    Assertions.assertThat(row(id, ops).feedbackComment()).isEqualTo("案例很实用");
    Assertions.assertThat(row(id, office).feedbackStatus()).isEqualTo(FeedbackStatus.GIVEN);
    TrainingService.SessionView view = service.get(regionOps, id).session();
    Assertions.assertThat(view.invited()).isEqualTo(2);
    Assertions.assertThat(view.registered()).isEqualTo(1);
    Assertions.assertThat(view.attended()).isEqualTo(2);
    Assertions.assertThat(view.averageScore()).isEqualByComparingTo("4.5");
  }

  @Test
  void registrationClosesAtTheStartForThoseWhoHaveNotAnswered() {
    long id = service.create(regionOps, request(List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), null)).id();
    ProcessInstance pi = instance(id);
    register(pi, ops, REGISTER_YES);
    assertThat(pi).isWaitingAt(TASK_REGISTER);
    Assertions.assertThat(jobs(pi, TIMER_REGISTRATION_CLOSED)).singleElement()
        .satisfies(j -> Assertions.assertThat(j.getDuedate()).isEqualTo(EngineTime.toDate(STARTS)));

    ClockUtil.setCurrentTime(EngineTime.toDate(STARTS));
    runJobs(pi, TIMER_REGISTRATION_CLOSED);

    Assertions.assertThat(taskOf(pi, office, TASK_REGISTER)).as("the invitation closed").isNull();
    Assertions.assertThat(row(id, office).registration()).isEqualTo(Registration.NO_RESPONSE);
    Assertions.assertThat(row(id, ops).registration()).isEqualTo(Registration.REGISTERED);
    assertThat(pi).hasPassed(TIMER_REGISTRATION_CLOSED).hasNotPassed(TIMER_TRAINING_STARTS);
    Assertions.assertThat(variable(checkIn(pi), REGISTRATION_SUMMARY).toString()).contains("未答复 1 人");
    Assertions.assertThat(variable(checkIn(pi), INVITEE_OPTIONS).toString()).contains(office + "（未答复）");
  }

  @Test
  void nobodyCameAndTheSessionClosesAtOnce() {
    long id = service.create(regionOps, request(List.of(Groups.REGION_OPS), null)).id();
    ProcessInstance pi = instance(id);
    register(pi, ops, REGISTER_NO);
    start(pi);
    checkInAs(pi);

    assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(TASK_FEEDBACK);
    Assertions.assertThat(mapper.findSession(id).status()).isEqualTo(SessionStatus.CLOSED);
    Assertions.assertThat(row(id, ops).attended()).isFalse();
    Assertions.assertThat(row(id, ops).feedbackStatus()).isNull();
  }

  @Test
  void onlyThePersonAnswersForThemself() {
    String colleague = member("colleague", region, Groups.PROJECT_OFFICE, support.officeGroup());
    long id = service.create(regionOps, request(List.of(support.officeGroup()), null)).id();
    ProcessInstance pi = instance(id);
    Task task = taskOf(pi, office, TASK_REGISTER);
    Assertions.assertThat(taskOf(pi, colleague, TASK_REGISTER)).as("the colleague has a task of their own").isNotNull();

    identity.setAuthentication(colleague, List.of(Groups.PROJECT_OFFICE, support.officeGroup()), List.of(region));
    Assertions.assertThat(rejectedField(() -> engine.getTaskService().complete(task.getId(),
        withVariables(REGISTRATION, REGISTER_YES)))).isEqualTo(PARTICIPANT);
    Assertions.assertThat(row(id, office).registration()).isEqualTo(Registration.PENDING);
    identity.setAuthentication(office, List.of(Groups.PROJECT_OFFICE, support.officeGroup()), List.of(region));
    engine.getTaskService().complete(task.getId(), withVariables(REGISTRATION, REGISTER_YES));
    identity.clearAuthentication();
    Assertions.assertThat(row(id, office).registration()).isEqualTo(Registration.REGISTERED);
    Assertions.assertThat(row(id, colleague).registration()).isEqualTo(Registration.PENDING);
  }

  @Test
  void anAttendeeFailsThenPassesTheQuizBesideTheFeedbackAndItIsTheirRecord() {
    long id = service.create(regionOps, request(List.of(support.officeGroup()), quiz())).id();
    ProcessInstance pi = instance(id);
    register(pi, office, REGISTER_YES);
    start(pi);
    checkInAs(pi, office);

    Task quiz = taskOf(pi, office, TASK_QUIZ);
    Assertions.assertThat(taskOf(pi, office, TASK_FEEDBACK)).as("feedback and quiz side by side").isNotNull();
    Assertions.assertThat(candidateGroups(quiz)).containsExactly(support.officeGroup());
    Assertions.assertThat(variable(quiz, questionText(2))).isEqualTo("计划调整须在何时申请？");
    Assertions.assertThat(variable(quiz, questionText(4))).as("a 3-question quiz").isNull();
    Assertions.assertThat(variable(quiz, questionOptions(1)).toString()).contains("\"value\":\"A\"").contains("A. 3 天");
    Assertions.assertThat(variable(quiz, QUIZ_RULE).toString()).contains("共 3 题，答对 2 题");
    Assertions.assertThat(engine.getRuntimeService().getVariables(pi.getId()).values())
        .as("the answers stay in the database").noneMatch(v -> v instanceof String s && s.contains("\"answer\""));

    Assertions.assertThat(rejectedField(() -> complete(quiz, withVariables(answer(1), "A", answer(2), "B"))))
        .isEqualTo(answer(3));
    Assertions.assertThat(rejectedField(() -> complete(quiz, withVariables(answer(1), "A", answer(2), "B",
        answer(3), "D")))).as("no option D").isEqualTo(answer(3));
    complete(quiz, withVariables(answer(1), "B", answer(2), "A", answer(3), "C"));

    Task again = taskOf(pi, office, TASK_QUIZ);
    Assertions.assertThat(variable(again, LAST_QUIZ_RESULT).toString()).contains("答对 1/3 题")
        .contains("答错第 1、2 题").contains("未达到及格线 2 题");
    Assertions.assertThat(variable(again, answer(1))).as("a blank sheet").isNull();
    Assertions.assertThat(row(id, office).quizAttempts()).isEqualTo(1);
    Assertions.assertThat(row(id, office).quizPassed()).isFalse();
    ClockUtil.setCurrentTime(EngineTime.toDate(STARTS.plusDays(1)));
    complete(again, withVariables(answer(1), "A", answer(2), "B", answer(3), "A"));

    assertThat(pi).isActive().isWaitingAt(TASK_FEEDBACK);
    TrainingParticipant passed = row(id, office);
    Assertions.assertThat(passed.quizPassed()).isTrue();
    Assertions.assertThat(passed.quizScore()).isEqualTo(2);
    Assertions.assertThat(passed.quizAttempts()).isEqualTo(2);
    Assertions.assertThat(passed.quizPassedAt()).isEqualTo(STARTS.plusDays(1));
    Assertions.assertThat(mapper.findAttempts(id, office)).extracting(TrainingQuizAttempt::answers,
        TrainingQuizAttempt::passed).containsExactly(Assertions.tuple("B,A,C", false), Assertions.tuple("A,B,A", true));
    complete(taskOf(pi, office, TASK_FEEDBACK), withVariables(FEEDBACK_SCORE, "5"));
    assertThat(pi).isEnded().hasPassed(TASK_QUIZ, END_ATTENDEE_DONE, END_CLOSED);

    Mockito.when(policies.trainingRecords(office)).thenReturn(List.of(
        new TrainingRecord(7L, "ZD-1", 2, "工程质量管理制度", office, 2, 3, 2, 1, LocalDateTime.of(2026, 3, 1, 9, 0)),
        new TrainingRecord(8L, "ZD-0", 1, "旧版制度", office, 1, 1, 1, 1, LocalDateTime.of(2025, 5, 1, 9, 0))));
    TrainingRecordService.PersonRecord record = records.person(officeUser, office, 2026);
    Assertions.assertThat(record.sessionsAttended()).isEqualTo(1);
    Assertions.assertThat(record.totalHours()).isEqualByComparingTo("2");
    Assertions.assertThat(record.sessions()).singleElement().satisfies(s -> {
      Assertions.assertThat(s.topic()).isEqualTo(TOPIC);
      Assertions.assertThat(s.startsAt()).isEqualTo(STARTS);
      Assertions.assertThat(s.feedbackScore()).isEqualTo(5);
      Assertions.assertThat(s.quizPassed()).isTrue();
    });
    Assertions.assertThat(record.trainingQuizzesPassed()).singleElement().satisfies(q -> {
      Assertions.assertThat(q.score()).isEqualTo(2);
      Assertions.assertThat(q.questionCount()).isEqualTo(3);
      Assertions.assertThat(q.passMark()).isEqualTo(2);
      Assertions.assertThat(q.attempts()).isEqualTo(2);
    });
    Assertions.assertThat(record.policyQuizzesPassed()).as("this year's policy quizzes")
        .extracting(TrainingRecord::policyId).containsExactly(7L);
    Assertions.assertThat(records.person(officeUser, office, 2025).sessionsAttended()).isZero();
  }

  @Test
  void feedbackIsRemindedOnItsDayAndExpiresWithoutHoldingTheSession() {
    long id = service.create(regionOps, request(List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), quiz())).id();
    ProcessInstance pi = instance(id);
    register(pi, ops, REGISTER_YES);
    register(pi, office, REGISTER_YES);
    start(pi);
    checkInAs(pi, ops, office);
    Assertions.assertThat(jobs(pi, TIMER_FEEDBACK_REMINDER)).as("one per attendee").hasSize(2)
        .allSatisfy(j -> Assertions.assertThat(j.getDuedate())
            .isEqualTo(EngineTime.toDate(LocalDate.of(2026, 12, 11).atTime(NOTICE_HOUR, 0))));
    Assertions.assertThat(jobs(pi, TIMER_FEEDBACK_EXPIRED)).hasSize(2)
        .allSatisfy(j -> Assertions.assertThat(j.getDuedate())
            .isEqualTo(EngineTime.toDate(LocalDate.of(2026, 12, 15).atTime(23, 59))));
    complete(taskOf(pi, ops, TASK_FEEDBACK), withVariables(FEEDBACK_SCORE, "4"));
    complete(taskOf(pi, ops, TASK_QUIZ), withVariables(answer(1), "A", answer(2), "B", answer(3), "C"));
    Assertions.assertThat(jobs(pi, TIMER_FEEDBACK_REMINDER)).as("done: no reminder").hasSize(1);

    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDate.of(2026, 12, 11).atTime(NOTICE_HOUR, 1)));
    runJobs(pi, TIMER_FEEDBACK_REMINDER);
    Assertions.assertThat(support.notificationsTo(office)).filteredOn(n -> n.subject().startsWith("培训反馈提醒"))
        .singleElement().satisfies(n -> Assertions.assertThat(n.body()).contains("完成培训答题"));
    Assertions.assertThat(support.notificationsTo(ops)).extracting(Notification::subject)
        .noneMatch(s -> s.startsWith("培训反馈提醒"));
    assertThat(pi).isActive().hasPassed(END_FEEDBACK_REMINDED);
    Assertions.assertThat(tasks(pi)).as("the reminder leaves the tasks open").hasSize(2);

    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDate.of(2026, 12, 16).atTime(0, 0)));
    runJobs(pi, TIMER_FEEDBACK_EXPIRED);
    assertThat(pi).isEnded().hasPassed(END_FEEDBACK_EXPIRED, END_CLOSED);
    Assertions.assertThat(row(id, office).feedbackStatus()).isEqualTo(FeedbackStatus.EXPIRED);
    Assertions.assertThat(row(id, office).quizPassed()).isFalse();
    Assertions.assertThat(row(id, ops).feedbackStatus()).isEqualTo(FeedbackStatus.GIVEN);
    Assertions.assertThat(mapper.findSession(id).status()).isEqualTo(SessionStatus.CLOSED);

    TrainingRecordService.RegionRecords year = records.region(regionOps, region, 2026);
    Assertions.assertThat(year.overall().invited()).isEqualTo(2);
    Assertions.assertThat(year.overall().attended()).isEqualTo(2);
    Assertions.assertThat(year.overall().rate()).isEqualByComparingTo("100.0");
    Assertions.assertThat(year.overall().hours()).isEqualByComparingTo("4");
    Assertions.assertThat(year.byGroup()).extracting(TrainingRecordService.Attendance::code,
        TrainingRecordService.Attendance::attended).containsExactly(Assertions.tuple(Groups.PROJECT_OFFICE, 1),
            Assertions.tuple(Groups.REGION_OPS, 1));
    Assertions.assertThat(year.byProject()).extracting(TrainingRecordService.Attendance::code,
        TrainingRecordService.Attendance::rateText).containsExactly(Assertions.tuple(support.project.code(), "100.0%"));
    Assertions.assertThat(year.sessions()).singleElement().satisfies(s -> {
      Assertions.assertThat(s.averageScore()).isEqualByComparingTo("4");
      Assertions.assertThat(s.quizPassed()).isEqualTo(1);
    });
  }

  @Test
  void theRegionsRatesCountHeldSessionsOnly() {
    long held = service.create(regionOps, request(List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), null)).id();
    ProcessInstance pi = instance(held);
    register(pi, ops, REGISTER_YES);
    start(pi);
    checkInAs(pi, ops);
    ClockUtil.setCurrentTime(EngineTime.toDate(NOW));
    service.create(regionOps, request(List.of(Groups.PROJECT_OFFICE), null));

    TrainingRecordService.RegionRecords year = records.region(regionOps, region, 2026);
    Assertions.assertThat(year.overall().invited()).as("the coming session's invitations do not count yet").isEqualTo(2);
    Assertions.assertThat(year.overall().rate()).isEqualByComparingTo("50.0");
    Assertions.assertThat(year.byProject()).extracting(TrainingRecordService.Attendance::rate)
        .containsExactly(BigDecimal.valueOf(0, 1));
    Assertions.assertThat(year.sessions()).hasSize(2).anySatisfy(s -> Assertions.assertThat(s.rate()).isNull());
    Assertions.assertThat(records.region(regionOps, region, 2027).overall().rate()).as("nothing held").isNull();
    Assertions.assertThat(records.region(regionOps, region, 2027).overall().rateText()).isEqualTo("无培训");
  }

  @Test
  void aSessionCarriesOutAnApprovedPlansItemForItsGroups() {
    long item = planItem(region, 2026, PlanStatus.APPROVED, List.of(support.officeGroup()));
    TrainingRequest r = request(null, null);
    long id = service.create(regionOps, new TrainingRequest(null, item, r.topic(), r.trainer(), r.startsAt(), r.hours(),
        r.place(), r.link(), null, null, null)).id();
    Assertions.assertThat(mapper.findSession(id).groups()).as("the item's").containsExactly(support.officeGroup());
    Assertions.assertThat(mapper.findSession(id).planItemId()).isEqualTo(item);
    Task task = taskOf(instance(id), office, TASK_REGISTER);
    Assertions.assertThat(variable(task, PLAN_ITEM)).isEqualTo("2026 年度培训计划 第 1 项：计划运营管理办法解读（12 月）");
    Assertions.assertThat(variable(task, DESCRIPTION)).isEqualTo("（未填写）");

    long returned = planItem(region, 2025, PlanStatus.RETURNED, List.of(Groups.REGION_OPS));
    long elsewhereItem = planItem(otherRegion.code(), 2026, PlanStatus.APPROVED, List.of(Groups.REGION_OPS));
    long nextYearItem = planItem(region, 2027, PlanStatus.APPROVED, List.of(Groups.REGION_OPS));
    // not approved, another region's, another year's, none at all
    for (long other : new long[] {returned, elsewhereItem, nextYearItem, 999_999_999L}) {
      Assertions.assertThat(field(new TrainingRequest(null, other, r.topic(), r.trainer(), r.startsAt(), r.hours(),
          r.place(), r.link(), List.of(Groups.REGION_OPS), null, null))).isEqualTo("planItemId");
    }
  }

  /** A plan of the region and year in that state, with one item for these groups; returns the item's id. */
  long planItem(String regionCode, int year, PlanStatus status, List<String> groups) {
    KeyedRow<TrainingPlan> plan = new KeyedRow<>(new TrainingPlan(null, regionCode, year, year + " 年度培训计划", status,
        null, ops, NOW, 1, null, null, null, null, null));
    plans.insert(plan);
    KeyedRow<TrainingPlanItem> item = new KeyedRow<>(new TrainingPlanItem(null, plan.getId(), 1, "计划运营管理办法解读", 12,
        String.join(",", groups), new BigDecimal("2")));
    plans.insertItem(item);
    return item.getId();
  }

  @Test
  void whoMayArrangeSeeAndReadTheRecords() {
    long id = service.create(regionOps, request(List.of(Groups.PROJECT_OFFICE), quiz())).id();
    ApiUser otherOps = new ApiUser(elsewhere, Set.of(Groups.REGION_OPS), Set.of(otherRegion.code()));
    ApiUser president = new ApiUser("president.trn", Set.of(Groups.REGION_PRESIDENT), Set.of(region));
    ApiUser design = new ApiUser(designer, Set.of(Groups.REGION_FUNCTIONS, Groups.FN_DESIGN), Set.of(region));
    ApiUser groupOps = new ApiUser("ops.group", Set.of(Groups.GROUP_OPS), Set.of(region, otherRegion.code()));

    Assertions.assertThat(service.list(officeUser, 2026, null)).extracting(TrainingService.SessionView::id).contains(id);
    TrainingService.Detail seen = service.get(officeUser, id);
    Assertions.assertThat(seen.mine().registration()).isEqualTo(Registration.PENDING);
    Assertions.assertThat(seen.participants()).as("everyone's rows are the managers'").isNull();
    Assertions.assertThat(seen.quiz().questions()).as("no answers for those who answer")
        .allSatisfy(q -> Assertions.assertThat(q.answer()).isNull());
    TrainingService.Detail managed = service.get(regionOps, id);
    Assertions.assertThat(managed.quiz().questions()).extracting(PolicyService.QuestionView::answer)
        .containsExactly("A", "B", "C");
    Assertions.assertThat(managed.participants()).extracting(TrainingService.ParticipantView::userId)
        .containsExactly(office);
    Assertions.assertThat(service.get(president, id).participants()).hasSize(1);
    Assertions.assertThat(service.get(president, id).quiz().questions()).allSatisfy(q -> Assertions.assertThat(q.answer()).isNull());
    Assertions.assertThat(service.get(design, id).participants()).isNull();
    Assertions.assertThat(service.get(groupOps, id).session().id()).isEqualTo(id);
    Assertions.assertThat(status(() -> service.get(otherOps, id))).isEqualTo(404);
    Assertions.assertThat(service.list(otherOps, null, null)).extracting(TrainingService.SessionView::id).doesNotContain(id);
    Assertions.assertThat(service.list(groupOps, null, otherRegion.code())).extracting(TrainingService.SessionView::id)
        .doesNotContain(id);
    Assertions.assertThat(status(() -> service.list(officeUser, 1999, null))).isEqualTo(400);

    TrainingRequest ok = request(List.of(Groups.PROJECT_OFFICE), null);
    Assertions.assertThat(status(() -> service.create(officeUser, ok))).isEqualTo(403);
    Assertions.assertThat(status(() -> service.create(president, ok))).isEqualTo(403);
    Assertions.assertThat(status(() -> service.create(groupOps, ok))).isEqualTo(403);
    Assertions.assertThat(status(() -> service.create(regionOps, new TrainingRequest(otherRegion.code(), null,
        ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), ok.place(), ok.link(), ok.audienceGroups(), null, null))))
        .as("another region").isEqualTo(403);

    Assertions.assertThat(records.person(officeUser, office, null).userId()).as("one's own").isEqualTo(office);
    Assertions.assertThat(records.person(regionOps, office, 2026).userId()).isEqualTo(office);
    Assertions.assertThat(records.person(president, office, 2026).userId()).isEqualTo(office);
    Assertions.assertThat(records.person(groupOps, elsewhere, 2026).userId()).isEqualTo(elsewhere);
    Assertions.assertThat(status(() -> records.person(officeUser, ops, 2026))).as("someone else's").isEqualTo(403);
    Assertions.assertThat(status(() -> records.person(officeUser, "nobody.at.all", 2026))).isEqualTo(403);
    Assertions.assertThat(status(() -> records.person(design, office, 2026))).isEqualTo(403);
    Assertions.assertThat(status(() -> records.person(otherOps, office, 2026))).as("another region's person")
        .isEqualTo(404);
    Assertions.assertThat(status(() -> records.person(regionOps, "nobody.at.all", 2026))).isEqualTo(404);
    Assertions.assertThat(status(() -> records.person(regionOps, office, 1999))).isEqualTo(400);

    Assertions.assertThat(records.region(president, region, 2026).regionCode()).isEqualTo(region);
    Assertions.assertThat(records.region(groupOps, region, 2026).regionCode()).isEqualTo(region);
    Assertions.assertThat(status(() -> records.region(design, region, 2026))).isEqualTo(403);
    Assertions.assertThat(status(() -> records.region(otherOps, region, 2026))).isEqualTo(404);
    Assertions.assertThat(status(() -> records.region(officeUser, region, 2026))).isEqualTo(404);
    Assertions.assertThat(status(() -> records.region(regionOps, region, 99999))).isEqualTo(400);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    TrainingRequest ok = request(List.of(Groups.PROJECT_OFFICE), quiz());
    Assertions.assertThat(field(null)).isEqualTo("topic");
    Assertions.assertThat(field(with(ok, " ", ok.trainer(), ok.startsAt(), ok.hours(), ok.place(), ok.link(),
        ok.audienceGroups(), ok.quiz()))).isEqualTo("topic");
    Assertions.assertThat(field(with(ok, "题".repeat(201), ok.trainer(), ok.startsAt(), ok.hours(), ok.place(),
        ok.link(), ok.audienceGroups(), ok.quiz()))).isEqualTo("topic");
    Assertions.assertThat(field(with(ok, ok.topic(), null, ok.startsAt(), ok.hours(), ok.place(), ok.link(),
        ok.audienceGroups(), ok.quiz()))).isEqualTo("trainer");
    for (String startsAt : new String[] {null, "下周二", "2026-12-08", "2026-11-30T14:00", NOW.toString(),
        "2028-01-05T09:00", "2026-02-30T09:00"}) {
      Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), startsAt, ok.hours(), ok.place(), ok.link(),
          ok.audienceGroups(), ok.quiz()))).as(startsAt).isEqualTo("startsAt");
    }
    for (String hours : new String[] {null, "0", "-1", "24.5", "25", "1.25"}) {
      Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(),
          hours == null ? null : new BigDecimal(hours), ok.place(), ok.link(), ok.audienceGroups(), ok.quiz())))
          .as(hours).isEqualTo("hours");
    }
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), " ", null,
        ok.audienceGroups(), ok.quiz()))).as("neither place nor link").isEqualTo("place");
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), null,
        "ftp://meeting.example/1", ok.audienceGroups(), ok.quiz()))).isEqualTo("link");
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), null,
        "https://meeting.example/1 2", ok.audienceGroups(), ok.quiz()))).isEqualTo("link");
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), ok.place(), ok.link(),
        List.of("sales-team"), ok.quiz()))).isEqualTo("audienceGroups");
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), ok.place(), ok.link(),
        List.of(), ok.quiz()))).isEqualTo("audienceGroups");
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), ok.place(), ok.link(),
        List.of(Groups.office(Fixtures.project(support.session, otherRegion.code()).code())), ok.quiz())))
        .as("a project of another region").isEqualTo("audienceGroups");
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), ok.place(), ok.link(),
        List.of(Groups.FN_COST), ok.quiz()))).as("nobody of the region in it").isEqualTo("audienceGroups");
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), ok.place(), ok.link(),
        ok.audienceGroups(), new QuizRequest(4, quiz().questions())))).isEqualTo("quiz.passMark");
    Assertions.assertThat(field(with(ok, ok.topic(), ok.trainer(), ok.startsAt(), ok.hours(), ok.place(), ok.link(),
        ok.audienceGroups(), new QuizRequest(1, List.of(new QuestionRequest("题目", List.of("是", "否"), "也许"))))))
        .isEqualTo("quiz.questions[0].answer");
    Assertions.assertThat(mapper.findSessions(List.of(region), null, null)).as("nothing written").isEmpty();
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isZero();
    Assertions.assertThat(service.create(regionOps, with(ok, ok.topic(), ok.trainer(), ok.startsAt(),
        new BigDecimal("24"), null, "https://meeting.example/1", ok.audienceGroups(), null)).invited())
        .as("a whole day online is fine").isEqualTo(1);
  }

  static TrainingRequest with(TrainingRequest r, String topic, String trainer, String startsAt, BigDecimal hours,
      String place, String link, List<String> groups, QuizRequest quiz) {
    return new TrainingRequest(r.regionCode(), r.planItemId(), topic, trainer, startsAt, hours, place, link, groups,
        r.description(), quiz);
  }

  String field(TrainingRequest request) {
    Throwable thrown = Assertions.catchThrowable(() -> service.create(regionOps, request));
    Assertions.assertThat(thrown).isInstanceOf(ApiException.class);
    Assertions.assertThat(((ApiException) thrown).status().value()).as(thrown.getMessage()).isEqualTo(400);
    return ((ApiException) thrown).problems().get(0).field();
  }

  static int status(ThrowingCallable call) {
    Throwable thrown = Assertions.catchThrowable(call);
    Assertions.assertThat(thrown).isInstanceOf(ApiException.class);
    return ((ApiException) thrown).status().value();
  }
}
