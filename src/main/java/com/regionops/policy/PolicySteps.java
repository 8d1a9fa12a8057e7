package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import com.regionops.notification.NotificationService;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.RegionMembers;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/** What the policy-rollout steps do: ask the region's audience, record 已阅知悉, grade a quiz, remind, close. */
@Service
public class PolicySteps {

  /** Notification subjects are VARCHAR(200): a long title is cut in the subject. */
  static final int SUBJECT_TITLE = 150;

  private final PolicyMapper policies;
  private final RegionMapper regions;
  private final ProjectMapper projects;
  private final IdentityService identity;
  private final SystemCalls system;
  private final RegionMembers members;
  private final NotificationService notifications;

  public PolicySteps(PolicyMapper policies, RegionMapper regions, ProjectMapper projects, IdentityService identity,
      SystemCalls system, NotificationService notifications) {
    this.policies = policies;
    this.regions = regions;
    this.projects = projects;
    this.identity = identity;
    this.system = system;
    this.members = new RegionMembers(projects, identity, system);
    this.notifications = notifications;
  }

  public Policy policy(long id) {
    Policy policy = policies.findById(id);
    if (policy == null) {
      throw new IllegalStateException("No policy " + id);
    }
    return policy;
  }

  public PolicyAcknowledgement acknowledgement(long policyId, String userId) {
    PolicyAcknowledgement row = policies.findAcknowledgement(policyId, userId);
    if (row == null) {
      throw new IllegalStateException("No acknowledgement of policy " + policyId + " by " + userId);
    }
    return row;
  }

  public String issuerName(Policy policy) {
    if (policy.byGroup()) {
      return Groups.nameOf(Groups.GROUP_OPS);
    }
    Region region = regions.findByCode(policy.regionCode());
    return (region == null ? policy.regionCode() : region.name()) + " " + Groups.nameOf(Groups.REGION_OPS);
  }

  public static String versionLabel(int version) {
    return "第 " + version + " 版";
  }

  /** What passing means, for the quiz form. */
  public static String quizRule(Policy policy, Quiz quiz) {
    return "共 " + quiz.size() + " 题，答对 " + policy.passMark() + " 题及以上为通过；未通过可重新作答，每次作答均有记录。";
  }

  /** A question's options for the quiz form's radio: A. 选项 → A. */
  public static List<Map<String, String>> options(Quiz.Question question) {
    return Quiz.radioOptions(question);
  }

  /** The end of the deadline day, for the tasks' due date. */
  public static Date dueAt(LocalDate day) {
    return EngineTime.toDate(day.atTime(23, 59));
  }

  /**
   * When the reminder goes out: {@value PolicyProcess#REMINDER_DAYS} days before the deadline at nine, but never on
   * the day of publishing (the members have just been told): at the earliest the next morning.
   */
  public static Date remindAt(Policy policy) {
    LocalDate published = policy.publishedAt().toLocalDate();
    LocalDate day = policy.acknowledgeBy().minusDays(REMINDER_DAYS);
    if (!day.isAfter(published)) {
      day = published.plusDays(1);
    }
    if (day.isAfter(policy.acknowledgeBy())) {
      day = policy.acknowledgeBy();
    }
    return EngineTime.toDate(day.atTime(NOTICE_HOUR, 0));
  }

  /**
   * 确定宣贯对象: a row for every member of the policy's groups who is a member of the region's tenant, as the first
   * of the policy's groups they are in, with their project when they are in a project office of the region. A person
   * already asked (a repeat of this step, or another region's instance of a group policy) is not asked again.
   * Returns how many were added.
   */
  public int enrol(long policyId, String regionCode) {
    Policy policy = policy(policyId);
    Map<String, String> groupOf = members.members(policy.groups(), regionCode);
    int added = 0;
    for (Map.Entry<String, String> member : groupOf.entrySet()) {
      if (policies.findAcknowledgement(policyId, member.getKey()) != null) {
        continue;
      }
      policies.insertAcknowledgement(new KeyedRow<>(new PolicyAcknowledgement(null, policyId, member.getKey(),
          regionCode, members.projectOf(member.getKey(), member.getValue(), regionCode), member.getValue(),
          AckStatus.PENDING, 0, null, null)));
      added++;
    }
    return added;
  }

  /** The candidate group of a member's task: their project's office, else the policy group they were asked as. */
  public static String candidateGroup(PolicyAcknowledgement row) {
    return row.projectCode() != null ? Groups.office(row.projectCode()) : row.groupId();
  }

