package com.regionops.plan;

import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan adjustments: the rules for asking, the impact and approver chain, and applying an
 * approved change to the whole plan at once. Rules that are policy live in DMN
 * plan-adjustment-approval; these are the ones that decide whether a request is valid at all.
 */
@Service
public class PlanAdjustmentService {

  static final int MAX_REASON_LENGTH = 1000;
  static final int MAX_PARTNER_APPROVAL_LENGTH = 200;

  public static final String DECISION_KEY = "plan-adjustment-approval";

  /** A valid request with what it would do. */
  public record Proposal(PlanNode node, LocalDate newPlannedFinish, ImpactAnalysis.Impact impact,
      int adjustmentsThisYear, List<String> approverChain, Integer contractMarginDays, Integer handoverBufferDays,
      String operatingMode, String partnerApproval) {

    /** The DMN's inputs; the contract's two are null without an approved contract date (or a pushed handover). */
    public Map<String, Object> decisionInputs() {
      Map<String, Object> inputs = new java.util.HashMap<>(Map.of("nodeLevel", node.nodeLevel().name(),
          "category", node.category().name(), "delayDays", impact.delayDays(),
          "adjustmentsThisYear", adjustmentsThisYear, "milestoneImpactDays", impact.milestoneImpactDays(),
          PlanAdjustmentProcess.OPERATING_MODE, operatingMode));
      inputs.put(PlanAdjustmentProcess.CONTRACT_MARGIN_DAYS, contractMarginDays);
      inputs.put(PlanAdjustmentProcess.HANDOVER_BUFFER_DAYS, handoverBufferDays);
      return inputs;
    }

    /** A 不操盘 project's adjustment: approved by the partner, filed (备案) by region-ops. */
    public boolean partnerRun() {
      return PartnerRules.partnerRun(operatingMode);
    }
  }

  private final PlanNodeMapper nodes;
  private final PlanAdjustmentMapper adjustments;
  private final DeployedDecisions decisions;
  private final ApprovalChain chain;
  private final ContractHandover contracts;
  private final PartnerRules partners;

  /** Without contract handover dates or partners (tests of the adjustment rules alone). */
  public PlanAdjustmentService(PlanNodeMapper nodes, PlanAdjustmentMapper adjustments, DeployedDecisions decisions,
      ApprovalChain chain) {
    this(nodes, adjustments, decisions, chain, ContractHandover.NONE, PartnerRules.NONE);
  }

  @org.springframework.beans.factory.annotation.Autowired
  public PlanAdjustmentService(PlanNodeMapper nodes, PlanAdjustmentMapper adjustments, DeployedDecisions decisions,
      ApprovalChain chain, ContractHandover contracts, PartnerRules partners) {
    this.nodes = nodes;
    this.adjustments = adjustments;
    this.decisions = decisions;
    this.chain = chain;
    this.contracts = contracts;
    this.partners = partners;
  }

  /**
   * Checks a request and works out its impact and approvers, writing nothing. A refusal names
   * the field and the rule: the node exists and is open, the date is a real change, a
   * milestone moves at most once a calendar year. Whether another request for the node is open is
   * {@link #preview}'s and {@link #open}'s to say.
   */
  public Proposal propose(String projectCode, String nodeCode, Object newPlannedFinish, Object reason) {
    return propose(projectCode, nodeCode, newPlannedFinish, reason, null);
  }

