package com.regionops.projectsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A 重难点项目 support case. status: PROPOSED (awaiting the president), DECLINED, FORMING (the team
 * is being formed), ACTIVE (帮扶中), CLOSED. mode ON_SITE 驻场 / REMOTE 非驻场. The goal can be tied to
 * the system's own facts: a plan node done, or a gate passed.
 */
public record SupportCase(Long id, String regionCode, String projectCode, String problem, String goal, String mode,
    LocalDate startsOn, LocalDate endsOn, String reason, String leader, String members, String supportPlan,
    Integer visitsPlanned, Long goalNodeId, String goalGateCode, String status, Long meetingId,
    String processInstanceId, String createdBy, LocalDateTime createdAt, LocalDateTime closedAt) {

  public static final String PROPOSED = "PROPOSED";
  public static final String DECLINED = "DECLINED";
  public static final String FORMING = "FORMING";
  public static final String ACTIVE = "ACTIVE";
  public static final String CLOSED = "CLOSED";
}
