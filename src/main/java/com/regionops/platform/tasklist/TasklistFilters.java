package com.regionops.platform.tasklist;

import com.regionops.plan.NodeCompletionProcess;

import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.OrgIdentity;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist inboxes (issue 8), created at start when missing, owned by an administrator and
 * shared with the groups that use them. Users cannot create filters themselves (stored queries
 * may hold expressions), so these are the ones they get.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TasklistFilters implements ApplicationRunner {

  /** Business columns Tasklist shows for every filter, where the task's process has them. */
  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", "projectCode", "label", "项目"),
      Map.of("name", "nodeName", "label", "节点"),
      Map.of("name", "meetingTitle", "label", "会议"),
      Map.of("name", "grade", "label", "风险等级"));

  static final List<String> EVERY_ROLE = List.of(Groups.PROJECT_OFFICE, Groups.REGION_OPS, Groups.REGION_PRESIDENT,
      Groups.REGION_FUNCTIONS, Groups.GROUP_OPS);

  private final FilterService filters;
  private final TaskService tasks;
  private final OrgIdentity orgIdentity;
  private final IdentityService identity;
  private final SystemCalls system;

  public TasklistFilters(FilterService filters, TaskService tasks, OrgIdentity orgIdentity,
      IdentityService identity, SystemCalls system) {
    this.filters = filters;
    this.tasks = tasks;
    this.orgIdentity = orgIdentity;
    this.identity = identity;
    this.system = system;
  }

  @Override
  public void run(ApplicationArguments args) {
    system.asSystem(this::ensureFilters);
  }

  public void ensureFilters() {
    List<User> admins = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).orderByUserId().asc().list();
    String owner = admins.isEmpty() ? null : admins.get(0).getId();
    // Tasklist opens the inbox with the lowest priority a person may read: each role lands where its
    // work arrives. The president's approvals come first for the president (no one else reads that
    // inbox); everyone else's work arrives for their group before anyone has claimed it.
    ensure("区域总裁审批", -20, "待区域总裁审批的纪要、计划调整、目标分解与纠偏", owner,
        tasks.createTaskQuery().taskCandidateGroup(Groups.REGION_PRESIDENT).includeAssignedTasks(),
        List.of(Groups.REGION_PRESIDENT));
    ensure("我的组待办", -11, "我所在部门可以领取的任务", owner,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        EVERY_ROLE);
    ensure("我的待办", -10, "分配给我的任务", owner, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        EVERY_ROLE);
    ensure("即将到期", -8, "三天内到期的任务", owner, mine().dueAfterExpression("${now()}")
        .dueBeforeExpression("${dateTime().plusDays(3)}"), EVERY_ROLE);
    ensure("已逾期", -7, "已过到期日的任务", owner, mine().dueBeforeExpression("${now()}"), EVERY_ROLE);
    ensure("上会资料审核", 1, "待审核的上会资料", owner,
        tasks.createTaskQuery().taskCandidateGroup(Groups.REGION_OPS).taskDefinitionKey(ReviewMeetingProcess.TASK_REVIEW_MATERIALS)
            .includeAssignedTasks(), List.of(Groups.REGION_OPS));
    ensure("决议核验", 2, "待核验的会议决议落实情况", owner,
        tasks.createTaskQuery().taskCandidateGroup(Groups.REGION_OPS).taskDefinitionKey(DecisionFollowupProcess.TASK_VERIFY)
            .includeAssignedTasks(), List.of(Groups.REGION_OPS));
    ensure("项目待办", 3, "本项目的上会资料、经营分析、决议落实、证照年审、纠偏与节点填报", owner,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .taskDefinitionKeyIn("UserTask_SubmitMaterials", "UserTask_SubmitAnalysis", "UserTask_CarryOutDecision",
                "UserTask_FileReview", "UserTask_PlanCorrection", NodeCompletionProcess.TASK_SUBMIT_DELIVERABLES,
                NodeCompletionProcess.TASK_CORRECT), List.of(Groups.PROJECT_OFFICE));
  }

  /** Priorities of the inboxes whose order issue 18 changed, as installations before it have them. */
  static final Map<String, Integer> BEFORE_LANDING_ORDER = Map.of("我的组待办", -9, "区域总裁审批", 0);

  /** Tasks assigned to me or open to my groups. */
  private TaskQuery mine() {
    return tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().endOr();
  }

  private void ensure(String name, int priority, String description, String owner, TaskQuery query,
      List<String> readers) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("description", description);
      properties.put("refresh", true);
      properties.put("variables", COLUMNS);
      filter = filters.newTaskFilter(name).setOwner(owner).setQuery(query).setProperties(properties);
      filters.saveFilter(filter);
    } else if (Objects.equals(BEFORE_LANDING_ORDER.get(name), filter.getProperties().get("priority"))) {
      // an installation from before the landing order moves; a priority an administrator chose stays
      Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
      properties.put("priority", priority);
      filters.saveFilter(filter.setProperties(properties));
    }
    for (String group : readers) {
      orgIdentity.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
