package com.regionops.operating;

import com.regionops.platform.sheet.SheetError;
import com.regionops.platform.sheet.SheetReader;
import com.regionops.platform.sheet.SheetWriter;
import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 年度经营目标分解 as the .xlsx the department splits targets in: sheet 区域目标 (指标, 年度目标) and
 * sheet 项目分解 (项目编码, 指标, 1月 … 12月, in 万元). Metrics are their Chinese names (销售, 回款, …);
 * the export's 全年合计 column is for reading and ignored on import.
 */
public final class TargetWorkbook {

  public static final String REGION = "区域目标";
  public static final String SPLIT = "项目分解";
  static final String METRIC = "指标";
  static final String TARGET = "年度目标(万元)";
  static final String PROJECT = "项目编码";
  static final String TOTAL = "全年合计";

  private static final Pattern FIELD = Pattern.compile("projects\\[(\\d+)](?:\\.(projectCode|metric|monthly)(?:\\[(\\d+)])?)?");
  private static final Pattern REGION_FIELD = Pattern.compile("regionTargets\\.(\\w+)");

  private TargetWorkbook() {
  }

  static String month(int m) {
    return m + "月";
  }

  static List<String> splitHeaders() {
    List<String> headers = new ArrayList<>(List.of(PROJECT, METRIC));
    for (int m = 1; m <= 12; m++) {
      headers.add(month(m));
    }
    return headers;
  }

  /** What an upload gave, and where each line came from (for the service's field paths). */
  public record Parsed(TargetDecomposition draft, List<SheetError> errors, List<Integer> splitRows,
      Map<String, Integer> regionRows, Map<String, String> columns) {

    /** {@code projects[3].monthly[2]} → 项目分解!E6; {@code regionTargets.SALES} → 区域目标!B3. */
    public String cellOf(String field) {
      Matcher m = FIELD.matcher(field == null ? "" : field);
      if (m.matches()) {
        int index = Integer.parseInt(m.group(1));
        if (index >= splitRows.size()) {
          return SPLIT;
        }
        String header = m.group(2) == null ? PROJECT : switch (m.group(2)) {
          case "metric" -> METRIC;
          case "monthly" -> m.group(3) == null ? month(1) : month(Integer.parseInt(m.group(3)) + 1);
          default -> PROJECT;
        };
        String column = columns.get(SPLIT + "/" + header);
        return column == null ? SPLIT : SPLIT + "!" + column + splitRows.get(index);
      }
      Matcher r = REGION_FIELD.matcher(field == null ? "" : field);
      if (r.matches() && regionRows.containsKey(r.group(1)) && columns.containsKey(REGION + "/" + TARGET)) {
        return REGION + "!" + columns.get(REGION + "/" + TARGET) + regionRows.get(r.group(1));
      }
      return field != null && field.startsWith("regionTargets") ? REGION : field;
    }
  }

  public static byte[] write(String title, Map<String, BigDecimal> regionTargets, List<TargetRow> rows) {
    return SheetWriter.bytes(w -> {
      w.title(title);
      SheetWriter.Sheet region = w.sheet(REGION, List.of(METRIC, TARGET));
      for (Metric metric : Metric.values()) {
        region.row(metric.label(), regionTargets.get(metric.name()));
      }
      List<String> headers = splitHeaders();
      headers.add(TOTAL);
      SheetWriter.Sheet split = w.sheet(SPLIT, headers);
      Map<String, BigDecimal[]> lines = new LinkedHashMap<>();
      for (TargetRow row : rows) {
        lines.computeIfAbsent(row.projectCode() + "\u0000" + row.metric().name(), k -> new BigDecimal[12])
            [row.targetMonth() - 1] = row.planAmount();
      }
      lines.forEach((key, months) -> {
        String[] parts = key.split("\u0000");
        List<Object> values = new ArrayList<>(List.of(parts[0], Metric.valueOf(parts[1]).label()));
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : months) {
          values.add(amount);
          total = amount == null ? total : total.add(amount);
        }
        values.add(total);
        split.row(values.toArray());
      });
    });
  }

  public static Parsed read(File xlsx, int year) {
    try (SheetReader reader = SheetReader.open(xlsx)) {
      Map<String, String> columns = new LinkedHashMap<>();
      Map<String, BigDecimal> targets = new LinkedHashMap<>();
      Map<String, Integer> regionRows = new LinkedHashMap<>();
      SheetReader.Table region = reader.table(REGION, List.of(METRIC, TARGET), List.of());
      columns.put(REGION + "/" + TARGET, region.column(TARGET));
      for (SheetReader.Table.Row row : region.rows()) {
        Metric metric = metric(row);
        BigDecimal amount = row.number(TARGET);
        if (metric != null && !row.hasErrors()) {
          if (targets.containsKey(metric.name())) {
            row.error(METRIC, metric.label() + "重复出现");
          } else {
            targets.put(metric.name(), amount);
            regionRows.put(metric.name(), row.number());
          }
        }
      }
      List<TargetDecomposition.ProjectSplit> lines = new ArrayList<>();
      List<Integer> splitRows = new ArrayList<>();
      List<String> headers = splitHeaders();
      SheetReader.Table split = reader.table(SPLIT, headers, List.of(TOTAL));
      headers.forEach(h -> columns.put(SPLIT + "/" + h, split.column(h)));
      for (SheetReader.Table.Row row : split.rows()) {
        String project = row.text(PROJECT);
        Metric metric = metric(row);
        List<BigDecimal> monthly = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
          monthly.add(row.number(month(m)));
        }
        if (project == null) {
          row.error(PROJECT, "项目编码必填");
        }
        if (!row.hasErrors()) {
          lines.add(new TargetDecomposition.ProjectSplit(project, metric.name(), monthly));
          splitRows.add(row.number());
        }
      }
      return new Parsed(new TargetDecomposition(year, targets, lines), reader.errors(), splitRows, regionRows,
          columns);
    }
  }

  /** The row's metric by its Chinese name or code; an error on the cell when it is neither. */
  private static Metric metric(SheetReader.Table.Row row) {
    String text = row.text(METRIC);
    if (text == null) {
      row.error(METRIC, "指标必填");
      return null;
    }
    for (Metric metric : Metric.values()) {
      if (metric.label().equals(text) || metric.name().equalsIgnoreCase(text)) {
        return metric;
      }
    }
    List<String> labels = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      labels.add(metric.label());
    }
    row.error(METRIC, "未知指标「" + text + "」，应为" + String.join("、", labels));
    return null;
  }
}
