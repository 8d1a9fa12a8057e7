package com.regionops.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.regionops.document.Upload;
import com.regionops.knowledge.KnowledgeEntry;
import com.regionops.knowledge.KnowledgeKind;
import com.regionops.knowledge.KnowledgeProcess;
import com.regionops.knowledge.KnowledgeRequest;
import com.regionops.knowledge.KnowledgeService;
import com.regionops.knowledge.KnowledgeTarget;
import com.regionops.knowledge.KnowledgeTargets;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.platform.security.Groups;
import com.regionops.policy.PolicyService;
import com.regionops.platform.sheet.SheetWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's 知识库: three 上会资料模板 per gate (a spreadsheet each) and about 30 published entries drawn from the
 * demo projects' reviews (demo/knowledge.json), each drafted by its author and passed through knowledge-review as
 * the reviewers would; this year's 知识指标 for both regions.
 */
@Component
@Profile("demo")
class DemoKnowledge {

  /** The file's shape: entries and templates as written by hand. */
  record Corpus(List<Entry> entries, List<Template> templates) {
  }

  record Entry(String kind, String scope, String region, String project, String gate, String author, String title,
      String body, List<String> tags) {
  }

  record Template(String gate, String title, String body, String fileName, String sheet, List<String> columns,
      List<List<String>> rows) {
  }

  private final KnowledgeService knowledge;
  private final KnowledgeTargets targets;
  private final TaskService tasks;
  private final ObjectMapper json;
  private final PolicyService policies;

  DemoKnowledge(KnowledgeService knowledge, KnowledgeTargets targets, TaskService tasks, ObjectMapper json,
      PolicyService policies) {
    this.policies = policies;
    this.knowledge = knowledge;
    this.targets = targets;
    this.tasks = tasks;
    this.json = json;
  }

  /** What SZ01's 开盘后评估会 minutes record as its lesson (the rule wants one); empty for every other gate. */
  static Map<String, Object> minutesLessons(String gateCode, String projectCode) {
    if (!"POST_OPENING_REVIEW".equals(gateCode) && !"PROJECT_POST_EVALUATION".equals(gateCode)) {
      return Map.of();
    }
    return Map.of("lesson1Title", projectCode + " 首开定价偏保守，二批次需以去化数据校准",
        "lesson1Body", "首开去化 85%，认购集中在开盘前三天，价格弹性未充分释放。原因：定价依据的竞品数据滞后两个月，"
            + "案场蓄客分级未与价格测试联动。下次：开盘前两周完成一次价格测试，二批次定价以首开 7 日去化与到访转化率校准。");
  }

