package com.regionops.partner;

import com.regionops.document.Document;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerRef;
import com.regionops.document.OwnerType;
import com.regionops.document.Upload;
import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.Inputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合作方事项审批: a project with partners submits a motion, request, capital call or distribution; DMN
 * partner-matter-approval names who approves, one after another (partner-matter); the approved matter and its
 * documents stay in the project's archive.
 */
@Service
public class PartnerMatterService {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

  private final PartnerMatterMapper matters;
  private final PartnershipService partnerships;
  private final ProjectService projects;
  private final DocumentService documents;
  private final RuntimeService runtime;
  private final SystemCalls system;

  public PartnerMatterService(PartnerMatterMapper matters, PartnershipService partnerships, ProjectService projects,
      DocumentService documents, RuntimeService runtime, SystemCalls system) {
    this.matters = matters;
    this.partnerships = partnerships;
    this.projects = projects;
    this.documents = documents;
    this.runtime = runtime;
    this.system = system;
  }

  /** A matter with its approvals, as the API shows it. */
  public record View(PartnerMatter matter, String kindName, List<PartnerMatterMapper.Approval> approvals,
      List<Document> documents) {
  }

  @Transactional
  public View submit(ApiUser user, String projectCode, PartnerMatterRequest request) {
    Project project = projects.get(user, projectCode);
    requireSubmitter(user, project);
    if (request == null) {
      throw ApiException.badInput("kind", "请选择事项类型");
    }
    Partnership partnership = partnerships.of(project.code());
    if (partnership.partners().isEmpty()) {
      throw ApiException.badInput("projectCode", "该项目未登记合作方：请先由区域运营管理部在合作方管理中登记");
    }
    MatterKind kind = Inputs.oneOf(MatterKind.class, request.kind(), "kind",
        "事项类型应为 SHAREHOLDER_MOTION（股东会议案）、BOARD_MOTION（董事会议案）、PARTNER_REQUEST（合作方诉求）、"
            + "CAPITAL_CALL（出资/增资）或 PROFIT_DISTRIBUTION（利润分配）");
    String title = Inputs.required(request.title(), "title", "请填写事项名称", 200);
    BigDecimal amount = request.amount();
    if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      throw ApiException.badInput("amount", "金额（万元）为 0–99,999,999.99，最多两位小数；不涉及金额填 0");
    }
    LocalDate meetingDate = null;
    if (kind.motion() || (request.meetingDate() != null && !request.meetingDate().isBlank())) {
      meetingDate = Inputs.date(request.meetingDate(), "meetingDate", "议案须填写股东会/董事会召开日期");
      if (meetingDate.isBefore(EngineTime.today())) {
        throw ApiException.badInput("meetingDate", "会议日期不能早于今天");
      }
    }
    String description = Inputs.optional(request.description(), "description", 4000);
    KeyedRow<PartnerMatter> row = new KeyedRow<>(new PartnerMatter(null, project.code(), project.regionCode(), kind,
        title, amount.setScale(2), meetingDate, description, partnership.mode(), PartnerMatter.IN_APPROVAL, null,
        user.id(), EngineTime.now().withNano(0), null, null));
    matters.insert(row);
    long id = row.getId();
    Map<String, Object> variables = new HashMap<>();
    variables.put(PartnerMatterProcess.PROJECT_CODE, project.code());
    variables.put(PartnerMatterProcess.MATTER_ID, id);
    variables.put(PartnerMatterProcess.KIND, kind.name());
    variables.put(PartnerMatterProcess.KIND_NAME, kind.label());
    variables.put(PartnerMatterProcess.AMOUNT, amount.doubleValue());
    variables.put(PartnerMatterProcess.MODE, partnership.mode().name());
    variables.put(PartnerMatterProcess.MODE_NAME, partnership.mode().label() + "（我方 "
        + partnership.ourSharePct().stripTrailingZeros().toPlainString() + "%）");
    variables.put(PartnerMatterProcess.TITLE, title);
    variables.put(PartnerMatterProcess.DESCRIPTION, description);
    variables.put(PartnerMatterProcess.MEETING_DATE, meetingDate == null ? null : meetingDate.toString());
    variables.put(PartnerMatterProcess.PARTNERS, String.join("、", partnership.partners().stream()
        .map(p -> p.name() + " " + p.sharePct().stripTrailingZeros().toPlainString() + "%").toList()));
    variables.put(PartnerMatterProcess.SUBMITTER, user.id());
    // started by the application only (ProjectTenantIdProvider.INTERNAL): over engine REST a caller could start an
    // approval without its matter
    String pid = system.asSystem(() -> runtime.startProcessInstanceByKey(PartnerMatterProcess.KEY,
        PartnerMatterProcess.businessKey(project.code(), id), variables).getId());
    Object chain = system.asSystem(() -> runtime.getVariable(pid, PartnerMatterProcess.APPROVER_CHAIN));
    matters.startApproval(id, pid, chain == null ? null : chain.toString());
    return view(matters.findById(id));
  }

  public List<View> list(ApiUser user, String projectCode) {
    Project project = projects.get(user, projectCode);
    return matters.findByProject(project.code()).stream().map(this::view).toList();
  }

  /** 合作方会议资料 and the matter's documents, filed in the project's archive. */
  @Transactional
  public Document attach(ApiUser user, long id, Upload file) {
    PartnerMatter matter = visible(user, id);
    requireSubmitter(user, projects.get(user, matter.projectCode()));
    if (!PartnerMatter.IN_APPROVAL.equals(matter.status()) && !PartnerMatter.APPROVED.equals(matter.status())) {
      throw ApiException.conflict("status", "不同意的事项不再补充资料");
    }
    return documents.fileForProject(user, new OwnerRef(matter.regionCode(), matter.projectCode()),
        OwnerType.PARTNER_MATTER, Long.toString(id), file);
  }

  public View get(ApiUser user, long id) {
    return view(visible(user, id));
  }

  // ---------------------------------------------------------------- the process's steps

  /** An approver's answer, in the chain's order. */
  public void recordApproval(long id, int step, String group, String decision, String comment, String user) {
    matters.insertApproval(new PartnerMatterMapper.Approval(id, step, group, decision, comment, user,
        EngineTime.now().withNano(0)));
  }

  public PartnerMatter decide(long id, boolean approved) {
    matters.decide(id, approved ? PartnerMatter.APPROVED : PartnerMatter.REJECTED, EngineTime.now().withNano(0));
    return matters.findById(id);
  }

  // ---------------------------------------------------------------- checks

  private PartnerMatter visible(ApiUser user, long id) {
    PartnerMatter matter = matters.findById(id);
    if (matter == null || !user.canSeeProject(matter.projectCode(), matter.regionCode())) {
      throw ApiException.notFound("合作方事项不存在或无权查看：" + id);
    }
    return matter;
  }

  private static void requireSubmitter(ApiUser user, Project project) {
    boolean office = user.groups().contains(Groups.office(project.code()));
    if (!office && !user.canWriteMasterData(project.regionCode())) {
      throw ApiException.forbidden("合作方事项由项目公司或本区域运营管理部提交");
    }
  }

  private View view(PartnerMatter matter) {
    return new View(matter, matter.kind().label(), matters.findApprovals(matter.id()),
        documents.ofOwner(OwnerType.PARTNER_MATTER, Long.toString(matter.id())));
  }
}
