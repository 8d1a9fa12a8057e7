package com.regionops.training;

import com.regionops.kpi.KpiRate;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.org.RegionService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.ApiException;
import com.regionops.policy.PolicyService;
import com.regionops.policy.TrainingRecord;
import com.regionops.training.TrainingMapper.AttendedRow;
import com.regionops.training.TrainingMapper.PassedQuizRow;
import com.regionops.training.TrainingMapper.RecordRow;
import com.regionops.training.TrainingMapper.SessionCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * 培训记录: a person's year (sessions attended with their hours, training quizzes and policy quizzes passed) and a
 * region's (invited, attended, the attendance rate and the hours per audience group and per project).
 */
@Service
public class TrainingRecordService {

  /** The first year a record may be asked for. */
  static final int FIRST_YEAR = 2000;
  /** Rates as the KPI shows them: percent with one decimal, rounded half up. */
  static final int RATE_SCALE = 1;

  private final TrainingMapper trainings;
  private final PolicyService policies;
  private final TrainingAudience audience;
  private final RegionService regions;
  private final ProjectMapper projects;

  public TrainingRecordService(TrainingMapper trainings, PolicyService policies, TrainingAudience audience,
      RegionService regions, ProjectMapper projects) {
    this.trainings = trainings;
    this.policies = policies;
    this.audience = audience;
    this.regions = regions;
    this.projects = projects;
  }

  /** The year asked for, this year when none; refused (naming year) outside the years records are kept for. */
  static int requireYear(Integer year) {
    if (year == null) {
      return EngineTime.today().getYear();
    }
    if (year < FIRST_YEAR || year > EngineTime.MAX_YEAR) {
      throw ApiException.badInput("year", "年度须为 " + FIRST_YEAR + "–" + EngineTime.MAX_YEAR + " 之间的整数");
    }
    return year;
  }

  // ------------------------------------------------------------------ a person's

