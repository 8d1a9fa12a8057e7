package com.regionops.operating;

import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectStatus;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.engine.ProcessInstances;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 经营分析会: one per region and period, the offices' submissions and the region pack. */
@Service("operatingReviewService")
public class OperatingReviewService {

  private final OperatingReviewMapper reviews;
  private final ProjectMapper projects;
  private final TargetService targets;
  private final ProcessInstances instances;

  public OperatingReviewService(OperatingReviewMapper reviews, ProjectMapper projects, TargetService targets,
      ProcessInstances instances) {
    this.reviews = reviews;
    this.projects = projects;
    this.targets = targets;
    this.instances = instances;
  }

  /** A checked kind, year and quarter (implied for HALF_YEAR and ANNUAL). */
  public record Period(ReviewKind kind, int year, int quarter) {

    public String code() {
      return kind.period(quarter);
    }

    public String title() {
      return kind.title(year, quarter);
    }

    public String businessKey(String regionCode) {
      return regionCode + ":" + year + "-" + code();
    }
  }

  /** Refuses (400, naming the field) what is not a review period. */
  public static Period period(Object kindValue, Object yearValue, Object quarterValue) {
    ReviewKind kind = kind(kindValue);
    int year = number(yearValue, OperatingReviewProcess.REVIEW_YEAR, 2000, 2100, "年度为 2000–2100");
    int quarter = switch (kind) {
      case QUARTERLY -> number(quarterValue, OperatingReviewProcess.QUARTER, 1, 4, "季度经营分析会须指定季度 1–4");
      case HALF_YEAR -> 2;
      case ANNUAL -> 4;
    };
    // The half-year review is the second quarter's and the annual one the fourth's: never both.
    if (kind == ReviewKind.QUARTERLY && quarter % 2 == 0) {
      throw InputRejectedException.badInput(OperatingReviewProcess.QUARTER,
          "第二季度召开半年度经营分析会（HALF_YEAR），第四季度召开年度经营分析会（ANNUAL）");
    }
    if (kind.periodEnd(year, quarter).isAfter(EngineTime.today().plusMonths(1))) {
      throw InputRejectedException.badInput(OperatingReviewProcess.REVIEW_YEAR,
          kind.title(year, quarter) + "的期间尚未临近结束：最早在期末前一个月发起");
    }
    return new Period(kind, year, quarter);
  }

  /** The review of a period, opened once: a second start for the same period is a 409. */
  @Transactional
  public OperatingReview open(String regionCode, Object kindValue, Object yearValue, Object quarterValue,
      String startedBy, String processInstanceId) {
    Period p = period(kindValue, yearValue, quarterValue);
    OperatingReview existing = reviews.findByPeriod(regionCode, p.year(), p.code());
    if (existing != null && OperatingReview.OPEN.equals(existing.status())
        && !instances.running(existing.processInstanceId())) {
      reviews.deleteSubmissions(existing.id());
      reviews.reopen(existing.id(), processInstanceId, startedBy);
      return reviews.findById(existing.id());
    }
    if (existing != null) {
      throw InputRejectedException.conflict(OperatingReviewProcess.REVIEW_KIND,
          regionCode + " 的" + p.title() + "已发起（流程 " + existing.processInstanceId() + "）");
    }
    KeyedRow<OperatingReview> row = new KeyedRow<>(new OperatingReview(null, regionCode, p.kind(), p.year(), p.code(),
        p.kind().periodEnd(p.year(), p.quarter()), OperatingReview.OPEN, processInstanceId, null, null, startedBy,
        null));
    try {
      reviews.insert(row);
    } catch (DuplicateKeyException e) {
      throw InputRejectedException.conflict(OperatingReviewProcess.REVIEW_KIND, regionCode + " 的" + p.title()
          + "刚刚已由他人发起");
    }
    return reviews.findById(row.getId());
  }

  public boolean exists(String regionCode, int year, ReviewKind kind, int quarter) {
    return reviews.findByPeriod(regionCode, year, kind.period(quarter)) != null;
  }

  private static ReviewKind kind(Object value) {
    for (ReviewKind kind : ReviewKind.values()) {
      if (kind.name().equals(value)) {
        return kind;
      }
    }
    throw InputRejectedException.badInput(OperatingReviewProcess.REVIEW_KIND,
        "会议类型为 QUARTERLY（季度）、HALF_YEAR（半年度）或 ANNUAL（年度）");
  }

  private static int number(Object value, String field, int min, int max, String message) {
    int n;
    if (value instanceof Number number && number.doubleValue() == number.intValue()) {
      n = number.intValue();
    } else if (value instanceof String text && text.matches("\\d{1,4}")) {
      n = Integer.parseInt(text);
    } else {
      throw InputRejectedException.badInput(field, message);
    }
    if (n < min || n > max) {
      throw InputRejectedException.badInput(field, message);
    }
    return n;
  }

  /** The offices that submit: the region's active projects (the model's multi-instance). */
  public List<String> activeProjects(String regionCode) {
    return projects.findByRegions(List.of(regionCode)).stream().filter(p -> p.status() == ProjectStatus.ACTIVE)
        .map(Project::code).sorted().toList();
  }

  public OperatingReview review(String regionCode, Period period) {
    return reviews.findByPeriod(regionCode, period.year(), period.code());
  }

