package com.regionops.plan;

import com.regionops.platform.sheet.SheetError;
import com.regionops.platform.sheet.SheetReader;
import com.regionops.platform.sheet.SheetWriter;
import java.io.File;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A project plan as an .xlsx that region and project staff edit in Excel or WPS and upload again:
 * sheet 计划节点 (one row per node, levels and categories as their Chinese labels) and sheet 依赖关系.
 * Reading keeps the row each node and dependency came from, so the import's validation, which
 * speaks of {@code nodes[3].plannedFinish}, can point at the cell instead.
 */
public final class PlanWorkbook {

  public static final String NODES = "计划节点";
  public static final String DEPENDENCIES = "依赖关系";

  static final String CODE = "节点编码";
  static final String NAME = "节点名称";
  static final String LEVEL = "节点级别";
  static final String CATEGORY = "类别";
  static final String OWNER = "责任部门";
  static final String BASELINE_START = "基准开始";
  static final String BASELINE_FINISH = "基准完成";
  static final String PLANNED_START = "计划开始";
  static final String PLANNED_FINISH = "计划完成";
  static final String ACTUAL_START = "实际开始";
  static final String ACTUAL_FINISH = "实际完成";
  static final String PROGRESS = "进度(%)";
  static final String PREDECESSOR = "前置节点编码";
  static final String SUCCESSOR = "后续节点编码";
  static final String LAG = "间隔天数";

  private static final List<String> NODE_HEADERS = List.of(CODE, NAME, LEVEL, CATEGORY, OWNER, BASELINE_START,
      BASELINE_FINISH, PLANNED_START, PLANNED_FINISH, ACTUAL_START, ACTUAL_FINISH, PROGRESS);
  private static final List<String> NODE_REQUIRED = List.of(CODE, NAME, LEVEL, CATEGORY, PLANNED_FINISH);
  private static final List<String> DEPENDENCY_HEADERS = List.of(PREDECESSOR, SUCCESSOR, LAG);

  /** The JSON field each column fills, for turning a validation path into a cell. */
  private static final Map<String, String> HEADER_OF_FIELD = Map.ofEntries(
      Map.entry("nodeCode", CODE), Map.entry("name", NAME), Map.entry("nodeLevel", LEVEL),
      Map.entry("category", CATEGORY), Map.entry("ownerGroup", OWNER), Map.entry("baselineStart", BASELINE_START),
      Map.entry("baselineFinish", BASELINE_FINISH), Map.entry("plannedStart", PLANNED_START),
      Map.entry("plannedFinish", PLANNED_FINISH), Map.entry("actualStart", ACTUAL_START),
      Map.entry("actualFinish", ACTUAL_FINISH), Map.entry("progressPct", PROGRESS),
      Map.entry("predecessor", PREDECESSOR), Map.entry("successor", SUCCESSOR), Map.entry("lagDays", LAG));

  private static final Pattern FIELD_PATH = Pattern.compile("(nodes|dependencies)\\[(\\d+)](?:\\.(\\w+))?");

  private PlanWorkbook() {
  }

  /**
   * What an upload gave: the rows that read cleanly as a plan, the problems of the others (a row
   * with a problem is left out of the plan), and where each item came from.
   *
   * @param nodeRows the sheet row of each of {@code plan.nodes()}, in the same order
   * @param dependencyRows the sheet row of each of {@code plan.dependencies()}
   * @param columns the column letter each field sits in, by JSON field name ({@code plannedFinish})
   */
  public record Parsed(PlanDocument plan, List<SheetError> errors, List<Integer> nodeRows,
      List<Integer> dependencyRows, Map<String, String> columns) {

    /**
     * Where a field the import's validation names sits: {@code nodes[3].plannedFinish} →
     * {@code 计划节点!I6}, {@code dependencies[7]} → the row's first key cell; a path it cannot
     * place gives the sheet name alone.
     */
    public String cellOf(String field) {
      Matcher m = FIELD_PATH.matcher(field == null ? "" : field);
      boolean nodes = field == null || !field.startsWith("dependencies");
      String sheet = nodes ? NODES : DEPENDENCIES;
      if (!m.matches()) {
        return sheet;
      }
      List<Integer> rows = nodes ? nodeRows : dependencyRows;
      int index = Integer.parseInt(m.group(2));
      if (index >= rows.size()) {
        return sheet;
      }
      String column = m.group(3) == null ? null : columns.get(m.group(3));
      if (column == null) {
        column = columns.get(nodes ? "nodeCode" : "predecessor");
      }
      return column == null ? sheet : sheet + "!" + column + rows.get(index);
    }
  }

  /** Writes the plan as 计划节点 and 依赖关系; the project's name goes into the file's title. */
  public static void write(PlanDocument plan, String projectName, OutputStream out) {
    try (SheetWriter writer = new SheetWriter()) {
      writer.title(projectName + " 计划");
      SheetWriter.Sheet nodes = writer.sheet(NODES, NODE_HEADERS);
      for (PlanNodeRequest n : plan.nodes()) {
        nodes.row(n.nodeCode(), n.name(), n.nodeLevel() == null ? null : n.nodeLevel().label(),
            n.category() == null ? null : n.category().label(), n.ownerGroup(), n.baselineStart(),
            n.baselineFinish(), n.plannedStart(), n.plannedFinish(), n.actualStart(), n.actualFinish(), n.progressPct());
      }
      SheetWriter.Sheet dependencies = writer.sheet(DEPENDENCIES, DEPENDENCY_HEADERS);
      for (PlanDependency d : plan.dependencies()) {
        dependencies.row(d.predecessor(), d.successor(), d.lagDays());
      }
      writer.write(out);
    }
  }

