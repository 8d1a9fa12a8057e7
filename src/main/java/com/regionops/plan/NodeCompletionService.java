package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.*;

import com.regionops.document.MaterialFiles;
import com.regionops.document.OwnerType;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 节点填报: the rules for reporting a node done, its 阶段成果, and what confirmation changes. A node
 * counts as done (KPI, risk grading, readiness, the 开盘 milestone's self-start) only once its report
 * is confirmed: that is when its actual finish is written, here and nowhere else.
 */
@Service
public class NodeCompletionService {

  static final int MAX_NOTE_LENGTH = 1000;
  /** The item files go under when a node's template names none, or beside the named ones. */
  public static final String OTHER_ITEM = "其他成果";

  /** A valid report of a node, with the 阶段成果 it must carry. */
  public record Proposal(PlanNode node, LocalDate actualFinish, String note, List<PlanTemplate.Deliverable> deliverables) {
  }

  /** One 阶段成果 item and its current files. */
  public record DeliverableFiles(String name, boolean mandatory, List<String> files) {
  }

  private final PlanNodeMapper nodes;
  private final NodeCompletionMapper completions;
  private final NodeStatusMapper statuses;
  private final PlanTemplateMapper templates;
  private final MaterialFiles files;
  private final OpeningMilestone opening;
  private final int graceDays;

  public NodeCompletionService(PlanNodeMapper nodes, NodeCompletionMapper completions, NodeStatusMapper statuses,
      PlanTemplateMapper templates,
      MaterialFiles files, OpeningMilestone opening, @Value("${regionops.plan.report-grace-days:3}") int graceDays) {
    if (graceDays < 0) {
      throw new IllegalArgumentException("regionops.plan.report-grace-days must not be negative, was " + graceDays);
    }
    this.nodes = nodes;
    this.completions = completions;
    this.statuses = statuses;
    this.templates = templates;
    this.files = files;
    this.opening = opening;
    this.graceDays = graceDays;
  }

  /** Days after the actual finish within which a report is on time (填报及时率). */
  public int graceDays() {
    return graceDays;
  }

  /**
   * Checks a report, writing nothing: the node exists and is not done, nobody else's report of it
   * is open, and the actual finish is a real date no later than today.
   */
  public Proposal propose(String projectCode, Object nodeCode, Object actualFinish, Object note) {
    if (nodeCode != null && !(nodeCode instanceof String)) {
      throw InputRejectedException.badInput(NODE_CODE, "节点编码须为文字");
    }
    if (nodeCode == null || ((String) nodeCode).isBlank()) {
      throw InputRejectedException.badInput(NODE_CODE, "请填写完成的节点编码");
    }
    PlanNode node = nodes.findByCode(projectCode, ((String) nodeCode).trim());
    if (node == null) {
      throw InputRejectedException.badInput(NODE_CODE, "项目 " + projectCode + " 中没有节点 " + nodeCode);
    }
    if (node.isCompleted()) {
      throw InputRejectedException.conflict(NODE_CODE,
          "节点 " + node.nodeCode() + "「" + node.name() + "」已于 " + node.actualFinish() + " 确认完成");
    }
    if (completions.findOpen(node.id()) != null) {
      throw InputRejectedException.conflict(NODE_CODE,
          "节点 " + node.nodeCode() + "「" + node.name() + "」已有待确认的完成填报");
    }
    LocalDate finish = checkFinish(node, actualFinish);
    return new Proposal(node, finish, checkNote(note), templates.findNodeDeliverables(projectCode, node.nodeCode()));
  }

  private static LocalDate checkFinish(PlanNode node, Object actualFinish) {
    if (actualFinish == null || (actualFinish instanceof String text && text.isBlank())) {
      throw InputRejectedException.badInput(ACTUAL_FINISH, "请填写实际完成日期");
    }
    LocalDate finish = PlanAdjustmentService.parseDate(actualFinish, ACTUAL_FINISH, "请填写实际完成日期（yyyy-MM-dd）");
    if (finish.isAfter(EngineTime.today())) {
      throw InputRejectedException.badInput(ACTUAL_FINISH, "实际完成日期不能晚于今天");
    }
    if (node.actualStart() != null && finish.isBefore(node.actualStart())) {
      throw InputRejectedException.badInput(ACTUAL_FINISH, "实际完成日期不能早于实际开始日期 " + node.actualStart());
    }
    return finish;
  }

  private static String checkNote(Object note) {
    if (note == null) {
      return null;
    }
    if (!(note instanceof String text)) {
      throw InputRejectedException.badInput(NOTE, "说明须为文字");
    }
    if (text.length() > MAX_NOTE_LENGTH) {
      throw InputRejectedException.badInput(NOTE, "不超过 " + MAX_NOTE_LENGTH + " 个字符");
    }
    return text.isBlank() ? null : text.strip();
  }

  /** Each item the node requires (or the one catch-all item) with its current files, then any other files. */
  public List<DeliverableFiles> deliverableFiles(PlanNode node, List<PlanTemplate.Deliverable> required) {
    Map<String, List<String>> bySlot = new java.util.LinkedHashMap<>(files.bySlot(OwnerType.PLAN_NODE, node.id()));
    List<DeliverableFiles> result = new ArrayList<>();
    for (PlanTemplate.Deliverable d : required) {
      result.add(new DeliverableFiles(d.name(), d.mandatory(), bySlot.getOrDefault(d.name(), List.of())));
      bySlot.remove(d.name());
    }
    List<String> other = new ArrayList<>();
    bySlot.values().forEach(other::addAll);
    if (!other.isEmpty() || required.isEmpty()) {
      result.add(new DeliverableFiles(OTHER_ITEM, false, other));
    }
    return result;
  }

  public static List<String> missing(List<DeliverableFiles> deliverables) {
    return deliverables.stream().filter(d -> d.mandatory() && d.files().isEmpty()).map(DeliverableFiles::name).toList();
  }

  /** What a confirmer reads: one line per item. */
  public static String summary(List<DeliverableFiles> deliverables) {
    StringBuilder text = new StringBuilder();
    for (DeliverableFiles d : deliverables) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(d.mandatory() ? "【必备】" : "【可选】").append(d.name()).append("：")
          .append(MaterialFiles.summary(d.files()));
    }
    return text.toString();
  }

  /** Records the report as REPORTED, inside the start of its process; a second open report of the node is refused. */
  @Transactional
  public NodeCompletion open(Proposal proposal, String processInstanceId, String reportedBy, CompletionSource source) {
    PlanNode node = proposal.node();
    nodes.lockForUpdate(node.id());
    if (completions.findOpen(node.id()) != null) {
      throw InputRejectedException.conflict(NODE_CODE,
          "节点 " + node.nodeCode() + "「" + node.name() + "」已有待确认的完成填报");
    }
    java.time.LocalDateTime now = EngineTime.now().withNano(0);
    KeyedRow<NodeCompletion> row = new KeyedRow<>(new NodeCompletion(null, node.projectCode(), node.id(),
        node.nodeCode(), source, proposal.actualFinish(), proposal.note(), CompletionStatus.REPORTED, 1,
        processInstanceId, null, null, reportedBy == null ? "system" : reportedBy, now,
        delayDays(proposal.actualFinish(), now.toLocalDate()), null, null));
    try {
      completions.insert(row);
    } catch (DuplicateKeyException e) {
      // the same report sent twice at once: the lock above serialises MariaDB, H2 meets the unique key
      throw InputRejectedException.conflict(NODE_CODE,
          "节点 " + node.nodeCode() + "「" + node.name() + "」已有待确认的完成填报");
    }
    return completions.findById(row.getId());
  }

  static int delayDays(LocalDate actualFinish, LocalDate reportedOn) {
    return (int) Math.max(0, ChronoUnit.DAYS.between(actualFinish, reportedOn));
  }

  public boolean onTime(NodeCompletion report) {
    return report.reportDelayDays() <= graceDays;
  }

  @Transactional
  public void recordChain(long completionId, String chain) {
    completions.updateChain(completionId, chain);
  }

  /** One confirmer's answer; the caller checked that it is the next step of the current round. */
  @Transactional
  public void recordStep(NodeCompletion report, int step, String group, String userId, String decision,
      String comment) {
    completions.insertStep(new CompletionStep(report.id(), report.roundNo(), step, group,
        userId == null ? "system" : userId, decision, comment, EngineTime.now().withNano(0)));
    if (RETURNED.equals(decision)) {
      completions.markReturned(report.id(), comment, EngineTime.now().withNano(0));
    }
  }

  /** The office's corrected report, for the next round of confirmation. */
  @Transactional
  public NodeCompletion resubmit(long completionId, Object actualFinish, Object note) {
    NodeCompletion report = completions.findById(completionId);
    PlanNode node = nodes.findByCode(report.projectCode(), report.nodeCode());
    LocalDate finish = checkFinish(node, actualFinish);
    java.time.LocalDateTime now = EngineTime.now().withNano(0);
    // timeliness stays measured from the first submission: a returned report was on time or late when it first came
    int delay = delayDays(finish, report.reportedAt().toLocalDate());
    completions.resubmit(completionId, finish, checkNote(note), delay, now);
    return completions.findById(completionId);
  }

  /**
   * Confirmation: the node gets its actual finish (and a start if it had none), progress 100,
   * and the 开盘 milestone starts 开盘后评估会. Idempotent.
   */
  @Transactional
  public void confirm(long completionId) {
    NodeCompletion report = completions.findById(completionId);
    if (completions.close(completionId, CompletionStatus.CONFIRMED, EngineTime.now().withNano(0)) == 0) {
      return;
    }
    PlanNode before = nodes.findByCode(report.projectCode(), report.nodeCode());
    nodes.complete(report.nodeId(), report.actualFinish());
    opening.noticeCompletion(before, nodes.findByCode(report.projectCode(), report.nodeCode()));
  }

  @Transactional
  public void withdraw(long completionId) {
    completions.close(completionId, CompletionStatus.WITHDRAWN, EngineTime.now().withNano(0));
  }

  /**
   * 节点状态更新: an open node's expected finish and why. Every open node past its planned finish
   * needs one between two biweekly checks; the check lists those without as 数据质量问题.
   */
  @Transactional
  public NodeStatusUpdate statusUpdate(String projectCode, String nodeCode, Object forecastFinish, Object reason,
      String userId) {
    PlanNode node = nodes.findByCode(projectCode, nodeCode);
    if (node == null) {
      throw InputRejectedException.badInput(NODE_CODE, "项目 " + projectCode + " 中没有节点 " + nodeCode);
    }
    if (node.isCompleted()) {
      throw InputRejectedException.conflict(NODE_CODE, "节点 " + nodeCode + "「" + node.name() + "」已完成，无需更新状态");
    }
    if (forecastFinish == null || (forecastFinish instanceof String text && text.isBlank())) {
      throw InputRejectedException.badInput("forecastFinish", "请填写预计完成日期");
    }
    LocalDate forecast = PlanAdjustmentService.parseDate(forecastFinish, "forecastFinish", "请填写预计完成日期（yyyy-MM-dd）");
    if (forecast.isBefore(EngineTime.today())) {
      throw InputRejectedException.badInput("forecastFinish", "预计完成日期不能早于今天；已完成的节点请做节点填报");
    }
    if (!(reason instanceof String text) || text.strip().length() < 4) {
      throw InputRejectedException.badInput("reason", "请说明进展和原因（不少于 4 个字）");
    }
    if (text.length() > MAX_NOTE_LENGTH) {
      throw InputRejectedException.badInput("reason", "不超过 " + MAX_NOTE_LENGTH + " 个字符");
    }
    NodeStatusUpdate update = new NodeStatusUpdate(null, projectCode, node.id(), node.nodeCode(), forecast,
        text.strip(), userId, EngineTime.now().withNano(0));
    statuses.insert(update);
    return statuses.findByNode(node.id()).get(0);
  }

  public List<NodeStatusUpdate> statusUpdates(long nodeId) {
    return statuses.findByNode(nodeId);
  }

  public NodeCompletion byProcessInstance(String processInstanceId) {
    return completions.findByProcessInstance(processInstanceId);
  }

  public List<NodeCompletion> history(long nodeId) {
    return completions.findByNode(nodeId);
  }

  public List<NodeCompletion> ofProject(String projectCode, CompletionStatus status) {
    return completions.findByProject(projectCode, status);
  }

  public List<CompletionStep> steps(long completionId) {
    return completions.findSteps(completionId);
  }

  public int stepsThisRound(NodeCompletion report) {
    return completions.countSteps(report.id(), report.roundNo());
  }
}
