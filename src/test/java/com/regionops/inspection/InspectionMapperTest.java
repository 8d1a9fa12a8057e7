package com.regionops.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.meeting.DecisionItem;
import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingMapper;
import com.regionops.meeting.MeetingService;
import com.regionops.org.Project;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_inspection and ro_inspection_finding, with the 整改 they point to, on H2 and on MariaDB. */
class InspectionMapperTest {

  static final LocalDate DAY = LocalDate.of(2027, 3, 10);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anInspectionIsReportedWithFindingsAndClosed(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      InspectionMapper mapper = session.getMapper(InspectionMapper.class);
      MeetingService meetings = new MeetingService(session.getMapper(MeetingMapper.class));
      PlanNodeMapper nodes = session.getMapper(PlanNodeMapper.class);
      Project project = Fixtures.project(session, Fixtures.region(session).code());
      nodes.insert(new PlanNode(null, project.code(), "M04", "主体结构封顶" + Fixtures.FOUR_BYTE_TEXT, NodeLevel.MILESTONE,
          NodeCategory.CONSTRUCTION, null, null, null, null, DAY.plusDays(20), null, null, 40));
      PlanNode node = nodes.findByCode(project.code(), "M04");

      KeyedRow<Inspection> earlier = new KeyedRow<>(inspection(project, DAY.minusDays(90)));
      mapper.insert(earlier);
      KeyedRow<Inspection> row = new KeyedRow<>(inspection(project, DAY));
      mapper.insert(row);
      long id = row.getId();
      Inspection planned = mapper.findById(id);
      assertThat(planned.kind()).isEqualTo(InspectionKind.SPECIAL);
      assertThat(planned.stayDays()).isEqualTo(3);
      assertThat(planned.inspectors()).isEqualTo("design.south,marketing.south");
      assertThat(planned.reason()).isEqualTo("资料抽查" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(planned.createdAt()).as("stamped with engine time when given").isEqualTo(LocalDateTime.of(2027, 3, 1, 10, 0));
      assertThat(mapper.findByProject(project.code())).extracting(Inspection::id)
          .as("latest planned first").containsExactly(id, earlier.getId());

      mapper.linkProcess(id, "pi-inspection");
      mapper.updateStatus(id, InspectionStatus.IN_PROGRESS);
      Meeting report = meetings.recordSchedule(new Meeting(null, "INSPECTION", project.regionCode(), project.code(),
          null, "专项巡检", DAY.atTime(9, 0), null, "engineering.south", null, null, null, null, "pi-inspection"));
      List<Long> decisionIds = meetings.saveMinutes(report.id(), null, "报告", "engineering.south", List.of(
          new DecisionItem("整改一", "office-" + project.code(), null, DAY.plusDays(7), "engineering.south"),
          new DecisionItem("整改二", "office-" + project.code(), null, DAY.plusDays(30), "engineering.south")));
      mapper.insertFinding(new InspectionFinding(null, id, 1, FindingCategory.SCHEDULE, FindingSeverity.SERIOUS,
          node.id(), null, "封顶延误" + Fixtures.FOUR_BYTE_TEXT, "劳动力不足", "增加班组", decisionIds.get(0)));
      mapper.insertFinding(new InspectionFinding(null, id, 2, FindingCategory.RECORDS, FindingSeverity.GENERAL,
          null, "SHOWROOM_OPENING", "资料不全", null, "补齐资料", decisionIds.get(1)));
      mapper.markReported(id, report.id(), InspectionStatus.RECTIFYING, LocalDateTime.of(2027, 3, 12, 17, 0));

      Inspection reported = mapper.findById(id);
      assertThat(reported.status()).isEqualTo(InspectionStatus.RECTIFYING);
      assertThat(reported.meetingId()).isEqualTo(report.id());
      assertThat(reported.processInstanceId()).isEqualTo("pi-inspection");
      assertThat(reported.reportedAt()).isEqualTo(LocalDateTime.of(2027, 3, 12, 17, 0));
      assertThat(mapper.findFindings(id)).extracting(InspectionFinding::severity)
          .containsExactly(FindingSeverity.SERIOUS, FindingSeverity.GENERAL);
      assertThat(mapper.findFindings(earlier.getId())).isEmpty();

      List<InspectionMapper.FindingRow> rows = mapper.findFindingRows(project.code());
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).nodeCode()).isEqualTo("M04");
      assertThat(rows.get(0).nodeName()).isEqualTo("主体结构封顶" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(rows.get(0).description()).isEqualTo("封顶延误" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(rows.get(0).status()).isEqualTo(DecisionStatus.OPEN);
      assertThat(rows.get(0).dueDate()).isEqualTo(DAY.plusDays(7));
      assertThat(rows.get(0).plannedDate()).isEqualTo(DAY);
      assertThat(rows.get(1).nodeCode()).isNull();
      assertThat(rows.get(1).gateCode()).isEqualTo("SHOWROOM_OPENING");
      assertThatThrownBy(() -> mapper.insertFinding(new InspectionFinding(null, id, 2, FindingCategory.OTHER,
          FindingSeverity.GENERAL, null, null, "重复", null, "无", decisionIds.get(1))))
          .as("one finding per inspection and number")
          .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("uk_inspection_finding_seq"));

      assertThat(mapper.countRectifications(com.regionops.org.ProjectSelection.ofRegion(project.regionCode()),
          DAY.plusDays(8))).as("the first is open past its due date")
          .containsExactly(new InspectionMapper.RectificationCount(project.code(), 2, 0, 1));
      meetings.reportDone(decisionIds.get(1), "已补齐", DAY.plusDays(3));
      meetings.review(decisionIds.get(1), true, "核验通过", "engineering.south");
      assertThat(mapper.countRectifications(com.regionops.org.ProjectSelection.ofProjects(List.of(project.code())),
          DAY.plusDays(7))).as("due today is not overdue yet; the second verified")
          .containsExactly(new InspectionMapper.RectificationCount(project.code(), 2, 1, 0));
      assertThat(mapper.countRectifications(com.regionops.org.ProjectSelection.ofProjects(List.of()), DAY)).isEmpty();

      mapper.markClosed(id, LocalDateTime.of(2027, 4, 2, 9, 0));
      assertThat(mapper.findById(id).status()).isEqualTo(InspectionStatus.CLOSED);
      assertThat(mapper.findById(id).closedAt()).isEqualTo(LocalDateTime.of(2027, 4, 2, 9, 0));
    }
  }

  static Inspection inspection(Project project, LocalDate day) {
    return new Inspection(null, project.regionCode(), project.code(), InspectionKind.SPECIAL, day, 3,
        "engineering.south", "design.south,marketing.south", "资料抽查" + Fixtures.FOUR_BYTE_TEXT,
        InspectionStatus.PLANNED, null, null, "ops.south", LocalDateTime.of(2027, 3, 1, 10, 0), null, null, null);
  }
}
