package com.regionops.knowledge;

import com.regionops.document.Document;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerType;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Where the library meets the gates: a gate's materials tasks show its 上会资料模板 to download and the most relevant
 * published lessons for the gate and the project's type; its minutes form shows the lessons too.
 */
@Service
public class GateKnowledge {

  public static final int LESSONS = 5;
  static final Set<KnowledgeKind> LESSON_KINDS = Set.of(KnowledgeKind.LESSON, KnowledgeKind.PRACTICE);
  static final Set<String> GATE_TASKS = Set.of(ReviewMeetingProcess.TASK_SUBMIT_MATERIALS,
      ReviewMeetingProcess.TASK_REVIEW_MATERIALS, ReviewMeetingProcess.TASK_RECORD_MINUTES);

  /** What a gate task's panel shows. */
  public record ForTask(String gateCode, String projectCode, String projectType, List<Template> templates,
      List<KnowledgeService.Result> lessons) {
  }

  /** A template entry with its files. */
  public record Template(KnowledgeService.Result entry, List<Document> documents) {
  }

  private final KnowledgeService knowledge;
  private final DocumentService documents;
  private final ProjectMapper projects;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final SystemCalls system;

  public GateKnowledge(KnowledgeService knowledge, DocumentService documents, ProjectMapper projects, TaskService tasks,
      RuntimeService runtime, RepositoryService repository, SystemCalls system) {
    this.knowledge = knowledge;
    this.documents = documents;
    this.projects = projects;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.system = system;
  }

  /** The templates and lessons of an open gate task the caller may see; 404 for any other task. */
  public ForTask forTask(ApiUser user, String taskId) {
    Map<String, Object> context = system.asSystem(() -> gateContext(taskId));
    if (context == null) {
      throw ApiException.notFound("该任务没有关联的上会资料模板或经验教训：" + taskId);
    }
    String gateCode = (String) context.get(ReviewMeetingProcess.GATE_CODE);
    Project project = projects.findByCode((String) context.get(ReviewMeetingProcess.PROJECT_CODE));
    if (project == null || !user.canSeeProject(project.code(), project.regionCode())) {
      throw ApiException.notFound("该任务没有关联的上会资料模板或经验教训：" + taskId);
    }
    String type = project.projectType() == null ? null : project.projectType().name();
    List<Template> templates = knowledge.forGate(user, gateCode, null, Set.of(KnowledgeKind.TEMPLATE), 20).stream()
        .map(t -> new Template(t, documents.ofOwner(OwnerType.KNOWLEDGE, Long.toString(t.id())))).toList();
    return new ForTask(gateCode, project.code(), type, templates,
        knowledge.forGate(user, gateCode, type, LESSON_KINDS, LESSONS));
  }

  /** The variables of an open gate task of review-meeting, or null when it is none. */
  private Map<String, Object> gateContext(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessDefinitionId() == null || !GATE_TASKS.contains(task.getTaskDefinitionKey())
        || !ReviewMeetingProcess.KEY.equals(repository.getProcessDefinition(task.getProcessDefinitionId()).getKey())) {
      return null;
    }
    Map<String, Object> variables = runtime.getVariables(task.getExecutionId(), List.of(ReviewMeetingProcess.GATE_CODE,
        ReviewMeetingProcess.PROJECT_CODE, ReviewMeetingProcess.MEETING_KIND));
    return ReviewMeetingProcess.KIND_GATE.equals(variables.get(ReviewMeetingProcess.MEETING_KIND))
        && variables.get(ReviewMeetingProcess.GATE_CODE) instanceof String
        && variables.get(ReviewMeetingProcess.PROJECT_CODE) instanceof String ? variables : null;
  }

  /**
   * The gate's lessons as a Markdown list for a form (the minutes form), those of the project's type first;
   * every lesson the region's staff may read (the form is theirs).
   */
  public String lessonsMarkdown(String gateCode, String projectCode) {
    Project project = projects.findByCode(projectCode);
    String type = project == null || project.projectType() == null ? null : project.projectType().name();
    ApiUser reader = project == null ? null
        : new ApiUser("system", Set.of(com.regionops.platform.security.Groups.REGION_OPS), Set.of(project.regionCode()));
    List<KnowledgeService.Result> lessons = knowledge.forGate(reader, gateCode, type, LESSON_KINDS, LESSONS);
    if (lessons.isEmpty()) {
      return "（本节点会议暂无已发布的经验教训）";
    }
    StringBuilder text = new StringBuilder();
    for (KnowledgeService.Result lesson : lessons) {
      text.append("- **").append(markdown(lesson.title())).append("**");
      if (lesson.projectCode() != null) {
        text.append("（").append(lesson.projectCode()).append("）");
      }
      text.append("：").append(markdown(lesson.snippet())).append('\n');
    }
    return text.toString();
  }

  private static String markdown(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]()#!<>|])", "\\\\$1").replace('\n', ' ');
  }
}