  /**
   * As {@link #propose(String, String, Object, Object)}, with the partner's approval (文号 or 会议纪要): required for a
   * project the partner runs (不操盘), whose adjustment follows the partner's rules, kept as evidence for any other.
   */
  public Proposal propose(String projectCode, String nodeCode, Object newPlannedFinish, Object reason,
      Object partnerApproval) {
    if (nodeCode == null || nodeCode.isBlank()) {
      throw InputRejectedException.badInput(PlanAdjustmentProcess.NODE_CODE, "请填写要调整的节点编码");
    }
    PlanNode node = nodes.findByCode(projectCode, nodeCode);
    if (node == null) {
      throw InputRejectedException.badInput(PlanAdjustmentProcess.NODE_CODE, "项目 " + projectCode + " 中没有节点 " + nodeCode);
    }
    if (node.isCompleted()) {
      throw InputRejectedException.badInput(PlanAdjustmentProcess.NODE_CODE,
          "节点 " + nodeCode + "「" + node.name() + "」已完成，不能调整计划");
    }
    LocalDate date = parseDate(newPlannedFinish, PlanAdjustmentProcess.NEW_PLANNED_FINISH, "请填写新的计划完成日期（yyyy-MM-dd）");
    if (date.equals(node.plannedFinish())) {
      throw InputRejectedException.badInput(PlanAdjustmentProcess.NEW_PLANNED_FINISH, "新的计划完成日期与当前相同：" + date);
    }
    if (!(reason instanceof String text) || text.trim().length() < PlanAdjustmentProcess.MIN_REASON_LENGTH) {
      throw InputRejectedException.badInput(PlanAdjustmentProcess.REASON,
          "请说明调整原因（不少于 " + PlanAdjustmentProcess.MIN_REASON_LENGTH + " 个字）");
    }
    if (text.length() > MAX_REASON_LENGTH) {
      // the column holds 1000: longer text was a database error instead of a message
      throw InputRejectedException.badInput(PlanAdjustmentProcess.REASON, "不超过 " + MAX_REASON_LENGTH + " 个字符");
    }
    String mode = partners.operatingMode(projectCode);
    String approval = partnerApproval(partnerApproval, PartnerRules.partnerRun(mode));
    int thisYear = adjustments.countApprovedInYear(node.id(), EngineTime.today().getYear());
    // once a year is the department's own rule for the milestones it runs; the partner's rules govern its own
    if (node.nodeLevel() == NodeLevel.MILESTONE && thisYear >= 1 && !PartnerRules.partnerRun(mode)) {
      throw InputRejectedException.badInput(PlanAdjustmentProcess.NODE_CODE,
          "里程碑节点每个自然年只能调整一次，" + nodeCode + "「" + node.name() + "」今年已调整过");
    }
    ImpactAnalysis.Impact impact = excerpt(node).impact(nodeCode, date);
    // a contract handover date matters only when the adjustment moves a 交楼 node (most adjustments do not); the
    // planned handover is the latest of every 交楼 node, so only then is the whole plan read
    boolean movesHandover = node.category() == NodeCategory.HANDOVER
        || impact.affected().stream().anyMatch(a -> a.category() == NodeCategory.HANDOVER);
    ContractHandover.Contract contract = movesHandover ? contracts.contract(projectCode) : null;
    Integer margin = contract == null ? null
        : ContractHandover.marginAfter(nodes.findByProject(projectCode), impact, contract.contractHandoverDate());
    Integer buffer = margin == null ? null : contract.bufferDays();
    Proposal unrouted = new Proposal(node, date, impact, thisYear, List.of(), margin, buffer, mode, approval);
    List<String> approvers = chain.ordered(decisions.evaluate(DECISION_KEY, unrouted.decisionInputs()).stream()
        .map(r -> r.get("approverGroup")).toList());
    return new Proposal(node, date, impact, thisYear, approvers, margin, buffer, mode, approval);
  }

  /** The part of the plan the node's adjustment can touch, read instead of every node (PlanExcerpt). */
  private PlanExcerpt excerpt(PlanNode node) {
    return PlanExcerpt.around(node, nodes.findDependencyRows(node.projectCode()), nodes::findByIds);
  }