  /** The review this instance opened: its tasks act on it and on nothing their variables name. */
  public OperatingReview reviewOf(String processInstanceId) {
    OperatingReview review = reviews.findByProcess(processInstanceId);
    if (review == null) {
      throw new IllegalStateException("No operating review opened by instance " + processInstanceId);
    }
    return review;
  }

  public OperatingReview review(long id) {
    return reviews.findById(id);
  }

  public List<OperatingReview> reviews(List<String> regionCodes) {
    return reviews.findByRegions(regionCodes);
  }

  public List<OperatingSubmission> submissions(long reviewId) {
    return reviews.findSubmissions(reviewId);
  }

  /** The office's 经营分析: a report reference and a summary; kept once (a rerun keeps the first). */
  @Transactional
  public void submit(String processInstanceId, String projectCode, Object reference, Object summary, String userId) {
    String ref = reference instanceof String text ? text.strip() : "";
    if (ref.isEmpty() || ref.length() > 500) {
      throw InputRejectedException.badInput(OperatingReviewProcess.REPORT_REFERENCE,
          "请填写经营分析报告的文档编号或链接（不超过 500 字）");
    }
    String text = summary instanceof String s ? s.strip() : "";
    if (text.length() < 10 || text.length() > 2000) {
      throw InputRejectedException.badInput(OperatingReviewProcess.ANALYSIS_SUMMARY,
          "请概述本期经营情况、偏差原因与下期措施（10–2000 字）");
    }
    long reviewId = reviewOf(processInstanceId).id();
    boolean done = reviews.findSubmissions(reviewId).stream().anyMatch(s -> s.projectCode().equals(projectCode));
    if (!done) {
      reviews.insertSubmission(new OperatingSubmission(reviewId, projectCode, ref, text, userId, null));
    }
  }

  /** A project's target grades through the review's period, as shown in its submission form. */
  public String projectGrades(String processInstanceId, String projectCode) {
    OperatingReview review = reviewOf(processInstanceId);
    List<String> lines = targets.grades(review.regionCode(), review.reviewYear(), review.periodEnd().getMonthValue(),
        projectCode).stream().map(OperatingReviewService::line).toList();
    return lines.isEmpty() ? "本年度尚无已批准的经营目标" : String.join("\n", lines);
  }

  /**
   * The region pack: target grades of every project through the period end (from the approved
   * decomposition and the recorded actuals), the red and orange ones first, and the submissions.
   */
  @Transactional
  public String compilePack(String processInstanceId) {
    OperatingReview review = reviewOf(processInstanceId);
    long reviewId = review.id();
    List<TargetGrade> grades = targets.grades(review.regionCode(), review.reviewYear(),
        review.periodEnd().getMonthValue(), null);
    StringBuilder text = new StringBuilder();
    long red = grades.stream().filter(g -> "RED".equals(g.grade())).count();
    long orange = grades.stream().filter(g -> "ORANGE".equals(g.grade())).count();
    text.append("经营目标达成（截至 ").append(review.periodEnd()).append("）：红 ").append(red).append(" 项，橙 ")
        .append(orange).append(" 项，共评级 ").append(grades.stream().filter(g -> g.grade() != null).count())
        .append(" 项\n");
    if (grades.isEmpty()) {
      text.append("本年度尚无已批准的经营目标分解\n");
    }
    List<TargetGrade> ordered = new ArrayList<>(grades);
    ordered.sort(Comparator.comparingInt(OperatingReviewService::severity).reversed());
    for (TargetGrade grade : ordered) {
      text.append(line(grade)).append('\n');
    }
    text.append("\n项目经营分析提交：\n");
    for (OperatingSubmission submission : reviews.findSubmissions(reviewId)) {
      text.append(submission.projectCode()).append("：").append(submission.reportReference()).append("，")
          .append(submission.summary()).append('\n');
    }
    String pack = text.toString().strip();
    reviews.savePack(reviewId, null, pack);
    return pack;
  }

  @Transactional
  public void savePackReference(String processInstanceId, Object reference) {
    String ref = reference instanceof String text ? text.strip() : "";
    if (ref.isEmpty() || ref.length() > 500) {
      throw InputRejectedException.badInput(OperatingReviewProcess.PACK_REFERENCE,
          "请填写区域经营分析汇报材料的文档编号或链接（不超过 500 字）");
    }
    OperatingReview review = reviewOf(processInstanceId);
    reviews.savePack(review.id(), ref, review.packSummary());
  }

  @Transactional
  public void close(String processInstanceId) {
    reviews.close(reviewOf(processInstanceId).id());
  }

  private static String line(TargetGrade grade) {
    return grade.projectCode() + " " + grade.metric().label() + "：计划 " + TargetService.money(grade.ytdPlan())
        + "，实际 " + TargetService.money(grade.ytdActual()) + "，达成 "
        + (grade.achievementPct() == null ? "—" : grade.achievementPct().toPlainString() + "%") + "，"
        + (grade.grade() == null ? "" : grade.grade() + "，") + grade.measure();
  }

  private static int severity(TargetGrade grade) {
    return grade.grade() == null ? 0 : switch (grade.grade()) {
      case "RED" -> 4;
      case "ORANGE" -> 3;
      case "YELLOW" -> 2;
      default -> 1;
    };
  }
}
