package com.regionops.knowledge;

import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.Region;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * knowledge-review with the real service and index on the H2 test database: a region's entry approved by region-ops
 * is published and searchable; a return carries a comment to the author's revision and back; a group entry needs
 * group-ops after region-ops (either may return it); a new version of a published entry replaces it only once
 * published.
 */
@Deployment(resources = {"processes/knowledge-review.bpmn", "forms/review-knowledge.form",
    "forms/revise-knowledge.form"})
class KnowledgeReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  ProcessEngine engine;
  ProcessTestSupport support;
  KnowledgeService knowledge;
  KnowledgeMapper mapper;
  ApiUser author;
  ApiUser elsewhere;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2026, 12, 1, 10, 0)));
    support = new ProcessTestSupport(engine);
    support.registerKnowledgeBeans();
    knowledge = support.knowledge;
    mapper = support.session.getMapper(KnowledgeMapper.class);
    author = new ApiUser("marketing.author", Set.of(Groups.REGION_FUNCTIONS, Groups.FN_MARKETING),
        Set.of(support.region.code()));
    Region other = Fixtures.region(support.session);
    elsewhere = new ApiUser("ops.elsewhere", Set.of(Groups.REGION_OPS), Set.of(other.code()));
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  long draft(String scope, String title) {
    return knowledge.create(author, new KnowledgeRequest("LESSON", scope, null, support.project.code(), title,
        "开盘前两周完成价格测试，二批次定价以首开 7 日去化校准。", List.of("POST_OPENING_REVIEW", "住宅"), null, null)).id();
  }

  ProcessInstance submit(long id) {
    knowledge.submit(author, id);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(
        KnowledgeProcess.businessKey(id, mapper.findEntry(id).latestVersion())).singleResult();
  }

  Task task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
  }

  List<String> search(ApiUser reader, String q) {
    return knowledge.search(reader, q, null, null, null, null, null, null, null).stream()
        .map(KnowledgeService.Result::title).toList();
  }

  @Test
  void aRegionsEntryApprovedByRegionOpsIsPublishedAndFoundByItsRegionOnly() {
    long id = draft(null, "首开定价偏保守");
    Assertions.assertThat(search(author, "首开 定价")).as("a draft is not in the library").isEmpty();
    ProcessInstance pi = submit(id);

    assertThat(pi).isWaitingAt(KnowledgeProcess.TASK_REVIEW);
    Task review = task(pi, KnowledgeProcess.TASK_REVIEW);
    Assertions.assertThat(candidateGroups(review)).containsExactly(Groups.REGION_OPS);
    Assertions.assertThat(review.getTenantId()).isEqualTo(support.region.code());
    Assertions.assertThat(mapper.findVersion(id, 1).status()).isEqualTo(VersionStatus.IN_REVIEW);
    Assertions.assertThat(rejectedField(() -> complete(review))).isEqualTo(KnowledgeProcess.REVIEW);
    complete(review, withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isEnded().hasPassed(KnowledgeProcess.END_PUBLISHED);
    Assertions.assertThat(mapper.findVersion(id, 1).status()).isEqualTo(VersionStatus.PUBLISHED);
    Assertions.assertThat(mapper.findEntry(id).publishedVersion()).isEqualTo(1);
    Assertions.assertThat(search(author, "首开 定价")).containsExactly("首开定价偏保守");
    Assertions.assertThat(search(elsewhere, "首开 定价")).as("a region's entry stays in its region").isEmpty();
  }

  @Test
  void aReturnCarriesItsCommentToTheAuthorsRevisionWhichIsReviewedAgain() {
    long id = draft(null, "第一稿");
    ProcessInstance pi = submit(id);
    Task review = task(pi, KnowledgeProcess.TASK_REVIEW);
    Assertions.assertThat(rejectedField(() -> complete(review, withVariables(KnowledgeProcess.REVIEW,
        ReviewMeetingProcess.RETURNED)))).isEqualTo(KnowledgeProcess.REVIEW_COMMENT);
    Assertions.assertThat(rejectedField(() -> complete(review, withVariables(KnowledgeProcess.REVIEW,
        ReviewMeetingProcess.RETURNED, KnowledgeProcess.REVIEW_COMMENT, "长".repeat(1001)))))
        .as("the shared review check caps comments").isEqualTo(KnowledgeProcess.REVIEW_COMMENT);
    complete(review, withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.RETURNED,
        KnowledgeProcess.REVIEW_COMMENT, "请写明原因和下次做法"));

    assertThat(pi).isWaitingAt(KnowledgeProcess.TASK_REVISE);
    Task revise = task(pi, KnowledgeProcess.TASK_REVISE);
    Assertions.assertThat(revise.getAssignee()).isEqualTo(author.id());
    Assertions.assertThat(candidateGroups(revise)).containsExactly(Groups.FN_MARKETING);
    Assertions.assertThat(mapper.findVersion(id, 1).reviewComment()).isEqualTo("请写明原因和下次做法");
    Assertions.assertThat(rejectedField(() -> complete(revise, withVariables(KnowledgeProcess.TITLE, " "))))
        .isEqualTo(KnowledgeProcess.TITLE);
    Assertions.assertThat(rejectedField(() -> complete(revise, withVariables(KnowledgeProcess.BODY,
        "长".repeat(KnowledgeService.MAX_BODY + 1))))).isEqualTo(KnowledgeProcess.BODY);
    complete(revise, withVariables(KnowledgeProcess.TITLE, "第二稿", KnowledgeProcess.BODY, "原因：竞品数据滞后。下次：价格测试。"));

    assertThat(pi).isWaitingAt(KnowledgeProcess.TASK_REVIEW);
    Task again = task(pi, KnowledgeProcess.TASK_REVIEW);
    Assertions.assertThat(engine.getTaskService().getVariable(again.getId(), KnowledgeProcess.REVIEW))
        .as("the reviewer starts blank").isNull();
    Assertions.assertThat(mapper.findVersion(id, 1).title()).isEqualTo("第二稿");
    complete(again, withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isEnded().hasPassed(KnowledgeProcess.END_PUBLISHED);
    Assertions.assertThat(search(author, "竞品")).containsExactly("第二稿");
  }

  @Test
  void aGroupEntryNeedsGroupOpsAfterRegionOpsAndEitherMayReturnIt() {
    long id = draft(KnowledgeEntry.GROUP, "集团共享做法");
    ProcessInstance pi = submit(id);
    complete(task(pi, KnowledgeProcess.TASK_REVIEW), withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isWaitingAt(KnowledgeProcess.TASK_APPROVE_GROUP);
    Task group = task(pi, KnowledgeProcess.TASK_APPROVE_GROUP);
    Assertions.assertThat(candidateGroups(group)).containsExactly(Groups.GROUP_OPS);
    Assertions.assertThat(rejectedField(() -> complete(group, withVariables(KnowledgeProcess.REVIEW,
        ReviewMeetingProcess.RETURNED)))).isEqualTo(KnowledgeProcess.REVIEW_COMMENT);
    complete(group, withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.RETURNED,
        KnowledgeProcess.REVIEW_COMMENT, "补充适用条件"));
    assertThat(pi).isWaitingAt(KnowledgeProcess.TASK_REVISE);
    complete(task(pi, KnowledgeProcess.TASK_REVISE), withVariables(KnowledgeProcess.TITLE, "集团共享做法（含适用条件）"));
    complete(task(pi, KnowledgeProcess.TASK_REVIEW), withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));
    Assertions.assertThat(search(elsewhere, "集团 共享 做法")).as("not before group-ops approves").isEmpty();
    complete(task(pi, KnowledgeProcess.TASK_APPROVE_GROUP),
        withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isEnded().hasPassed(KnowledgeProcess.END_PUBLISHED);
    Assertions.assertThat(search(elsewhere, "集团 共享 做法")).as("a group entry reaches every region")
        .containsExactly("集团共享做法（含适用条件）");
  }

  @Test
  void aNewVersionReplacesThePublishedOneOnlyOncePublished() {
    long id = draft(null, "初版标题");
    complete(task(submit(id), KnowledgeProcess.TASK_REVIEW),
        withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));

    KnowledgeService.Detail edited = knowledge.update(author, id, new KnowledgeRequest(null, null, null, null, "修订标题",
        "修订后的正文：价格测试提前到开盘前三周。", List.of("POST_OPENING_REVIEW"), null, null));
    Assertions.assertThat(edited.version()).isEqualTo(2);
    Assertions.assertThat(edited.status()).isEqualTo(VersionStatus.DRAFT);
    Assertions.assertThat(search(author, "标题")).as("readers keep the published version").containsExactly("初版标题");
    Assertions.assertThat(knowledge.get(elsewhereInRegion(), id).title()).isEqualTo("初版标题");

    ProcessInstance second = submit(id);
    complete(task(second, KnowledgeProcess.TASK_REVIEW),
        withVariables(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));
    Assertions.assertThat(mapper.findVersion(id, 1).status()).isEqualTo(VersionStatus.SUPERSEDED);
    Assertions.assertThat(mapper.findVersion(id, 2).status()).isEqualTo(VersionStatus.PUBLISHED);
    Assertions.assertThat(search(author, "标题")).containsExactly("修订标题");
    Assertions.assertThat(knowledge.get(elsewhereInRegion(), id).versions()).extracting(KnowledgeService.VersionLine::version)
        .containsExactly(2, 1);
  }

  /** A colleague of the same region who is neither author nor reviewer: reads the published version only. */
  ApiUser elsewhereInRegion() {
    return new ApiUser("office.reader", Set.of(Groups.PROJECT_OFFICE), Set.of(support.region.code()));
  }
}
