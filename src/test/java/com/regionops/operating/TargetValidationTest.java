package com.regionops.operating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.sheet.SheetWriter;
import com.regionops.platform.web.ApiException;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split must add up to the region's target exactly, in decimal: the traps of binary floating point included. */
class TargetValidationTest {

  SqlSession session;
  TargetService service;
  Region region;
  Project a;
  Project b;

  @BeforeEach
  void setUp() {
    session = TestDatabase.H2.openSession();
    region = Fixtures.region(session);
    a = Fixtures.project(session, region.code());
    b = Fixtures.project(session, region.code());
    service = new TargetService(session.getMapper(TargetMapper.class), session.getMapper(ProjectMapper.class), null, null,
        null);
  }

  @AfterEach
  void tearDown() {
    session.close();
  }

  static List<BigDecimal> months(String... amounts) {
    List<BigDecimal> list = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
    for (int i = 0; i < amounts.length; i++) {
      list.set(i, new BigDecimal(amounts[i]));
    }
    return list;
  }

  /** All metrics zero except those given, with the given lines. */
  TargetDecomposition draft(Map<Metric, String> targets, TargetDecomposition.ProjectSplit... lines) {
    Map<String, BigDecimal> region = new LinkedHashMap<>();
    for (Metric metric : Metric.values()) {
      region.put(metric.name(), new BigDecimal(targets.getOrDefault(metric, "0")));
    }
    return new TargetDecomposition(2027, region, List.of(lines));
  }

  TargetDecomposition.ProjectSplit line(Project project, Metric metric, String... amounts) {
    return new TargetDecomposition.ProjectSplit(project.code(), metric.name(), months(amounts));
  }

