package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.reader.UniversalProjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan to MSPDI and back, and how a planner's own MS Project file reads. */
class PlanProjectFileTest {

  @TempDir
  Path dir;

  static final LocalDate D = LocalDate.of(2027, 5, 1);

  static PlanDocument plan() {
    return new PlanDocument(List.of(
        new PlanNodeRequest("M01", "拿地", NodeLevel.MILESTONE, NodeCategory.OTHER, "投资部", D, D, D, D, D, D, 100),
        new PlanNodeRequest("P-1.2", "工程规划许可证（一期）", NodeLevel.L1, NodeCategory.PERMIT, "报建组",
            D.plusDays(1), D.plusDays(30), D.plusDays(2), D.plusDays(31), D.plusDays(3), null, 40),
        new PlanNodeRequest("D_7", "施工图设计", NodeLevel.L2, NodeCategory.DESIGN, null, null, D.plusDays(50),
            D.plusDays(5), D.plusDays(60), null, null, null),
        new PlanNodeRequest("C9", "主体结构封顶", NodeLevel.L3, NodeCategory.CONSTRUCTION, "工程部", null, null,
            D.plusDays(100), D.plusDays(400), null, null, 0),
        new PlanNodeRequest("S1", "电梯供货", NodeLevel.L3, NodeCategory.SUPPLY, "采购部", null, null, D.plusDays(370),
            D.plusDays(380), null, null, null),
        new PlanNodeRequest("O1", "首开", NodeLevel.MILESTONE, NodeCategory.OPENING, "营销部", null, null,
            D.plusDays(200), D.plusDays(200), null, null, null),
        new PlanNodeRequest("H1", "交楼", NodeLevel.MILESTONE, NodeCategory.HANDOVER, "客服部", D.plusDays(690),
            D.plusDays(690), D.plusDays(700), D.plusDays(700), null, null, null)),
        List.of(new PlanDependency("M01", "P-1.2", 30), new PlanDependency("D_7", "C9", 0),
            new PlanDependency("C9", "H1", -15), new PlanDependency("S1", "H1", 7)));
  }

  File writeMspdi(PlanDocument plan) throws IOException {
    File file = dir.resolve("plan.xml").toFile();
    try (OutputStream out = Files.newOutputStream(file.toPath())) {
      PlanProjectFile.writeMspdi(plan, "星河湾一期", out);
    }
    return file;
  }

  File mspdi(ProjectFile project, String name) throws IOException {
    File file = dir.resolve(name).toFile();
    try (OutputStream out = Files.newOutputStream(file.toPath())) {
      new MSPDIWriter().write(project, out);
    }
    return file;
  }

  static Task task(ProjectFile project, Task parent, String name, LocalDate start, LocalDate finish) {
    Task task = parent == null ? project.addTask() : parent.addTask();
    task.setName(name);
    task.setStart(start.atTime(8, 0));
    task.setFinish(finish.atTime(17, 0));
    return task;
  }

