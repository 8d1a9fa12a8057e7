package com.regionops.instruction;

import com.regionops.notification.NotificationService;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectStatus;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.InputRejectedException;
import com.regionops.supervision.SupervisionService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

/** What the instruction process's steps do to the copies: 签收, 转发, 反馈, 退回, 办结, 催办 and 延期. */
@Service
public class InstructionSteps {

  /** Reminders and chases go out at the start of the working day, China time. */
  static final int NOTICE_HOUR = 9;

  private final InstructionMapper instructions;
  private final InstructionService service;
  private final RegionMapper regions;
  private final ProjectMapper projects;
  private final NotificationService notifications;
  private final SupervisionService supervision;

  public InstructionSteps(InstructionMapper instructions, InstructionService service, RegionMapper regions,
      ProjectMapper projects, NotificationService notifications, SupervisionService supervision) {
    this.instructions = instructions;
    this.service = service;
    this.regions = regions;
    this.projects = projects;
    this.notifications = notifications;
    this.supervision = supervision;
  }

  public Instruction instruction(long id) {
    return instructions.findById(id);
  }

  public String filesText(long instructionId) {
    return service.filesText(instructionId);
  }

  public InstructionExtension extension(long id) {
    return instructions.findExtension(id);
  }

  public String subjectOf(InstructionItem item) {
    return service.subjectOf(item);
  }

  /** The issuer decides a 延期申请: group-ops for a region's copy, the region's region-ops for a project's. */
  public static String approverGroup(InstructionItem item) {
    return item.isProject() ? Groups.REGION_OPS : Groups.GROUP_OPS;
  }

  public InstructionItem item(long id) {
    return instructions.findItem(id);
  }

  public String regionName(String code) {
    Region region = regions.findByCode(code);
    return region == null ? code : region.name();
  }

  public String projectName(String code) {
    Project project = projects.findByCode(code);
    return project == null ? code : code + " " + project.name();
  }

  public String issuerName(Instruction instruction) {
    return instruction.byGroup() ? Groups.nameOf(Groups.GROUP_OPS)
        : regionName(instruction.issuerRegion()) + " " + Groups.nameOf(Groups.REGION_OPS);
  }

  /** The region's active projects as checklist options. */
  public List<Map<String, String>> projectOptions(String regionCode) {
    return projects.findByRegions(List.of(regionCode)).stream().filter(p -> p.status() == ProjectStatus.ACTIVE)
        .map(p -> Map.of("label", p.code() + " " + p.name(), "value", p.code())).toList();
  }

  /** The end of the due day, for a task's due date. */
  public static Date dueAt(LocalDate day) {
    return EngineTime.toDate(day.atTime(23, 59));
  }

  /** The morning after the due day, when an open 签收 is chased. */
  public static Date overdueAt(LocalDate day) {
    return EngineTime.toDate(day.plusDays(1).atTime(NOTICE_HOUR, 0));
  }

  /** A copy's colour now (a new project copy has one from the start, not from the next morning's sweep). */
  public void refresh(long itemId) {
    supervision.refreshItem(itemId);
  }

  /** Tells the addressee that an instruction waits for their 签收; once per copy. */
  public void announce(Instruction instruction, InstructionItem item) {
    notifications.notifyOnce("instruction-issued:" + item.id(), responsibleGroup(item),
        "新指令待签收：" + instruction.title(),
        issuerName(instruction) + "下发，" + item.ackDue() + " 前签收，反馈期限 " + item.effectiveDeadline() + "。",
        businessKey(item), item.regionCode());
  }

  /**
   * 签收指令 as region-ops filled it in: 本部门办理, or 转发 to some of the region's active projects with a
   * deadline from today up to the region's own. Refuses naming the field; nothing is written here.
   */
  public void checkRelay(long regionItemId, Object handling, Object relayProjects, Object relayDeadline) {
    if (!InstructionProcess.SELF.equals(handling) && !InstructionProcess.RELAY.equals(handling)) {
      throw InputRejectedException.badInput(InstructionProcess.HANDLING, "请选择办理方式：本部门办理或转发项目办理");
    }
    if (InstructionProcess.SELF.equals(handling)) {
      return;
    }
    InstructionItem item = instructions.findItem(regionItemId);
    relayCodes(item.regionCode(), relayProjects);
    relayDeadline(item, relayDeadline);
  }

