package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.platform.sheet.SheetError;
import com.regionops.platform.sheet.SheetReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan to .xlsx and back, and what an edited upload is told. */
class PlanWorkbookTest {

  @TempDir
  Path dir;

  static final LocalDate D = LocalDate.of(2027, 5, 1);

  static PlanDocument plan() {
    return new PlanDocument(List.of(
        new PlanNodeRequest("M01", "拿地", NodeLevel.MILESTONE, NodeCategory.OTHER, "投资部", D, D, D, D, D, D, 100),
        new PlanNodeRequest("P-1.2", "工程规划许可证（一期）", NodeLevel.L1, NodeCategory.PERMIT, "报建组",
            D.plusDays(1), D.plusDays(30), D.plusDays(2), D.plusDays(31), D.plusDays(3), null, 40),
        new PlanNodeRequest("D_7", "施工图设计", NodeLevel.L2, NodeCategory.DESIGN, null, null, null, null,
            D.plusDays(60), null, null, null),
        new PlanNodeRequest("C9", "主体结构封顶", NodeLevel.L3, NodeCategory.CONSTRUCTION, "工程部", null, null,
            D.plusDays(100), D.plusDays(400), null, null, 0),
        new PlanNodeRequest("S1", "电梯供货", NodeLevel.L3, NodeCategory.SUPPLY, "采购部", null, null, null,
            D.plusDays(380), null, null, null),
        new PlanNodeRequest("O1", "首开", NodeLevel.MILESTONE, NodeCategory.OPENING, "营销部", null, null,
            D.plusDays(200), D.plusDays(200), null, null, null),
        new PlanNodeRequest("H1", "交楼", NodeLevel.MILESTONE, NodeCategory.HANDOVER, "客服部", null, null,
            D.plusDays(700), D.plusDays(700), null, null, null)),
        List.of(new PlanDependency("M01", "P-1.2", 30), new PlanDependency("D_7", "C9", 0),
            new PlanDependency("C9", "H1", -15)));
  }

  File write(PlanDocument plan) throws IOException {
    File file = dir.resolve("plan.xlsx").toFile();
    try (OutputStream out = Files.newOutputStream(file.toPath())) {
      PlanWorkbook.write(plan, "星河湾一期", out);
    }
    return file;
  }

