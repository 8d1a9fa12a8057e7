package com.regionops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.platform.security.OwnTaskReads.OwnTasksOnly;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

/**
 * When a task query may skip the per-task authorization check (OwnTaskReads): only when each of its rows
 * is a task the caller is a candidate for or assigned to. Every doubtful case keeps the check.
 */
class OwnTasksOnlyTest {

  static final String ME = "president.south";
  static final List<String> MY_GROUPS = List.of(Groups.REGION_PRESIDENT, "office-GZ01");

  /** A query whose candidate-user lookups are answered without an engine (the engine asks its identity provider). */
  static class Known extends TaskQueryImpl {

    Known knowing(String user, List<String> groups) {
      getCachedUserGroups().put(user, groups);
      return this;
    }
  }

  static Known query() {
    return new Known().knowing(ME, MY_GROUPS).knowing("ops.south", List.of(Groups.REGION_OPS));
  }

  static boolean skips(Query<?, ?> query) {
    return skips(query, ME, MY_GROUPS);
  }

  static boolean skips(Query<?, ?> query, String user, List<String> groups) {
    return OwnTasksOnly.holds((TaskQueryImpl) query, user, groups);
  }

  /**
   * The caller's groups go to the checks as they are, without the engine's read of every group holding a grant:
   * outside a command any database read would fail here. (That the checks answer the same is OwnTaskReadsIT's and
   * AccessMatrixIT's, which run with it.)
   */
  @Test
  void theCallersGroupsAreNotFilteredThroughADatabaseRead() {
    OwnTaskReads.Manager manager = new OwnTaskReads(true).new Manager();
    assertThat(manager.filterAuthenticatedGroupIds(MY_GROUPS)).containsExactlyElementsOf(MY_GROUPS)
        .isNotSameAs(MY_GROUPS);
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
  }

  @Test
  void ownCandidateGroupsOrSelfSkipTheCheck() {
    assertThat(skips(query().taskCandidateGroup(Groups.REGION_PRESIDENT))).isTrue();
    assertThat(skips(query().taskCandidateGroup(Groups.REGION_PRESIDENT).includeAssignedTasks())).isTrue();
    assertThat(skips(query().taskCandidateGroupIn(MY_GROUPS).includeAssignedTasks())).isTrue();
    assertThat(skips(query().taskCandidateUser(ME))).as("my own groups and links to me").isTrue();
    assertThat(skips(query().taskAssignee(ME))).isTrue();
    // the first query's criteria are ANDed with everything else: more criteria only narrow
    assertThat(skips(query().taskCandidateGroup(Groups.REGION_PRESIDENT).taskNameLike("%审批%")
        .processInstanceBusinessKeyLike("GZ%"))).isTrue();
  }

  @Test
  void anotherGroupOrUserKeepsTheCheck() {
    assertThat(skips(query().taskCandidateGroup(Groups.REGION_OPS))).isFalse();
    assertThat(skips(query().taskCandidateGroupIn(List.of(Groups.REGION_PRESIDENT, Groups.REGION_OPS))))
        .as("own and foreign together").isFalse();
    assertThat(skips(query().taskCandidateGroupLike("region-%"))).isFalse();
    assertThat(skips(query().taskCandidateGroupLike(Groups.REGION_PRESIDENT))).as("a pattern is never own").isFalse();
    assertThat(skips(query().taskCandidateUser("ops.south"))).isFalse();
    assertThat(skips(query().taskAssignee("ops.south"))).isFalse();
    assertThat(skips(query().taskAssigneeLike(ME))).isFalse();
    assertThat(skips(query().taskInvolvedUser(ME))).isFalse();
    assertThat(skips(query().taskOwner(ME))).isFalse();
    assertThat(skips(query())).as("no criterion at all").isFalse();
    assertThat(skips(query().processInstanceBusinessKeyLike("%"))).isFalse();
  }

  @Test
  void aCallerWithoutGroupsOrNameKeepsTheCheck() {
    assertThat(skips(query().taskCandidateGroup(Groups.REGION_PRESIDENT), ME, List.of())).isFalse();
    assertThat(skips(query().taskCandidateGroup(Groups.REGION_PRESIDENT), ME, null)).isFalse();
    assertThat(skips(query().taskAssignee(ME), null, MY_GROUPS)).isFalse();
  }