  /** Tells a member that a policy waits for them; once per member and version. */
  public void announce(Policy policy, PolicyAcknowledgement row) {
    notifications.notifyOnce("policy-published:" + policy.id() + ":" + row.userId(), row.userId(),
        "新制度待阅知：" + shorten(policy.title()),
        issuerName(policy) + "发布《" + policy.title() + "》（" + policy.number() + "，" + versionLabel(policy.version())
            + "），" + policy.effectiveDate() + " 起施行；请于 " + policy.acknowledgeBy() + " 前" + whatToDo(policy) + "。",
        businessKey(policy.id(), row.regionCode()));
  }

  /** The member's 已阅知悉 (a pending row only: a repeat changes nothing). */
  public void acknowledge(long policyId, String userId) {
    policies.acknowledge(policyId, userId, EngineTime.now().withNano(0));
  }

  /** Every question of the quiz has one of its options chosen; names the first that has not. */
  public void checkAnswers(long policyId, Function<String, Object> variables) {
    policy(policyId).parsedQuiz().requireAnswers(i -> variables.apply(answer(i)), i -> answer(i));
  }

  /** A graded attempt, and what the member reads about it in the quiz form. */
  public record Grade(int attemptNo, int score, int questionCount, boolean passed, String message) {
  }

  /**
   * 评阅答卷: counts the right answers against the stored quiz, records the attempt, and on reaching the pass mark
   * marks the member PASSED (a training record). Wrong questions are named, the right answers never.
   */
  public Grade grade(long policyId, String userId, Function<String, Object> variables) {
    Policy policy = policy(policyId);
    Quiz quiz = policy.parsedQuiz();
    PolicyAcknowledgement row = acknowledgement(policyId, userId);
    Quiz.Graded graded = quiz.grade(n -> variables.apply(answer(n)));
    int score = graded.score();
    boolean passed = graded.passed(policy.passMark());
    int attemptNo = row.attempts() + 1;
    LocalDateTime now = EngineTime.now().withNano(0);
    policies.insertAttempt(new KeyedRow<>(new QuizAttempt(null, policyId, userId, attemptNo, score, quiz.size(),
        passed, graded.answers(), now)));
    policies.recordQuizResult(policyId, userId, score, passed, now);
    String result = "第 " + attemptNo + " 次答题：答对 " + score + "/" + quiz.size() + " 题";
    String message = passed ? result + "，已通过。"
        : result + "（答错第 " + String.join("、", graded.wrong().stream().map(String::valueOf).toList())
            + " 题），未达到及格线 " + policy.passMark()
            + " 题，请重新阅读制度后再次作答。";
    return new Grade(attemptNo, score, quiz.size(), passed, message);
  }

  /** Before the deadline, a member who has not yet acknowledged is reminded, once per version. */
  public void remind(long policyId, String userId) {
    PolicyAcknowledgement row = policies.findAcknowledgement(policyId, userId);
    if (row == null || row.status() != AckStatus.PENDING) {
      return;
    }
    Policy policy = policy(policyId);
    notifications.notifyOnce("policy-reminder:" + policyId + ":" + userId, userId,
        "制度宣贯提醒：" + shorten(policy.title()),
        "请于 " + policy.acknowledgeBy() + " 前" + whatToDo(policy) + "：《" + policy.title() + "》（" + policy.number()
            + "，" + versionLabel(policy.version()) + "）。",
        businessKey(policyId, row.regionCode()));
  }

  /** A newer version ended this one's instance in a region: its pending rows become SUPERSEDED. */
  public int closeSuperseded(long policyId, String regionCode) {
    return policies.supersedePending(policyId, regionCode);
  }

  /**
   * Only the member acknowledges or answers for themself: the task's candidate group (their office or their policy
   * group) may see it, and could take it over, but not sign it. The engine's own calls (no user) are not checked.
   */
  public static void requireMember(DelegateTask task) {
    Object member = task.getVariable(MEMBER);
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller != null && caller.getUserId() != null && !caller.getUserId().equals(member)) {
      User owner = member == null ? null : task.getProcessEngineServices().getIdentityService().createUserQuery()
          .userId(member.toString()).singleResult();
      String name = owner == null ? "其他成员" : ((owner.getLastName() == null ? "" : owner.getLastName())
          + (owner.getFirstName() == null ? "" : owner.getFirstName())).strip();
      throw new InputRejectedException(403, MEMBER, "制度阅知须由本人办理：此任务属于" + (name.isEmpty() ? "其他成员" : name));
    }
  }

  private static String whatToDo(Policy policy) {
    return policy.hasQuiz() ? "阅读制度并完成答题" : "阅读制度并确认“已阅知悉”";
  }

  private static String shorten(String title) {
    return title.length() <= SUBJECT_TITLE ? title : title.substring(0, SUBJECT_TITLE - 1) + "…";
  }
}
