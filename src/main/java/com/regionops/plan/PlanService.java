package com.regionops.plan;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.FieldErrors;
import com.regionops.platform.web.RequestValidator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's plan: reading it, keeping single nodes, importing it whole. */
@Service
public class PlanService {

  static final int MAX_LAG_DAYS = 365;

  private final PlanNodeMapper nodes;
  private final ProjectService projects;
  private final RequestValidator validator;
  private final Clock clock;
  private final OpeningMilestone opening;

  public PlanService(PlanNodeMapper nodes, ProjectService projects, RequestValidator validator, Clock clock,
      OpeningMilestone opening) {
    this.nodes = nodes;
    this.projects = projects;
    this.validator = validator;
    this.clock = clock;
    this.opening = opening;
  }

  private void noticeOpening(PlanNode before, PlanNode after) {
    opening.noticeCompletion(before, after);
  }

  public List<PlanNode> nodes(ApiUser user, String projectCode) {
    return nodes.findByProject(projects.get(user, projectCode).code());
  }

  public PlanDocument plan(ApiUser user, String projectCode) {
    String code = projects.get(user, projectCode).code();
    List<PlanNodeRequest> list = nodes.findByProject(code).stream().map(PlanService::asRequest).toList();
    return new PlanDocument(list, nodes.findDependencies(code));
  }

  /** Creates or updates one node; its dependencies stay as they are. */
  @Transactional
  public PlanNode upsertNode(ApiUser user, String projectCode, String nodeCode, PlanNodeRequest request) {
    user.requireMasterDataWriter();
    Project project = projects.getForWrite(user, projectCode);
    validator.check(request);
    FieldErrors errors = new FieldErrors();
    errors.require(nodeCode.equals(request.nodeCode()), "nodeCode", "与路径中的节点编码不一致：" + nodeCode);
    checkDates(request, "", errors);
    PlanNode current = nodes.findByCode(project.code(), nodeCode);
    if (current != null && nodes.findBaselinedCodes(project.code()).contains(nodeCode)) {
      checkBaseline(current, request, "", errors);
    }
    if (current != null) {
      checkActualFinish(project.code(), current, request, "", errors);
    }
    errors.throwIfAny();
    PlanNode node = request.toNode(project.code());
    if (nodes.update(node) == 0) {
      nodes.insert(node);
    }
    PlanNode saved = nodes.findByCode(project.code(), nodeCode);
    noticeOpening(current, saved);
    return saved;
  }

  /**
   * Replaces the plan of a project with the document: nodes are matched by code (updated,
   * created, or deleted when absent), dependencies are replaced. All or nothing.
   */
  /** What an import would do to one node: NEW, UPDATED, UNCHANGED, or DELETED (in the plan, not in the import). */
  public record NodeChange(String nodeCode, String name, String change) {
  }

  /** An import checked like {@link #importPlan} and compared with the plan, nothing written. */
  public record ImportPreview(String projectCode, int created, int updated, int unchanged, int deleted,
      int dependencies, List<NodeChange> changes) {
  }

  /** The plan's nodes by code and those the import would delete, once every rule of an import passed. */
  private record Checked(Map<String, PlanNode> existing, List<Long> removed) {
  }

  /** Checks a whole-plan import against every rule {@link #importPlan} applies, and says what it would change. */
  public ImportPreview previewImport(ApiUser user, String projectCode, PlanDocument document) {
    user.requireMasterDataWriter();
    Project project = projects.getForWrite(user, projectCode);
    Checked checked = checkImport(project, document);
    List<NodeChange> changes = new ArrayList<>();
    int created = 0;
    int updated = 0;
    Set<String> imported = new HashSet<>();
    for (PlanNodeRequest request : document.nodes()) {
      imported.add(request.nodeCode());
      PlanNode had = checked.existing().get(request.nodeCode());
      PlanNode now = request.toNode(project.code());
      String change = had == null ? "NEW" : sameNode(had, now) ? "UNCHANGED" : "UPDATED";
      created += had == null ? 1 : 0;
      updated += "UPDATED".equals(change) ? 1 : 0;
      changes.add(new NodeChange(request.nodeCode(), request.name(), change));
    }
    checked.existing().values().stream().filter(n -> !imported.contains(n.nodeCode()))
        .sorted(java.util.Comparator.comparing(PlanNode::nodeCode))
        .forEach(n -> changes.add(new NodeChange(n.nodeCode(), n.name(), "DELETED")));
    return new ImportPreview(project.code(), created, updated, document.nodes().size() - created - updated,
        checked.removed().size(), dependencies(document).size(), changes);
  }

