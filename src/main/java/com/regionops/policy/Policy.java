package com.regionops.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A policy version as published: by group-ops for the whole group (scope GROUP, regionCode null) or by a region's
 * region-ops for its region. issuer is whose number series it belongs to ('GROUP' or the region's code).
 */
public record Policy(
    Long id,
    String scope,
    String regionCode,
    String issuer,
    String number,
    int version,
    String title,
    String summary,
    LocalDate effectiveDate,
    LocalDate acknowledgeBy,
    String audienceGroups,
    String quiz,
    Integer passMark,
    String publishedBy,
    LocalDateTime publishedAt,
    Long supersededBy,
    LocalDateTime supersededAt) {

  public static final String GROUP = "GROUP";
  public static final String REGION = "REGION";

  public boolean byGroup() {
    return GROUP.equals(scope);
  }

  /** The groups it applies to, in the order given. */
  public List<String> groups() {
    return audienceGroups == null || audienceGroups.isBlank() ? List.of()
        : Arrays.stream(audienceGroups.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
  }

  public boolean hasQuiz() {
    return quiz != null && !quiz.isBlank();
  }

  public Quiz parsedQuiz() {
    return hasQuiz() ? Quiz.fromJson(quiz) : null;
  }

  public boolean superseded() {
    return supersededBy != null;
  }
}
