package com.regionops.kpi;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.support.Fixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.apache.ibatis.session.SqlSession;

/**
 * A hand-made month (March 2027) of one project with every edge of the KPI rules, written in an
 * uncommitted session. The expected figures, worked out by hand, are the constants below.
 *
 * <pre>
 * node        level      planned (now)  as at 03-01  actual   due  achieved
 * EARLY       L1         03-10          03-10        03-05    yes  yes   finished early
 * ONDAY       L1         03-15          03-15        03-15    yes  yes   on the day
 * LATE        L1         04-30          03-20        03-21    yes  no    a day late; moved 04-01 00:00 (lock taken late)
 * OPEN        L1         03-25          03-25        -        yes  no    unfinished
 * PENDING     L1         03-18          03-18        -        yes  no    a PENDING adjustment changes nothing
 * ADJ_IN      L2         04-15          03-12        04-02    yes  no    adjusted within the month (03-08): still due
 * ADJ_BEFORE  L2         03-28          03-28        03-27    yes  yes   adjusted before the month (02-25) into it
 * TWICE       L3         04-10          03-14        03-20    yes  no    adjusted twice in the month: the earliest old date
 * M_LAST      MILESTONE  03-31          03-31        03-31    yes  yes   last day of the month
 * MOVED_OUT   L1         04-20          04-20        -        no         moved out before the month (02-20)
 * FEB         L1         02-28          02-28        02-28    no         the month before
 * APR         L1         04-01          04-01        -        no         the month after
 * </pre>
 */
final class KpiMonth {

  static final YearMonth MONTH = YearMonth.of(2027, 3);
  static final String PERIOD = "2027-03";
  static final int DUE = 9;
  static final int ACHIEVED = 4;
  static final int DUE_L1 = 5;
  static final int ACHIEVED_L1 = 2;
  static final int DUE_L2 = 2;
  static final int ACHIEVED_L2 = 1;
  static final int DUE_L3 = 1;
  static final int ACHIEVED_L3 = 0;
  static final int DUE_MILESTONE = 1;
  static final int ACHIEVED_MILESTONE = 1;
  /** ADJ_IN (03-08), TWICE (03-05, 03-20); not ADJ_BEFORE (02-25), LATE (04-01), the rejected or the pending one. */
  static final int ADJUSTMENTS = 3;
  /** D_OPEN, D_LATE_VERIFIED, D_EARLIER_OPEN, D_OFFICE (see decisions()). */
  static final int OVERDUE_DECISIONS = 4;
  /** C_REVIEW, C_VALIDITY (see certificates()). */
  static final int LAPSED_CERTIFICATES = 2;

  final SqlSession session;
  final Region region;
  final Project project;
  final Project other;
  final PlanNodeMapper nodes;

