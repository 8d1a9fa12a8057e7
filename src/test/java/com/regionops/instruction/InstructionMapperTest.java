package com.regionops.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.meeting.DecisionItem;
import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingMapper;
import com.regionops.meeting.MeetingService;
import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.supervision.SupervisionMapper;
import com.regionops.supervision.SupervisionMapper.ColorCount;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_instruction, its copies and extensions, and the 督办 reads over them and the decisions, on H2 and MariaDB. */
class InstructionMapperTest {

  static final LocalDateTime ISSUED = LocalDateTime.of(2027, 3, 1, 10, 0);
  static final LocalDate DEADLINE = LocalDate.of(2027, 3, 15);

  static InstructionItem item(long instructionId, Long parentId, String level, String region, String project,
      ItemStatus status) {
    return new InstructionItem(null, instructionId, parentId, level, region, project, status, ISSUED.toLocalDate()
        .plusDays(1), DEADLINE, null, null, null, null, null, null, null, null, 0, null, null, null, null);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCopyIsAcknowledgedAnsweredReturnedExtendedAndClosed(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      InstructionMapper mapper = session.getMapper(InstructionMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      KeyedRow<Instruction> row = new KeyedRow<>(new Instruction(null, Instruction.GROUP, null,
          "报送数据" + Fixtures.FOUR_BYTE_TEXT, "内容", InstructionCategory.OPERATING_REVIEW, FeedbackMode.REPORT, DEADLINE,
          "集团2027年一季度经营分析会", "groupops", ISSUED));
      mapper.insert(row);
      Instruction instruction = mapper.findById(row.getId());
      assertThat(instruction.title()).isEqualTo("报送数据" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(instruction.category()).isEqualTo(InstructionCategory.OPERATING_REVIEW);
      assertThat(instruction.issuedAt()).isEqualTo(ISSUED);

      KeyedRow<InstructionItem> regionRow = new KeyedRow<>(item(instruction.id(), null, InstructionItem.REGION,
          region.code(), null, ItemStatus.ISSUED));
      mapper.insertItem(regionRow);
      KeyedRow<InstructionItem> projectRow = new KeyedRow<>(item(instruction.id(), regionRow.getId(),
          InstructionItem.PROJECT, region.code(), project.code(), ItemStatus.ISSUED));
      mapper.insertItem(projectRow);
      long copy = projectRow.getId();
      assertThat(mapper.findItemOf(instruction.id(), region.code(), null).id()).isEqualTo(regionRow.getId());
      assertThat(mapper.findItemOf(instruction.id(), region.code(), project.code()).id()).isEqualTo(copy);
      assertThat(mapper.findChildren(regionRow.getId())).extracting(InstructionItem::id).containsExactly(copy);

      assertThat(mapper.acknowledge(copy, ItemStatus.ACKNOWLEDGED, "office.x", ISSUED.plusHours(2), null)).isOne();
      assertThat(mapper.acknowledge(copy, ItemStatus.ACKNOWLEDGED, "office.y", ISSUED.plusHours(3), null))
          .as("acknowledged once").isZero();
      mapper.answer(copy, "已落实", "office.x", ISSUED.plusDays(2));
      mapper.returnAnswer(copy, "请补充");
      mapper.answer(copy, "已补充", "office.x", ISSUED.plusDays(3));
      mapper.extend(copy, DEADLINE.plusDays(5));
      mapper.updateColor(copy, "YELLOW");
      InstructionItem item = mapper.findItem(copy);
      assertThat(item.acknowledgedBy()).isEqualTo("office.x");
      assertThat(item.returns()).isOne();
      assertThat(item.firstAnsweredAt()).as("the first answer stays").isEqualTo(ISSUED.plusDays(2));
      assertThat(item.answeredAt()).isEqualTo(ISSUED.plusDays(3));
      assertThat(item.effectiveDeadline()).isEqualTo(DEADLINE.plusDays(5));
      assertThat(item.deadline()).isEqualTo(DEADLINE);
      assertThat(mapper.findOpenForSupervision()).extracting(InstructionItem::id).contains(copy, regionRow.getId());
      assertThat(mapper.findRows(Set.of(region.code()), null, instruction.id(), true, null, "YELLOW"))
          .extracting(InstructionMapper.ItemRow::id).containsExactly(copy);
      assertThat(mapper.findRows(Set.of(region.code()), Set.of(project.code()), null, null, null, null))
          .extracting(InstructionMapper.ItemRow::id).containsExactly(copy);

      KeyedRow<InstructionExtension> asked = new KeyedRow<>(new InstructionExtension(null, copy, "等报告", DEADLINE
          .plusDays(9), DEADLINE.plusDays(5), "office.x", ISSUED.plusDays(4), InstructionExtension.PENDING, null, null,
          null));
      mapper.insertExtension(asked);
      assertThat(mapper.decideExtension(asked.getId(), InstructionExtension.REFUSED, "ops", ISSUED.plusDays(5), "否"))
          .isOne();
      assertThat(mapper.decideExtension(asked.getId(), InstructionExtension.APPROVED, "ops", ISSUED.plusDays(5), null))
          .as("decided once").isZero();
      assertThat(mapper.findExtensionsOfInstruction(instruction.id())).extracting(InstructionExtension::id)
          .containsExactly(asked.getId());
      assertThat(mapper.findExtensions(copy)).singleElement()
          .satisfies(e -> assertThat(e.status()).isEqualTo(InstructionExtension.REFUSED));

      assertThat(mapper.lockItem(copy)).isEqualTo(copy);
      assertThat(mapper.close(copy, "通过", ISSUED.plusDays(6))).isOne();
      assertThat(mapper.close(copy, null, ISSUED.plusDays(7))).isZero();
      InstructionItem closed = mapper.findItem(copy);
      assertThat(closed.status()).isEqualTo(ItemStatus.CLOSED);
      assertThat(closed.color()).isNull();
      assertThat(closed.closedAt()).isEqualTo(ISSUED.plusDays(6));
      assertThat(mapper.findOpenForSupervision()).extracting(InstructionItem::id).doesNotContain(copy);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void openItemsAreCountedByColourAndDueCopiesFoundByTheirDates(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      InstructionMapper mapper = session.getMapper(InstructionMapper.class);
      SupervisionMapper supervision = session.getMapper(SupervisionMapper.class);
      MeetingService meetings = new MeetingService(session.getMapper(MeetingMapper.class));
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      KeyedRow<Instruction> row = new KeyedRow<>(new Instruction(null, Instruction.REGION, region.code(), "自查",
          "内容", InstructionCategory.OTHER, FeedbackMode.REPORT, DEADLINE, null, "ops", ISSUED));
      mapper.insert(row);
      KeyedRow<InstructionItem> own = new KeyedRow<>(item(row.getId(), null, InstructionItem.REGION, region.code(),
          null, ItemStatus.RELAYED));
      mapper.insertItem(own);
      KeyedRow<InstructionItem> copy = new KeyedRow<>(item(row.getId(), own.getId(), InstructionItem.PROJECT,
          region.code(), project.code(), ItemStatus.ISSUED));
      mapper.insertItem(copy);
      mapper.updateColor(copy.getId(), "RED");
      mapper.updateColor(own.getId(), "BLUE");

      Meeting meeting = meetings.recordSchedule(new Meeting(null, "INSPECTION", region.code(), project.code(), null,
          "专项巡检", ISSUED, null, "ops", null, null, null, null, "pi-" + Fixtures.code("M")));
      List<Long> decisions = meetings.appendDecisions(meeting.id(), List.of(
          new DecisionItem("整改一", "office-" + project.code(), null, DEADLINE),
          new DecisionItem("整改二", "office-" + project.code(), null, DEADLINE)));
      assertThat(supervision.findOpenDecisions()).extracting(SupervisionMapper.OpenDecision::id)
          .contains(decisions.get(0), decisions.get(1));
      supervision.updateDecisionColor(decisions.get(0), "RED");
      supervision.updateDecisionColor(decisions.get(1), "YELLOW");
      session.getMapper(MeetingMapper.class).reviewDecision(decisions.get(1), DecisionStatus.OPEN, "退回", null, null);
      assertThat(supervision.findOpenDecisions()).filteredOn(d -> d.id() == decisions.get(1)).singleElement()
          .satisfies(d -> assertThat(d.returns()).as("a return counts").isOne());
      session.getMapper(MeetingMapper.class).reportDecisionDone(decisions.get(1), "已整改", DEADLINE);

      assertThat(supervision.countColors(region.code())).as("the region's own relay is not an open item")
          .containsExactly(new ColorCount(project.code(), "RED", 2));
      assertThat(supervision.findDueCopies(region.code(), null, DEADLINE.withDayOfMonth(1), DEADLINE.withDayOfMonth(31)))
          .extracting(SupervisionMapper.DueCopy::id).containsExactly(copy.getId());
      assertThat(supervision.findDueCopies(null, project.code(), DEADLINE.plusMonths(1).withDayOfMonth(1),
          DEADLINE.plusMonths(1).withDayOfMonth(30))).isEmpty();
      assertThat(supervision.findDueCopies(null, project.code(), DEADLINE.withDayOfMonth(1), DEADLINE.withDayOfMonth(31)))
          .as("one project's").extracting(SupervisionMapper.DueCopy::id).containsExactly(copy.getId());
    }
  }
}
