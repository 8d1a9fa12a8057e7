package com.regionops.plan;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.org.ProjectTargets;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.ApiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 计划编制 from a template: the template's nodes dated from the project's anchor dates, merged into
 * what the project has. A baselined node is never overwritten (its dates move only through
 * plan-adjustment); a node the project has and the template lacks is kept; a node both have takes
 * the template's name and dates and keeps what was reported (actual dates, progress).
 */
@Service
public class PlanTemplateService {

  public static final String STANDARD = "STANDARD_RESIDENTIAL";
  /** The responsible of a template node done by the project's own office. */
  static final String OFFICE = "office";

  /** What a node of the preview does to the project's plan. */
  public enum Change { NEW, UPDATED, KEPT_BASELINED, KEPT }

  public record FromTemplateRequest(String templateCode, Map<String, LocalDate> anchors, Boolean apply) {
  }

  public record PreviewNode(PlanNodeRequest node, Change change, boolean pushedByDependency,
      List<PlanTemplate.Deliverable> deliverables) {
  }

  public record Preview(String projectCode, String templateCode, int templateVersion,
      Map<PlanTemplate.Anchor, LocalDate> anchors, List<PreviewNode> nodes, List<PlanDependency> dependencies,
      boolean applied, PlanImportResult result) {
  }

  /** A new version of a template (or its first): the whole node list and its dependencies. A GET's answer re-sends as it is. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"code", "version"}, allowGetters = false)
  public record TemplateRequest(String name, String description, String note, List<PlanTemplate.Node> nodes,
      List<PlanDependency> dependencies) {
  }

  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,32}");
  private static final int MAX_DAYS = 3650;

  private final PlanTemplateMapper templates;
  private final PlanService plans;
  private final PlanNodeMapper nodes;
  private final ProjectService projects;

  public PlanTemplateService(PlanTemplateMapper templates, PlanService plans, PlanNodeMapper nodes,
      ProjectService projects) {
    this.templates = templates;
    this.plans = plans;
    this.nodes = nodes;
    this.projects = projects;
  }

  public List<PlanTemplate.Summary> list() {
    return templates.findAll();
  }

  /** The template's current version, or 404. */
  public PlanTemplate get(String code) {
    PlanTemplate.Summary summary = code == null ? null : templates.findByCode(code);
    if (summary == null) {
      throw ApiException.notFound("计划模板不存在：" + code);
    }
    int version = summary.currentVersion();
    Map<String, List<PlanTemplate.Deliverable>> deliverables = templates.findDeliverables(summary.code(), version)
        .stream().collect(Collectors.groupingBy(PlanTemplateMapper.DeliverableRow::nodeCode,
            Collectors.mapping(d -> new PlanTemplate.Deliverable(d.seq(), d.name(), d.mandatory()), Collectors.toList())));
    List<PlanTemplate.Node> list = templates.findNodes(summary.code(), version).stream()
        .map(n -> new PlanTemplate.Node(n.nodeCode(), n.name(), n.nodeLevel(), n.category(), n.responsible(),
            n.durationDays(), n.anchor(), n.anchorNode(), n.offsetDays(), n.sortOrder(),
            deliverables.getOrDefault(n.nodeCode(), List.of())))
        .toList();
    return new PlanTemplate(summary.code(), summary.name(), version, summary.description(), list,
        templates.findDependencies(summary.code(), version));
  }

  /**
   * Publishes the request as the template's next version (its first when the code is new); projects
   * built from an earlier version keep the record of it. Region-ops or camunda-admin.
   */
  @Transactional
  public PlanTemplate publish(ApiUser user, String code, TemplateRequest request) {
    user.requireMasterDataWriter();
    if (code == null || !CODE.matcher(code).matches()) {
      throw ApiException.badInput("code", "模板编码为 1–32 位字母、数字或 _ . -");
    }
    if (request == null) {
      throw ApiException.badInput("body", "必填");
    }
    PlanTemplate candidate = validate(code, request);
    PlanTemplate.Summary existing = templates.findByCodeForUpdate(code);
    if (existing == null) {
      templates.insertTemplate(code, candidate.name(), candidate.description());
    }
    int version = existing == null ? 1 : existing.currentVersion() + 1;
    templates.insertVersion(code, version, user.id(), request.note() == null ? null : request.note().strip());
    templates.insertNodes(code, version, candidate.nodes());
    if (!candidate.dependencies().isEmpty()) {
      templates.insertDependencies(code, version, candidate.dependencies());
    }
    for (PlanTemplate.Node node : candidate.nodes()) {
      if (!node.deliverables().isEmpty()) {
        templates.insertDeliverables(code, version, node.nodeCode(), node.deliverables());
      }
    }
    templates.setCurrentVersion(code, version, candidate.name(), candidate.description());
    return get(code);
  }

