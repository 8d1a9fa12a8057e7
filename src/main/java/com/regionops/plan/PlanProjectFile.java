package com.regionops.plan;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpxj.CustomField;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.reader.UniversalProjectReader;

/**
 * A project plan as a Microsoft Project file, for planners who keep the schedule in MS Project:
 * read from .mpp or MSPDI .xml, written as MSPDI .xml (MPXJ cannot write .mpp). Our fields travel
 * in custom text fields whose aliases MS Project shows as column names: Text1 节点编码, Text2 类别,
 * Text3 责任部门, Text4 节点级别.
 *
 * <p>Written files are flat (every task at outline level 1) and the level goes in Text4. The plan
 * records no parent of a node, so nesting would have to invent one from row order, and MS Project
 * makes a task with children a summary task whose dates, progress and links come from those
 * children: an 一级 node's own dates would not survive an edit there. Reading honours Text4 when the
 * file labels Text4 节点级别 (our files do); otherwise a milestone is MILESTONE and the outline level
 * gives L1, L2 or L3, which is how a planner's own nested schedule reads.
 *
 * <p>Written tasks are manually scheduled on a seven-day calendar: the plan's dates are decisions,
 * not a schedule for MS Project to recompute, and the plan counts calendar days. Links are
 * finish-to-finish with lags in elapsed days, the plan's own rule.
 */
public final class PlanProjectFile {

  static final String CODE_ALIAS = "节点编码";
  static final String CATEGORY_ALIAS = "类别";
  static final String OWNER_ALIAS = "责任部门";
  static final String LEVEL_ALIAS = "节点级别";

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
  private static final Pattern NOT_CODE = Pattern.compile("[^A-Za-z0-9_.-]");
  private static final Pattern FIELD_PATH = Pattern.compile("(nodes|dependencies)\\[(\\d+)](?:\\.\\w+)?");
  private static final LocalTime DAY_START = LocalTime.of(8, 0);
  private static final LocalTime DAY_FINISH = LocalTime.of(17, 0);
  private static final int MINUTES_PER_DAY = 480;

  private PlanProjectFile() {
  }

  /**
   * What a project file gave: the tasks that read cleanly as a plan, problems of the others (each
   * naming its task, such as {@code 任务 12「主体结构封顶」: ...}; a task with a problem is left
   * out), and things taken differently from the file, which do not stop an import.
   *
   * @param nodeTasks the task each of {@code plan.nodes()} came from, as {@code 任务 12「名称」}
   * @param dependencyTasks the link each of {@code plan.dependencies()} came from
   */
  public record Parsed(PlanDocument plan, List<String> errors, List<String> warnings, List<String> nodeTasks,
      List<String> dependencyTasks) {

    /**
     * The task a field the import's validation names came from: {@code nodes[3].name} →
     * {@code 任务 12「主体结构封顶」}; a path it cannot place comes back as it is.
     */
    public String taskOf(String field) {
      Matcher m = FIELD_PATH.matcher(field == null ? "" : field);
      if (!m.matches()) {
        return field;
      }
      List<String> sources = m.group(1).equals("nodes") ? nodeTasks : dependencyTasks;
      int index = Integer.parseInt(m.group(2));
      return index < sources.size() ? sources.get(index) : field;
    }
  }

  /** A file MPXJ cannot read as a project; meant to become a 400 or 415. */
  public static final class UnreadableException extends RuntimeException {
    UnreadableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Reads a .mpp or MSPDI .xml the caller has already recognised by its content.
   *
   * @throws UnreadableException when MPXJ cannot read it
   */
  public static Parsed read(File file) {
    ProjectFile project;
    try {
      project = new UniversalProjectReader().read(file);
    } catch (MPXJException | RuntimeException e) {
      throw new UnreadableException("无法读取该 MS Project 文件", e);
    }
    if (project == null) {
      throw new UnreadableException("不是可读取的 MS Project 文件", null);
    }
    return new Reading(project).read();
  }

  /** One read: the state shared by its passes over the tasks. */
  private static final class Reading {

    private final ProjectFile project;
    private final boolean levelInText4;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** Every task that is a node or would have been one but for an error, with its code. */
    private final Map<Task, String> codes = new LinkedHashMap<>();
    private final Set<Task> failed = new HashSet<>();

    Reading(ProjectFile project) {
      this.project = project;
      CustomField text4 = project.getCustomFields().get(TaskField.TEXT4);
      this.levelInText4 = text4 != null && LEVEL_ALIAS.equals(text4.getAlias());
    }

