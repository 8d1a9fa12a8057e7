package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import com.regionops.notification.NotificationService;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.InputRejectedException;
import com.regionops.policy.Quiz;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * What the training process's steps do: read the session for the forms, invite the audience, record the answers,
 * close registration at the start, record the 签到, ask for feedback, grade the quiz, remind, expire and close.
 */
@Service
public class TrainingSteps {

  /** Notification subjects are VARCHAR(200): a long topic is cut in the subject. */
  static final int SUBJECT_TOPIC = 150;
  static final int MAX_DECLINE_REASON = 500;
  static final int MAX_FEEDBACK_COMMENT = 1000;
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private final TrainingMapper trainings;
  private final TrainingPlanMapper plans;
  private final TrainingService service;
  private final TrainingAudience audience;
  private final RegionMapper regions;
  private final NotificationService notifications;

  public TrainingSteps(TrainingMapper trainings, TrainingPlanMapper plans, TrainingService service,
      TrainingAudience audience, RegionMapper regions, NotificationService notifications) {
    this.trainings = trainings;
    this.plans = plans;
    this.service = service;
    this.audience = audience;
    this.regions = regions;
    this.notifications = notifications;
  }

  public TrainingSession session(long id) {
    TrainingSession session = trainings.findSession(id);
    if (session == null) {
      throw new IllegalStateException("No training session " + id);
    }
    return session;
  }

  public TrainingParticipant participant(long sessionId, String userId) {
    TrainingParticipant row = trainings.findParticipant(sessionId, userId);
    if (row == null) {
      throw new IllegalStateException("No participant " + userId + " of training " + sessionId);
    }
    return row;
  }

  // ------------------------------------------------------------------ 读取培训安排, 确定培训对象

  /**
   * What the forms show and the timers and gateway read, the same for everyone. The quiz's questions and options go
   * to the process; its answers stay in the database.
   */
  public void load(long sessionId, BiConsumer<String, Object> variables) {
    TrainingSession s = session(sessionId);
    variables.accept(TOPIC, s.topic());
    variables.accept(TRAINER, s.trainer());
    variables.accept(TIME, timeText(s.startsAt()));
    variables.accept(HOURS, hoursText(s.hours()));
    variables.accept(PLACE, s.place() == null ? "线上培训" : s.place());
    variables.accept(LINK, s.link() == null ? "" : s.link());
    variables.accept(AUDIENCE, TrainingAudience.names(s.groups()));
    variables.accept(DESCRIPTION, s.description() == null ? "（未填写）" : s.description());
    variables.accept(PLAN_ITEM, planItemText(s));
    variables.accept(ORGANISER, s.organiser());
    variables.accept(ORGANISER_NAME, audience.name(s.organiser()));
    variables.accept(REGION_NAME, regionName(s.regionCode()));
    variables.accept(FILES, service.filesText(sessionId));
    variables.accept(STARTS_AT, EngineTime.toDate(s.startsAt()));
    variables.accept(CHECK_IN_DUE_DATE, dueAt(s.startsAt().toLocalDate().plusDays(CHECK_IN_DAYS)));
    Quiz quiz = s.parsedQuiz();
    variables.accept(HAS_QUIZ, quiz != null);
    variables.accept(QUESTION_COUNT, quiz == null ? 0 : quiz.size());
    if (quiz != null) {
      variables.accept(QUIZ_RULE, "共 " + quiz.size() + " 题，答对 " + s.passMark()
          + " 题及以上为通过；未通过可重新作答，每次作答均有记录。");
      for (int n = 1; n <= quiz.size(); n++) {
        Quiz.Question question = quiz.questions().get(n - 1);
        variables.accept(questionText(n), question.text());
        variables.accept(questionOptions(n),
            SpinValues.jsonValue(Spin.JSON(Quiz.radioOptions(question)).toString()).create());
      }
    }
  }

