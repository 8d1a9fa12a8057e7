package com.regionops.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.meeting.DecisionItem;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingMapper;
import com.regionops.meeting.MeetingService;
import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_inspection_plan and its rows, and the facts the proposal reads from past inspections, on H2 and MariaDB. */
class InspectionPlanMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aPlanItsRowsAndWhatPastInspectionsLeft(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      InspectionPlanMapper plans = session.getMapper(InspectionPlanMapper.class);
      InspectionMapper inspections = session.getMapper(InspectionMapper.class);
      MeetingService meetings = new MeetingService(session.getMapper(MeetingMapper.class));
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      Project quiet = Fixtures.project(session, region.code());

      KeyedRow<InspectionPlan> row = new KeyedRow<>(new InspectionPlan(null, region.code(), "2027-Q1",
          InspectionPlan.DRAFT, "pi-plan", null, null, LocalDateTime.of(2027, 1, 1, 8, 0)));
      plans.insertPlan(row);
      long planId = row.getId();
      plans.insertPlan(new KeyedRow<>(new InspectionPlan(null, region.code(), "2026-Q4", InspectionPlan.APPROVED, null,
          null, null, null)));
      assertThatThrownBy(() -> plans.insertPlan(new KeyedRow<>(new InspectionPlan(null, region.code(), "2027-Q1",
          InspectionPlan.DRAFT, null, null, null, null))))
          .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("uk_inspection_plan_quarter"));
      assertThat(plans.findPlans(region.code())).extracting(InspectionPlan::quarter).containsExactly("2027-Q1", "2026-Q4");

      plans.insertItem(new PlanItem(null, planId, 1, project.code(), InspectionKind.PROGRESS, LocalDate.of(2027, 1, 11),
          3, "engineering.south", "design.south", "连续两次红色" + Fixtures.FOUR_BYTE_TEXT, true, true, null));
      plans.insertItem(new PlanItem(null, planId, 2, quiet.code(), InspectionKind.SPECIAL, LocalDate.of(2027, 1, 13),
          0, null, null, null, false, false, null));
      List<PlanItem> items = plans.findItems(planId);
      assertThat(items).extracting(PlanItem::proposed).containsExactly(true, false);
      assertThat(items.get(0).reason()).isEqualTo("连续两次红色" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(items.get(1).leadInspector()).isNull();

      KeyedRow<Inspection> inspection = new KeyedRow<>(new Inspection(null, region.code(), project.code(),
          InspectionKind.PROGRESS, LocalDate.of(2027, 1, 11), 3, "engineering.south", null, null,
          InspectionStatus.PLANNED, null, null, "president.south", null, null, null, planId));
      inspections.insert(inspection);
      plans.linkItemInspection(items.get(0).id(), inspection.getId());
      assertThat(plans.findItems(planId).get(0).inspectionId()).isEqualTo(inspection.getId());
      assertThat(inspections.findById(inspection.getId()).planId()).isEqualTo(planId);
      plans.updatePlanStatus(planId, InspectionPlan.APPROVED, "president.south", LocalDateTime.of(2027, 1, 6, 10, 0));
      assertThat(plans.findPlan(planId).approvedBy()).isEqualTo("president.south");
      assertThat(plans.findPlan(planId).status()).isEqualTo(InspectionPlan.APPROVED);
      assertThat(plans.deleteItems(planId)).as("an edit replaces every row").isEqualTo(2);

      // an earlier inspection with a serious finding still open and a general one verified
      KeyedRow<Inspection> earlier = new KeyedRow<>(new Inspection(null, region.code(), project.code(),
          InspectionKind.SPECIAL, LocalDate.of(2026, 10, 9), 0, "engineering.south", null, null,
          InspectionStatus.RECTIFYING, null, null, "ops.south", null, null, null, null));
      inspections.insert(earlier);
      Meeting report = meetings.recordSchedule(new Meeting(null, "INSPECTION", region.code(), project.code(), null,
          "专项巡检", LocalDateTime.of(2026, 10, 9, 9, 0), null, "engineering.south", null, null, null, null,
          "pi-earlier-" + earlier.getId()));
      List<Long> decisions = meetings.saveMinutes(report.id(), null, "报告", "engineering.south", List.of(
          new DecisionItem("整改一", "office-" + project.code(), null, LocalDate.of(2026, 10, 16), "engineering.south"),
          new DecisionItem("整改二", "office-" + project.code(), null, LocalDate.of(2026, 11, 8), "engineering.south")));
      inspections.insertFinding(new InspectionFinding(null, earlier.getId(), 1, FindingCategory.SAFETY,
          FindingSeverity.SERIOUS, null, null, "临边防护缺失", null, "立即整改", decisions.get(0)));
      inspections.insertFinding(new InspectionFinding(null, earlier.getId(), 2, FindingCategory.SAFETY,
          FindingSeverity.SERIOUS, null, null, "消防通道堵塞", null, "清理通道", decisions.get(1)));
      meetings.reportDone(decisions.get(1), "已清理", LocalDate.of(2026, 10, 20));
      meetings.review(decisions.get(1), true, "核验通过", "engineering.south");

      assertThat(plans.findLastInspections(region.code())).as("the planned one of January has not taken place")
          .containsExactly(new InspectionPlanMapper.LastInspection(project.code(), LocalDate.of(2026, 10, 9)));
      assertThat(plans.countOpenSeriousFindings(region.code())).as("the verified one no longer counts")
          .containsExactly(new InspectionPlanMapper.OpenSerious(project.code(), 1));
      assertThat(plans.countOpenSeriousFindings(Fixtures.region(session).code())).isEmpty();
    }
  }
}