    Parsed read() {
      List<Task> tasks = project.getTasks().stream().filter(Reading::isPlanTask).toList();
      if (tasks.isEmpty()) {
        return new Parsed(new PlanDocument(List.of(), List.of()), List.of("文件中没有可导入的任务"), List.of(),
            List.of(), List.of());
      }
      assignCodes(tasks);
      List<PlanNodeRequest> nodes = new ArrayList<>();
      List<String> nodeTasks = new ArrayList<>();
      for (Task task : tasks) {
        PlanNodeRequest node = node(task);
        if (!failed.contains(task)) {
          nodes.add(node);
          nodeTasks.add(describe(task));
        }
      }
      List<PlanDependency> dependencies = new ArrayList<>();
      List<String> dependencyTasks = new ArrayList<>();
      for (Task successor : tasks) {
        if (failed.contains(successor)) {
          continue;
        }
        for (Relation relation : successor.getPredecessors()) {
          PlanDependency dependency = dependency(relation);
          if (dependency != null) {
            dependencies.add(dependency);
            dependencyTasks.add(describe(successor) + "的前置" + describe(relation.getPredecessorTask()));
          }
        }
      }
      return new Parsed(new PlanDocument(nodes, dependencies), List.copyOf(errors), List.copyOf(warnings),
          List.copyOf(nodeTasks), List.copyOf(dependencyTasks));
    }

    /** Not the project summary task (ID 0) and not a blank row. */
    private static boolean isPlanTask(Task task) {
      boolean summaryOfProject = Integer.valueOf(0).equals(task.getID()) || Integer.valueOf(0).equals(task.getUniqueID());
      return !summaryOfProject && !task.getNull() && clean(task.getName()) != null && !task.getExternalTask();
    }

    /**
     * Text1 where the planner gave one; otherwise a code made from the WBS (or the unique ID),
     * never one that Text1 of another task already holds.
     */
    private void assignCodes(List<Task> tasks) {
      Map<String, Task> taken = new HashMap<>();
      for (Task task : tasks) {
        String code = clean(task.getText(1));
        if (code == null) {
          continue;
        }
        if (!CODE.matcher(code).matches()) {
          fail(task, CODE_ALIAS + "（Text1）「" + code + "」应为 1–32 位字母、数字或 _ . -");
        } else if (taken.containsKey(code)) {
          fail(task, "节点编码重复：" + code + "，与" + describe(taken.get(code)) + "相同");
        } else {
          taken.put(code, task);
        }
        codes.put(task, code);
      }
      int derived = 0;
      for (Task task : tasks) {
        if (codes.containsKey(task)) {
          continue;
        }
        String base = task.getWBS() == null ? "" : NOT_CODE.matcher(task.getWBS()).replaceAll("");
        if (base.isEmpty()) {
          base = "T" + task.getUniqueID();
        }
        base = base.substring(0, Math.min(base.length(), 32));
        String code = base;
        for (int n = 2; taken.containsKey(code); n++) {
          String suffix = "-" + n;
          code = base.substring(0, Math.min(base.length(), 32 - suffix.length())) + suffix;
        }
        taken.put(code, task);
        codes.put(task, code);
        derived++;
      }
      if (derived > 0) {
        warnings.add(derived + " 个任务没有节点编码（Text1），已按 WBS 或任务标识生成；以后再次导入时编码可能变化，"
            + "节点会被当作新节点，建议在 Text1 填写固定编码");
      }
    }

    private PlanNodeRequest node(Task task) {
      if (task.getFinish() == null) {
        fail(task, "没有完成日期");
      }
      return new PlanNodeRequest(codes.get(task), clean(task.getName()), level(task), category(task),
          clean(task.getText(3)), date(task.getBaselineStart()), date(task.getBaselineFinish()), date(task.getStart()),
          date(task.getFinish()), date(task.getActualStart()), date(task.getActualFinish()),
          task.getPercentageComplete() == null ? null : (int) Math.round(task.getPercentageComplete().doubleValue()));
    }

    private NodeLevel level(Task task) {
      if (levelInText4) {
        String text = clean(task.getText(4));
        NodeLevel level = NodeLevel.fromLabel(text);
        if (level != null) {
          return level;
        }
        if (text != null) {
          warn(task, LEVEL_ALIAS + "（Text4）「" + text + "」无法识别，已按大纲级别确定");
        }
      }
      if (task.getMilestone()) {
        return NodeLevel.MILESTONE;
      }
      int outline = task.getOutlineLevel() == null ? 1 : task.getOutlineLevel();
      return outline <= 1 ? NodeLevel.L1 : outline == 2 ? NodeLevel.L2 : NodeLevel.L3;
    }