  void seed(DemoHistory history, LocalDate today) {
    Corpus corpus = load();
    LocalDateTime first = today.minusDays(150).atTime(9, 30);
    int n = 0;
    for (Template t : corpus.templates()) {
      // templates belong to the whole group; group-ops keeps them, 华南 reviews them first as their home region
      byte[] file = SheetWriter.bytes(w -> {
        w.title(t.title());
        SheetWriter.Sheet sheet = w.sheet(t.sheet(), t.columns());
        t.rows().forEach(row -> sheet.row(row.toArray()));
      });
      publish(history, first.plusHours(n++), "groupops", "SOUTH", KnowledgeEntry.GROUP,
          new KnowledgeRequest(KnowledgeKind.TEMPLATE.name(), KnowledgeEntry.GROUP, "SOUTH", null, t.title(), t.body(),
              List.of(t.gate()), null, null), t.fileName(), file);
    }
    int group = 0;
    int k = 0;
    for (Entry e : corpus.entries()) {
      String region = e.region() != null ? e.region() : (group++ % 2 == 0 ? "SOUTH" : "EAST");
      List<String> tags = new ArrayList<>(e.tags());
      // four days apart, from 147 to 31 days ago: all in the past, most of them this year
      publish(history, first.plusDays(3L + 4L * k++).plusHours(k % 7), e.author(), region, e.scope(),
          new KnowledgeRequest(e.kind(), e.scope(), region, e.project(), e.title(), e.body(), tags, null, null),
          null, null);
    }
    // 制度 entries stand for a published policy: 华南's 计划运营管理办法 of the demo's 制度宣贯
    long policyId = history.as("ops.south", () -> policies.list(DemoHistory.apiUser("ops.south"))).stream()
        .filter(p -> "HN-YY-003".equals(p.number())).findFirst().orElseThrow().id();
    publish(history, today.minusDays(4).atTime(11, 0), "ops.south", "SOUTH", KnowledgeEntry.REGION,
        new KnowledgeRequest(KnowledgeKind.POLICY.name(), KnowledgeEntry.REGION, "SOUTH", null,
            "华南区域计划运营管理办法（第二版）要点", "节点完成后 3 天内填报并上传阶段成果；计划调整须在节点到期前申请，"
                + "影响里程碑的调整报区域总裁审批；双周检查的红色节点须在 5 个工作日内提交纠偏措施。全文见制度宣贯。",
            List.of("PERMIT", "CONSTRUCTION", "OPENING"), null, policyId), null, null);
    int year = today.getYear();
    history.as("ops.south", () -> targets.set(DemoHistory.apiUser("ops.south"), "SOUTH", new KnowledgeTargets.Request(
        year, List.of(line(KnowledgeTarget.PROJECT, "GZ01", 2), line(KnowledgeTarget.PROJECT, "GZ02", 2),
            line(KnowledgeTarget.PROJECT, "SZ01", 3), line(KnowledgeTarget.FUNCTION, Groups.FN_MARKETING, 2),
            line(KnowledgeTarget.FUNCTION, Groups.FN_ENGINEERING, 2), line(KnowledgeTarget.FUNCTION, Groups.FN_DESIGN, 1)))));
    history.as("ops.east", () -> targets.set(DemoHistory.apiUser("ops.east"), "EAST", new KnowledgeTargets.Request(
        year, List.of(line(KnowledgeTarget.PROJECT, "SH01", 2), line(KnowledgeTarget.PROJECT, "HZ01", 2),
            line(KnowledgeTarget.PROJECT, "NJ01", 2), line(KnowledgeTarget.FUNCTION, Groups.FN_ENGINEERING, 2)))));
  }

  private static KnowledgeTargets.Line line(String type, String code, int target) {
    return new KnowledgeTargets.Line(type, code, target);
  }

  /** Drafted, submitted and approved (by the home region's region-ops, then group-ops for a group entry). */
  private void publish(DemoHistory history, LocalDateTime when, String author, String region, String scope,
      KnowledgeRequest request, String fileName, byte[] file) {
    history.at(when);
    long id = history.as(author, () -> knowledge.create(DemoHistory.apiUser(author), request)).id();
    if (file != null) {
      history.as(author, () -> knowledge.attach(DemoHistory.apiUser(author), id, Upload.of(fileName, file)));
    }
    history.as(author, () -> knowledge.submit(DemoHistory.apiUser(author), id));
    String businessKey = KnowledgeProcess.businessKey(id, 1);
    history.complete(task(businessKey, KnowledgeProcess.TASK_REVIEW), DemoData.userOf(Groups.REGION_OPS, region),
        when.plusHours(3), Map.of(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));
    if (KnowledgeEntry.GROUP.equals(scope)) {
      history.complete(task(businessKey, KnowledgeProcess.TASK_APPROVE_GROUP), "groupops", when.plusHours(20),
          Map.of(KnowledgeProcess.REVIEW, ReviewMeetingProcess.APPROVED));
    }
  }

  private Task task(String businessKey, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("demo knowledge: no " + taskKey + " for " + businessKey);
    }
    return task;
  }

  private Corpus load() {
    try (InputStream in = DemoKnowledge.class.getResourceAsStream("/demo/knowledge.json")) {
      return json.readValue(in, Corpus.class);
    } catch (IOException e) {
      throw new UncheckedIOException("reading demo/knowledge.json", e);
    }
  }
}
