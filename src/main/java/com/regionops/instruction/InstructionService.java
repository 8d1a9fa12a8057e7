package com.regionops.instruction;

import com.regionops.document.Document;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerType;
import com.regionops.document.Upload;
import com.regionops.instruction.InstructionMapper.ItemRow;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectStatus;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.Inputs;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上传下达: issuing an instruction (one process per region's copy), what each person may see of them, and
 * 延期申请. The steps the process takes (签收, 反馈, 退回, 办结) are in InstructionSteps.
 */
@Service("instructionService")
public class InstructionService {

  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 4000;
  static final int MAX_REASON = 1000;
  static final int MAX_SOURCE = 200;

  private final InstructionMapper instructions;
  private final RegionMapper regions;
  private final ProjectMapper projects;
  private final RuntimeService runtime;
  private final SystemCalls system;
  private final InstructionAccess access;
  private final DocumentService documents;

  public InstructionService(InstructionMapper instructions, RegionMapper regions, ProjectMapper projects,
      RuntimeService runtime, SystemCalls system, InstructionAccess access, DocumentService documents) {
    this.access = access;
    this.documents = documents;
    this.instructions = instructions;
    this.regions = regions;
    this.projects = projects;
    this.runtime = runtime;
    this.system = system;
  }

  /**
   * When 签收 is due: the first working day after the day of issue (Saturday and Sunday are not; public holidays
   * are not known here), and never after the answer's own deadline.
   */
  public static LocalDate ackDue(LocalDate issued, LocalDate deadline) {
    LocalDate day = issued.plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day.isAfter(deadline) ? deadline : day;
  }

  /**
   * Issues the instruction and starts one instance per region's copy; a refusal names the field and writes
   * nothing (the instances start in the same transaction).
   */
  @Transactional
  public Issued issue(ApiUser user, InstructionRequest request) {
    boolean group = user.groups().contains(Groups.GROUP_OPS);
    boolean regionOps = user.groups().contains(Groups.REGION_OPS);
    if (!group && !regionOps) {
      throw ApiException.forbidden("指令由集团运营中心下发到区域，或由区域运营管理部下发到本区域项目");
    }
    if (request == null) {
      throw ApiException.badInput("title", "请填写指令标题");
    }
    String title = Inputs.required(request.title(), "title", "请填写指令标题", MAX_TITLE);
    String content = Inputs.required(request.content(), "content", "请填写指令内容", MAX_TEXT);
    InstructionCategory category = Inputs.oneOf(InstructionCategory.class, request.category(), "category",
        "指令类别须为 OPERATING_REVIEW（经营分析会指示）、OPERATIONS_REQUIREMENT（运营要求）、DATA_REPORT（数据报送）或 OTHER（其他）");
    FeedbackMode mode = Inputs.oneOf(FeedbackMode.class, request.feedback(), "feedback",
        "反馈要求须为 ACKNOWLEDGE（仅需签收）或 REPORT（书面反馈）");
    LocalDate today = EngineTime.today();
    LocalDate deadline = Inputs.date(request.deadline(), "deadline", "请填写反馈期限（yyyy-MM-dd）");
    if (deadline.isBefore(today)) {
      throw ApiException.badInput("deadline", "反馈期限不能早于今天（" + today + "）");
    }
    String source = Inputs.optional(request.sourceMeeting(), "sourceMeeting", MAX_SOURCE);
    if (request.documentIds() != null && !request.documentIds().isEmpty()) {
      throw ApiException.badInput("documentIds", "下发文件在指令下发后上传：POST /api/v1/instructions/{id}/documents；documentIds 留空");
    }
    if (category == InstructionCategory.OPERATING_REVIEW && source == null) {
      throw ApiException.badInput("sourceMeeting", "经营分析会指示须注明来源会议（如：集团2026年第四季度经营分析会）");
    }
    boolean toProjects = request.projectCodes() != null && !request.projectCodes().isEmpty();
    LocalDateTime now = EngineTime.now().withNano(0);
    if (toProjects || !group) {
      return issueToProjects(user, request, title, content, category, mode, deadline, source, now);
    }
    List<Region> targets = targetRegions(request.regionCodes());
    Instruction instruction = insert(new Instruction(null, Instruction.GROUP, null, title, content, category, mode,
        deadline, source, user.id(), now));
    for (Region region : targets) {
      InstructionItem item = insertItem(new InstructionItem(null, instruction.id(), null, InstructionItem.REGION,
          region.code(), null, ItemStatus.ISSUED, ackDue(today, deadline), deadline, null, null, null, null, null, null, null,
          null, 0, null, null, null, null));
      start(instruction, item);
    }
    return new Issued(instruction.id(), targets.stream().map(Region::code).toList(), List.of());
  }

  private Issued issueToProjects(ApiUser user, InstructionRequest request, String title, String content,
      InstructionCategory category, FeedbackMode mode, LocalDate deadline, String source, LocalDateTime now) {
    if (request.regionCodes() != null && !request.regionCodes().isEmpty()) {
      throw ApiException.badInput("regionCodes", "区域指令直接下发到本区域项目，请用 projectCodes");
    }
    if (request.projectCodes() == null || request.projectCodes().isEmpty()) {
      throw ApiException.badInput("projectCodes", "请选择下发的项目");
    }
    Set<String> codes = new LinkedHashSet<>();
    String regionCode = null;
    if (!user.groups().contains(Groups.REGION_OPS)) {
      throw ApiException.forbidden("区域指令由本区域运营管理部下发到本区域项目");
    }
    for (String code : request.projectCodes()) {
      Project project = code == null ? null : projects.findByCode(code.strip());
      // a project outside the caller's regions is refused like one that does not exist: no hint which exist
      if (project == null || !user.tenants().contains(project.regionCode())) {
        throw ApiException.forbidden("区域指令只下发到本区域的项目：" + code + " 不存在或不属于您所在的区域");
      }
      if (project.status() != ProjectStatus.ACTIVE) {
        throw ApiException.badInput("projectCodes", "项目已关闭：" + code);
      }
      if (regionCode != null && !regionCode.equals(project.regionCode())) {
        throw ApiException.badInput("projectCodes", "一条区域指令只下发到同一区域的项目");
      }
      regionCode = project.regionCode();
      codes.add(project.code());
    }
    LocalDate today = EngineTime.today();
    Instruction instruction = insert(new Instruction(null, Instruction.REGION, regionCode, title, content, category,
        mode, deadline, source, user.id(), now));
    // the issuing region's own copy holds its projects' copies: issued and so acknowledged by region-ops itself
    InstructionItem regionItem = insertItem(new InstructionItem(null, instruction.id(), null, InstructionItem.REGION,
        regionCode, null, ItemStatus.RELAYED, today, deadline, null, user.id(), now, InstructionProcess.RELAY, null,
        null, null, null, 0, null, null, null, null));
    for (String code : codes) {
      insertItem(new InstructionItem(null, instruction.id(), regionItem.id(), InstructionItem.PROJECT, regionCode,
          code, ItemStatus.ISSUED, ackDue(today, deadline), deadline, null, null, null, null, null, null, null, null, 0, null,
          null, null, null));
    }
    start(instruction, regionItem);
    return new Issued(instruction.id(), List.of(regionCode), List.copyOf(codes));
  }

  /** What POST answers: the instruction and where it went. */
  public record Issued(long id, List<String> regionCodes, List<String> projectCodes) {
  }

  private List<Region> targetRegions(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return regions.findAll();
    }
    Map<String, Region> byCode = new HashMap<>();
    regions.findAll().forEach(r -> byCode.put(r.code(), r));
    List<Region> targets = new ArrayList<>();
    for (String code : new LinkedHashSet<>(codes)) {
      Region region = code == null ? null : byCode.get(code.strip());
      if (region == null) {
        throw ApiException.badInput("regionCodes", "区域不存在：" + code);
      }
      targets.add(region);
    }
    return targets;
  }

  private void start(Instruction instruction, InstructionItem regionItem) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(InstructionProcess.REGION_CODE, regionItem.regionCode());
    variables.put(InstructionProcess.INSTRUCTION_ID, instruction.id());
    variables.put(InstructionProcess.REGION_ITEM_ID, regionItem.id());
    String businessKey = "INSTRUCTION:" + instruction.id() + ":" + regionItem.regionCode();
    // started by the application only (ProjectTenantIdProvider.INTERNAL): over engine REST a caller could
    // start a copy without its rows
    ProcessInstance started = system.asSystem(
        () -> runtime.startProcessInstanceByKey(InstructionProcess.KEY, businessKey, variables));
    instructions.linkProcess(regionItem.id(), started.getProcessInstanceId());
  }

  /** The copies the caller may see, newest first; open "true"/"false" and a status or colour narrow them. */
  public List<ItemRow> list(ApiUser user, String status, String color) {
    Boolean open = null;
    ItemStatus itemStatus = null;
    if (status != null && !status.isBlank()) {
      switch (status.strip()) {
        case "OPEN" -> open = true;
        case "CLOSED" -> open = false;
        default -> itemStatus = Inputs.oneOf(ItemStatus.class, status, "status",
            "状态须为 OPEN、CLOSED、ISSUED、ACKNOWLEDGED、RELAYED、ANSWERED 或 RETURNED");
      }
    }
    String colorFilter = null;
    if (color != null && !color.isBlank()) {
      colorFilter = color.strip();
      if (!Set.of("BLUE", "YELLOW", "RED").contains(colorFilter)) {
        throw ApiException.badInput("color", "督办颜色须为 BLUE（蓝）、YELLOW（黄）或 RED（红）");
      }
    }
    return access.rows(user, null, open, itemStatus, colorFilter);
  }

  /** One instruction with the copies the caller may see; 404 when they see none. */
  public Detail get(ApiUser user, long id) {
    Instruction instruction = instructions.findById(id);
    List<ItemRow> rows = instruction == null ? List.of() : access.rows(user, id, null, null, null);
    if (rows.isEmpty()) {
      throw ApiException.notFound("指令不存在或不在您的范围内：" + id);
    }
    Map<Long, List<InstructionExtension>> extensions = new HashMap<>();
    rows.forEach(row -> extensions.put(row.id(), new ArrayList<>()));
    // one read for the instruction; only the caller's copies' requests are kept
    for (InstructionExtension extension : instructions.findExtensionsOfInstruction(id)) {
      List<InstructionExtension> ofCopy = extensions.get(extension.itemId());
      if (ofCopy != null) {
        ofCopy.add(extension);
      }
    }
    return new Detail(instruction, documents.ofOwner(OwnerType.INSTRUCTION, Long.toString(id)), rows, extensions);
  }

  /** An instruction with its 下发文件, the caller's copies and each copy's 延期申请. */
  public record Detail(Instruction instruction, List<Document> documents, List<ItemRow> items,
      Map<Long, List<InstructionExtension>> extensions) {
  }

  /**
   * 下发文件: the issuer attaches a file to an instruction not yet done everywhere; every open copy's forms list
   * it at once, and whoever sees a copy may read it (InstructionAccess).
   */
  @Transactional
  public Document attach(ApiUser user, long id, Upload file) {
    Instruction instruction = instructions.findById(id);
    if (instruction == null || access.rows(user, id, null, null, null).isEmpty()) {
      throw ApiException.notFound("指令不存在或不在您的范围内：" + id);
    }
    boolean issuer = instruction.byGroup() ? user.groups().contains(Groups.GROUP_OPS)
        : user.groups().contains(Groups.REGION_OPS) && user.tenants().contains(instruction.issuerRegion());
    if (!issuer) {
      throw ApiException.forbidden("下发文件由下发单位上传");
    }
    if (instructions.findItems(id).stream().noneMatch(InstructionItem::open)) {
      throw ApiException.conflict("file", "指令已全部办结，不能再上传下发文件");
    }
    Document filed = documents.fileIssued(user, OwnerType.INSTRUCTION, Long.toString(id), instruction.issuerRegion(),
        file);
    String listed = filesText(id);
    system.asSystem(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("INSTRUCTION:" + id + ":%").list()
        .forEach(pi -> runtime.setVariable(pi.getId(), InstructionProcess.FILES, listed)));
    return filed;
  }

  /** The instruction's 下发文件 as the forms show them: a Markdown link to each, or empty. */
  public String filesText(long id) {
    return documents.markdownLinks(OwnerType.INSTRUCTION, Long.toString(id));
  }

  /**
   * 延期申请 for the caller's own copy, before its deadline, to a date after it; the issuer decides in the
   * copy's process. A refusal names the rule and asks nothing.
   */
  @Transactional
  public InstructionExtension requestExtension(ApiUser user, long instructionId, ExtensionRequest request) {
    Instruction instruction = instructions.findById(instructionId);
    if (instruction == null) {
      throw ApiException.notFound("指令不存在：" + instructionId);
    }
    if (request == null) {
      throw ApiException.badInput("reason", "请填写延期理由");
    }
    InstructionItem item = ownItem(user, instruction, request.projectCode());
    String reason = Inputs.required(request.reason(), "reason", "请填写延期理由", MAX_REASON);
    LocalDate newDate = Inputs.date(request.newDate(), "newDate", "请填写申请延至的日期（yyyy-MM-dd）");
    if (!item.open()) {
      throw ApiException.conflict("newDate", "该指令已办结，无需延期");
    }
    LocalDate today = EngineTime.today();
    LocalDate current = item.effectiveDeadline();
    if (today.isAfter(current)) {
      throw ApiException.conflict("newDate", "延期须在期限（" + current + "）前申请；已逾期的事项按原期限计算逾期");
    }
    if (!newDate.isAfter(current)) {
      throw ApiException.badInput("newDate", "申请延至的日期须晚于当前期限（" + current + "）");
    }
    if (item.isProject()) {
      InstructionItem parent = instructions.findItem(item.parentId());
      if (instruction.byGroup() && newDate.isAfter(parent.effectiveDeadline())) {
        throw ApiException.badInput("newDate", "项目延期不能晚于区域反馈集团的期限（" + parent.effectiveDeadline() + "）");
      }
    }
    instructions.lockItem(item.id());
    if (instructions.findExtensions(item.id()).stream()
        .anyMatch(e -> InstructionExtension.PENDING.equals(e.status()))) {
      throw ApiException.conflict("newDate", "已有待审批的延期申请，请等待审批结果");
    }
    KeyedRow<InstructionExtension> row = new KeyedRow<>(new InstructionExtension(null, item.id(), reason, newDate,
        current, user.id(), EngineTime.now().withNano(0), InstructionExtension.PENDING, null, null, null));
    instructions.insertExtension(row);
    InstructionItem regionItem = item.isProject() ? instructions.findItem(item.parentId()) : item;
    // 读取延期申请 takes the id into the request's own scope at once (OpenExtensionDelegate)
    system.asSystem(() -> runtime.createMessageCorrelation(InstructionProcess.MESSAGE_EXTENSION)
        .processInstanceId(regionItem.processInstanceId())
        .setVariable(InstructionProcess.EXTENSION_ID, row.getId()).correlateWithResult());
    return instructions.findExtension(row.getId());
  }

  /** The caller's copy of the instruction: a project office's (naming the project when it has several), or its region's. */
  private InstructionItem ownItem(ApiUser user, Instruction instruction, String projectCode) {
    List<InstructionItem> items = instructions.findItems(instruction.id());
    if (projectCode != null && !projectCode.isBlank()) {
      InstructionItem item = items.stream().filter(i -> projectCode.strip().equals(i.projectCode())).findFirst()
          .orElseThrow(() -> ApiException.badInput("projectCode", "该指令未下发到项目 " + projectCode));
      if (!user.officeProjects().contains(item.projectCode()) || !user.tenants().contains(item.regionCode())) {
        throw ApiException.forbidden("延期申请由责任单位提出：项目的延期由本项目公司申请");
      }
      return item;
    }
    List<InstructionItem> offices = items.stream()
        .filter(i -> i.isProject() && user.officeProjects().contains(i.projectCode())
            && user.tenants().contains(i.regionCode())).toList();
    if (offices.size() == 1) {
      return offices.get(0);
    }
    if (offices.size() > 1) {
      throw ApiException.badInput("projectCode", "您负责多个项目，请注明为哪个项目申请延期");
    }
    if (instruction.byGroup() && user.groups().contains(Groups.REGION_OPS)) {
      List<InstructionItem> own = items.stream()
          .filter(i -> !i.isProject() && user.tenants().contains(i.regionCode())).toList();
      if (own.size() == 1) {
        return own.get(0);
      }
    }
    throw ApiException.forbidden("延期申请由责任单位提出：区域的延期由本区域运营管理部申请，项目的由本项目公司申请");
  }

  String subjectOf(InstructionItem item) {
    if (item.isProject()) {
      Project project = projects.findByCode(item.projectCode());
      return "项目公司 " + item.projectCode() + (project == null ? "" : " " + project.name());
    }
    Region region = regions.findByCode(item.regionCode());
    return (region == null ? item.regionCode() : region.name()) + " 区域运营管理部";
  }

  /** The project copies of a region's copy, for the multi-instance of 项目签收与反馈. */
  public List<Long> projectItemIds(Object regionItemId) {
    return instructions.findChildren(((Number) regionItemId).longValue()).stream().map(InstructionItem::id)
        .collect(Collectors.toList());
  }

  private Instruction insert(Instruction instruction) {
    KeyedRow<Instruction> row = new KeyedRow<>(instruction);
    instructions.insert(row);
    return instructions.findById(row.getId());
  }

  InstructionItem insertItem(InstructionItem item) {
    KeyedRow<InstructionItem> row = new KeyedRow<>(item);
    instructions.insertItem(row);
    return instructions.findItem(row.getId());
  }
}