  @Test
  void anOrBlockSkipsOnlyWhenItAsksForNothingButMine() {
    // 即将到期 and 已逾期: assigned to me or open to my groups, by due date
    Known mine = query();
    mine.or().taskAssignee(ME).taskCandidateGroupIn(MY_GROUPS).includeAssignedTasks().endOr();
    assertThat(skips(mine.dueBefore(new java.util.Date()))).isTrue();

    Known extra = query();
    extra.or().taskAssignee(ME).taskNameLike("%").endOr();
    assertThat(skips(extra)).as("any task named like %").isFalse();

    Known foreignAssignee = query();
    foreignAssignee.or().taskAssignee(ME).taskCandidateGroup(Groups.REGION_OPS).endOr();
    assertThat(skips(foreignAssignee)).isFalse();

    Known tenant = query();
    tenant.or().taskCandidateGroup(Groups.REGION_PRESIDENT).tenantIdIn("EAST").endOr();
    assertThat(skips(tenant)).isFalse();

    Known key = query();
    key.or().taskCandidateGroup(Groups.REGION_PRESIDENT).processDefinitionKey("plan-adjustment").endOr();
    assertThat(skips(key)).as("OR: mine or any plan adjustment").isFalse();

    Known otherPerson = query();
    otherPerson.or().taskAssignee("ops.south").taskCandidateGroup(Groups.REGION_PRESIDENT).endOr();
    assertThat(skips(otherPerson)).isFalse();

    Known otherCandidate = query();
    otherCandidate.or().taskAssignee(ME).taskCandidateUser("ops.south").endOr();
    assertThat(skips(otherCandidate)).as("another person's links and groups").isFalse();

    Known businessKey = query();
    businessKey.or().taskCandidateGroup(Groups.REGION_PRESIDENT).processInstanceBusinessKeyLike("%").endOr();
    assertThat(skips(businessKey)).isFalse();

    Known empty = query();
    empty.or().taskNameLike("%").endOr();
    assertThat(skips(empty)).isFalse();
  }

  /** Tasklist extends a stored filter with the user's own criteria: the merged query decides. */
  @Test
  void anExtensionThatOverridesTheGroupsKeepsTheCheck() {
    TaskQueryImpl inbox = (TaskQueryImpl) query().taskCandidateGroupIn(MY_GROUPS).includeAssignedTasks();
    assertThat(skips(inbox.extend(query().taskCandidateGroupIn(List.of(Groups.REGION_OPS)))))
        .isFalse();
    assertThat(skips(inbox.extend(query().taskCandidateGroupIn(List.of(Groups.REGION_PRESIDENT,
        Groups.REGION_OPS))))).isFalse();
    assertThat(skips(inbox.extend(query().taskAssignee("ops.south")))).as("still only my groups' tasks").isTrue();
    assertThat(skips(inbox.extend(query().taskCandidateGroupLike("%")))).isFalse();
    Known orExtension = query();
    orExtension.or().taskNameLike("%").endOr();
    assertThat(skips(inbox.extend(orExtension))).as("own groups ANDed with anything").isTrue();
    assertThat(skips(inbox.extend(query().taskNameLike("%审批%")))).isTrue();
    // a candidate group and a group list that do not meet ask for no group: the engine lists nothing
    assertThat(skips(inbox.extend(query().taskCandidateGroup(Groups.REGION_OPS)))).isFalse();
  }

  /**
   * The fields an OR block is compared on. A new engine version that adds a criterion fails here, so someone
   * decides whether it is neutral (OwnTasksOnly.NEUTRAL) or not (nothing to do: unknown fields keep the check).
   */
  @Test
  void theTaskQueryHasTheFieldsThisWasWrittenFor() {
    Set<String> fields = Arrays.stream(TaskQueryImpl.class.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).collect(Collectors.toSet());
    assertThat(fields).containsExactlyInAnyOrder("taskId", "taskIdIn", "name", "nameNotEqual", "nameLike",
        "nameNotLike", "description", "descriptionLike", "priority", "minPriority", "maxPriority", "assignee",
        "assigneeLike", "assigneeIn", "assigneeNotIn", "involvedUser", "owner", "unassigned", "assigned",
        "noDelegationState", "delegationState", "candidateUser", "candidateGroup", "candidateGroupLike",
        "candidateGroups", "withCandidateGroups", "withoutCandidateGroups", "withCandidateUsers",
        "withoutCandidateUsers", "includeAssignedTasks", "processInstanceId", "processInstanceIdIn", "executionId",
        "activityInstanceIdIn", "createTime", "createTimeBefore", "createTimeAfter", "updatedAfter", "key",
        "keyLike", "taskDefinitionKeys", "taskDefinitionKeyNotIn", "processDefinitionKey", "processDefinitionKeys",
        "processDefinitionId", "processDefinitionName", "processDefinitionNameLike", "processInstanceBusinessKey",
        "processInstanceBusinessKeys", "processInstanceBusinessKeyLike", "variables", "dueDate", "dueBefore",
        "dueAfter", "followUpDate", "followUpBefore", "followUpNullAccepted", "followUpAfter", "excludeSubtasks",
        "suspensionState", "initializeFormKeys", "taskNameCaseInsensitive", "variableNamesIgnoreCase",
        "variableValuesIgnoreCase", "parentTaskId", "isWithoutTenantId", "isWithoutDueDate", "tenantIds",
        "caseDefinitionKey", "caseDefinitionId", "caseDefinitionName", "caseDefinitionNameLike", "caseInstanceId",
        "caseInstanceBusinessKey", "caseInstanceBusinessKeyLike", "caseExecutionId", "cachedCandidateGroups",
        "cachedUserGroups", "queries", "isOrQueryActive", "withCommentAttachmentInfo");
    assertThat(fields).containsAll(OwnTasksOnly.NEUTRAL);
  }
}
