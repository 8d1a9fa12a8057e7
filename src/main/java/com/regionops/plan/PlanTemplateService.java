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