  /** 2026-12-08（星期二）14:00 */
  static String timeText(LocalDateTime at) {
    return at.toLocalDate() + "（" + at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA) + "）"
        + at.format(MINUTE);
  }

  /** 2 学时, 1.5 学时 */
  static String hoursText(BigDecimal hours) {
    return hours.stripTrailingZeros().toPlainString() + " 学时";
  }

  private String planItemText(TrainingSession s) {
    if (s.planItemId() == null) {
      return "计划外培训";
    }
    TrainingPlanItem item = plans.findItem(s.planItemId());
    TrainingPlan plan = plans.findById(item.planId());
    return plan.title() + " 第 " + item.itemNo() + " 项：" + item.topic() + "（" + item.planMonth() + " 月）";
  }

  String regionName(String code) {
    Region region = regions.findByCode(code);
    return region == null ? code : region.name();
  }

  /** The end of a day, for a task's due date. */
  static Date dueAt(LocalDate day) {
    return EngineTime.toDate(day.atTime(23, 59));
  }

  /**
   * 确定培训对象: a row for every member of the session's groups in the region, as the first of its groups they are
   * in, with their project when they are in one of the region's project offices. A person already invited (a repeat
   * of this step) is not invited again. Returns how many were added.
   */
  public int enrol(long sessionId) {
    TrainingSession session = session(sessionId);
    LocalDateTime now = EngineTime.now().withNano(0);
    int added = 0;
    for (Map.Entry<String, String> member : audience.members(session.groups(), session.regionCode()).entrySet()) {
      if (trainings.findParticipant(sessionId, member.getKey()) != null) {
        continue;
      }
      trainings.insertParticipant(new KeyedRow<>(new TrainingParticipant(null, sessionId, member.getKey(),
          member.getValue(), audience.projectOf(member.getKey(), member.getValue(), session.regionCode()), now,
          Registration.PENDING, null, null, false, null, null, null, null, null, null, 0, null, false, null)));
      added++;
    }
    return added;
  }

  /** The candidate group of a person's task: their project's office, else the group they were invited as. */
  static String candidateGroup(TrainingParticipant row) {
    return row.projectCode() != null ? Groups.office(row.projectCode()) : row.groupId();
  }

  // ------------------------------------------------------------------ 发送培训邀请, 培训报名

  /**
   * 发送培训邀请: the person's pass. What they answer is local to it (so people answering at once never see or
   * overwrite each other's), and they are told once.
   */
  public void invite(long sessionId, String userId, BiConsumer<String, Object> local) {
    TrainingSession session = session(sessionId);
    TrainingParticipant row = participant(sessionId, userId);
    local.accept(MEMBER_GROUP, candidateGroup(row));
    if (row.projectCode() != null) {
      local.accept(PROJECT_CODE, row.projectCode());
    }
    local.accept(REGISTRATION, null);
    local.accept(DECLINE_REASON, null);
    notifications.notifyOnce("training-invitation:" + sessionId + ":" + userId, userId,
        "培训邀请：" + shorten(session.topic()),
        regionName(session.regionCode()) + "区域运营管理部组织培训《" + session.topic() + "》，讲师 " + session.trainer()
            + "，" + timeText(session.startsAt()) + " 开始，" + hoursText(session.hours()) + "，"
            + (session.place() == null ? "线上：" + session.link() : "地点：" + session.place())
            + "。请在培训开始前于待办中报名。",
        TrainingProcess.businessKey(sessionId), session.regionCode());
  }

  /** 培训报名: yes or no, and a reason when declining (optional, in the form's limit). */
  public static void checkRegistration(Object registration, Object reason) {
    if (!REGISTER_YES.equals(registration) && !REGISTER_NO.equals(registration)) {
      throw InputRejectedException.badInput(REGISTRATION, "请选择是否报名参加");
    }
    if (reason != null && (!(reason instanceof String text) || text.strip().length() > MAX_DECLINE_REASON)) {
      throw InputRejectedException.badInput(DECLINE_REASON, "说明为文字，不超过 " + MAX_DECLINE_REASON + " 个字");
    }
  }

  /** 登记报名 (a pending row only: a repeat changes nothing). */
  public void register(long sessionId, String userId, Object registration, Object reason) {
    boolean yes = REGISTER_YES.equals(registration);
    String text = !yes && reason instanceof String s && !s.isBlank() ? s.strip() : null;
    trainings.register(sessionId, userId, yes ? Registration.REGISTERED : Registration.DECLINED, text,
        EngineTime.now().withNano(0));
  }

  // ------------------------------------------------------------------ 截止报名, 培训签到, 登记签到

  /**
   * 截止报名 (the session starts): who has not answered is NO_RESPONSE, the 签到 form lists everyone invited (the
   * registered first: someone who did not register may still come), and the organiser is told.
   */
  public void closeRegistration(long sessionId, BiConsumer<String, Object> variables) {
    TrainingSession session = session(sessionId);
    trainings.markNoResponse(sessionId);
    trainings.closeRegistration(sessionId);
    List<TrainingParticipant> rows = trainings.findParticipants(sessionId);
    Map<String, String> names = audience.userNames(rows.stream().map(TrainingParticipant::userId).toList());
    List<Map<String, String>> options = new ArrayList<>();
    for (TrainingParticipant row : rows) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", names.getOrDefault(row.userId(), row.userId()) + "（" + row.registration().label() + "）");
      option.put("value", row.userId());
      options.add(option);
    }
    variables.accept(INVITEE_OPTIONS, SpinValues.jsonValue(Spin.JSON(options).toString()).create());
    String summary = summary(rows);
    variables.accept(REGISTRATION_SUMMARY, summary);
    notifications.notifyOnce("training-check-in:" + sessionId, session.organiser(),
        "请完成培训签到：" + shorten(session.topic()),
        "《" + session.topic() + "》报名已截止：" + summary + "请在培训结束后于待办中勾选实际到场人员。",
        TrainingProcess.businessKey(sessionId), session.regionCode());
  }

  static String summary(List<TrainingParticipant> rows) {
    Map<Registration, Long> by = rows.stream().collect(Collectors.groupingBy(TrainingParticipant::registration,
        Collectors.counting()));
    return "邀请 " + rows.size() + " 人，" + Registration.REGISTERED.label() + " " + by.getOrDefault(Registration.REGISTERED, 0L)
        + " 人，" + Registration.DECLINED.label() + " " + by.getOrDefault(Registration.DECLINED, 0L) + " 人，"
        + Registration.NO_RESPONSE.label() + " " + by.getOrDefault(Registration.NO_RESPONSE, 0L) + " 人。";
  }

  /**
   * 培训签到 as the organiser ticked it: everyone ticked was invited. Nobody ticked is allowed (nobody came); the
   * feedback then asks no one. Returns the ticked user ids without repeats.
   */
  public List<String> checkAttendance(long sessionId, Object attendees) {
    Set<String> invited = Set.copyOf(trainings.findInvitees(sessionId));
    Set<String> ticked = new LinkedHashSet<>();
    for (String id : TrainingAudience.values(attendees)) {
      if (id == null || !invited.contains(id.strip())) {
        throw InputRejectedException.badInput(ATTENDEES, "不是本次培训的邀请对象：" + id);
      }
      ticked.add(id.strip());
    }
    return List.copyOf(ticked);
  }

  /**
   * 登记签到: the ticked people attended (once: a repeat changes nothing), and the feedback they are asked for is due
   * {@value TrainingProcess#FEEDBACK_DAYS} days from today, reminded that morning, expiring after
   * {@value TrainingProcess#EXPIRY_DAYS} days.
   */
  public void recordAttendance(long sessionId, Object attendees, String by, BiConsumer<String, Object> variables) {
    TrainingSession session = session(sessionId);
    LocalDateTime now = EngineTime.now().withNano(0);
    String recorder = by == null ? session.organiser() : by;
    for (String userId : checkAttendance(sessionId, attendees)) {
      trainings.checkIn(sessionId, userId, recorder, now);
    }
    trainings.recordAttendance(sessionId, recorder, now);
    LocalDate due = now.toLocalDate().plusDays(FEEDBACK_DAYS);
    variables.accept(FEEDBACK_DUE, due.toString());
    variables.accept(FEEDBACK_DUE_DATE, dueAt(due));
    variables.accept(FEEDBACK_REMIND_AT, EngineTime.toDate(due.atTime(NOTICE_HOUR, 0)));
    variables.accept(FEEDBACK_EXPIRES_AT, dueAt(now.toLocalDate().plusDays(EXPIRY_DAYS)));
  }

  // ------------------------------------------------------------------ 请参训人员反馈, 反馈, 答题

  /** 请参训人员反馈: the attendee's pass, with its answers local to it; they are told once. */
  public void askFeedback(long sessionId, String userId, Object feedbackDue, BiConsumer<String, Object> local) {
    TrainingSession session = session(sessionId);
    TrainingParticipant row = participant(sessionId, userId);
    local.accept(MEMBER_GROUP, candidateGroup(row));
    if (row.projectCode() != null) {
      local.accept(PROJECT_CODE, row.projectCode());
    }
    local.accept(FEEDBACK_SCORE, null);
    local.accept(FEEDBACK_COMMENT, null);
    for (int n = 1; n <= com.regionops.policy.PolicyProcess.MAX_QUESTIONS; n++) {
      local.accept(answer(n), null);
    }
    local.accept(QUIZ_PASSED, false);
    local.accept(LAST_QUIZ_RESULT, null);
    notifications.notifyOnce("training-feedback:" + sessionId + ":" + userId, userId,
        "请填写培训反馈：" + shorten(session.topic()),
        "感谢参加《" + session.topic() + "》。请于 " + feedbackDue + " 前在待办中" + whatToDo(session) + "。",
        TrainingProcess.businessKey(sessionId), session.regionCode());
  }

  /** The score as the form's radio (text) or engine REST (a number) sends it: a whole number from 1 to 5. */
  public static int checkFeedback(Object score, Object comment) {
    Integer value = TrainingPlanService.whole(score);
    if (value == null || value < 1 || value > 5) {
      throw InputRejectedException.badInput(FEEDBACK_SCORE, "请为本次培训评分：1 至 5 分");
    }
    if (comment != null && (!(comment instanceof String text) || text.strip().length() > MAX_FEEDBACK_COMMENT)) {
      throw InputRejectedException.badInput(FEEDBACK_COMMENT, "意见为文字，不超过 " + MAX_FEEDBACK_COMMENT + " 个字");
    }
    return value;
  }

  /** 登记培训反馈 (a pending row only: a repeat, or feedback after the expiry, changes nothing). */
  public void giveFeedback(long sessionId, String userId, Object score, Object comment) {
    int value = checkFeedback(score, comment);
    String text = comment instanceof String s && !s.isBlank() ? s.strip() : null;
    trainings.giveFeedback(sessionId, userId, value, text, EngineTime.now().withNano(0));
  }

  /** Every question of the quiz has one of its options chosen; names the first that has not. */
  public void checkAnswers(long sessionId, Function<String, Object> variables) {
    session(sessionId).parsedQuiz().requireAnswers(i -> variables.apply(answer(i)), i -> answer(i));
  }

  /** A graded attempt, and what the attendee reads about it in the quiz form. */
  public record Grade(int attemptNo, int score, int questionCount, boolean passed, String message) {
  }

  /**
   * 评阅答卷: grades against the stored quiz (the grading policies use), records the attempt, and on reaching the pass
   * mark marks the attendee passed (a training record). Wrong questions are named, the right answers never.
   */
  public Grade grade(long sessionId, String userId, Function<String, Object> variables) {
    TrainingSession session = session(sessionId);
    Quiz quiz = session.parsedQuiz();
    TrainingParticipant row = participant(sessionId, userId);
    Quiz.Graded graded = quiz.grade(n -> variables.apply(answer(n)));
    boolean passed = graded.passed(session.passMark());
    int attemptNo = row.quizAttempts() + 1;
    LocalDateTime now = EngineTime.now().withNano(0);
    trainings.insertAttempt(new KeyedRow<>(new TrainingQuizAttempt(null, sessionId, userId, attemptNo,
        graded.score(), quiz.size(), passed, graded.answers(), now)));
    trainings.recordQuizResult(sessionId, userId, graded.score(), passed, now);
    String result = "第 " + attemptNo + " 次答题：答对 " + graded.score() + "/" + quiz.size() + " 题";
    String message = passed ? result + "，已通过。"
        : result + "（答错第 " + String.join("、", graded.wrong().stream().map(String::valueOf).toList())
            + " 题），未达到及格线 " + session.passMark() + " 题，请复习培训资料后再次作答。";
    return new Grade(attemptNo, graded.score(), quiz.size(), passed, message);
  }

  /** The feedback is due: an attendee who has not given it (or not passed the quiz) is reminded, once. */
  public void remind(long sessionId, String userId) {
    TrainingSession session = session(sessionId);
    TrainingParticipant row = trainings.findParticipant(sessionId, userId);
    if (row == null || (row.feedbackStatus() != FeedbackStatus.PENDING && (!session.hasQuiz() || row.quizPassed()))) {
      return;
    }
    notifications.notifyOnce("training-feedback-reminder:" + sessionId + ":" + userId, userId,
        "培训反馈提醒：" + shorten(session.topic()),
        "请于今日在待办中" + whatToDo(session) + "：《" + session.topic() + "》（" + timeText(session.startsAt()) + "）。",
        TrainingProcess.businessKey(sessionId), session.regionCode());
  }

  /** The window closed: feedback not given is EXPIRED (an unpassed quiz stays unpassed); the session goes on. */
  public void expire(long sessionId, String userId) {
    trainings.expireFeedback(sessionId, userId);
  }

  /** 结束培训: every attendee has answered or expired. */
  public void close(long sessionId) {
    trainings.closeSession(sessionId, EngineTime.now().withNano(0));
  }

  /**
   * Only the person answers for themself: the task's candidate group (their office or their audience group) may see
   * it, but not answer it. The engine's own calls (no user) are not checked.
   */
  public static void requireParticipant(DelegateTask task) {
    Object participant = task.getVariable(PARTICIPANT);
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller != null && caller.getUserId() != null && !caller.getUserId().equals(participant)) {
      User owner = participant == null ? null : task.getProcessEngineServices().getIdentityService()
          .createUserQuery().userId(participant.toString()).singleResult();
      throw new InputRejectedException(403, PARTICIPANT, "培训报名、反馈和答题须由本人办理：此任务属于"
          + (owner == null ? "其他成员" : TrainingAudience.nameOf(owner)));
    }
  }

  private static String whatToDo(TrainingSession session) {
    return session.hasQuiz() ? "为本次培训评分并完成培训答题" : "为本次培训评分";
  }

  private static String shorten(String topic) {
    return topic.length() <= SUBJECT_TOPIC ? topic : topic.substring(0, SUBJECT_TOPIC - 1) + "…";
  }
}
