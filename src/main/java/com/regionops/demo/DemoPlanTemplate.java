package com.regionops.demo;

import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanTemplate;
import com.regionops.plan.PlanTemplateMapper;
import com.regionops.plan.PlanTemplateService;
import com.regionops.platform.security.ApiUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo projects' plans come from demo/plan-template.json; it is published to the template
 * library once, with a 阶段成果 per node, and each demo project records it: so 节点填报 on a demo
 * project asks for the files a real one would.
 */
@Component
class DemoPlanTemplate {

  static final String CODE = "DEMO_PLAN";

  /** What proves a node done, by its category. */
  static final Map<NodeCategory, String> EVIDENCE = Map.of(
      NodeCategory.PERMIT, "证照或批复扫描件",
      NodeCategory.DESIGN, "设计成果文件",
      NodeCategory.CONSTRUCTION, "验收记录",
      NodeCategory.SUPPLY, "供货确认单",
      NodeCategory.OPENING, "开放/开盘总结",
      NodeCategory.HANDOVER, "交付报告",
      NodeCategory.OTHER, "会议纪要或完成证明");

  private final PlanTemplateService templates;
  private final PlanTemplateMapper mapper;

  DemoPlanTemplate(PlanTemplateService templates, PlanTemplateMapper mapper) {
    this.templates = templates;
    this.mapper = mapper;
  }

  /** The template's current version, publishing it first when the library lacks it. */
  int ensure(ApiUser system, DemoData.Template template) {
    PlanTemplate.Summary existing = mapper.findByCode(CODE);
    if (existing != null) {
      return existing.currentVersion();
    }
    List<PlanTemplate.Node> nodes = new ArrayList<>();
    int order = 0;
    for (DemoData.TemplateNode t : template.nodes()) {
      List<PlanTemplate.Deliverable> deliverables = new ArrayList<>();
      deliverables.add(new PlanTemplate.Deliverable(1, EVIDENCE.get(t.category()), true));
      if (t.nodeLevel() == NodeLevel.MILESTONE) {
        deliverables.add(new PlanTemplate.Deliverable(2, "现场照片", false));
      }
      nodes.add(new PlanTemplate.Node(t.nodeCode(), t.name(), t.nodeLevel(), t.category(), "office",
          t.finishDay() - t.startDay(), PlanTemplate.Anchor.LAND_ACQUIRED, null, t.finishDay(), ++order, deliverables));
    }
    return templates.publish(system, CODE, new PlanTemplateService.TemplateRequest("演示项目计划模板",
        "演示数据的项目计划（里程碑与一至三级节点），自拿地起按日历日排期", "演示数据", nodes, template.dependencies()))
        .version();
  }

  void record(String projectCode, int version) {
    mapper.setProjectTemplate(projectCode, CODE, version);
  }
}