  private static String partnerApproval(Object given, boolean required) {
    if (given != null && !(given instanceof String)) {
      throw InputRejectedException.badInput(PlanAdjustmentProcess.PARTNER_APPROVAL, "合作方批准文件须为文字（文号或会议纪要名称）");
    }
    String text = given == null ? "" : ((String) given).trim();
    if (text.isEmpty()) {
      if (required) {
        throw InputRejectedException.badInput(PlanAdjustmentProcess.PARTNER_APPROVAL,
            "本项目不操盘，计划调整按合作方规则审批：请填写合作方的批准文件（文号或会议纪要名称），区域运营部核对后备案");
      }
      return null;
    }
    if (text.length() > MAX_PARTNER_APPROVAL_LENGTH) {
      throw InputRejectedException.badInput(PlanAdjustmentProcess.PARTNER_APPROVAL,
          "不超过 " + MAX_PARTNER_APPROVAL_LENGTH + " 个字符");
    }
    return text;
  }

  /**
   * {@link #propose} for a preview, which also says when the node already has a request under approval. A start
   * learns that from {@link #open}, which checks it under the node's lock.
   */
  public Proposal preview(String projectCode, String nodeCode, Object newPlannedFinish, Object reason,
      Object partnerApproval) {
    Proposal proposal = propose(projectCode, nodeCode, newPlannedFinish, reason, partnerApproval);
    requireNoneOpen(proposal.node());
    return proposal;
  }

  private void requireNoneOpen(PlanNode node) {
    if (!adjustments.findOpen(node.id()).isEmpty()) {
      throw InputRejectedException.conflict(PlanAdjustmentProcess.NODE_CODE,
          "节点 " + node.nodeCode() + "「" + node.name() + "」已有审批中的计划调整");
    }
  }

  /** Records the request as PENDING, inside the start of its process. */
  @Transactional
  public PlanAdjustment open(Proposal proposal, String processInstanceId, String requestedBy, String reason) {
    PlanNode node = proposal.node();
    // Identical requests arrive together: the node's row lock makes the second wait for the first
    // to commit and then see its PENDING request (read committed), so only one is opened.
    nodes.lockForUpdate(node.id());
    requireNoneOpen(node);
    LocalDateTime at = EngineTime.now().withNano(0);
    KeyedRow<PlanAdjustment> row = new KeyedRow<>(pending(null, proposal, processInstanceId, requestedBy, reason, at));
    adjustments.insert(row);
    // every column is what was just written (the mapper test reads them back): no second query
    return pending(row.getId(), proposal, processInstanceId, requestedBy, reason, at);
  }

  private static PlanAdjustment pending(Long id, Proposal proposal, String processInstanceId, String requestedBy,
      String reason, LocalDateTime at) {
    PlanNode node = proposal.node();
    return new PlanAdjustment(id, node.projectCode(), node.id(), node.nodeCode(), processInstanceId,
        node.plannedFinish(), proposal.newPlannedFinish(), proposal.impact().delayDays(),
        proposal.impact().milestoneImpactDays(), proposal.impact().affected().size() - 1,
        String.join(",", proposal.approverChain()), reason.trim(), AdjustmentStatus.PENDING,
        requestedBy == null ? "system" : requestedBy, at, null, proposal.partnerApproval());
  }

  /**
   * One approver's answer. The caller has checked that {@code step} (1-based) is the next one
   * against {@link #approvals} (RecordApprovalListener), in the transaction of the completion.
   */
  @Transactional
  public void recordApproval(long adjustmentId, int step, String group, String userId, String decision,
      String comment) {
    adjustments.insertApproval(new AdjustmentApproval(adjustmentId, step, group, userId == null ? "system" : userId,
        decision, comment, EngineTime.now().withNano(0)));
  }