  /** Every field checked and named, sort order and deliverable numbers assigned in list order. */
  private static PlanTemplate validate(String code, TemplateRequest request) {
    com.regionops.platform.web.FieldErrors errors = new com.regionops.platform.web.FieldErrors();
    errors.require(text(request.name(), 100), "name", "必填，不超过 100 个字符，不含 < >");
    errors.require(request.description() == null || text(request.description(), 500), "description",
        "不超过 500 个字符，不含 < >");
    errors.require(request.note() == null || text(request.note(), 500), "note", "不超过 500 个字符，不含 < >");
    List<PlanTemplate.Node> given = request.nodes() == null ? List.of() : request.nodes();
    errors.require(!given.isEmpty(), "nodes", "至少一个节点");
    Set<String> codes = new HashSet<>();
    List<PlanTemplate.Node> nodes = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      PlanTemplate.Node n = given.get(i);
      String at = "nodes[" + i + "].";
      if (n == null) {
        errors.add("nodes[" + i + "]", "不能为空");
        continue;
      }
      boolean codeOk = n.nodeCode() != null && CODE.matcher(n.nodeCode()).matches();
      errors.require(codeOk, at + "nodeCode", "节点编码为 1–32 位字母、数字或 _ . -");
      errors.require(!codeOk || codes.add(n.nodeCode()), at + "nodeCode", "编码重复：" + n.nodeCode());
      errors.require(text(n.name(), 100), at + "name", "必填，不超过 100 个字符，不含 < >");
      errors.require(n.nodeLevel() != null, at + "nodeLevel", "必填：MILESTONE、L1、L2 或 L3");
      errors.require(n.category() != null, at + "category", "必填：PERMIT、DESIGN、CONSTRUCTION、SUPPLY、OPENING、HANDOVER 或 OTHER");
      errors.require(text(n.responsible(), 64), at + "responsible", "必填：office 或职能组编码");
      errors.require(n.durationDays() >= 0 && n.durationDays() <= MAX_DAYS, at + "durationDays", "0–" + MAX_DAYS + " 天");
      errors.require(Math.abs(n.offsetDays()) <= MAX_DAYS, at + "offsetDays", "不超过 ±" + MAX_DAYS + " 天");
      errors.require(n.anchor() != null, at + "anchor", "必填：LAND_ACQUIRED、CONSTRUCTION_START、FIRST_OPENING、HANDOVER 或 NODE");
      errors.require(n.anchor() != PlanTemplate.Anchor.NODE || (n.anchorNode() != null && !n.anchorNode().isBlank()),
          at + "anchorNode", "锚定前置节点时必填");
      List<PlanTemplate.Deliverable> deliverables = new ArrayList<>();
      List<PlanTemplate.Deliverable> ds = n.deliverables() == null ? List.of() : n.deliverables();
      // 节点填报 offers a node's items as task slots, one of them kept for 其他成果 (NodeCompletionProcess)
      errors.require(ds.size() < NodeCompletionProcess.MAX_DELIVERABLES, at + "deliverables",
          "每个节点最多 " + (NodeCompletionProcess.MAX_DELIVERABLES - 1) + " 项阶段成果");
      for (int k = 0; k < ds.size(); k++) {
        PlanTemplate.Deliverable d = ds.get(k);
        boolean ok = d != null && text(d.name(), 100);
        errors.require(ok, at + "deliverables[" + k + "].name", "必填，不超过 100 个字符，不含 < >");
        if (ok) {
          deliverables.add(new PlanTemplate.Deliverable(k + 1, d.name().strip(), d.mandatory()));
        }
      }
      nodes.add(new PlanTemplate.Node(n.nodeCode(), n.name() == null ? null : n.name().strip(), n.nodeLevel(),
          n.category(), n.responsible() == null ? null : n.responsible().strip(), n.durationDays(), n.anchor(),
          n.anchor() == PlanTemplate.Anchor.NODE ? n.anchorNode() : null, n.offsetDays(), i + 1, deliverables));
    }
    for (int i = 0; i < nodes.size(); i++) {
      PlanTemplate.Node n = nodes.get(i);
      errors.require(n.anchorNode() == null || (codes.contains(n.anchorNode()) && !n.anchorNode().equals(n.nodeCode())),
          "nodes[" + i + "].anchorNode", "不是本模板的另一节点：" + n.anchorNode());
    }
    List<PlanDependency> dependencies = request.dependencies() == null ? List.of() : request.dependencies();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < dependencies.size(); i++) {
      PlanDependency d = dependencies.get(i);
      String at = "dependencies[" + i + "]";
      boolean ends = d != null && codes.contains(d.predecessor()) && codes.contains(d.successor())
          && !d.predecessor().equals(d.successor());
      errors.require(ends, at, "前置与后续须为本模板的两个不同节点");
      errors.require(!ends || pairs.add(d.predecessor() + ">" + d.successor()), at, "依赖重复");
      errors.require(d == null || (d.lagDays() >= 0 && d.lagDays() <= MAX_DAYS), at + ".lagDays", "0–" + MAX_DAYS + " 天");
    }
    errors.throwIfAny();
    PlanTemplate template = new PlanTemplate(code, request.name().strip(),
        0, request.description() == null ? null : request.description().strip(), nodes, dependencies);
    LocalDate day = LocalDate.of(2000, 1, 1);
    try {
      TemplateDating.date(template, TemplateDating.anchors(day, day, day, day));
    } catch (IllegalStateException e) {
      throw ApiException.badInput("dependencies", "锚点与依赖形成循环，节点无法排期");
    }
    return template;
  }

  private static boolean text(String value, int max) {
    return value != null && !value.isBlank() && value.strip().length() <= max && value.indexOf('<') < 0
        && value.indexOf('>') < 0;
  }

  /** The dated draft; with {@code apply: true}, written too (region-ops of the project's region). */
  @Transactional
  public Preview fromTemplate(ApiUser user, String projectCode, FromTemplateRequest request) {
    Project project = projects.get(user, projectCode);
    FromTemplateRequest body = request == null ? new FromTemplateRequest(null, null, null) : request;
    boolean apply = Boolean.TRUE.equals(body.apply());
    if (apply) {
      user.requireMasterDataWriter(project.regionCode());
    }
    PlanTemplate template = get(body.templateCode() == null || body.templateCode().isBlank() ? STANDARD
        : body.templateCode().trim());
    Map<PlanTemplate.Anchor, LocalDate> anchors = anchors(project, body.anchors());
    Map<String, TemplateDating.Dated> dated = TemplateDating.date(template, anchors);

    PlanDocument current = plans.plan(user, project.code());
    Map<String, PlanNodeRequest> existing = current.nodes().stream()
        .collect(Collectors.toMap(PlanNodeRequest::nodeCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Set<String> baselined = new HashSet<>(nodes.findBaselinedCodes(project.code()));
    List<PreviewNode> preview = new ArrayList<>();
    for (PlanTemplate.Node t : template.nodes()) {
      TemplateDating.Dated d = dated.get(t.nodeCode());
      PlanNodeRequest had = existing.get(t.nodeCode());
      String owner = OFFICE.equals(t.responsible()) ? Groups.office(project.code()) : t.responsible();
      if (baselined.contains(t.nodeCode())) {
        preview.add(new PreviewNode(had, Change.KEPT_BASELINED, false, t.deliverables()));
      } else if (had != null) {
        preview.add(new PreviewNode(new PlanNodeRequest(t.nodeCode(), t.name(), t.nodeLevel(), t.category(), owner,
            had.baselineStart(), had.baselineFinish(), d.start(), d.finish(), had.actualStart(), had.actualFinish(),
            had.progressPct()), Change.UPDATED, d.pushed(), t.deliverables()));
      } else {
        preview.add(new PreviewNode(new PlanNodeRequest(t.nodeCode(), t.name(), t.nodeLevel(), t.category(), owner,
            null, null, d.start(), d.finish(), null, null, 0), Change.NEW, d.pushed(), t.deliverables()));
      }
    }
    Set<String> inTemplate = template.nodes().stream().map(PlanTemplate.Node::nodeCode).collect(Collectors.toSet());
    existing.values().stream().filter(n -> !inTemplate.contains(n.nodeCode()))
        .forEach(n -> preview.add(new PreviewNode(n, Change.KEPT, false, List.of())));

    List<PlanDependency> dependencies = new ArrayList<>(template.dependencies());
    Set<String> pairs = dependencies.stream().map(d -> d.predecessor() + ">" + d.successor()).collect(Collectors.toSet());
    current.dependencies().stream().filter(d -> pairs.add(d.predecessor() + ">" + d.successor()))
        .forEach(dependencies::add);

    PlanImportResult result = null;
    if (apply) {
      result = plans.importPlan(user, project.code(),
          new PlanDocument(preview.stream().map(PreviewNode::node).toList(), dependencies));
      templates.setProjectTemplate(project.code(), template.code(), template.version());
    }
    return new Preview(project.code(), template.code(), template.version(), anchors, preview, dependencies, apply,
        result);
  }

  /**
   * The four anchor dates: as given, or 开工/首开/交楼 as 项目启动会 fixed them; 拿地 has no default.
   * They must come in that order.
   */
  private Map<PlanTemplate.Anchor, LocalDate> anchors(Project project, Map<String, LocalDate> given) {
    Map<PlanTemplate.Anchor, LocalDate> anchors = new EnumMap<>(PlanTemplate.Anchor.class);
    if (given != null) {
      for (Map.Entry<String, LocalDate> e : given.entrySet()) {
        PlanTemplate.Anchor anchor;
        try {
          anchor = PlanTemplate.Anchor.valueOf(e.getKey());
        } catch (IllegalArgumentException ex) {
          anchor = null;
        }
        if (anchor == null || anchor == PlanTemplate.Anchor.NODE) {
          throw ApiException.badInput("anchors." + e.getKey(),
              "未知的锚点，可选：LAND_ACQUIRED（拿地）、CONSTRUCTION_START（开工）、FIRST_OPENING（首开）、HANDOVER（交楼）");
        }
        if (e.getValue() != null && !EngineTime.plausible(e.getValue())) {
          throw ApiException.badInput("anchors." + e.getKey(), "日期不合理：" + e.getValue());
        }
        if (e.getValue() != null) {
          anchors.put(anchor, e.getValue());
        }
      }
    }
    ProjectTargets targets = projects.targets(ApiUser.system(), project.code());
    if (targets != null) {
      anchors.putIfAbsent(PlanTemplate.Anchor.CONSTRUCTION_START, targets.targetConstructionStart());
      anchors.putIfAbsent(PlanTemplate.Anchor.FIRST_OPENING, targets.targetFirstOpening());
      anchors.putIfAbsent(PlanTemplate.Anchor.HANDOVER, targets.targetHandover());
    }
    PlanTemplate.Anchor[] order = {PlanTemplate.Anchor.LAND_ACQUIRED, PlanTemplate.Anchor.CONSTRUCTION_START,
        PlanTemplate.Anchor.FIRST_OPENING, PlanTemplate.Anchor.HANDOVER};
    for (PlanTemplate.Anchor anchor : order) {
      if (anchors.get(anchor) == null) {
        throw ApiException.badInput("anchors." + anchor.name(), "必填：" + anchor.label() + "日期"
            + (anchor == PlanTemplate.Anchor.LAND_ACQUIRED ? "" : "（项目启动会尚未确定）"));
      }
    }
    for (int i = 1; i < order.length; i++) {
      if (anchors.get(order[i]).isBefore(anchors.get(order[i - 1]))) {
        throw ApiException.badInput("anchors." + order[i].name(),
            order[i].label() + "日期不能早于" + order[i - 1].label() + "日期");
      }
    }
    return anchors;
  }
}
