package com.regionops.training;

import com.regionops.policy.Quiz;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A training session (培训) of a region: what, who trains, when and for how long, where or online, for whom, who
 * arranged it (organiser, a region-ops user), and the optional quiz with its answers (never given to the process).
 */
public record TrainingSession(
    Long id,
    String regionCode,
    Long planItemId,
    String topic,
    String trainer,
    LocalDateTime startsAt,
    BigDecimal hours,
    String place,
    String link,
    String audienceGroups,
    String description,
    String quiz,
    Integer passMark,
    Integer questionCount,
    String organiser,
    SessionStatus status,
    String processInstanceId,
    LocalDateTime createdAt,
    String attendanceRecordedBy,
    LocalDateTime attendanceRecordedAt,
    LocalDateTime closedAt) {

  /** The audience groups in the order given. */
  public List<String> groups() {
    return split(audienceGroups);
  }

  public boolean hasQuiz() {
    return quiz != null && !quiz.isBlank();
  }

  public Quiz parsedQuiz() {
    return hasQuiz() ? Quiz.fromJson(quiz) : null;
  }

  static List<String> split(String groups) {
    return groups == null || groups.isBlank() ? List.of()
        : Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
  }
}