  KpiMonth(SqlSession session) {
    this.session = session;
    this.region = Fixtures.region(session);
    this.project = Fixtures.project(session, region.code());
    this.other = Fixtures.project(session, region.code());
    this.nodes = session.getMapper(PlanNodeMapper.class);
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2027, month, day);
  }

  static LocalDateTime t(int month, int day, int hour) {
    return LocalDateTime.of(2027, month, day, hour, 0);
  }

  KpiMonth build() {
    node("EARLY", NodeLevel.L1, d(3, 10), d(3, 5));
    node("ONDAY", NodeLevel.L1, d(3, 15), d(3, 15));
    long late = node("LATE", NodeLevel.L1, d(4, 30), d(3, 21));
    adjustment(late, d(3, 20), d(4, 30), "APPROVED", t(4, 1, 0));
    node("OPEN", NodeLevel.L1, d(3, 25), null);
    long pending = node("PENDING", NodeLevel.L1, d(3, 18), null);
    adjustment(pending, d(3, 18), d(4, 30), "PENDING", null);
    long in = node("ADJ_IN", NodeLevel.L2, d(4, 15), d(4, 2));
    adjustment(in, d(3, 12), d(4, 15), "APPROVED", t(3, 8, 10));
    long before = node("ADJ_BEFORE", NodeLevel.L2, d(3, 28), d(3, 27));
    adjustment(before, d(2, 20), d(3, 28), "APPROVED", t(2, 25, 10));
    long twice = node("TWICE", NodeLevel.L3, d(4, 10), d(3, 20));
    adjustment(twice, d(3, 14), d(3, 25), "APPROVED", t(3, 5, 9));
    adjustment(twice, d(3, 25), d(4, 10), "APPROVED", t(3, 20, 9));
    long onDay = nodes.findByCode(project.code(), "ONDAY").id();
    adjustment(onDay, d(3, 15), d(3, 30), "REJECTED", t(3, 10, 9));
    node("M_LAST", NodeLevel.MILESTONE, d(3, 31), d(3, 31));
    long out = node("MOVED_OUT", NodeLevel.L1, d(4, 20), null);
    adjustment(out, d(3, 5), d(4, 20), "APPROVED", t(2, 20, 9));
    node("FEB", NodeLevel.L1, d(2, 28), d(2, 28));
    node("APR", NodeLevel.L1, d(4, 1), null);
    decisions();
    certificates();
    return this;
  }

  long node(String code, NodeLevel level, LocalDate plannedFinish, LocalDate actualFinish) {
    return node(project, code, level, plannedFinish, actualFinish);
  }

  long node(Project owner, String code, NodeLevel level, LocalDate plannedFinish, LocalDate actualFinish) {
    nodes.insert(new PlanNode(null, owner.code(), code, "节点" + code, level, NodeCategory.CONSTRUCTION, null, null,
        null, plannedFinish.minusDays(20), plannedFinish, actualFinish == null ? null : plannedFinish.minusDays(20),
        actualFinish, actualFinish == null ? 50 : 100));
    return nodes.findByCode(owner.code(), code).id();
  }

  void adjustment(long nodeId, LocalDate from, LocalDate to, String status, LocalDateTime decidedAt) {
    update("INSERT INTO ro_plan_adjustment (project_code, node_id, old_planned_finish, new_planned_finish, delay_days,"
        + " reason, status, requested_by, requested_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        project.code(), nodeId, from, to, (int) (to.toEpochDay() - from.toEpochDay()), "测试调整原因十个字以上",
        status, "office.test", from.minusDays(30).atStartOfDay(), decidedAt);
  }

  /**
   * D_OPEN due 03-15 open (overdue); D_VERIFIED due 03-20 verified 03-25 (not); D_LATE_VERIFIED due 03-31
   * verified 04-02 (overdue at month end); D_APRIL due 04-01 (not yet due); D_EARLIER_OPEN due 02-10 still open
   * (overdue); D_OFFICE of a meeting without a project, owned by office-{project}, done but not verified
   * (overdue); D_REGION owned by region-ops (not the project's); D_OTHER of another project's meeting (not).
   */
  void decisions() {
    long meeting = meeting(project.code());
    decision(meeting, 1, "office-" + project.code(), d(3, 15), "OPEN", null);
    decision(meeting, 2, "office-" + project.code(), d(3, 20), "VERIFIED", t(3, 25, 10));
    decision(meeting, 3, "office-" + project.code(), d(3, 31), "VERIFIED", t(4, 2, 10));
    decision(meeting, 4, "office-" + project.code(), d(4, 1), "OPEN", null);
    decision(meeting, 5, "office-" + project.code(), d(2, 10), "OPEN", null);
    long regional = meeting(null);
    decision(regional, 1, "office-" + project.code(), d(3, 10), "DONE", null);
    decision(regional, 2, "region-ops", d(3, 10), "OPEN", null);
    long others = meeting(other.code());
    decision(others, 1, "office-" + other.code(), d(3, 10), "OPEN", null);
  }

  /**
   * C_REVIEW expired, review due 03-15 (lapsed); C_VALIDITY expired, no review date, valid until 03-31 (lapsed);
   * C_FEB expired 02-28 (not); C_VALID valid until 03-10 but not EXPIRED (not); C_APRIL expired, review due
   * 04-01 though valid until 03-05 (the review date decides: not).
   */
  void certificates() {
    certificate(project, "EXPIRED", d(3, 15), d(6, 30));
    certificate(project, "EXPIRED", null, d(3, 31));
    certificate(project, "EXPIRED", null, d(2, 28));
    certificate(project, "VALID", null, d(3, 10));
    certificate(project, "EXPIRED", d(4, 1), d(3, 5));
    certificate(other, "EXPIRED", d(3, 15), d(3, 15));
  }

  long meeting(String projectCode) {
    return insertKeyed("INSERT INTO ro_meeting (kind, region_code, project_code, title) VALUES (?, ?, ?, ?)",
        projectCode == null ? "OPERATING_REVIEW" : "GATE", region.code(), projectCode, "测试会议");
  }

  void decision(long meetingId, int seq, String owner, LocalDate due, String status, LocalDateTime verifiedAt) {
    update("INSERT INTO ro_meeting_decision (meeting_id, seq, content, owner_group, due_date, status, verified_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", meetingId, seq, "决议事项" + seq, owner, due, status, verifiedAt);
  }

  void certificate(Project owner, String status, LocalDate nextReviewDue, LocalDate validUntil) {
    update("INSERT INTO ro_certificate (type_code, cert_no, holder_company, project_code, region_code, valid_until,"
        + " next_review_due, responsible_group, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "PRESALE_PERMIT", Fixtures.code("KPI"), "测试置业有限公司", owner.code(), owner.regionCode(), validUntil,
        nextReviewDue, "office-" + owner.code(), status);
  }

  void update(String sql, Object... values) {
    try (PreparedStatement statement = prepare(sql, false, values)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long insertKeyed(String sql, Object... values) {
    try (PreparedStatement statement = prepare(sql, true, values)) {
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private PreparedStatement prepare(String sql, boolean keys, Object... values) throws SQLException {
    Connection connection = session.getConnection();
    PreparedStatement statement = keys ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
        : connection.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    return statement;
  }
}
