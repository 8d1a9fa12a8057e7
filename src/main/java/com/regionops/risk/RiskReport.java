package com.regionops.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 双周通报 of one region and period: counts per grade per project, the red and orange
 * list, and what changed since the previous check.
 */
public record RiskReport(RiskCheck check, Map<String, Map<String, Integer>> countsByProject,
    List<RiskAssessment> redAndOrange, List<Change> changes, List<DataQualityIssue> dataQuality) {

  /** A node whose grade moved between the two checks (from null: newly graded). */
  public record Change(String projectCode, String nodeCode, String nodeName, String from, String to) {
  }

  public static RiskReport of(RiskCheck check, List<RiskAssessment> current, List<RiskAssessment> previous,
      List<DataQualityIssue> dataQuality) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    List<RiskAssessment> serious = new ArrayList<>();
    Map<Long, RiskAssessment> before = new java.util.HashMap<>();
    previous.forEach(p -> before.put(p.nodeId(), p));
    List<Change> changes = new ArrayList<>();
    for (RiskAssessment r : current) {
      counts.computeIfAbsent(r.projectCode(), k -> new TreeMap<>()).merge(r.grade(), 1, Integer::sum);
      if (r.needsCorrection()) {
        serious.add(r);
      }
      RiskAssessment p = before.get(r.nodeId());
      String from = p == null ? null : p.grade();
      if (!r.grade().equals(from) && !(from == null && "GREEN".equals(r.grade()))) {
        changes.add(new Change(r.projectCode(), r.nodeCode(), r.nodeName(), from, r.grade()));
      }
    }
    serious.sort((a, b) -> a.grade().equals(b.grade()) ? a.projectCode().compareTo(b.projectCode())
        : "RED".equals(a.grade()) ? -1 : 1);
    return new RiskReport(check, counts, serious, changes, dataQuality);
  }

  /** A few lines for the 审阅双周通报 form. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(check.periodDate()).append(" 双周检查：共评定 ").append(check.nodesGraded()).append(" 个未完成节点，红 ")
        .append(check.redCount()).append("、橙 ").append(check.orangeCount()).append("、黄 ").append(check.yellowCount())
        .append("、绿 ").append(check.greenCount()).append("。");
    countsByProject.forEach((project, counts) -> text.append("\n").append(project).append("：").append(counts));
    if (!redAndOrange.isEmpty()) {
      text.append("\n红/橙节点：");
      redAndOrange.stream().limit(30).forEach(r -> text.append("\n· ").append(r.grade()).append(' ')
          .append(r.projectCode()).append(' ').append(r.nodeCode()).append(' ').append(r.nodeName()).append("：")
          .append(r.reason()));
      if (redAndOrange.size() > 30) {
        text.append("\n……另有 ").append(redAndOrange.size() - 30).append(" 个");
      }
    }
    text.append("\n较上期变化 ").append(changes.size()).append(" 个节点。");
    if (!dataQuality.isEmpty()) {
      long missing = dataQuality.stream().filter(i -> DataQualityIssue.MISSING_STATUS_UPDATE.equals(i.kind())).count();
      text.append("\n数据质量问题 ").append(dataQuality.size()).append(" 个：缺少状态更新 ").append(missing)
          .append("、节点迟报 ").append(dataQuality.size() - missing).append("。");
    }
    return text.toString();
  }
}