  /** A workbook typed by hand: a sheet name, then its rows of strings (a null row or cell is left out). */
  File upload(Object... sheetsAndRows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (int s = 0; s < sheetsAndRows.length; s += 2) {
        XSSFSheet sheet = wb.createSheet((String) sheetsAndRows[s]);
        String[][] rows = (String[][]) sheetsAndRows[s + 1];
        for (int r = 0; r < rows.length; r++) {
          if (rows[r] == null) {
            continue;
          }
          Row row = sheet.createRow(r);
          for (int c = 0; c < rows[r].length; c++) {
            if (rows[r][c] != null) {
              row.createCell(c).setCellValue(rows[r][c]);
            }
          }
        }
      }
      File file = dir.resolve("upload.xlsx").toFile();
      try (OutputStream out = Files.newOutputStream(file.toPath())) {
        wb.write(out);
      }
      return file;
    }
  }

  static String[] r(String... cells) {
    return cells;
  }

  static final String[] NODE_HEADER = r("节点编码", "节点名称", "节点级别", "类别", "计划完成");

  @Test
  void anExportedPlanReadsBackEqual() throws IOException {
    PlanWorkbook.Parsed parsed = PlanWorkbook.read(write(plan()));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.plan()).isEqualTo(plan());
    assertThat(parsed.nodeRows()).containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(parsed.dependencyRows()).containsExactly(2, 3, 4);
  }

  @Test
  void theExportShowsLabelsAndRealDates() throws IOException {
    File file = write(plan());

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file.toPath()))) {
      XSSFSheet nodes = wb.getSheet("计划节点");
      assertThat(nodes.getRow(0).getCell(11).getStringCellValue()).isEqualTo("进度(%)");
      assertThat(nodes.getRow(1).getCell(2).getStringCellValue()).isEqualTo("里程碑");
      assertThat(nodes.getRow(2).getCell(3).getStringCellValue()).isEqualTo("报建");
      Cell finish = nodes.getRow(2).getCell(8);
      assertThat(finish.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(finish)).isTrue();
      assertThat(finish.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(D.plusDays(31));
      assertThat(nodes.getRow(3).getCell(4)).isNull();
      XSSFSheet dependencies = wb.getSheet("依赖关系");
      assertThat(dependencies.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(-15);
      assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("星河湾一期 计划");
    }
  }

  @Test
  void columnsMayComeInAnyOrderAndLabelsOrEnumNamesInAnyCase() throws IOException {
    File file = upload("计划节点", new String[][] {
        r("计划完成", "类别", " 节点级别 ", "节点名称", "节点编码", "备注"),
        r("2027/6/1", "construction", "l2", "基础施工", "ＢＡ１", "随便"),
        r("2027年7月1日", "交楼", "里程碑", "交付", "H1", null)});

    PlanWorkbook.Parsed parsed = PlanWorkbook.read(file);

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.plan().nodes()).containsExactly(
        new PlanNodeRequest("BA1", "基础施工", NodeLevel.L2, NodeCategory.CONSTRUCTION, null, null, null, null,
            LocalDate.of(2027, 6, 1), null, null, null),
        new PlanNodeRequest("H1", "交付", NodeLevel.MILESTONE, NodeCategory.HANDOVER, null, null, null, null,
            LocalDate.of(2027, 7, 1), null, null, null));
    assertThat(parsed.plan().dependencies()).isEmpty();
  }

  @Test
  void aDuplicateCodeIsAnErrorOnTheSecondOccurrenceWhichIsLeftOut() throws IOException {
    File file = upload("计划节点", new String[][] {
        NODE_HEADER,
        r("A1", "第一", "一级", "工程", "2027-05-01"),
        null,
        r("B1", "第二", "二级", "工程", "2027-05-02"),
        r("A1", "又一个", "二级", "工程", "2027-05-03")});

    PlanWorkbook.Parsed parsed = PlanWorkbook.read(file);

    assertThat(parsed.errors()).extracting(SheetError::toString)
        .containsExactly("计划节点!A5: 节点编码重复：A1，首次出现在第 2 行");
    assertThat(parsed.plan().nodes()).extracting(PlanNodeRequest::name).containsExactly("第一", "第二");
    assertThat(parsed.nodeRows()).containsExactly(2, 4);
  }

  @Test
  void anUnknownLevelOrCategoryOrABadDateIsAnErrorAtItsCellAndTheRowIsLeftOut() throws IOException {
    File file = upload("计划节点", new String[][] {
        r("节点编码", "节点名称", "节点级别", "类别", "计划完成", "进度(%)"),
        r("A1", "第一", "四级", "工程", "2027-05-01", "10"),
        r("A2", "第二", "一级", "土建", "2027-05-01", null),
        r("A3", "第三", "一级", "工程", "五月底", "120"),
        r("A4", "第四", null, "工程", null, null),
        r("A5", "第五", "一级", "工程", "2027-05-05", "50%")});

    PlanWorkbook.Parsed parsed = PlanWorkbook.read(file);

    assertThat(parsed.errors()).extracting(SheetError::toString).containsExactly(
        "计划节点!C2: 未知的节点级别「四级」，应为里程碑、一级、二级或三级",
        "计划节点!D3: 未知的类别「土建」，应为报建、设计、工程、供货、开盘、交楼或其他",
        "计划节点!E4: 无法识别的日期「五月底」，请填写如 2027-05-01 的日期",
        "计划节点!F4: 应为 0–100 的百分数：「120」",
        "计划节点!C5: 节点级别必填，应为里程碑、一级、二级或三级",
        "计划节点!E5: 计划完成日期必填");
    assertThat(parsed.plan().nodes()).extracting(PlanNodeRequest::nodeCode).containsExactly("A5");
    assertThat(parsed.plan().nodes().get(0).progressPct()).isEqualTo(50);
  }

  @Test
  void requiredHeadersAreNamedAndTheDependencySheetIsOptionalButNeedsItsHeadersWhenPresent() throws IOException {
    PlanWorkbook.Parsed withoutDependencies = PlanWorkbook.read(upload("计划节点", new String[][] {
        NODE_HEADER, r("A1", "第一", "一级", "工程", "2027-05-01")}));
    assertThat(withoutDependencies.errors()).isEmpty();
    assertThat(withoutDependencies.plan().nodes()).hasSize(1);

    PlanWorkbook.Parsed broken = PlanWorkbook.read(upload(
        "计划节点", new String[][] {r("节点编码", "节点名称", "类别"), r("A1", "第一", "工程")},
        "依赖关系", new String[][] {r("前置节点编码", "间隔天数"), r("A1", "3")}));
    assertThat(broken.errors()).extracting(SheetError::toString).containsExactly(
        "计划节点: 缺少列：节点级别、计划完成（表头取自第 1 行）",
        "依赖关系: 缺少列：后续节点编码（表头取自第 1 行）");

    PlanWorkbook.Parsed noSheet = PlanWorkbook.read(upload("Sheet1", new String[][] {NODE_HEADER}));
    assertThat(noSheet.errors()).extracting(SheetError::toString).containsExactly("计划节点: 缺少工作表「计划节点」");
  }

  @Test
  void anEmptyNodeSheetIsAnErrorRatherThanAnEmptyPlan() throws IOException {
    PlanWorkbook.Parsed parsed = PlanWorkbook.read(upload("计划节点", new String[][] {NODE_HEADER}));

    assertThat(parsed.errors()).extracting(SheetError::toString).containsExactly("计划节点: 没有任何计划节点");
  }

  @Test
  void dependencyRowsNeedBothCodesAndAWholeLag() throws IOException {
    PlanWorkbook.Parsed parsed = PlanWorkbook.read(upload(
        "计划节点", new String[][] {NODE_HEADER, r("A1", "第一", "一级", "工程", "2027-05-01"),
            r("A2", "第二", "一级", "工程", "2027-05-09")},
        "依赖关系", new String[][] {r("后续节点编码", "间隔天数", "前置节点编码"), r("A2", null, "A1"),
            r("A2", "1.5", "A1"), r(null, "3", "A1"), r("A1", "-２", "A2")}));

    assertThat(parsed.errors()).extracting(SheetError::toString)
        .containsExactly("依赖关系!B3: 应为整数：「1.5」", "依赖关系!A4: 后续节点编码必填");
    assertThat(parsed.plan().dependencies())
        .containsExactly(new PlanDependency("A1", "A2", 0), new PlanDependency("A2", "A1", -2));
    assertThat(parsed.dependencyRows()).containsExactly(2, 5);
  }

  @Test
  void aValidationPathPointsAtTheCellTheItemCameFrom() throws IOException {
    File file = upload(
        "计划节点", new String[][] {
            r("节点名称", "节点编码", "节点级别", "类别", "计划开始", "计划完成"),
            r("第一", "A1", "一级", "工程", null, "2027-05-01"),
            r("坏的", "A2", "一级", "工程", null, "不知道"),
            null,
            r("第三", "A3", "一级", "工程", "2027-06-01", "2027-05-01")},
        "依赖关系", new String[][] {
            null,
            r("前置节点编码", "后续节点编码", "间隔天数"),
            r("A1", "A3", "1"),
            r("A1", "X9", "2")});

    PlanWorkbook.Parsed parsed = PlanWorkbook.read(file);

    assertThat(parsed.plan().nodes()).extracting(PlanNodeRequest::nodeCode).containsExactly("A1", "A3");
    // nodes[1] is A3, on row 5 (A2 was left out and row 4 is blank)
    assertThat(parsed.cellOf("nodes[1].plannedFinish")).isEqualTo("计划节点!F5");
    assertThat(parsed.cellOf("nodes[1].nodeCode")).isEqualTo("计划节点!B5");
    assertThat(parsed.cellOf("nodes[0].name")).isEqualTo("计划节点!A2");
    assertThat(parsed.cellOf("nodes[1]")).isEqualTo("计划节点!B5");
    // a column the sheet does not have: the row's code cell
    assertThat(parsed.cellOf("nodes[1].baselineFinish")).isEqualTo("计划节点!B5");
    assertThat(parsed.cellOf("dependencies[1].successor")).isEqualTo("依赖关系!B4");
    assertThat(parsed.cellOf("dependencies[0].lagDays")).isEqualTo("依赖关系!C3");
    assertThat(parsed.cellOf("dependencies")).isEqualTo("依赖关系");
    assertThat(parsed.cellOf("nodes[7].name")).isEqualTo("计划节点");
    assertThat(parsed.cellOf("nodes")).isEqualTo("计划节点");
  }

  @Test
  void aFileThatIsNotAnXlsxIsRefusedAsSuch() throws IOException {
    File file = dir.resolve("plan.xlsx").toFile();
    Files.write(file.toPath(), "节点编码,节点名称\nA1,拿地\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> PlanWorkbook.read(file)).isInstanceOf(SheetReader.NotXlsxException.class)
        .hasMessage("不是 .xlsx 文件");
  }

  @Test
  void anEmptyPlanExportsBothSheetsWithTheirHeaders() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.write(new PlanDocument(List.of(), List.of()), "空项目", out);

    try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheet("计划节点").getRow(0).getCell(0).getStringCellValue()).isEqualTo("节点编码");
      assertThat(wb.getSheet("依赖关系").getRow(0).getCell(2).getStringCellValue()).isEqualTo("间隔天数");
      assertThat(wb.getSheet("计划节点").getLastRowNum()).isZero();
    }
  }
}
