package com.regionops.training;

import com.regionops.document.Document;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerType;
import com.regionops.document.Upload;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.Inputs;
import com.regionops.policy.PolicyService;
import com.regionops.policy.Quiz;
import com.regionops.training.TrainingMapper.SessionCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 培训: arranging a session (its process starts and invites the audience at once), what each person may see of the
 * sessions, their materials, and the collections the process's multi-instances walk. The steps the process takes are
 * in TrainingSteps; the training records in TrainingRecordService.
 */
@Service("trainingService")
public class TrainingService {

  static final int MAX_TOPIC = 200;
  static final int MAX_TRAINER = 100;
  static final int MAX_PLACE = 200;
  static final int MAX_LINK = 500;
  static final int MAX_DESCRIPTION = 2000;
  static final BigDecimal MAX_HOURS = new BigDecimal("24");
  static final Pattern LINK = Pattern.compile("https?://\\S+");

  private final TrainingMapper trainings;
  private final TrainingPlanMapper plans;
  private final TrainingAudience audience;
  private final TrainingAccess access;
  private final RuntimeService runtime;
  private final SystemCalls system;
  private final DocumentService documents;

  public TrainingService(TrainingMapper trainings, TrainingPlanMapper plans, TrainingAudience audience,
      TrainingAccess access, RuntimeService runtime, SystemCalls system, DocumentService documents) {
    this.trainings = trainings;
    this.plans = plans;
    this.audience = audience;
    this.access = access;
    this.runtime = runtime;
    this.system = system;
    this.documents = documents;
  }

  // ------------------------------------------------------------------ arranging

  /**
   * Region-ops arranges a session of their region and its process starts: the audience is invited before this
   * returns. A refusal names the field and writes nothing (the process starts in the same transaction).
   */
  @Transactional
  public Created create(ApiUser user, TrainingRequest request) {
    if (!user.groups().contains(Groups.REGION_OPS)) {
      throw ApiException.forbidden("培训由区域运营管理部组织");
    }
    if (request == null) {
      throw ApiException.badInput("topic", "请填写培训主题");
    }
    String regionCode = organisingRegion(user, request.regionCode());
    String topic = Inputs.required(request.topic(), "topic", "请填写培训主题", MAX_TOPIC);
    String trainer = Inputs.required(request.trainer(), "trainer", "请填写讲师", MAX_TRAINER);
    LocalDateTime startsAt = startsAt(request.startsAt());
    BigDecimal hours = hours(request.hours());
    String place = Inputs.optional(request.place(), "place", MAX_PLACE);
    String link = link(request.link());
    if (place == null && link == null) {
      throw ApiException.badInput("place", "请填写培训地点，或线上培训的会议链接（link）");
    }
    TrainingPlanItem item = planItem(request.planItemId(), regionCode, startsAt);
    List<String> groups = item != null && (request.audienceGroups() == null || request.audienceGroups().isEmpty())
        ? item.groups()
        : audience.groups(request.audienceGroups(), regionCode, "audienceGroups", ApiException::badInput);
    if (audience.members(groups, regionCode).isEmpty()) {
      throw ApiException.badInput("audienceGroups", "所选培训对象在本区域没有成员，无人可邀请");
    }
    String description = Inputs.optional(request.description(), "description", MAX_DESCRIPTION);
    Quiz quiz = PolicyService.quiz(request.quiz());
    Integer passMark = quiz == null ? null : PolicyService.passMark(request.quiz().passMark(), quiz.size());

    KeyedRow<TrainingSession> row = new KeyedRow<>(new TrainingSession(null, regionCode,
        item == null ? null : item.id(), topic, trainer, startsAt, hours, place, link, String.join(",", groups),
        description, quiz == null ? null : quiz.toJson(), passMark, quiz == null ? null : quiz.size(), user.id(),
        SessionStatus.REGISTRATION, null, EngineTime.now().withNano(0), null, null, null));
    trainings.insertSession(row);
    long id = row.getId();
    Map<String, Object> variables = new HashMap<>();
    variables.put(TrainingProcess.REGION_CODE, regionCode);
    variables.put(TrainingProcess.SESSION_ID, id);
    // started by the application only (ProjectTenantIdProvider.INTERNAL): over engine REST a caller could start a
    // session's process without its row
    ProcessInstance started = system.asSystem(() -> runtime.startProcessInstanceByKey(TrainingProcess.KEY,
        TrainingProcess.businessKey(id), variables));
    trainings.linkProcess(id, started.getProcessInstanceId());
    return new Created(id, regionCode, SessionStatus.REGISTRATION, trainings.findInvitees(id).size(),
        started.getProcessInstanceId(), TrainingProcess.businessKey(id));
  }

