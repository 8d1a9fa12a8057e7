package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.notification.Notification;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.policy.PolicyRequest.QuestionRequest;
import com.regionops.policy.PolicyRequest.QuizRequest;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * policy-rollout with the real services on the H2 test database: every member of the policy's groups in the region
 * reads and acknowledges, or passes the quiz (after failing, again), is reminded before the deadline, and a higher
 * version asks everyone again while the earlier acknowledgements stay.
 */
@Deployment(resources = {"processes/policy-rollout.bpmn", "forms/read-policy.form", "forms/policy-quiz.form"})
class PolicyRolloutProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  /** A Tuesday morning. */
  static final LocalDateTime PUBLISHED = LocalDateTime.of(2026, 12, 1, 10, 0);
  static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);

  ProcessEngine engine;
  ProcessTestSupport support;
  IdentityService identity;
  PolicyMapper mapper;
  PolicyService service;
  PolicySteps steps;
  Region otherRegion;
  ApiUser regionOps;
  ApiUser groupOps;
  /** Members: region-ops of the region, the project's office, region-ops of the other region, a designer. */
  String ops;
  String office;
  String elsewhere;
  String designer;
  final List<String> users = new ArrayList<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(PUBLISHED));
    support = new ProcessTestSupport(engine);
    identity = engine.getIdentityService();
    otherRegion = Fixtures.region(support.session);
    mapper = support.session.getMapper(PolicyMapper.class);
    RegionMapper regions = support.session.getMapper(RegionMapper.class);
    ProjectMapper projects = support.session.getMapper(ProjectMapper.class);
    SystemCalls system = new SystemCalls(identity);
    // the document store is not this test's: a policy without files
    service = new PolicyService(mapper, regions, projects, engine.getRuntimeService(), identity, system,
        new PolicyAccess(mapper), org.mockito.Mockito.mock(com.regionops.document.DocumentService.class));
    steps = new PolicySteps(mapper, regions, projects, identity, system, support.notifications);
    Mocks.register("policyService", service);
    Mocks.register("loadPolicyDelegate", new LoadPolicyDelegate(steps, service));
    Mocks.register("enrolPolicyAudienceDelegate", new EnrolPolicyAudienceDelegate(steps));
    Mocks.register("loadPolicyMemberDelegate", new LoadPolicyMemberDelegate(steps));
    Mocks.register("checkPolicyAcknowledgementListener", new CheckPolicyAcknowledgementListener());
    Mocks.register("recordPolicyAcknowledgementDelegate", new RecordPolicyAcknowledgementDelegate(steps));
    Mocks.register("checkPolicyAnswersListener", new CheckPolicyAnswersListener(steps));
    Mocks.register("gradePolicyQuizDelegate", new GradePolicyQuizDelegate(steps));
    Mocks.register("remindPolicyMemberDelegate", new RemindPolicyMemberDelegate(steps));
    Mocks.register("closeSupersededPolicyDelegate", new CloseSupersededPolicyDelegate(steps));

    String region = support.region.code();
    ops = member("ops", region, Groups.REGION_OPS);
    office = member("office", region, Groups.PROJECT_OFFICE, support.officeGroup());
    elsewhere = member("east", otherRegion.code(), Groups.REGION_OPS);
    designer = member("design", region, Groups.REGION_FUNCTIONS, Groups.FN_DESIGN);
    regionOps = new ApiUser("ops.region", Set.of(Groups.REGION_OPS), Set.of(region));
    groupOps = new ApiUser("ops.group", Set.of(Groups.GROUP_OPS), Set.of(region, otherRegion.code()));
  }

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
    users.forEach(identity::deleteUser);
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  /** A user of this test in the region's tenant and these groups (created when missing). */
  String member(String prefix, String tenant, String... groups) {
    String id = "pol." + prefix + "." + Fixtures.code("U").toLowerCase();
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

  static PolicyRequest request(String number, int version, List<String> groups, QuizRequest quiz) {
    return new PolicyRequest("工程质量管理制度", number, String.valueOf(version), "2026-12-01", groups,
        DEADLINE.toString(), null, quiz, "全文见集团制度库 ZD-2026-018。要点：样板先行、分户验收、质量问题闭环。", null);
  }

  /** Three questions, the right ones A, B, C; two right answers pass. */
  static QuizRequest quiz() {
    return new QuizRequest(2, List.of(
        new QuestionRequest("样板先行适用于哪些工序？", List.of("所有批量施工工序", "仅主体结构", "仅精装修"), "所有批量施工工序"),
        new QuestionRequest("分户验收由谁组织？", List.of("施工单位", "建设单位", "监理单位"), "B"),
        new QuestionRequest("质量问题整改须在几日内闭环？", List.of("3 日", "5 日", "7 日"), "7 日")));
  }

  String number() {
    return Fixtures.code("ZD");
  }

  ProcessInstance instance(long policyId, String region) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey(policyId, region)).singleResult();
  }

  Task taskOf(ProcessInstance pi, String user) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskAssignee(user).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  PolicyAcknowledgement row(long policyId, String user) {
    return mapper.findAcknowledgement(policyId, user);
  }

  @Test
  void everyMemberOfTheGroupsInTheRegionReadsAndAcknowledges() {
    long id = service.publish(regionOps, request(number(), 1, List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), null)).id();
    ProcessInstance pi = instance(id, support.region.code());
    Assertions.assertThat(pi.getTenantId()).isEqualTo(support.region.code());
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list())
        .as("one task each, for the region's members of the groups only").extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(ops, office);
    Task opsTask = taskOf(pi, ops);
    Task officeTask = taskOf(pi, office);
    Assertions.assertThat(opsTask.getTaskDefinitionKey()).isEqualTo(TASK_READ);
    Assertions.assertThat(opsTask.getDueDate()).isEqualTo(EngineTime.toDate(DEADLINE.atTime(23, 59)));
    Assertions.assertThat(candidateGroups(opsTask)).containsExactly(Groups.REGION_OPS);
    Assertions.assertThat(candidateGroups(officeTask)).as("an office member's task stays with its project")
        .containsExactly(support.officeGroup());
    Assertions.assertThat(engine.getTaskService().getVariable(officeTask.getId(), PROJECT_CODE))
        .isEqualTo(support.project.code());
    Assertions.assertThat(engine.getTaskService().getVariable(opsTask.getId(), SUMMARY).toString()).contains("ZD-2026-018");
    Assertions.assertThat(support.notificationsTo(office)).extracting(Notification::subject)
        .containsExactly("新制度待阅知：工程质量管理制度");
    Assertions.assertThat(row(id, office).projectCode()).isEqualTo(support.project.code());
    Assertions.assertThat(row(id, office).groupId()).isEqualTo(Groups.PROJECT_OFFICE);
    Assertions.assertThat(row(id, elsewhere)).as("another region's member").isNull();
    Assertions.assertThat(row(id, designer)).as("not in the policy's groups").isNull();

    Assertions.assertThat(rejectedField(() -> complete(opsTask))).isEqualTo(ACKNOWLEDGED);
    Assertions.assertThat(rejectedField(() -> complete(opsTask, withVariables(ACKNOWLEDGED, false)))).isEqualTo(ACKNOWLEDGED);
    complete(opsTask, withVariables(ACKNOWLEDGED, true));
    Assertions.assertThat(row(id, ops).status()).isEqualTo(AckStatus.ACKNOWLEDGED);
    Assertions.assertThat(row(id, ops).acknowledgedAt()).isEqualTo(PUBLISHED);
    Assertions.assertThat(engine.getTaskService().getVariable(officeTask.getId(), ACKNOWLEDGED))
        .as("each member's answer in their own pass").isNull();
    assertThat(pi).isActive();

    PolicyService.Acknowledgements half = service.acknowledgements(regionOps, id);
    Assertions.assertThat(half.overall().total()).isEqualTo(2);
    Assertions.assertThat(half.overall().rate()).isEqualTo(50.0);
    complete(officeTask, withVariables(ACKNOWLEDGED, true));

    assertThat(pi).isEnded().hasPassed(END_ACKNOWLEDGED, END_COMPLETED).hasNotPassed(TASK_QUIZ);
    PolicyService.Acknowledgements all = service.acknowledgements(regionOps, id);
    Assertions.assertThat(all.overall().rate()).isEqualTo(100.0);
    Assertions.assertThat(all.byGroup()).extracting(PolicyService.Rate::code, PolicyService.Rate::total,
        PolicyService.Rate::acknowledged).containsExactlyInAnyOrder(
            Assertions.tuple(Groups.PROJECT_OFFICE, 1, 1), Assertions.tuple(Groups.REGION_OPS, 1, 1));
    Assertions.assertThat(all.byProject()).extracting(PolicyService.Rate::code, PolicyService.Rate::rate)
        .containsExactly(Assertions.tuple(support.project.code(), 100.0));
    Assertions.assertThat(all.people()).extracting(PolicyService.Person::userId, PolicyService.Person::version,
        PolicyService.Person::status).containsExactlyInAnyOrder(Assertions.tuple(ops, 1, AckStatus.ACKNOWLEDGED),
            Assertions.tuple(office, 1, AckStatus.ACKNOWLEDGED));
  }

  @Test
  void onlyTheMemberSignsTheirOwnAcknowledgement() {
    String colleague = member("colleague", support.region.code(), Groups.PROJECT_OFFICE, support.officeGroup());
    long id = service.publish(regionOps, request(number(), 1, List.of(support.officeGroup()), null)).id();
    ProcessInstance pi = instance(id, support.region.code());
    Task task = taskOf(pi, office);
    Assertions.assertThat(taskOf(pi, colleague)).as("the colleague has a task of their own").isNotNull();

    identity.setAuthentication(colleague, List.of(Groups.PROJECT_OFFICE, support.officeGroup()),
        List.of(support.region.code()));
    Assertions.assertThat(rejectedField(() -> engine.getTaskService().complete(task.getId(),
        withVariables(ACKNOWLEDGED, true)))).isEqualTo(MEMBER);
    Assertions.assertThat(row(id, office).status()).isEqualTo(AckStatus.PENDING);
    identity.setAuthentication(office, List.of(Groups.PROJECT_OFFICE, support.officeGroup()),
        List.of(support.region.code()));
    engine.getTaskService().complete(task.getId(), withVariables(ACKNOWLEDGED, true));
    identity.clearAuthentication();
    Assertions.assertThat(row(id, office).status()).isEqualTo(AckStatus.ACKNOWLEDGED);
    Assertions.assertThat(row(id, colleague).status()).isEqualTo(AckStatus.PENDING);
  }

  @Test
  void aPassedQuizAcknowledgesAndIsATrainingRecord() {
    long id = service.publish(regionOps, request(number(), 1, List.of(Groups.PROJECT_OFFICE), quiz())).id();
    ProcessInstance pi = instance(id, support.region.code());
    Task task = taskOf(pi, office);
    Assertions.assertThat(task.getTaskDefinitionKey()).isEqualTo(TASK_QUIZ);
    Assertions.assertThat(engine.getTaskService().getVariable(task.getId(), questionText(2))).isEqualTo("分户验收由谁组织？");
    Assertions.assertThat(engine.getTaskService().getVariable(task.getId(), questionText(4))).as("a 3-question quiz")
        .isNull();
    Assertions.assertThat(engine.getTaskService().getVariable(task.getId(), questionOptions(1)).toString())
        .contains("\"value\":\"A\"").contains("A. 所有批量施工工序");
    Assertions.assertThat(engine.getRuntimeService().getVariables(pi.getId()).values()).as("the answers stay in the database")
        .noneMatch(v -> v instanceof String s && s.contains("\"answer\""));

    Assertions.assertThat(rejectedField(() -> complete(task, withVariables(answer(1), "A", answer(2), "B"))))
        .isEqualTo(answer(3));
    Assertions.assertThat(rejectedField(() -> complete(task, withVariables(answer(1), "A", answer(2), "B",
        answer(3), "D")))).as("no option D").isEqualTo(answer(3));
    complete(task, withVariables(answer(1), "A", answer(2), "B", answer(3), "A"));

    assertThat(pi).isEnded().hasPassed(END_QUIZ_PASSED).hasNotPassed(TASK_READ);
    PolicyAcknowledgement row = row(id, office);
    Assertions.assertThat(row.status()).isEqualTo(AckStatus.PASSED);
    Assertions.assertThat(row.score()).isEqualTo(2);
    Assertions.assertThat(row.attempts()).isEqualTo(1);
    Assertions.assertThat(row.acknowledgedAt()).isEqualTo(PUBLISHED);
    Assertions.assertThat(service.trainingRecords(office)).singleElement().satisfies(record -> {
      Assertions.assertThat(record.policyId()).isEqualTo(id);
      Assertions.assertThat(record.score()).isEqualTo(2);
      Assertions.assertThat(record.questionCount()).isEqualTo(3);
      Assertions.assertThat(record.passMark()).isEqualTo(2);
    });
    Assertions.assertThat(mapper.findAttempts(id, office)).extracting(QuizAttempt::answers).containsExactly("A,B,A");
  }

  @Test
  void aFailedQuizIsAnsweredAgainUntilItPasses() {
    long id = service.publish(regionOps, request(number(), 1, List.of(Groups.PROJECT_OFFICE), quiz())).id();
    ProcessInstance pi = instance(id, support.region.code());
    complete(taskOf(pi, office), withVariables(answer(1), "B", answer(2), "B", answer(3), "A"));

    Task again = taskOf(pi, office);
    Assertions.assertThat(again.getTaskDefinitionKey()).isEqualTo(TASK_QUIZ);
    String result = (String) engine.getTaskService().getVariable(again.getId(), LAST_QUIZ_RESULT);
    Assertions.assertThat(result).contains("第 1 次答题：答对 1/3 题").contains("答错第 1、3 题").contains("及格线 2 题");
    Assertions.assertThat(engine.getTaskService().getVariable(again.getId(), answer(1))).as("answers start blank").isNull();
    PolicyAcknowledgement failed = row(id, office);
    Assertions.assertThat(failed.status()).isEqualTo(AckStatus.PENDING);
    Assertions.assertThat(failed.score()).isEqualTo(1);
    Assertions.assertThat(failed.attempts()).isEqualTo(1);
    Assertions.assertThat(service.trainingRecords(office)).isEmpty();

    ClockUtil.setCurrentTime(EngineTime.toDate(PUBLISHED.plusDays(1)));
    complete(again, withVariables(answer(1), "A", answer(2), "B", answer(3), "C"));

    assertThat(pi).isEnded().hasPassed(END_QUIZ_PASSED);
    Assertions.assertThat(mapper.findAttempts(id, office)).extracting(QuizAttempt::attemptNo, QuizAttempt::score,
        QuizAttempt::passed).containsExactly(Assertions.tuple(1, 1, false), Assertions.tuple(2, 3, true));
    PolicyAcknowledgement passed = row(id, office);
    Assertions.assertThat(passed.status()).isEqualTo(AckStatus.PASSED);
    Assertions.assertThat(passed.attempts()).isEqualTo(2);
    Assertions.assertThat(passed.acknowledgedAt()).isEqualTo(PUBLISHED.plusDays(1));
    Assertions.assertThat(service.trainingRecords(office)).extracting(TrainingRecord::attemptNo, TrainingRecord::score)
        .containsExactly(Assertions.tuple(2, 3));
  }

  @Test
  void membersWhoHaveNotAcknowledgedAreRemindedBeforeTheDeadline() {
    long id = service.publish(regionOps, request(number(), 1, List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), null)).id();
    ProcessInstance pi = instance(id, support.region.code());
    List<Job> timers = reminders(pi);
    Assertions.assertThat(timers).as("one per member").hasSize(2)
        .allSatisfy(j -> Assertions.assertThat(j.getDuedate())
            .isEqualTo(EngineTime.toDate(DEADLINE.minusDays(REMINDER_DAYS).atTime(NOTICE_HOUR, 0))));
    complete(taskOf(pi, ops), withVariables(ACKNOWLEDGED, true));
    Assertions.assertThat(reminders(pi)).as("acknowledged: no reminder").hasSize(1);

    ClockUtil.setCurrentTime(EngineTime.toDate(DEADLINE.minusDays(REMINDER_DAYS).atTime(NOTICE_HOUR, 1)));
    reminders(pi).forEach(j -> engine.getManagementService().executeJob(j.getId()));

    Assertions.assertThat(support.notificationsTo(office)).extracting(Notification::subject)
        .contains("制度宣贯提醒：工程质量管理制度");
    Assertions.assertThat(support.notificationsTo(office)).filteredOn(n -> n.subject().startsWith("制度宣贯提醒"))
        .singleElement().satisfies(n -> Assertions.assertThat(n.body()).contains(DEADLINE.toString()));
    Assertions.assertThat(support.notificationsTo(ops)).extracting(Notification::subject)
        .doesNotContain("制度宣贯提醒：工程质量管理制度");
    assertThat(pi).isActive().hasPassed(END_REMINDED);
    Assertions.assertThat(taskOf(pi, office)).as("the reminder leaves the task open").isNotNull();
    Assertions.assertThat(reminders(pi)).isEmpty();
    complete(taskOf(pi, office), withVariables(ACKNOWLEDGED, true));
    assertThat(pi).isEnded();
  }

  @Test
  void aShortDeadlineIsRemindedTheNextMorningNotOnTheDayOfPublishing() {
    Assertions.assertThat(ApiExceptions.field(() -> service.publish(regionOps, withDeadline(PUBLISHED.toLocalDate()))))
        .as("at least a day to read").isEqualTo("acknowledgeBy");
    long id = service.publish(regionOps, withDeadline(PUBLISHED.toLocalDate().plusDays(2))).id();
    Assertions.assertThat(reminders(instance(id, support.region.code()))).singleElement()
        .satisfies(j -> Assertions.assertThat(j.getDuedate())
            .isEqualTo(EngineTime.toDate(PUBLISHED.toLocalDate().plusDays(1).atTime(NOTICE_HOUR, 0))));
  }

  PolicyRequest withDeadline(LocalDate deadline) {
    PolicyRequest r = request(number(), 1, List.of(Groups.REGION_OPS), null);
    return new PolicyRequest(r.title(), r.number(), r.version(), r.effectiveDate(), r.groups(), deadline.toString(),
        null, null, r.summary(), null);
  }

  List<Job> reminders(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_REMINDER).list();
  }

  @Test
  void aHigherVersionEndsTheOldTasksAsksEveryoneAgainAndKeepsTheHistory() {
    String number = number();
    long v1 = service.publish(regionOps, request(number, 1, List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), null)).id();
    ProcessInstance old = instance(v1, support.region.code());
    complete(taskOf(old, ops), withVariables(ACKNOWLEDGED, true));

    ClockUtil.setCurrentTime(EngineTime.toDate(PUBLISHED.plusDays(2)));
    PolicyService.Published v2 = service.publish(regionOps,
        request(number, 2, List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), quiz()));
    Assertions.assertThat(v2.supersededIds()).containsExactly(v1);

    assertThat(old).isEnded().hasPassed(END_SUPERSEDED).hasNotPassed(END_COMPLETED);
    Assertions.assertThat(mapper.findById(v1).supersededBy()).isEqualTo(v2.id());
    Assertions.assertThat(row(v1, ops).status()).as("kept").isEqualTo(AckStatus.ACKNOWLEDGED);
    Assertions.assertThat(row(v1, office).status()).isEqualTo(AckStatus.SUPERSEDED);
    ProcessInstance current = instance(v2.id(), support.region.code());
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(current.getId()).list())
        .as("everyone asked again").extracting(Task::getAssignee).containsExactlyInAnyOrder(ops, office);
    Assertions.assertThat(taskOf(current, ops).getTaskDefinitionKey()).isEqualTo(TASK_QUIZ);

    PolicyService.Acknowledgements history = service.acknowledgements(regionOps, v2.id());
    Assertions.assertThat(history.version()).isEqualTo(2);
    Assertions.assertThat(history.overall().total()).as("rates of this version").isEqualTo(2);
    Assertions.assertThat(history.overall().acknowledged()).isZero();
    Assertions.assertThat(history.people()).extracting(PolicyService.Person::userId, PolicyService.Person::version,
        PolicyService.Person::status).containsExactly(
            Assertions.tuple(office, 2, AckStatus.PENDING), Assertions.tuple(ops, 2, AckStatus.PENDING),
            Assertions.tuple(office, 1, AckStatus.SUPERSEDED), Assertions.tuple(ops, 1, AckStatus.ACKNOWLEDGED));
    Assertions.assertThat(history.people()).filteredOn(p -> p.version() == 1 && p.userId().equals(ops))
        .extracting(PolicyService.Person::acknowledgedAt).containsExactly(PUBLISHED);

    Assertions.assertThat(ApiExceptions.status(() -> service.publish(regionOps,
        request(number, 2, List.of(Groups.REGION_OPS), null)))).as("the same version again").isEqualTo(409);
    Assertions.assertThat(ApiExceptions.status(() -> service.publish(regionOps,
        request(number, 1, List.of(Groups.REGION_OPS), null)))).as("an older version").isEqualTo(409);
    Assertions.assertThat(service.publish(groupOps, request(number, 1, List.of(Groups.REGION_OPS), null)).version())
        .as("the group's series of numbers is its own").isEqualTo(1);
  }

  @Test
  void aGroupPolicyRunsOncePerRegionInThatRegionsTenant() {
    PolicyService.Published published = service.publish(groupOps, request(number(), 1, List.of(Groups.REGION_OPS), null));
    Assertions.assertThat(published.scope()).isEqualTo(Policy.GROUP);
    Assertions.assertThat(published.regionCodes()).containsExactlyInAnyOrder(support.region.code(), otherRegion.code());
    ProcessInstance here = instance(published.id(), support.region.code());
    ProcessInstance there = instance(published.id(), otherRegion.code());
    Assertions.assertThat(there.getTenantId()).isEqualTo(otherRegion.code());
    Assertions.assertThat(taskOf(here, ops)).isNotNull();
    Assertions.assertThat(taskOf(there, elsewhere)).isNotNull();
    Assertions.assertThat(taskOf(here, elsewhere)).isNull();
    complete(taskOf(there, elsewhere), withVariables(ACKNOWLEDGED, true));
    assertThat(there).isEnded();

    PolicyService.Acknowledgements own = service.acknowledgements(regionOps, published.id());
    Assertions.assertThat(own.people()).as("region-ops sees its region's rows").extracting(PolicyService.Person::userId)
        .containsExactly(ops);
    Assertions.assertThat(own.overall().rate()).isEqualTo(0.0);
    PolicyService.Acknowledgements all = service.acknowledgements(groupOps, published.id());
    Assertions.assertThat(all.byRegion()).extracting(PolicyService.Rate::code, PolicyService.Rate::rate)
        .containsExactlyInAnyOrder(Assertions.tuple(support.region.code(), 0.0), Assertions.tuple(otherRegion.code(), 100.0));
    Assertions.assertThat(all.overall().rate()).isEqualTo(50.0);
  }

  @Test
  void aPolicyNobodyInTheRegionIsInEndsAtOnce() {
    long id = service.publish(regionOps, request(number(), 1, List.of(Groups.FN_COST), null)).id();
    Assertions.assertThat(instance(id, support.region.code())).isNull();
    Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(END_COMPLETED)
        .list()).extracting(a -> a.getProcessInstanceId())
        .contains(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey(id, support.region.code())).singleResult().getId());
    Assertions.assertThat(service.acknowledgements(regionOps, id).overall().total()).isZero();
  }

  @Test
  void whoMayPublishSeeAndReadTheRates() {
    long regional = service.publish(regionOps, request(number(), 1, List.of(Groups.PROJECT_OFFICE), quiz())).id();
    ApiUser otherOps = new ApiUser("ops.other", Set.of(Groups.REGION_OPS), Set.of(otherRegion.code()));
    ApiUser officeUser = new ApiUser(office, Set.of(Groups.PROJECT_OFFICE, support.officeGroup()),
        Set.of(support.region.code()));
    ApiUser president = new ApiUser("president.region", Set.of(Groups.REGION_PRESIDENT), Set.of(support.region.code()));

    Assertions.assertThat(service.list(otherOps)).extracting(PolicyService.PolicyView::id).doesNotContain(regional);
    Assertions.assertThat(ApiExceptions.status(() -> service.get(otherOps, regional))).isEqualTo(404);
    Assertions.assertThat(ApiExceptions.status(() -> service.acknowledgements(otherOps, regional))).isEqualTo(404);
    Assertions.assertThat(service.list(officeUser)).extracting(PolicyService.PolicyView::id).contains(regional);
    PolicyService.Detail seen = service.get(officeUser, regional);
    Assertions.assertThat(seen.mine().status()).isEqualTo(AckStatus.PENDING);
    Assertions.assertThat(seen.quiz().questions()).as("no answers for those who answer")
        .allSatisfy(q -> Assertions.assertThat(q.answer()).isNull());
    Assertions.assertThat(service.get(regionOps, regional).quiz().questions()).extracting(PolicyService.QuestionView::answer)
        .containsExactly("A", "B", "C");
    Assertions.assertThat(ApiExceptions.status(() -> service.acknowledgements(officeUser, regional))).isEqualTo(403);
    Assertions.assertThat(ApiExceptions.status(() -> service.acknowledgements(president, regional))).isEqualTo(403);
    Assertions.assertThat(service.get(president, regional).policy().id()).isEqualTo(regional);

    Assertions.assertThat(ApiExceptions.status(() -> service.publish(officeUser,
        request(number(), 1, List.of(Groups.PROJECT_OFFICE), null)))).isEqualTo(403);
    Assertions.assertThat(ApiExceptions.status(() -> service.publish(president,
        request(number(), 1, List.of(Groups.PROJECT_OFFICE), null)))).isEqualTo(403);
    PolicyRequest ok = request(number(), 1, List.of(Groups.PROJECT_OFFICE), null);
    Assertions.assertThat(ApiExceptions.status(() -> service.publish(regionOps, new PolicyRequest(ok.title(), ok.number(),
        ok.version(), ok.effectiveDate(), ok.groups(), ok.acknowledgeBy(), null, null, null, otherRegion.code()))))
        .as("another region").isEqualTo(403);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    PolicyRequest ok = request(number(), 1, List.of(Groups.PROJECT_OFFICE), quiz());
    Assertions.assertThat(field(new PolicyRequest(" ", ok.number(), ok.version(), ok.effectiveDate(), ok.groups(),
        ok.acknowledgeBy(), null, ok.quiz(), null, null))).isEqualTo("title");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), null, ok.version(), ok.effectiveDate(), ok.groups(),
        ok.acknowledgeBy(), null, ok.quiz(), null, null))).isEqualTo("number");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), "V2", ok.effectiveDate(), ok.groups(),
        ok.acknowledgeBy(), null, ok.quiz(), null, null))).isEqualTo("version");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), "12/01/2026", ok.groups(),
        ok.acknowledgeBy(), null, ok.quiz(), null, null))).isEqualTo("effectiveDate");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(), ok.groups(),
        "2026-11-30", null, ok.quiz(), null, null))).isEqualTo("acknowledgeBy");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(),
        List.of("sales-team"), ok.acknowledgeBy(), null, ok.quiz(), null, null))).isEqualTo("groups");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(),
        List.of(Groups.GROUP_OPS), ok.acknowledgeBy(), null, ok.quiz(), null, null))).isEqualTo("groups");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(),
        List.of(Groups.office("NOPE")), ok.acknowledgeBy(), null, ok.quiz(), null, null))).isEqualTo("groups");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(), ok.groups(),
        ok.acknowledgeBy(), List.of(1L), ok.quiz(), null, null))).isEqualTo("documentIds");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(), ok.groups(),
        ok.acknowledgeBy(), null, new QuizRequest(4, quiz().questions()), null, null))).isEqualTo("quiz.passMark");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(), ok.groups(),
        ok.acknowledgeBy(), null, new QuizRequest(1, List.of(new QuestionRequest("题目", List.of("是", "否"), "也许"))),
        null, null))).isEqualTo("quiz.questions[0].answer");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(), ok.groups(),
        ok.acknowledgeBy(), null, new QuizRequest(1, List.of(new QuestionRequest("题目", List.of("是"), "是"))),
        null, null))).isEqualTo("quiz.questions[0].options");
    Assertions.assertThat(field(new PolicyRequest(ok.title(), ok.number(), ok.version(), ok.effectiveDate(),
        List.of(Groups.office(Fixtures.project(support.session, otherRegion.code()).code())), ok.acknowledgeBy(), null,
        null, null, null))).as("a project of another region").isEqualTo("groups");
    Assertions.assertThat(mapper.findVersions(support.region.code(), ok.number())).as("nothing written").isEmpty();
  }

  String field(PolicyRequest request) {
    return ApiExceptions.field(() -> service.publish(regionOps, request));
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