    private NodeCategory category(Task task) {
      String text = clean(task.getText(2));
      if (text == null) {
        return NodeCategory.OTHER;
      }
      NodeCategory category = NodeCategory.fromLabel(text);
      if (category == null) {
        warn(task, CATEGORY_ALIAS + "（Text2）「" + text + "」无法识别，已按「" + NodeCategory.OTHER.label() + "」导入");
        return NodeCategory.OTHER;
      }
      return category;
    }

    /** A link between two imported tasks; null (with a warning) for a link to anything else. */
    private PlanDependency dependency(Relation relation) {
      Task predecessor = relation.getPredecessorTask();
      Task successor = relation.getSuccessorTask();
      if (predecessor == null || !codes.containsKey(predecessor)) {
        warn(successor, (predecessor == null ? "前置任务" : "前置" + describe(predecessor))
            + "不是可导入的任务（项目摘要、空行或外部任务），已忽略该依赖");
        return null;
      }
      if (failed.contains(predecessor)) {
        return null; // its error is reported; the link comes back once the task is fixed
      }
      RelationType type = relation.getType() == null ? RelationType.FINISH_START : relation.getType();
      if (type != RelationType.FINISH_FINISH && type != RelationType.FINISH_START) {
        warn(successor, "与前置" + describe(predecessor) + "为" + typeName(type) + "关系，已按完成-完成（FF）导入");
      }
      return new PlanDependency(codes.get(predecessor), codes.get(successor),
          lagDays(relation.getLag(), project.getProjectProperties(), predecessor));
    }

    private void fail(Task task, String message) {
      failed.add(task);
      errors.add(describe(task) + ": " + message);
    }

    private void warn(Task task, String message) {
      warnings.add(describe(task) + ": " + message);
    }
  }

  /**
   * A link's lag in calendar days. Elapsed units convert exactly; working time becomes working
   * days by the file's hours per day, then calendar days by its days per week (five working days
   * are seven days): the plan keeps one lag for every date, while a working lag's span depends on
   * the weekday it starts from. A percentage lag is that share of the predecessor's span.
   */
  static int lagDays(Duration lag, ProjectProperties properties, Task predecessor) {
    if (lag == null || lag.getDuration() == 0) {
      return 0;
    }
    double value = lag.getDuration();
    double days = switch (lag.getUnits()) {
      case ELAPSED_MINUTES -> value / (24 * 60);
      case ELAPSED_HOURS -> value / 24;
      case ELAPSED_DAYS -> value;
      case ELAPSED_WEEKS -> value * 7;
      case ELAPSED_MONTHS -> value * 30;
      case ELAPSED_YEARS -> value * 365;
      case PERCENT, ELAPSED_PERCENT -> value / 100 * span(predecessor);
      default -> lag.convertUnits(TimeUnit.DAYS, properties).getDuration() * 7 / workingDaysPerWeek(properties);
    };
    long rounded = Math.round(Math.abs(days));
    return (int) (days < 0 ? -rounded : rounded);
  }

  private static double workingDaysPerWeek(ProjectProperties properties) {
    Integer day = properties.getMinutesPerDay();
    Integer week = properties.getMinutesPerWeek();
    return day == null || week == null || day <= 0 || week <= 0 ? 5 : (double) week / day;
  }

  private static long span(Task task) {
    return task.getStart() == null || task.getFinish() == null ? 0
        : ChronoUnit.DAYS.between(task.getStart().toLocalDate(), task.getFinish().toLocalDate());
  }

  private static String typeName(RelationType type) {
    return switch (type) {
      case FINISH_START -> "完成-开始（FS）";
      case START_START -> "开始-开始（SS）";
      case FINISH_FINISH -> "完成-完成（FF）";
      case START_FINISH -> "开始-完成（SF）";
    };
  }

  static String describe(Task task) {
    return "任务 " + task.getID() + "「" + clean(task.getName()) + "」";
  }