  /**
   * Reads an uploaded plan.
   *
   * @throws SheetReader.NotXlsxException when the file is not an .xlsx
   * @throws com.regionops.platform.sheet.SheetFormatException when it expands suspiciously
   */
  public static Parsed read(File xlsx) {
    try (SheetReader reader = SheetReader.open(xlsx)) {
      Map<String, String> columns = new HashMap<>();
      List<PlanNodeRequest> nodes = new ArrayList<>();
      List<Integer> nodeRows = new ArrayList<>();
      SheetReader.Table nodeTable = reader.table(NODES, NODE_REQUIRED, NODE_HEADERS);
      remember(nodeTable, NODE_HEADERS, columns);
      Map<String, Integer> firstRowOfCode = new LinkedHashMap<>();
      for (SheetReader.Table.Row row : nodeTable.rows()) {
        PlanNodeRequest node = node(row, firstRowOfCode);
        if (!row.hasErrors()) {
          nodes.add(node);
          nodeRows.add(row.number());
        }
      }
      if (nodeTable.rows().isEmpty() && reader.errors().isEmpty()) {
        // an empty upload would otherwise replace the plan with nothing
        return new Parsed(new PlanDocument(List.of(), List.of()),
            List.of(new SheetError(NODES, null, "没有任何计划节点")), List.of(), List.of(), Map.copyOf(columns));
      }
      List<PlanDependency> dependencies = new ArrayList<>();
      List<Integer> dependencyRows = new ArrayList<>();
      if (reader.hasSheet(DEPENDENCIES)) {
        SheetReader.Table table = reader.table(DEPENDENCIES, DEPENDENCY_HEADERS, List.of());
        remember(table, DEPENDENCY_HEADERS, columns);
        for (SheetReader.Table.Row row : table.rows()) {
          PlanDependency dependency = dependency(row);
          if (!row.hasErrors()) {
            dependencies.add(dependency);
            dependencyRows.add(row.number());
          }
        }
      }
      return new Parsed(new PlanDocument(nodes, dependencies), reader.errors(), List.copyOf(nodeRows),
          List.copyOf(dependencyRows), Map.copyOf(columns));
    }
  }

  private static void remember(SheetReader.Table table, List<String> headers, Map<String, String> columns) {
    HEADER_OF_FIELD.forEach((field, header) -> {
      if (headers.contains(header) && table.column(header) != null) {
        columns.put(field, table.column(header));
      }
    });
  }

  private static PlanNodeRequest node(SheetReader.Table.Row row, Map<String, Integer> firstRowOfCode) {
    String code = row.text(CODE);
    String name = row.text(NAME);
    String levelText = row.text(LEVEL);
    String categoryText = row.text(CATEGORY);
    NodeLevel level = NodeLevel.fromLabel(levelText);
    NodeCategory category = NodeCategory.fromLabel(categoryText);
    PlanNodeRequest node = new PlanNodeRequest(code, name, level, category, row.text(OWNER), row.date(BASELINE_START),
        row.date(BASELINE_FINISH), row.date(PLANNED_START), row.date(PLANNED_FINISH), row.date(ACTUAL_START),
        row.date(ACTUAL_FINISH), row.percent(PROGRESS));
    if (code == null) {
      row.error(CODE, "节点编码必填");
    } else {
      Integer first = firstRowOfCode.putIfAbsent(code, row.number());
      if (first != null) {
        row.error(CODE, "节点编码重复：" + code + "，首次出现在第 " + first + " 行");
      }
    }
    if (name == null) {
      row.error(NAME, "节点名称必填");
    }
    if (level == null) {
      row.error(LEVEL, (levelText == null ? "节点级别必填" : "未知的节点级别「" + levelText + "」") + "，应为"
          + choices(Stream.of(NodeLevel.values()).map(NodeLevel::label).toList()));
    }
    if (category == null) {
      row.error(CATEGORY, (categoryText == null ? "类别必填" : "未知的类别「" + categoryText + "」") + "，应为"
          + choices(Stream.of(NodeCategory.values()).map(NodeCategory::label).toList()));
    }
    if (node.plannedFinish() == null) {
      row.error(PLANNED_FINISH, "计划完成日期必填");
    }
    return node;
  }

  private static PlanDependency dependency(SheetReader.Table.Row row) {
    String predecessor = row.text(PREDECESSOR);
    String successor = row.text(SUCCESSOR);
    Integer lag = row.integer(LAG);
    if (predecessor == null) {
      row.error(PREDECESSOR, "前置节点编码必填");
    }
    if (successor == null) {
      row.error(SUCCESSOR, "后续节点编码必填");
    }
    return new PlanDependency(predecessor, successor, lag == null ? 0 : lag);
  }

  private static String choices(List<String> labels) {
    return String.join("、", labels.subList(0, labels.size() - 1)) + "或" + labels.get(labels.size() - 1);
  }
}