  private List<String> relayCodes(String regionCode, Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> codes.add(e.isString() ? e.stringValue() : e.toString()));
    } else if (value instanceof List<?> list) {
      list.forEach(e -> codes.add(String.valueOf(e)));
    } else if (value instanceof String text && !text.isBlank()) {
      for (String code : text.split(",")) {
        codes.add(code.strip());
      }
    }
    if (codes.isEmpty()) {
      throw InputRejectedException.badInput(InstructionProcess.RELAY_PROJECTS, "转发项目办理时请选择项目");
    }
    Set<String> active = projects.findByRegions(List.of(regionCode)).stream()
        .filter(p -> p.status() == ProjectStatus.ACTIVE).map(Project::code).collect(Collectors.toSet());
    for (String code : codes) {
      if (!active.contains(code)) {
        throw InputRejectedException.badInput(InstructionProcess.RELAY_PROJECTS, "只能转发给本区域在建项目：" + code);
      }
    }
    return List.copyOf(new LinkedHashSet<>(codes));
  }

  private LocalDate relayDeadline(InstructionItem regionItem, Object value) {
    LocalDateTime parsed = EngineTime.parseDateTime(value);
    if (parsed == null) {
      throw InputRejectedException.badInput(InstructionProcess.RELAY_DEADLINE, "转发项目办理时请填写项目反馈期限");
    }
    LocalDate day = parsed.toLocalDate();
    LocalDate today = EngineTime.today();
    if (day.isBefore(today)) {
      throw InputRejectedException.badInput(InstructionProcess.RELAY_DEADLINE, "项目反馈期限不能早于今天（" + today + "）");
    }
    if (day.isAfter(regionItem.effectiveDeadline())) {
      throw InputRejectedException.badInput(InstructionProcess.RELAY_DEADLINE,
          "项目反馈期限不能晚于区域反馈期限（" + regionItem.effectiveDeadline() + "）");
    }
    return day;
  }

  /**
   * Records the region's 签收 and, when relayed, the projects' copies (once: a repeat finds them). Returns
   * whether the instruction went on to projects.
   */
  public boolean acknowledgeRegion(long regionItemId, String handling, Object relayProjects, Object relayDeadline,
      String by) {
    InstructionItem item = instructions.findItem(regionItemId);
    boolean relay = InstructionProcess.RELAY.equals(handling);
    instructions.acknowledge(item.id(), relay ? ItemStatus.RELAYED : ItemStatus.ACKNOWLEDGED, by,
        EngineTime.now().withNano(0), relay ? InstructionProcess.RELAY : InstructionProcess.SELF);
    if (relay) {
      LocalDate deadline = relayDeadline(item, relayDeadline);
      LocalDate ackDue = InstructionService.ackDue(EngineTime.today(), deadline);
      for (String code : relayCodes(item.regionCode(), relayProjects)) {
        if (instructions.findItemOf(item.instructionId(), item.regionCode(), code) == null) {
          service.insertItem(new InstructionItem(null, item.instructionId(), item.id(), InstructionItem.PROJECT,
              item.regionCode(), code, ItemStatus.ISSUED, ackDue, deadline, null, null, null, null, null, null, null,
              null, 0, null, null, null, null));
        }
      }
    }
    supervision.refreshItem(item.id());
    return relay;
  }

  public void acknowledgeProject(long itemId, FeedbackMode mode, String by) {
    LocalDateTime now = EngineTime.now().withNano(0);
    instructions.acknowledge(itemId, ItemStatus.ACKNOWLEDGED, by, now, null);
    if (mode == FeedbackMode.ACKNOWLEDGE) {
      instructions.close(itemId, null, now);
    }
    supervision.refreshItem(itemId);
  }

  public void answer(long itemId, String text, String by) {
    instructions.answer(itemId, text.strip(), by, EngineTime.now().withNano(0));
    supervision.refreshItem(itemId);
  }

  /** 通过 closes the copy; 退回 counts one more return, which the colour reads. */
  public void review(long itemId, boolean approved, String comment) {
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (approved) {
      instructions.close(itemId, text, EngineTime.now().withNano(0));
    } else {
      instructions.returnAnswer(itemId, text);
    }
    supervision.refreshItem(itemId);
  }

  public void close(long itemId) {
    instructions.close(itemId, null, EngineTime.now().withNano(0));
  }

  /** The projects' accepted answers, for the region's 汇总反馈. */
  public String projectAnswers(long regionItemId) {
    List<InstructionItem> children = instructions.findChildren(regionItemId);
    if (children.isEmpty()) {
      return "（本部门办理，未转发项目）";
    }
    StringBuilder text = new StringBuilder();
    for (InstructionItem child : children) {
      Project project = projects.findByCode(child.projectCode());
      text.append(child.projectCode()).append(project == null ? "" : " " + project.name()).append("：")
          .append(child.answer() == null ? child.status().label() : child.answer()).append('\n');
    }
    return text.toString().strip();
  }

  /** 签收 is late: the addressee and the issuer are told, once per copy. */
  public void chaseAcknowledgement(long itemId) {
    InstructionItem item = instructions.findItem(itemId);
    if (item.acknowledgedAt() != null) {
      return;
    }
    Instruction instruction = instructions.findById(item.instructionId());
    String subject = "指令签收已超时：" + instruction.title();
    String body = service.subjectOf(item) + " 应于 " + item.ackDue() + " 前签收，至今未签收。";
    notifications.notifyOnce("instruction-ack-overdue:" + itemId, responsibleGroup(item), subject, body,
        businessKey(item), item.regionCode());
    notifications.notifyOnce("instruction-ack-overdue:" + itemId + ":issuer",
        item.isProject() ? Groups.REGION_OPS : Groups.GROUP_OPS, subject, body, businessKey(item), item.regionCode());
  }

  /**
   * The issuer's answer to a 延期申请: an approval moves the copy's deadline, and the due date of its open
   * answer task with it; a refusal leaves everything as it was.
   */
  public void decideExtension(long extensionId, boolean approved, String comment, String by,
      String processInstanceId, RuntimeService runtime, TaskService tasks) {
    InstructionExtension extension = instructions.findExtension(extensionId);
    InstructionItem item = instructions.findItem(extension.itemId());
    if (!item.open()) {
      // answered and accepted while the request waited: there is no deadline left to move
      instructions.decideExtension(extensionId, InstructionExtension.REFUSED, by, EngineTime.now().withNano(0),
          "事项已办结，无需延期");
      return;
    }
    if (instructions.decideExtension(extensionId,
        approved ? InstructionExtension.APPROVED : InstructionExtension.REFUSED, by, EngineTime.now().withNano(0),
        comment == null || comment.isBlank() ? null : comment.strip()) == 0) {
      return; // decided already: a repeated job changes nothing
    }
    if (approved) {
      instructions.extend(item.id(), extension.requestedDate());
      Date due = dueAt(extension.requestedDate());
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
        boolean ofItem = item.isProject()
            ? Long.valueOf(item.id()).equals(asLong(runtime.getVariable(task.getExecutionId(),
                InstructionProcess.PROJECT_ITEM_ID)))
            : runtime.getVariable(task.getExecutionId(), InstructionProcess.PROJECT_ITEM_ID) == null;
        if (ofItem && (InstructionProcess.TASK_REPORT.equals(task.getTaskDefinitionKey())
            || InstructionProcess.TASK_CONSOLIDATE.equals(task.getTaskDefinitionKey()))) {
          tasks.setDueDate(task.getId(), due);
        }
        if (ofItem && item.isProject()) {
          runtime.setVariable(task.getExecutionId(), InstructionProcess.PROJECT_DUE_DATE, due);
          runtime.setVariable(task.getExecutionId(), InstructionProcess.PROJECT_DEADLINE,
              extension.requestedDate().toString());
        }
      }
      if (!item.isProject()) {
        runtime.setVariable(processInstanceId, InstructionProcess.REGION_DUE_DATE, due);
        runtime.setVariable(processInstanceId, InstructionProcess.REGION_DEADLINE,
            extension.requestedDate().toString());
      }
      supervision.refreshItem(item.id());
    }
    notifications.notifyOnce("instruction-extension:" + extensionId, responsibleGroup(item),
        (approved ? "延期申请已批准：" : "延期申请未批准：") + instructions.findById(item.instructionId()).title(),
        approved ? "期限延至 " + extension.requestedDate() + "。"
            : "仍按原期限 " + extension.previousDeadline() + " 办理" + (comment == null ? "。" : "：" + comment),
        businessKey(item), item.regionCode());
  }

  private static Long asLong(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  /** Who answers for a copy: the project's office, or the region's region-ops. */
  public static String responsibleGroup(InstructionItem item) {
    return item.isProject() ? Groups.office(item.projectCode()) : Groups.REGION_OPS;
  }

  static String businessKey(InstructionItem item) {
    return "INSTRUCTION:" + item.instructionId() + ":" + item.regionCode();
  }
}