  private static String clean(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.replace('\u3000', ' ').replace('\u00A0', ' ').strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static LocalDate date(LocalDateTime dateTime) {
    return dateTime == null ? null : dateTime.toLocalDate();
  }

  /**
   * Writes the plan as MSPDI XML, which MS Project opens as a project (文件 › 打开, 类型 XML).
   * Every node is a manually scheduled task at outline level 1 on a seven-day calendar; see the
   * class comment for why.
   */
  public static void writeMspdi(PlanDocument plan, String projectName, OutputStream out) {
    ProjectFile project = new ProjectFile();
    ProjectProperties properties = project.getProjectProperties();
    properties.setName(projectName);
    properties.setProjectTitle(projectName);
    ProjectCalendar calendar = project.addDefaultBaseCalendar();
    calendar.setName("日历日");
    for (DayOfWeek day : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)) {
      calendar.setWorkingDay(day, true);
      ProjectCalendarHours hours = calendar.addCalendarHours(day);
      hours.addAll(calendar.getCalendarHours(DayOfWeek.MONDAY));
    }
    project.setDefaultCalendar(calendar);
    // with every day worked, "a week" and "a month" in MS Project's units are 7 and 30 days too
    properties.setMinutesPerDay(MINUTES_PER_DAY);
    properties.setMinutesPerWeek(7 * MINUTES_PER_DAY);
    properties.setDaysPerMonth(30);
    properties.setMinutesPerMonth(30 * MINUTES_PER_DAY);
    project.getCustomFields().getOrCreate(TaskField.TEXT1).setAlias(CODE_ALIAS);
    project.getCustomFields().getOrCreate(TaskField.TEXT2).setAlias(CATEGORY_ALIAS);
    project.getCustomFields().getOrCreate(TaskField.TEXT3).setAlias(OWNER_ALIAS);
    project.getCustomFields().getOrCreate(TaskField.TEXT4).setAlias(LEVEL_ALIAS);

    Map<String, Task> tasks = new HashMap<>();
    for (PlanNodeRequest node : plan.nodes()) {
      tasks.put(node.nodeCode(), task(project, calendar, node));
    }
    for (PlanDependency d : plan.dependencies()) {
      Task predecessor = tasks.get(d.predecessor());
      Task successor = tasks.get(d.successor());
      if (predecessor == null || successor == null) {
        throw new IllegalArgumentException("dependency names a node the plan does not have: " + d);
      }
      successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor)
          .type(RelationType.FINISH_FINISH).lag(Duration.getInstance(d.lagDays(), TimeUnit.ELAPSED_DAYS)));
    }
    try {
      new MSPDIWriter().write(project, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Task task(ProjectFile project, ProjectCalendar calendar, PlanNodeRequest node) {
    boolean milestone = node.nodeLevel() == NodeLevel.MILESTONE;
    Task task = project.addTask();
    task.setName(node.name());
    task.setOutlineLevel(1);
    task.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
    task.setMilestone(milestone);
    task.setText(1, node.nodeCode());
    task.setText(2, node.category() == null ? null : node.category().label());
    task.setText(3, node.ownerGroup());
    task.setText(4, node.nodeLevel() == null ? null : node.nodeLevel().label());
    // MS Project has no task without a start: a node without one starts the day it finishes
    LocalDate plannedStart = milestone || node.plannedStart() == null ? node.plannedFinish() : node.plannedStart();
    task.setStart(start(plannedStart, milestone));
    task.setFinish(finish(node.plannedFinish()));
    task.setDuration(duration(calendar, task.getStart(), task.getFinish(), milestone));
    task.setBaselineStart(start(node.baselineStart(), milestone));
    task.setBaselineFinish(finish(node.baselineFinish()));
    if (node.baselineStart() != null && node.baselineFinish() != null) {
      task.setBaselineDuration(duration(calendar, task.getBaselineStart(), task.getBaselineFinish(), milestone));
    }
    task.setActualStart(start(node.actualStart(), milestone));
    task.setActualFinish(finish(node.actualFinish()));
    if (node.progressPct() != null) {
      task.setPercentageComplete(node.progressPct());
    }
    return task;
  }

  /** A day's work starts at 08:00; a milestone sits at the end of its day, where its finish is. */
  private static LocalDateTime start(LocalDate date, boolean milestone) {
    return date == null ? null : date.atTime(milestone ? DAY_FINISH : DAY_START);
  }

  private static LocalDateTime finish(LocalDate date) {
    return date == null ? null : date.atTime(DAY_FINISH);
  }

  private static Duration duration(ProjectCalendar calendar, LocalDateTime start, LocalDateTime finish,
      boolean milestone) {
    return milestone ? Duration.getInstance(0, TimeUnit.DAYS) : calendar.getDuration(start, finish);
  }
}