  List<ApiException.FieldProblem> problems(TargetDecomposition draft) {
    ApiException e = catchThrowableOfType(ApiException.class,
        () -> service.validate(region.code(), draft, new EnumMap<>(Metric.class)));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.status().value()).isEqualTo(400);
    return e.problems();
  }

  @Test
  void tenthsThatDoNotAddUpInBinaryAddUpExactlyInDecimal() {
    // 0.1 + 0.2 is 0.30000000000000004 in double; the region's 0.30 must match.
    List<TargetRow> rows = service.validate(region.code(), draft(Map.of(Metric.SALES, "0.30"),
        line(a, Metric.SALES, "0.1"), line(b, Metric.SALES, "0.2")), new EnumMap<>(Metric.class));

    assertThat(rows).hasSize(24);
    assertThat(rows).allSatisfy(r -> assertThat(r.planAmount().scale()).isEqualTo(2));
  }

  @Test
  void aThirdSplitThreeWaysMissesByOneCentAndTheMessageSaysSo() {
    List<ApiException.FieldProblem> problems = problems(draft(Map.of(Metric.REVENUE_RECOGNITION, "100.00"),
        line(a, Metric.REVENUE_RECOGNITION, "33.33", "33.33"), line(b, Metric.REVENUE_RECOGNITION, "33.33")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("regionTargets.REVENUE_RECOGNITION");
      assertThat(p.message()).contains("REVENUE_RECOGNITION（确收）").contains("99.99").contains("100.00")
          .contains("相差 -0.01 万元");
    });
  }

  @Test
  void overTheTargetIsReportedWithAPositiveDifferenceForEveryMetricAtOnce() {
    List<ApiException.FieldProblem> problems = problems(draft(Map.of(Metric.SALES, "1000", Metric.SUPPLY, "50"),
        line(a, Metric.SALES, "600", "400.01"), line(a, Metric.SUPPLY, "49.99")));

    assertThat(problems).extracting(ApiException.FieldProblem::field)
        .containsExactlyInAnyOrder("regionTargets.SALES", "regionTargets.SUPPLY");
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("相差 0.01 万元"));
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("相差 -0.01 万元"));
  }

  @Test
  void hugeAmountsStayExact() {
    String big = "9999999999999.99";
    List<TargetRow> rows = service.validate(region.code(), draft(Map.of(Metric.INVESTMENT, "19999999999999.98"),
        line(a, Metric.INVESTMENT, big), line(b, Metric.INVESTMENT, big)), new EnumMap<>(Metric.class));
    assertThat(rows).isNotEmpty();
  }

  @Test
  void aThirdDecimalANegativeSaleAndAnUnknownMetricAreEachNamed() {
    List<ApiException.FieldProblem> problems = problems(draft(Map.of(Metric.SALES, "10"),
        line(a, Metric.SALES, "1", "2", "3", "4.005"),
        new TargetDecomposition.ProjectSplit(b.code(), "SALES", months("-1")),
        new TargetDecomposition.ProjectSplit(b.code(), "PROFIT", months("1"))));

    assertThat(problems).extracting(ApiException.FieldProblem::field)
        .containsExactlyInAnyOrder("projects[0].monthly[3]", "projects[1].monthly[0]", "projects[2].metric");
  }

  @Test
  void aLossIsALegitimateProfitTarget() {
    List<TargetRow> rows = service.validate(region.code(), draft(Map.of(Metric.NET_PROFIT, "-120.50"),
        line(a, Metric.NET_PROFIT, "-100", "-20.50")), new EnumMap<>(Metric.class));
    assertThat(rows).filteredOn(r -> r.targetMonth() == 2).singleElement()
        .satisfies(r -> assertThat(r.planAmount()).isEqualByComparingTo("-20.50"));
  }

  @Test
  void projectsOfAnotherRegionDuplicatesMissingMetricsAndShortYearsAreRefused() {
    Region other = Fixtures.region(session);
    Project foreign = Fixtures.project(session, other.code());
    Map<String, BigDecimal> partial = new LinkedHashMap<>(Map.of("SALES", BigDecimal.TEN));
    List<TargetDecomposition.ProjectSplit> lines = List.of(
        line(foreign, Metric.SALES, "10"),
        line(a, Metric.SALES, "10"),
        line(a, Metric.SALES, "0"),
        new TargetDecomposition.ProjectSplit(b.code(), "SUPPLY", List.of(BigDecimal.ONE)));
    ApiException e = catchThrowableOfType(ApiException.class, () -> service.validate(region.code(),
        new TargetDecomposition(2027, partial, lines), new EnumMap<>(Metric.class)));

    assertThat(e.problems()).extracting(ApiException.FieldProblem::field).contains("projects[0].projectCode",
        "projects[2].metric", "projects[3].monthly", "regionTargets.SUPPLY", "regionTargets.INVESTMENT");
  }

  @Test
  void collectionIsSplitAndMustAddUpLikeSales() {
    Map<Metric, BigDecimal> totals = new EnumMap<>(Metric.class);
    List<TargetRow> rows = service.validate(region.code(), draft(Map.of(Metric.SALES, "100", Metric.COLLECTION, "90.30"),
        line(a, Metric.SALES, "100"), line(a, Metric.COLLECTION, "60.10", "0.20"), line(b, Metric.COLLECTION, "30")),
        totals);

    assertThat(totals.get(Metric.COLLECTION)).isEqualByComparingTo("90.30");
    List<TargetRow> collection = rows.stream().filter(r -> r.metric() == Metric.COLLECTION).toList();
    assertThat(collection).hasSize(24);
    assertThat(collection.stream().map(TargetRow::planAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("90.30");

    List<ApiException.FieldProblem> problems = problems(draft(Map.of(Metric.COLLECTION, "90.30"),
        line(a, Metric.COLLECTION, "60.10", "0.19"), line(b, Metric.COLLECTION, "30")));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("regionTargets.COLLECTION");
      assertThat(p.message()).contains("COLLECTION（回款）").contains("相差 -0.01 万元");
    });
  }

  @Test
  void aDraftWithoutCollectionAsTheSixMetricsWereIsRefusedNamingIt() {
    Map<String, BigDecimal> before = new LinkedHashMap<>();
    for (String metric : List.of("SALES", "REVENUE_RECOGNITION", "SUPPLY", "NET_PROFIT", "CASH_FLOW", "INVESTMENT")) {
      before.put(metric, metric.equals("SALES") ? new BigDecimal("12") : BigDecimal.ZERO);
    }

    List<ApiException.FieldProblem> problems = problems(new TargetDecomposition(2027, before,
        List.of(line(a, Metric.SALES, "12"))));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("regionTargets.COLLECTION");
      assertThat(p.message()).startsWith("回款");
    });
  }

  @Test
  void negativeCollectionIsATypoNotATarget() {
    List<ApiException.FieldProblem> problems = problems(draft(Map.of(Metric.COLLECTION, "-5"),
        line(a, Metric.COLLECTION, "-5")));

    assertThat(problems).extracting(ApiException.FieldProblem::field)
        .containsExactlyInAnyOrder("regionTargets.COLLECTION", "projects[0].monthly[0]");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("回款不能为负数"));
  }

  ApiUser ops() {
    return new ApiUser("ops.test", Set.of(Groups.REGION_OPS), Set.of(region.code()));
  }

  ApiException sheetRefusal(File xlsx) {
    ApiException e = catchThrowableOfType(ApiException.class, () -> service.submitSheet(ops(), region.code(), xlsx, 2027));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.status().value()).isEqualTo(400);
    return e;
  }

  /** The department's sheet as kept before 回款 was a target: six rows in 区域目标, none of them 回款. */
  @Test
  void aWorkbookWithoutTheCollectionRowIsRefusedNamingTheSheetAndTheMetric(@TempDir Path dir) throws Exception {
    byte[] bytes = SheetWriter.bytes(w -> {
      SheetWriter.Sheet targets = w.sheet(TargetWorkbook.REGION, List.of(TargetWorkbook.METRIC, TargetWorkbook.TARGET));
      for (String label : List.of("销售", "确收", "供货", "净利润", "现金流", "投资")) {
        targets.row(label, label.equals("销售") ? new BigDecimal("12") : BigDecimal.ZERO);
      }
      SheetWriter.Sheet split = w.sheet(TargetWorkbook.SPLIT, TargetWorkbook.splitHeaders());
      List<Object> line = new ArrayList<>(List.of(a.code(), "销售"));
      line.addAll(Collections.nCopies(12, BigDecimal.ONE));
      split.row(line.toArray());
    });
    File xlsx = Files.write(dir.resolve("targets.xlsx"), bytes).toFile();

    assertThat(sheetRefusal(xlsx).problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo(TargetWorkbook.REGION);
      assertThat(p.message()).isEqualTo("回款的区域目标必填（没有目标填 0）");
    });
  }

  /**
   * A version decomposed before 回款 was a target exports with 回款's cell left empty, and that cell is what an
   * import of the file names.
   */
  @Test
  void aVersionWithoutCollectionExportsAnEmptyCellThatTheImportNames(@TempDir Path dir) throws Exception {
    Map<String, BigDecimal> stored = new LinkedHashMap<>();
    List<TargetRow> rows = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      if (metric != Metric.COLLECTION) {
        stored.put(metric.name(), new BigDecimal("12.00"));
        for (int m = 1; m <= 12; m++) {
          rows.add(new TargetRow(a.code(), 2027, m, metric, new BigDecimal("1.00")));
        }
      }
    }
    File xlsx = Files.write(dir.resolve("old.xlsx"), TargetWorkbook.write("v1", stored, rows)).toFile();

    TargetWorkbook.Parsed parsed = TargetWorkbook.read(xlsx, 2027);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.draft().regionTargets()).containsEntry("COLLECTION", null);
    assertThat(sheetRefusal(xlsx).problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo(TargetWorkbook.REGION + "!B3");
      assertThat(p.message()).isEqualTo("回款金额必填（万元）");
    });
  }

  @Test
  void aMissingYearAndNoLinesAreRefused() {
    ApiException e = catchThrowableOfType(ApiException.class, () -> service.validate(region.code(),
        new TargetDecomposition(null, Map.of(), List.of()), new EnumMap<>(Metric.class)));

    assertThat(e.problems()).extracting(ApiException.FieldProblem::field).contains("year", "projects");
  }
}
