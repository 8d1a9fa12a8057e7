package com.regionops.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowupEscalationDecisionTest {

  static final DmnDecision DECISION = Decisions.load("followup-escalation");

  /** A row per rule and per boundary of its range; "" = nobody is told. */
  @ParameterizedTest(name = "{0} days overdue, {1} -> {2}")
  @CsvSource({
      "-5, GATE, '', 未逾期",
      "0, GATE, '', 未逾期",
      "1, GATE, region-ops, 决议事项已逾期，请区域运营管理部督促责任人落实",
      "7, GATE, region-ops, 决议事项已逾期，请区域运营管理部督促责任人落实",
      "1, OPERATING_REVIEW, region-ops, 决议事项已逾期，请区域运营管理部督促责任人落实",
      "7, OPERATING_REVIEW, region-ops, 决议事项已逾期，请区域运营管理部督促责任人落实",
      "8, GATE, region-ops, 决议事项逾期超过一周，由区域运营管理部约谈责任人",
      "14, GATE, region-ops, 决议事项逾期超过一周，由区域运营管理部约谈责任人",
      "10, TOPIC_MEETING, region-ops, 决议事项逾期超过一周，由区域运营管理部约谈责任人",
      "15, GATE, region-president, 决议事项逾期超过两周，报区域总裁督办",
      "30, GATE, region-president, 决议事项逾期超过两周，报区域总裁督办",
      "8, OPERATING_REVIEW, region-president, 经营分析会决议逾期超过一周，报区域总裁督办",
      "30, OPERATING_REVIEW, region-president, 经营分析会决议逾期超过一周，报区域总裁督办",
      "31, GATE, group-ops, 决议事项逾期超过30天，报集团运营中心",
      "31, OPERATING_REVIEW, group-ops, 决议事项逾期超过30天，报集团运营中心",
      "400, GATE, group-ops, 决议事项逾期超过30天，报集团运营中心",
      "0, INSPECTION, '', 未逾期",
      "1, INSPECTION, region-ops, 巡检整改已逾期，请区域运营管理部督促项目公司整改",
      "7, INSPECTION, region-ops, 巡检整改已逾期，请区域运营管理部督促项目公司整改",
      "8, INSPECTION, region-ops, 巡检整改逾期超过一周，由区域运营管理部约谈项目公司",
      "14, INSPECTION, region-ops, 巡检整改逾期超过一周，由区域运营管理部约谈项目公司",
      "15, INSPECTION, region-president, 巡检整改逾期超过两周，报区域总裁督办",
      "30, INSPECTION, region-president, 巡检整改逾期超过两周，报区域总裁督办",
      "31, INSPECTION, group-ops, 巡检整改逾期超过30天，报集团运营中心",
      "10, COORDINATION, region-ops, 决议事项逾期超过一周，由区域运营管理部约谈责任人"})
  void escalationFollowsDaysOverdueAndMeetingKind(int daysOverdue, String meetingKind, String group, String notice) {
    DmnDecisionResultEntries result = Decisions.evaluate(DECISION,
        Map.of("daysOverdue", daysOverdue, "meetingKind", meetingKind)).getSingleResult();

    assertThat(result.<String>getEntry("escalateToGroup")).isEqualTo(group.isEmpty() ? null : group);
    assertThat(result.<String>getEntry("notice")).isEqualTo(notice);
  }
}