  /** What POST answers: the session, its process, and how many were invited. */
  public record Created(long id, String regionCode, SessionStatus status, int invited, String processInstanceId,
      String businessKey) {
  }

  /** The caller's region, or the one they name when they are region-ops in several. */
  private static String organisingRegion(ApiUser user, String requested) {
    if (requested != null && !requested.isBlank()) {
      String code = requested.strip();
      if (!user.tenants().contains(code)) {
        throw ApiException.forbidden("培训由本区域运营管理部组织：您不属于区域 " + code);
      }
      return code;
    }
    if (user.tenants().size() == 1) {
      return user.tenants().iterator().next();
    }
    if (user.tenants().isEmpty()) {
      throw ApiException.forbidden("您不属于任何区域，不能组织培训");
    }
    throw ApiException.badInput("regionCode", "您属于多个区域，请用 regionCode 指定组织培训的区域");
  }

  private static LocalDateTime startsAt(String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badInput("startsAt", "请填写培训开始时间（yyyy-MM-ddTHH:mm）");
    }
    LocalDateTime parsed = EngineTime.parseDateTime(value.strip());
    if (parsed == null) {
      throw ApiException.badInput("startsAt", "培训开始时间格式为 yyyy-MM-ddTHH:mm（北京时间）");
    }
    if (!value.contains("T")) {
      throw ApiException.badInput("startsAt", "请写明开始的钟点（yyyy-MM-ddTHH:mm）");
    }
    LocalDateTime now = EngineTime.now();
    LocalDateTime startsAt = parsed.withSecond(0).withNano(0);
    if (!startsAt.isAfter(now)) {
      throw ApiException.badInput("startsAt", "培训开始时间须晚于现在（" + now.withSecond(0).withNano(0) + "）");
    }
    if (startsAt.getYear() > now.getYear() + 1) {
      throw ApiException.badInput("startsAt", "培训最晚安排到明年年底");
    }
    return startsAt;
  }

  private static BigDecimal hours(BigDecimal hours) {
    if (hours == null) {
      throw ApiException.badInput("hours", "请填写培训学时");
    }
    if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
      throw ApiException.badInput("hours", "培训学时须大于 0、不超过 " + MAX_HOURS);
    }
    BigDecimal stripped = hours.stripTrailingZeros();
    if (stripped.scale() > 1) {
      throw ApiException.badInput("hours", "培训学时最多一位小数");
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String link(String value) {
    String link = Inputs.optional(value, "link", MAX_LINK);
    if (link != null && !LINK.matcher(link).matches()) {
      throw ApiException.badInput("link", "线上会议链接须以 http:// 或 https:// 开头，且不含空格");
    }
    return link;
  }

  /** The approved plan's item the session carries out, in its region and year; null when none is named. */
  private TrainingPlanItem planItem(Long id, String regionCode, LocalDateTime startsAt) {
    if (id == null) {
      return null;
    }
    TrainingPlanItem item = plans.findItem(id);
    TrainingPlan plan = item == null ? null : plans.findById(item.planId());
    if (plan == null || !plan.regionCode().equals(regionCode) || !plan.approved()) {
      throw ApiException.badInput("planItemId", "计划条目不存在，或不属于本区域已批准的年度培训计划：" + id);
    }
    if (startsAt.getYear() != plan.planYear()) {
      throw ApiException.badInput("planItemId", "培训日期不在该计划的年度（" + plan.planYear() + " 年）内");
    }
    return item;
  }

  // ------------------------------------------------------------------ materials

  /**
   * 培训资料: the region's region-ops attaches a file to a session not yet closed; the forms of its open tasks list
   * it at once, and whoever sees the session may read it (TrainingAccess).
   */
  @Transactional
  public Document attach(ApiUser user, long id, Upload file) {
    TrainingSession session = visible(user, id);
    if (!TrainingAccess.organises(user, session.regionCode())) {
      throw ApiException.forbidden("培训资料由本区域运营管理部上传");
    }
    if (session.status() == SessionStatus.CLOSED) {
      throw ApiException.conflict("file", "培训已结束，不能再上传资料");
    }
    Document filed = documents.fileIssued(user, OwnerType.TRAINING, Long.toString(id), session.regionCode(), file);
    String listed = filesText(id);
    system.asSystem(() -> runtime.createProcessInstanceQuery().processDefinitionKey(TrainingProcess.KEY)
        .processInstanceBusinessKey(TrainingProcess.businessKey(id)).list()
        .forEach(pi -> runtime.setVariable(pi.getId(), TrainingProcess.FILES, listed)));
    return filed;
  }

  /** The session's materials as its forms show them: a Markdown link to each, or empty. */
  public String filesText(long id) {
    return documents.markdownLinks(OwnerType.TRAINING, Long.toString(id));
  }

  // ------------------------------------------------------------------ reading

  /** The sessions the caller sees, the latest first; year and regionCode narrow them. */
  public List<SessionView> list(ApiUser user, Integer year, String regionCode) {
    LocalDateTime from = null;
    LocalDateTime to = null;
    if (year != null) {
      TrainingRecordService.requireYear(year);
      from = LocalDateTime.of(year, 1, 1, 0, 0);
      to = from.plusYears(1);
    }
    Collection<String> scope = user.seesAllRegions() ? null : user.tenants();
    if (regionCode != null && !regionCode.isBlank()) {
      scope = scope == null || scope.contains(regionCode.strip()) ? List.of(regionCode.strip()) : List.of();
    }
    List<TrainingSession> sessions = trainings.findSessions(scope, from, to).stream()
        .filter(s -> user.seesAllRegions() || user.hasRegionRole() || access.sees(user, s)).toList();
    Map<Long, SessionCounts> counts = counts(sessions.stream().map(TrainingSession::id).toList());
    return sessions.stream().map(s -> view(s, counts.get(s.id()))).toList();
  }

  /** One session with its materials, quiz, the caller's own row, and everyone's rows for those who manage it. */
  public Detail get(ApiUser user, long id) {
    TrainingSession session = visible(user, id);
    TrainingParticipant own = trainings.findParticipant(id, user.id());
    boolean manages = TrainingAccess.manages(user, session.regionCode());
    Quiz quiz = session.parsedQuiz();
    // the key is the organisers', and never of anyone the quiz asks
    boolean answers = (user.seesAllRegions() || TrainingAccess.organises(user, session.regionCode())) && own == null;
    PolicyService.QuizView quizView = null;
    if (quiz != null) {
      List<PolicyService.QuestionView> questions = new ArrayList<>();
      for (int i = 0; i < quiz.size(); i++) {
        Quiz.Question q = quiz.questions().get(i);
        questions.add(new PolicyService.QuestionView(i + 1, q.text(), q.options(), answers ? q.answer() : null));
      }
      quizView = new PolicyService.QuizView(session.passMark(), quiz.size(), questions);
    }
    List<ParticipantView> participants = null;
    if (manages) {
      List<TrainingParticipant> rows = trainings.findParticipants(id);
      Map<String, String> names = audience.userNames(rows.stream().map(TrainingParticipant::userId).toList());
      participants = rows.stream().map(p -> participant(p, names.getOrDefault(p.userId(), p.userId()))).toList();
    }
    PlanItemRef item = null;
    if (session.planItemId() != null) {
      TrainingPlanItem planItem = plans.findItem(session.planItemId());
      TrainingPlan plan = plans.findById(planItem.planId());
      item = new PlanItemRef(plan.id(), plan.title(), planItem.id(), planItem.itemNo(), planItem.topic(),
          planItem.planMonth());
    }
    return new Detail(view(session, counts(List.of(id)).get(id)), item,
        documents.ofOwner(OwnerType.TRAINING, Long.toString(id)), quizView,
        own == null ? null : participant(own, audience.name(own.userId())), participants);
  }

  TrainingSession visible(ApiUser user, long id) {
    TrainingSession session = trainings.findSession(id);
    if (session == null || !access.sees(user, session)) {
      throw ApiException.notFound("培训不存在或不在您的范围内：" + id);
    }
    return session;
  }

  private Map<Long, SessionCounts> counts(List<Long> ids) {
    Map<Long, SessionCounts> counts = new HashMap<>();
    if (!ids.isEmpty()) {
      trainings.countParticipants(ids).forEach(c -> counts.put(c.sessionId(), c));
    }
    return counts;
  }

  static SessionView view(TrainingSession s, SessionCounts c) {
    SessionCounts counts = c == null ? new SessionCounts(s.id(), 0, 0, 0, 0, 0, 0) : c;
    return new SessionView(s.id(), s.regionCode(), s.planItemId(), s.topic(), s.trainer(), s.startsAt(), s.hours(),
        s.place(), s.link(), s.groups(), TrainingAudience.names(s.groups()), s.description(), s.hasQuiz(),
        s.questionCount(), s.passMark(), s.organiser(), s.status(), s.status().label(), s.createdAt(),
        counts.invited(), counts.registered(), counts.attended(), counts.feedbackGiven(), averageScore(counts),
        counts.quizPassed());
  }

  /** The mean feedback score with one decimal; null before anyone gave one. */
  static BigDecimal averageScore(SessionCounts c) {
    return c.feedbackGiven() == 0 ? null
        : BigDecimal.valueOf(c.scoreSum()).divide(BigDecimal.valueOf(c.feedbackGiven()), 1, RoundingMode.HALF_UP);
  }

  static ParticipantView participant(TrainingParticipant p, String name) {
    return new ParticipantView(p.userId(), name, p.groupId(), Groups.nameOf(p.groupId()), p.projectCode(),
        p.registration(), p.registration().label(), p.answeredAt(), p.declineReason(), p.attended(), p.checkedInAt(),
        p.feedbackStatus(), p.feedbackStatus() == null ? null : p.feedbackStatus().label(), p.feedbackScore(),
        p.feedbackComment(), p.quizAttempts(), p.quizScore(), p.quizPassed(), p.quizPassedAt());
  }

  // ------------------------------------------------------------------ for the process

  /** The people a session invites (the rows 确定培训对象 wrote): the invitations' multi-instance collection. */
  public List<String> invitees(Object sessionId) {
    return trainings.findInvitees(((Number) sessionId).longValue());
  }

  /** The people the organiser checked in: the feedback's multi-instance collection. */
  public List<String> attendees(Object sessionId) {
    return trainings.findAttendees(((Number) sessionId).longValue());
  }

  // ------------------------------------------------------------------ what the API answers

  /** A session as lists show it (never the quiz's answers), with its counts. */
  public record SessionView(long id, String regionCode, Long planItemId, String topic, String trainer,
      LocalDateTime startsAt, BigDecimal hours, String place, String link, List<String> audienceGroups,
      String audienceNames, String description, boolean hasQuiz, Integer questionCount, Integer passMark,
      String organiser, SessionStatus status, String statusLabel, LocalDateTime createdAt, int invited,
      int registered, int attended, int feedbackGiven, BigDecimal averageScore, int quizPassed) {
  }

  public record Detail(SessionView session, PlanItemRef planItem, List<Document> documents,
      PolicyService.QuizView quiz, ParticipantView mine, List<ParticipantView> participants) {
  }

  /** The approved plan's item a session carries out. */
  public record PlanItemRef(long planId, String planTitle, long itemId, int itemNo, String topic, int month) {
  }

  /** One invited person's row: registration, 签到, feedback and quiz. */
  public record ParticipantView(String userId, String name, String groupId, String groupName, String projectCode,
      Registration registration, String registrationLabel, LocalDateTime answeredAt, String declineReason,
      boolean attended, LocalDateTime checkedInAt, FeedbackStatus feedbackStatus, String feedbackStatusLabel,
      Integer feedbackScore, String feedbackComment, int quizAttempts, Integer quizScore, boolean quizPassed,
      LocalDateTime quizPassedAt) {
  }
}