  static void link(Task successor, Task predecessor, RelationType type, double lag, TimeUnit units) {
    successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(type)
        .lag(Duration.getInstance(lag, units)));
  }

  @Test
  void aWrittenPlanReadsBackEqual() throws IOException {
    PlanProjectFile.Parsed parsed = PlanProjectFile.read(writeMspdi(plan()));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.warnings()).isEmpty();
    assertThat(parsed.plan()).isEqualTo(plan());
  }

  @Test
  void theWrittenFileIsFlatManuallyScheduledWithAliasedFieldsAndFinishToFinishLinksInElapsedDays()
      throws Exception {
    File file = writeMspdi(plan());
    String xml = Files.readString(file.toPath(), StandardCharsets.UTF_8);

    assertThat(xml).contains("<Alias>节点编码</Alias>", "<Alias>类别</Alias>", "<Alias>责任部门</Alias>",
        "<Alias>节点级别</Alias>", "<Name>星河湾一期</Name>", "<Title>星河湾一期</Title>");
    ProjectFile project = new UniversalProjectReader().read(file);
    List<Task> tasks = project.getTasks().stream().filter(t -> t.getID() != 0).toList();
    assertThat(tasks).hasSize(7);
    assertThat(tasks).allSatisfy(t -> {
      assertThat(t.getOutlineLevel()).isEqualTo(1);
      assertThat(t.getTaskMode()).isEqualTo(org.mpxj.TaskMode.MANUALLY_SCHEDULED);
    });
    Task landing = tasks.get(0);
    assertThat(landing.getMilestone()).isTrue();
    assertThat(landing.getDuration().getDuration()).isZero();
    assertThat(landing.getText(1)).isEqualTo("M01");
    Task permit = tasks.get(1);
    assertThat(permit.getMilestone()).isFalse();
    assertThat(permit.getText(2)).isEqualTo("报建");
    assertThat(permit.getText(3)).isEqualTo("报建组");
    assertThat(permit.getText(4)).isEqualTo("一级");
    // 2027-05-03 to 2027-06-01 on a seven-day calendar: 30 days of 8 hours
    assertThat(permit.getDuration().convertUnits(TimeUnit.HOURS, project.getProjectProperties()).getDuration())
        .isEqualTo(240.0);
    Relation link = permit.getPredecessors().get(0);
    assertThat(link.getType()).isEqualTo(RelationType.FINISH_FINISH);
    assertThat(link.getLag()).isEqualTo(Duration.getInstance(30, TimeUnit.ELAPSED_DAYS));
    assertThat(link.getPredecessorTask()).isSameAs(landing);
    ProjectCalendar calendar = project.getDefaultCalendar();
    assertThat(calendar.isWorkingDay(java.time.DayOfWeek.SUNDAY)).isTrue();
  }

  @Test
  void aPlannersOwnScheduleReadsByOutlineWithCodesMadeUniqueAndLagsInCalendarDays() throws IOException {
    ProjectFile project = new ProjectFile();
    project.setDefaultCalendar(project.addDefaultBaseCalendar());
    Task phase = task(project, null, "一期工程", D, D.plusDays(300));
    Task foundation = task(project, phase, "基础施工", D, D.plusDays(60));
    Task piles = task(project, foundation, "桩基", D, D.plusDays(20));
    Task opening = task(project, null, "首开", D.plusDays(200), D.plusDays(200));
    opening.setMilestone(true);
    opening.setText(1, "1"); // the code the phase's WBS would give
    opening.setText(2, "开盘");
    opening.setText(3, "营销部");
    piles.setText(2, "桩基类");
    piles.setPercentageComplete(33.6);
    piles.setBaselineStart(D.minusDays(3).atTime(8, 0));
    piles.setBaselineFinish(D.plusDays(17).atTime(17, 0));
    piles.setActualStart(D.atTime(8, 0));
    link(foundation, piles, RelationType.FINISH_FINISH, 16, TimeUnit.HOURS);
    link(opening, foundation, RelationType.FINISH_START, 3, TimeUnit.DAYS);
    link(opening, piles, RelationType.START_START, 36, TimeUnit.ELAPSED_HOURS);
    link(phase, opening, RelationType.START_FINISH, -1, TimeUnit.WEEKS);
    link(phase, piles, RelationType.FINISH_FINISH, 10, TimeUnit.ELAPSED_DAYS);

    PlanProjectFile.Parsed parsed = PlanProjectFile.read(mspdi(project, "own.xml"));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.plan().nodes()).containsExactly(
        new PlanNodeRequest("1-2", "一期工程", NodeLevel.L1, NodeCategory.OTHER, null, null, null, D, D.plusDays(300),
            null, null, null),
        new PlanNodeRequest("1.1", "基础施工", NodeLevel.L2, NodeCategory.OTHER, null, null, null, D, D.plusDays(60),
            null, null, null),
        new PlanNodeRequest("1.1.1", "桩基", NodeLevel.L3, NodeCategory.OTHER, null, D.minusDays(3), D.plusDays(17), D,
            D.plusDays(20), D, null, 34),
        new PlanNodeRequest("1", "首开", NodeLevel.MILESTONE, NodeCategory.OPENING, "营销部", null, null,
            D.plusDays(200), D.plusDays(200), null, null, null));
    assertThat(parsed.plan().dependencies()).containsExactly(
        // −1 working week = −5 working days = −7 calendar days
        new PlanDependency("1", "1-2", -7),
        new PlanDependency("1.1.1", "1-2", 10),
        // 16 working hours = 2 working days = 2.8 calendar days
        new PlanDependency("1.1.1", "1.1", 3),
        // 3 working days = 4.2 calendar days
        new PlanDependency("1.1", "1", 4),
        // 36 elapsed hours = 1.5 days, rounded away from zero
        new PlanDependency("1.1.1", "1", 2));
    assertThat(parsed.warnings()).containsExactly(
        "3 个任务没有节点编码（Text1），已按 WBS 或任务标识生成；以后再次导入时编码可能变化，节点会被当作新节点，建议在 Text1 填写固定编码",
        "任务 3「桩基」: 类别（Text2）「桩基类」无法识别，已按「其他」导入",
        "任务 1「一期工程」: 与前置任务 4「首开」为开始-完成（SF）关系，已按完成-完成（FF）导入",
        "任务 4「首开」: 与前置任务 3「桩基」为开始-开始（SS）关系，已按完成-完成（FF）导入");
    assertThat(parsed.taskOf("nodes[2].progressPct")).isEqualTo("任务 3「桩基」");
    assertThat(parsed.taskOf("dependencies[1].lagDays")).isEqualTo("任务 1「一期工程」的前置任务 3「桩基」");
    assertThat(parsed.taskOf("dependencies")).isEqualTo("dependencies");
  }

  @Test
  void theProjectSummaryTaskAndBlankTasksAreSkipped() throws IOException {
    ProjectFile project = new ProjectFile();
    project.setDefaultCalendar(project.addDefaultBaseCalendar());
    Task summary = task(project, null, "星河湾", D, D.plusDays(10));
    summary.setID(0);
    summary.setUniqueID(0);
    Task real = task(project, null, "拿地", D, D);
    real.setText(1, "M01");
    Task blank = project.addTask();
    blank.setNull(true);
    task(project, null, "  ", D, D);
    link(real, summary, RelationType.FINISH_START, 0, TimeUnit.DAYS);
    File file = mspdi(project, "summary.xml");

    PlanProjectFile.Parsed parsed = PlanProjectFile.read(file);

    assertThat(parsed.plan().nodes()).extracting(PlanNodeRequest::nodeCode).containsExactly("M01");
    assertThat(parsed.plan().dependencies()).isEmpty();
    assertThat(parsed.warnings()).containsExactly(
        "任务 " + real.getID() + "「拿地」: 前置任务 0「星河湾」不是可导入的任务（项目摘要、空行或外部任务），已忽略该依赖");
  }

  @Test
  void aBadOrRepeatedCodeInText1IsAnErrorNamingTheTaskAndTheTaskIsLeftOut() throws IOException {
    ProjectFile project = new ProjectFile();
    project.setDefaultCalendar(project.addDefaultBaseCalendar());
    Task first = task(project, null, "主体结构封顶", D, D.plusDays(100));
    first.setText(1, "C01");
    Task again = task(project, null, "二次结构", D, D.plusDays(120));
    again.setText(1, "C01");
    Task bad = task(project, null, "外立面", D, D.plusDays(150));
    bad.setText(1, "外立面 01");
    Task fine = task(project, null, "精装修", D, D.plusDays(200));
    link(fine, again, RelationType.FINISH_FINISH, 0, TimeUnit.DAYS);
    link(fine, first, RelationType.FINISH_FINISH, 5, TimeUnit.ELAPSED_DAYS);

    PlanProjectFile.Parsed parsed = PlanProjectFile.read(mspdi(project, "codes.xml"));

    assertThat(parsed.errors()).containsExactly(
        "任务 2「二次结构」: 节点编码重复：C01，与任务 1「主体结构封顶」相同",
        "任务 3「外立面」: 节点编码（Text1）「外立面 01」应为 1–32 位字母、数字或 _ . -");
    assertThat(parsed.plan().nodes()).extracting(PlanNodeRequest::nodeCode).containsExactly("C01", "4");
    assertThat(parsed.plan().dependencies()).containsExactly(new PlanDependency("C01", "4", 5));
  }

  @Test
  void lagsConvertToCalendarDaysByUnit() {
    ProjectFile project = new ProjectFile();
    Task predecessor = task(project, null, "前置", D, D.plusDays(10));
    var properties = project.getProjectProperties();

    assertThat(PlanProjectFile.lagDays(null, properties, predecessor)).isZero();
    assertThat(PlanProjectFile.lagDays(Duration.getInstance(5, TimeUnit.DAYS), properties, predecessor)).isEqualTo(7);
    assertThat(PlanProjectFile.lagDays(Duration.getInstance(8, TimeUnit.HOURS), properties, predecessor)).isEqualTo(1);
    assertThat(PlanProjectFile.lagDays(Duration.getInstance(480, TimeUnit.MINUTES), properties, predecessor)).isEqualTo(1);
    assertThat(PlanProjectFile.lagDays(Duration.getInstance(-2, TimeUnit.DAYS), properties, predecessor)).isEqualTo(-3);
    assertThat(PlanProjectFile.lagDays(Duration.getInstance(1, TimeUnit.MONTHS), properties, predecessor)).isEqualTo(28);
    assertThat(PlanProjectFile.lagDays(Duration.getInstance(2, TimeUnit.ELAPSED_WEEKS), properties, predecessor))
        .isEqualTo(14);
    assertThat(PlanProjectFile.lagDays(Duration.getInstance(12, TimeUnit.ELAPSED_HOURS), properties, predecessor))
        .isEqualTo(1);
    assertThat(PlanProjectFile.lagDays(Duration.getInstance(50, TimeUnit.PERCENT), properties, predecessor))
        .isEqualTo(5);
  }

  @Test
  void aFileMpxjCannotReadIsRefused() throws IOException {
    File file = dir.resolve("plan.mpp").toFile();
    Files.write(file.toPath(), "这不是项目文件".repeat(100).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> PlanProjectFile.read(file)).isInstanceOf(PlanProjectFile.UnreadableException.class);
  }

  @Test
  void aFileWithoutTasksIsAnError() throws IOException {
    ProjectFile project = new ProjectFile();
    project.setDefaultCalendar(project.addDefaultBaseCalendar());

    PlanProjectFile.Parsed parsed = PlanProjectFile.read(mspdi(project, "empty.xml"));

    assertThat(parsed.errors()).containsExactly("文件中没有可导入的任务");
    assertThat(parsed.plan().nodes()).isEmpty();
  }

  @Test
  void writingLeavesTheStreamOpenForTheCaller() {
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    PlanProjectFile.writeMspdi(plan(), "星河湾一期", out);

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("<?xml").contains("<Name>拿地</Name>");
    assertThat(closed[0]).isFalse();
  }
}