  private static boolean sameNode(PlanNode a, PlanNode b) {
    return java.util.Objects.equals(a.name(), b.name()) && a.nodeLevel() == b.nodeLevel()
        && a.category() == b.category() && java.util.Objects.equals(a.ownerGroup(), b.ownerGroup())
        && java.util.Objects.equals(a.baselineStart(), b.baselineStart())
        && java.util.Objects.equals(a.baselineFinish(), b.baselineFinish())
        && java.util.Objects.equals(a.plannedStart(), b.plannedStart())
        && java.util.Objects.equals(a.plannedFinish(), b.plannedFinish())
        && java.util.Objects.equals(a.actualStart(), b.actualStart())
        && java.util.Objects.equals(a.actualFinish(), b.actualFinish()) && a.progressPct() == b.progressPct();
  }

  static final int BATCH = 500;

  private static <T> List<List<T>> batches(List<T> rows) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += BATCH) {
      batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
    }
    return batches;
  }

  private static List<PlanDependency> dependencies(PlanDocument document) {
    return document.dependencies() == null ? List.of() : document.dependencies();
  }

  /**
   * Replaces the plan of a project with the document: nodes are matched by code (updated,
   * created, or deleted when absent), dependencies are replaced. All or nothing.
   */
  @Transactional
  public PlanImportResult importPlan(ApiUser user, String projectCode, PlanDocument document) {
    user.requireMasterDataWriter();
    Project project = projects.getForWrite(user, projectCode);
    Checked checked = checkImport(project, document);
    Map<String, PlanNode> existing = checked.existing();
    List<Long> removed = checked.removed();

    nodes.deleteDependencies(project.code());
    if (!removed.isEmpty()) {
      nodes.deleteByIds(removed);
    }
    // new nodes and all dependencies in multi-row statements: a 20,000-node plan was 60,000 round trips (bench/plans.sh)
    List<PlanNode> fresh = new ArrayList<>();
    for (PlanNodeRequest request : document.nodes()) {
      PlanNode node = request.toNode(project.code());
      if (existing.containsKey(node.nodeCode())) {
        nodes.update(node);
      } else {
        fresh.add(node);
      }
    }
    for (List<PlanNode> batch : batches(fresh)) {
      nodes.insertBatch(batch);
    }
    int created = fresh.size();
    List<PlanNode> saved = nodes.findByProject(project.code());
    saved.forEach(n -> noticeOpening(existing.get(n.nodeCode()), n));
    Map<String, Long> ids = saved.stream().collect(Collectors.toMap(PlanNode::nodeCode, PlanNode::id));
    List<PlanNodeMapper.DependencyRow> rows = dependencies(document).stream()
        .map(d -> new PlanNodeMapper.DependencyRow(ids.get(d.predecessor()), ids.get(d.successor()), d.lagDays()))
        .toList();
    for (List<PlanNodeMapper.DependencyRow> batch : batches(rows)) {
      nodes.insertDependencies(batch);
    }
    return new PlanImportResult(project.code(), created, document.nodes().size() - created, removed.size(),
        dependencies(document).size());
  }

  private Checked checkImport(Project project, PlanDocument document) {
    validate(document);
    Map<String, PlanNode> existing = nodes.findByProject(project.code()).stream()
        .collect(Collectors.toMap(PlanNode::nodeCode, Function.identity()));
    Set<String> baselined = new HashSet<>(nodes.findBaselinedCodes(project.code()));
    FieldErrors errors = new FieldErrors();
    for (int i = 0; i < document.nodes().size(); i++) {
      PlanNodeRequest node = document.nodes().get(i);
      if (baselined.contains(node.nodeCode())) {
        checkBaseline(existing.get(node.nodeCode()), node, "nodes[" + i + "].", errors);
      }
      if (existing.containsKey(node.nodeCode())) {
        checkActualFinish(project.code(), existing.get(node.nodeCode()), node, "nodes[" + i + "].", errors);
      }
    }
    errors.throwIfAny();
    Set<String> imported = document.nodes().stream().map(PlanNodeRequest::nodeCode).collect(Collectors.toSet());
    List<String> droppedBaselined = baselined.stream().filter(c -> !imported.contains(c)).sorted().toList();
    if (!droppedBaselined.isEmpty()) {
      throw ApiException.conflict("nodes", "以下节点已基线化，不能从计划中删除：" + String.join(", ", droppedBaselined));
    }
    List<Long> removed = existing.values().stream().filter(n -> !imported.contains(n.nodeCode()))
        .map(PlanNode::id).toList();
    if (!removed.isEmpty()) {
      List<String> referenced = nodes.findCodesWithAdjustments(removed);
      if (!referenced.isEmpty()) {
        throw ApiException.conflict("nodes", "以下节点已有计划调整或节点填报记录，不能从计划中删除：" + String.join(", ", referenced));
      }
    }
    return new Checked(existing, removed);
  }

  private void validate(PlanDocument document) {
    if (document == null || document.nodes() == null) {
      throw ApiException.badInput("nodes", "必填");
    }
    List<PlanDependency> dependencies = document.dependencies() == null ? List.of() : document.dependencies();
    FieldErrors errors = new FieldErrors();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < document.nodes().size(); i++) {
      String prefix = "nodes[" + i + "].";
      PlanNodeRequest node = document.nodes().get(i);
      try {
        validator.check(node, prefix);
      } catch (ApiException e) {
        e.problems().forEach(p -> errors.add(p.field(), p.message()));
        continue;
      }
      if (!codes.add(node.nodeCode())) {
        errors.add(prefix + "nodeCode", "节点编码重复：" + node.nodeCode());
      }
      checkDates(node, prefix, errors);
    }
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < dependencies.size(); i++) {
      String prefix = "dependencies[" + i + "].";
      PlanDependency d = dependencies.get(i);
      if (d == null) {
        errors.add("dependencies[" + i + "]", "必填");
        continue;
      }
      errors.require(d.predecessor() != null && codes.contains(d.predecessor()), prefix + "predecessor",
          "计划中没有此节点：" + d.predecessor());
      errors.require(d.successor() != null && codes.contains(d.successor()), prefix + "successor",
          "计划中没有此节点：" + d.successor());
      errors.require(d.predecessor() == null || !d.predecessor().equals(d.successor()), prefix + "successor",
          "节点不能依赖自身");
      // widened: Math.abs(Integer.MIN_VALUE) is still negative and would pass the bound
      errors.require(Math.abs((long) d.lagDays()) <= MAX_LAG_DAYS, prefix + "lagDays", "间隔天数在 ±" + MAX_LAG_DAYS + " 之内");
      errors.require(pairs.add(d.predecessor() + "→" + d.successor()), prefix + "successor", "依赖重复");
    }
    errors.throwIfAny();
    List<String> cycle = PlanGraph.findCycle(codes, dependencies);
    if (!cycle.isEmpty()) {
      throw ApiException.badInput("dependencies", "依赖关系存在循环：" + String.join(" → ", cycle));
    }
  }

  private void checkDates(PlanNodeRequest node, String prefix, FieldErrors errors) {
    LocalDate today = LocalDate.now(clock);
    errors.require(before(node.plannedStart(), node.plannedFinish()), prefix + "plannedFinish", "计划完成不能早于计划开始");
    errors.require(before(node.baselineStart(), node.baselineFinish()), prefix + "baselineFinish", "基准完成不能早于基准开始");
    errors.require(before(node.actualStart(), node.actualFinish()), prefix + "actualFinish", "实际完成不能早于实际开始");
    errors.require(node.actualStart() == null || !node.actualStart().isAfter(today), prefix + "actualStart", "实际开始不能晚于今天");
    errors.require(node.actualFinish() == null || !node.actualFinish().isAfter(today), prefix + "actualFinish", "实际完成不能晚于今天");
    errors.require(node.actualFinish() == null || node.progressPct() == null || node.progressPct() == 100,
        prefix + "progressPct", "已有实际完成日期的节点进度应为 100");
  }

  /** A baselined node's planned dates move only through plan-adjustment (issue 7). */
  private static void checkBaseline(PlanNode current, PlanNodeRequest request, String prefix, FieldErrors errors) {
    errors.require(java.util.Objects.equals(current.plannedStart(), request.plannedStart()), prefix + "plannedStart",
        "节点已基线化，计划日期只能通过计划调整审批变更");
    errors.require(java.util.Objects.equals(current.plannedFinish(), request.plannedFinish()), prefix + "plannedFinish",
        "节点已基线化，计划日期只能通过计划调整审批变更");
  }

  /**
   * A node already in the plan is done only when its completion report is confirmed (节点填报): a
   * plan write keeps its actual finish as it is. A node entering the plan may carry one: the
   * history of a project taken over.
   */
  private static void checkActualFinish(String projectCode, PlanNode current, PlanNodeRequest request, String prefix,
      FieldErrors errors) {
    if (java.util.Objects.equals(current.actualFinish(), request.actualFinish())) {
      return;
    }
    errors.add(prefix + "actualFinish", current.isCompleted()
        ? "节点已确认完成（" + current.actualFinish() + "），实际完成日期不能在计划中修改"
        : "节点完成须由项目公司填报并经确认（POST /api/v1/projects/" + projectCode + "/plan-nodes/"
            + current.nodeCode() + "/completion-reports），不能在计划中直接填写实际完成日期");
  }

  private static boolean before(LocalDate start, LocalDate finish) {
    return start == null || finish == null || !finish.isBefore(start);
  }

  static PlanNodeRequest asRequest(PlanNode n) {
    return new PlanNodeRequest(n.nodeCode(), n.name(), n.nodeLevel(), n.category(), n.ownerGroup(), n.baselineStart(),
        n.baselineFinish(), n.plannedStart(), n.plannedFinish(), n.actualStart(), n.actualFinish(), n.progressPct());
  }
}