  /**
   * A person's training record of a year. Read by the person themself, by region-ops and the president of a region
   * the person belongs to, by group-ops and camunda-admin. Anyone else is refused before the person is looked up,
   * and a person outside the caller's regions is answered as one who does not exist.
   */
  public PersonRecord person(ApiUser user, String userId, Integer year) {
    boolean self = user.id().equals(userId);
    boolean regionReader = user.groups().contains(Groups.REGION_OPS) || user.groups().contains(Groups.REGION_PRESIDENT);
    if (!self && !user.seesAllRegions() && !regionReader) {
      throw ApiException.forbidden("培训记录由本人、本区域运营管理部和区域总裁查看");
    }
    int y = requireYear(year);
    if (!self && (!audience.exists(userId)
        || (!user.seesAllRegions() && Collections.disjoint(audience.regionsOf(userId), user.tenants())))) {
      throw ApiException.notFound("人员不存在或不在您的范围内：" + userId);
    }
    LocalDateTime from = LocalDateTime.of(y, 1, 1, 0, 0);
    LocalDateTime to = from.plusYears(1);
    List<AttendedRow> attended = trainings.findAttended(userId, from, to);
    List<PassedQuizRow> quizzes = trainings.findPassedQuizzes(userId, from, to);
    List<TrainingRecord> policyQuizzes = policies.trainingRecords(userId).stream()
        .filter(r -> r.passedAt() != null && r.passedAt().getYear() == y).toList();
    if (!self && !user.seesAllRegions()) {
      // a region's readers see what the person did in their regions, not in another region the person also works in
      attended = attended.stream().filter(a -> user.tenants().contains(a.regionCode())).toList();
      java.util.Set<Long> sessions = attended.stream().map(AttendedRow::sessionId)
          .collect(java.util.stream.Collectors.toSet());
      quizzes = quizzes.stream().filter(q -> sessions.contains(q.sessionId())).toList();
      policyQuizzes = policyQuizzes.stream().filter(r -> policies.visibleTo(user, r.policyId())).toList();
    }
    BigDecimal hours = attended.stream().map(AttendedRow::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new PersonRecord(userId, audience.name(userId), y, attended.size(), hours, attended, quizzes,
        policyQuizzes);
  }

  /** A person's year: the sessions attended (hours counted), the training and the policy quizzes passed. */
  public record PersonRecord(String userId, String name, int year, int sessionsAttended, BigDecimal totalHours,
      List<AttendedRow> sessions, List<PassedQuizRow> trainingQuizzesPassed, List<TrainingRecord> policyQuizzesPassed) {
  }

  // ------------------------------------------------------------------ a region's

  /**
   * A region's year of training: per audience group and per project (its office's members), how many were invited
   * to the sessions whose 签到 is recorded, how many attended, the rate and the hours attended; and every session of
   * the year with its counts. For the region's region-ops and president, group-ops and camunda-admin.
   */
  public RegionRecords region(ApiUser user, String regionCode, Integer year) {
    Region region = regions.visible(user, regionCode);
    if (!TrainingAccess.manages(user, region.code())) {
      throw ApiException.forbidden("区域培训记录由本区域运营管理部、区域总裁和集团运营中心查看");
    }
    int y = requireYear(year);
    LocalDateTime from = LocalDateTime.of(y, 1, 1, 0, 0);
    LocalDateTime to = from.plusYears(1);
    List<RecordRow> rows = trainings.findRecordRows(region.code(), from, to);
    List<TrainingSession> sessions = trainings.findSessions(List.of(region.code()), from, to);
    Map<Long, SessionCounts> counts = new HashMap<>();
    if (!sessions.isEmpty()) {
      trainings.countParticipants(sessions.stream().map(TrainingSession::id).toList())
          .forEach(c -> counts.put(c.sessionId(), c));
    }
    List<SessionSummary> summaries = new ArrayList<>();
    for (TrainingSession s : sessions) {
      SessionCounts c = counts.getOrDefault(s.id(), new SessionCounts(s.id(), 0, 0, 0, 0, 0, 0));
      boolean recorded = s.attendanceRecordedAt() != null;
      summaries.add(new SessionSummary(s.id(), s.topic(), s.startsAt(), s.hours(), s.status(), s.status().label(),
          c.invited(), c.registered(), c.attended(), recorded ? rate(c.attended(), c.invited()) : null,
          TrainingService.averageScore(c), c.quizPassed()));
    }
    return new RegionRecords(region.code(), region.name(), y, attendance("ALL", "合计", rows),
        by(rows, RecordRow::groupId, Groups::nameOf),
        by(rows.stream().filter(r -> r.projectCode() != null).toList(), RecordRow::projectCode, this::projectName),
        summaries);
  }

  private String projectName(String code) {
    Project project = projects.findByCode(code);
    return project == null ? code : project.name();
  }

  private static List<Attendance> by(List<RecordRow> rows, Function<RecordRow, String> key,
      Function<String, String> name) {
    Map<String, List<RecordRow>> grouped = new TreeMap<>();
    rows.forEach(r -> grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    List<Attendance> out = new ArrayList<>();
    grouped.forEach((code, list) -> out.add(attendance(code, name.apply(code), list)));
    return out;
  }

  static Attendance attendance(String code, String name, List<RecordRow> rows) {
    int attended = (int) rows.stream().filter(RecordRow::attended).count();
    BigDecimal hours = rows.stream().filter(RecordRow::attended).map(RecordRow::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal rate = rate(attended, rows.size());
    return new Attendance(code, name, rows.size(), attended, rate, rate == null ? "无培训" : KpiRate.text(rate), hours);
  }

  /** 出勤率 = attended ÷ invited × 100, one decimal, half up; null when nobody was invited. */
  static BigDecimal rate(int attended, int invited) {
    return KpiRate.of(attended, invited, RATE_SCALE, RoundingMode.HALF_UP);
  }

  public record RegionRecords(String regionCode, String regionName, int year, Attendance overall,
      List<Attendance> byGroup, List<Attendance> byProject, List<SessionSummary> sessions) {
  }

  /** Of those invited to sessions whose 签到 is recorded: how many attended, the rate, and their hours (人·学时). */
  public record Attendance(String code, String name, int invited, int attended, BigDecimal rate, String rateText,
      BigDecimal hours) {
  }

  /** A session of the year with its counts; the rate once its 签到 is recorded. */
  public record SessionSummary(long id, String topic, LocalDateTime startsAt, BigDecimal hours, SessionStatus status,
      String statusLabel, int invited, int registered, int attended, BigDecimal rate, BigDecimal averageScore,
      int quizPassed) {
  }
}