  /**
   * Applies an approved request to the plan as it is now: the node and every node it pushes get
   * their new planned dates in one transaction; baselines never change. Idempotent.
   */
  @Transactional
  public void apply(long adjustmentId) {
    PlanAdjustment adjustment = adjustments.findById(adjustmentId);
    if (adjustment.status() != AdjustmentStatus.PENDING) {
      return;
    }
    PlanNode node = nodes.findByCode(adjustment.projectCode(), adjustment.nodeCode());
    if (node == null) {
      // a node with an adjustment cannot be deleted (PlanService): this is a broken database, not a user's mistake
      throw new IllegalStateException("Plan adjustment " + adjustmentId + ": no node " + adjustment.nodeCode());
    }
    PlanExcerpt excerpt = excerpt(node);
    Map<String, PlanNode> byCode = excerpt.nodes().stream().collect(Collectors.toMap(PlanNode::nodeCode, n -> n));
    ImpactAnalysis.Impact impact = excerpt.impact(adjustment.nodeCode(), adjustment.newPlannedFinish());
    for (ImpactAnalysis.AffectedNode affected : impact.affected()) {
      adjustments.updatePlannedDates(byCode.get(affected.nodeCode()).id(), affected.newPlannedStart(),
          affected.newPlannedFinish());
    }
    adjustments.decide(adjustmentId, AdjustmentStatus.APPROVED, EngineTime.now().withNano(0));
  }

  @Transactional
  public void reject(long adjustmentId) {
    adjustments.decide(adjustmentId, AdjustmentStatus.REJECTED, EngineTime.now().withNano(0));
  }

  public PlanAdjustment adjustment(long id) {
    return adjustments.findById(id);
  }

  public PlanAdjustment byProcessInstance(String processInstanceId) {
    return adjustments.findByProcessInstance(processInstanceId);
  }

  public List<PlanAdjustment> history(long nodeId) {
    return adjustments.findByNode(nodeId);
  }

  /** The request of an instance at an approval step, with the answers it has so far. */
  public PlanAdjustmentMapper.ApprovalStep step(String processInstanceId) {
    return adjustments.findStep(processInstanceId);
  }

  public List<AdjustmentApproval> approvals(long adjustmentId) {
    return adjustments.findApprovals(adjustmentId);
  }

  /** A few lines an approver can read: what moves, by how much, and what else moves with it. */
  public static String summary(Proposal p) {
    StringBuilder text = new StringBuilder();
    text.append(p.node().nodeCode()).append(' ').append(p.node().name()).append("：").append(p.node().plannedFinish())
        .append(" → ").append(p.newPlannedFinish()).append("（").append(signed(p.impact().delayDays())).append(" 天）\n");
    text.append("影响里程碑/开盘/交楼最多 ").append(p.impact().milestoneImpactDays()).append(" 天；连带调整 ")
        .append(p.impact().affected().size() - 1).append(" 个节点");
    p.impact().affected().stream().skip(1).limit(20).forEach(a -> text.append("\n· ").append(a.nodeCode()).append(' ')
        .append(a.name()).append("：").append(a.oldPlannedFinish()).append(" → ").append(a.newPlannedFinish())
        .append("（+").append(a.delayDays()).append(" 天）"));
    if (p.impact().affected().size() > 21) {
      text.append("\n……另有 ").append(p.impact().affected().size() - 21).append(" 个节点");
    }
    if (p.contractMarginDays() != null) {
      text.append("\n交楼推后后距已批准的合同交楼日期 ").append(p.contractMarginDays()).append(" 天（缓冲 ")
          .append(p.handoverBufferDays() == null ? "—" : p.handoverBufferDays()).append(" 天）");
    }
    return text.toString();
  }

  private static String signed(int days) {
    return days > 0 ? "+" + days : String.valueOf(days);
  }

  /** A date as a form or engine REST sends it (text, a Date, a date-time), or a refusal naming the field. */
  static LocalDate parseDate(Object value, String field, String refusal) {
    if (value instanceof String text) {
      try {
        LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        if (EngineTime.plausible(date)) {
          return date;
        }
      } catch (DateTimeParseException e) {
        // fall through to the refusal
      }
    }
    LocalDateTime parsed = EngineTime.parseDateTime(value);
    if (parsed == null) {
      throw InputRejectedException.badInput(field, refusal);
    }
    return parsed.toLocalDate();
  }
}
