package com.regionops.handover;

import com.regionops.notification.NotificationService;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectType;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.plan.ContractHandover;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.Inputs;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合同交楼时间审核: a project's office (or region-ops) submits the contract handover date; handover-date-review
 * checks it against the plan's HANDOVER nodes (DMN handover-date-check) and region-ops, then for a CONDITIONAL
 * margin the president, approve or return it; the approved date is kept on the project. Also the margin of every
 * approved date against today's plan, per project and per region.
 */
@Service
public class HandoverService {

  static final int MAX_CONTRACTOR = 100;
  static final int MAX_PERMIT = 64;
  static final int MAX_NOTE = 1000;

  private final HandoverMapper reviews;
  private final HandoverContracts contracts;
  private final ProjectMapper projects;
  private final RegionMapper regions;
  private final PlanNodeMapper nodes;
  private final NotificationService notifications;
  private final RuntimeService runtime;
  private final SystemCalls system;

  public HandoverService(HandoverMapper reviews, HandoverContracts contracts, ProjectMapper projects,
      RegionMapper regions, PlanNodeMapper nodes, NotificationService notifications, RuntimeService runtime,
      SystemCalls system) {
    this.reviews = reviews;
    this.contracts = contracts;
    this.projects = projects;
    this.regions = regions;
    this.nodes = nodes;
    this.notifications = notifications;
    this.runtime = runtime;
    this.system = system;
  }

  // ---------------------------------------------------------------- views

  /** GREEN: margin at least the buffer; AMBER: the contract date still after the planned handover; RED: before it. */
  public enum Colour {
    GREEN("绿"), AMBER("黄"), RED("红");

    private final String label;

    Colour(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Colour of(Integer margin, Integer buffer) {
      if (margin == null) {
        return null;
      }
      return margin < 0 ? RED : buffer != null && margin >= buffer ? GREEN : AMBER;
    }
  }

  /**
   * A project's approved contract date against its plan today: marginDays = contract date − the latest planned
   * finish of its HANDOVER nodes (null without either).
   */
  public record Margin(String projectCode, String projectName, String productType, String productTypeName,
      LocalDate contractHandoverDate, LocalDateTime approvedAt, LocalDate plannedHandoverDate, Integer marginDays,
      Integer bufferDays, Colour colour, String colourName, String decorationContractor,
      LocalDate decorationCompletionDate) {
  }

  /** GET …/handover-date-reviews: the project's approved date and margin now, and its reviews newest first. */
  public record Reviews(Margin current, List<HandoverReview> reviews) {
  }

  /** GET /regions/{code}/handover-margins. */
  public record RegionMargins(String regionCode, String regionName, List<Margin> projects) {
  }

  public Reviews reviews(ApiUser user, String projectCode) {
    Project project = visible(user, projectCode);
    return new Reviews(margin(reviews.findContract(project.code())), reviews.findByProject(project.code()));
  }

  /** The region's projects for its staff and group-ops; an office sees its own projects of the region only. */
  public RegionMargins regionMargins(ApiUser user, String regionCode) {
    Region region = regionCode == null ? null : regions.findByCode(regionCode);
    if (region == null) {
      throw ApiException.notFound("区域不存在：" + regionCode);
    }
    boolean wholeRegion = user.canSeeRegion(region.code());
    if (!wholeRegion && !(user.tenants().contains(region.code()) && !user.officeProjects().isEmpty())) {
      // as reading the region: a region the caller does not work in answers as if unknown
      throw ApiException.notFound("区域不存在或无权查看：" + regionCode);
    }
    Map<String, Integer> buffers = new HashMap<>();
    List<Margin> margins = new ArrayList<>();
    for (HandoverMapper.ProjectContract contract : reviews.findContractsOfRegion(region.code())) {
      if (wholeRegion || user.officeProjects().contains(contract.projectCode())) {
        margins.add(margin(contract, buffers));
      }
    }
    return new RegionMargins(region.code(), region.name(), margins);
  }

  private Margin margin(HandoverMapper.ProjectContract contract) {
    return margin(contract, new HashMap<>());
  }

  private Margin margin(HandoverMapper.ProjectContract c, Map<String, Integer> buffers) {
    Integer margin = c.contractHandoverDate() == null || c.plannedHandoverDate() == null ? null
        : (int) (c.contractHandoverDate().toEpochDay() - c.plannedHandoverDate().toEpochDay());
    Integer buffer = buffers.computeIfAbsent(String.valueOf(c.projectType()), contracts::bufferDays);
    Colour colour = Colour.of(margin, buffer);
    ProjectType type = ProjectType.parse(c.projectType());
    return new Margin(c.projectCode(), c.projectName(), c.projectType(), type == null ? null : type.label(),
        c.contractHandoverDate(), c.contractHandoverApprovedAt(), c.plannedHandoverDate(), margin, buffer, colour,
        colour == null ? null : colour.label(), c.decorationContractor(), c.decorationCompletionDate());
  }

  // ---------------------------------------------------------------- submitting

  /**
   * Checks the request, records it IN_REVIEW and starts handover-date-review, which evaluates it at once: the answer
   * carries the table's result, and for REFUSED the review is closed already.
   */
  @Transactional
  public HandoverReview submit(ApiUser user, String projectCode, HandoverRequest request) {
    Project project = visible(user, projectCode);
    boolean office = user.officeProjects().contains(project.code());
    boolean regionOps = user.canWriteMasterData(project.regionCode());
    if (!office && !regionOps) {
      throw ApiException.forbidden("仅本项目运营或本区域运营管理部可提交合同交楼时间审核");
    }
    if (request == null) {
      throw ApiException.badInput("body", "请求体不能为空");
    }
    LocalDate contract = Inputs.date(request.contractHandoverDate(), HandoverProcess.CONTRACT_HANDOVER,
        "请填写合同交楼日期（yyyy-MM-dd）");
    String contractor = Inputs.optional(request.decorationContractor(), HandoverProcess.DECORATION_CONTRACTOR,
        MAX_CONTRACTOR);
    LocalDate decoration = request.decorationCompletionDate() == null || request.decorationCompletionDate().isBlank()
        ? null : Inputs.date(request.decorationCompletionDate(), HandoverProcess.DECORATION_COMPLETION, null);
    String permit = Inputs.optional(request.presalePermitNo(), HandoverProcess.PRESALE_PERMIT_NO, MAX_PERMIT);
    String note = Inputs.optional(request.note(), HandoverProcess.NOTE, MAX_NOTE);
    LocalDate planned = ContractHandover.plannedHandover(nodes.findByProject(project.code()));
    if (planned == null) {
      throw ApiException.badInput(HandoverProcess.CONTRACT_HANDOVER, "计划中没有交楼节点，无法核对合同交楼日期");
    }
    if (contract.isBefore(planned)) {
      throw ApiException.badInput(HandoverProcess.CONTRACT_HANDOVER,
          "合同交楼日期 " + contract + " 早于计划交楼日期 " + planned + "，不能提交");
    }
    if (contractor != null && decoration == null) {
      throw ApiException.badInput(HandoverProcess.DECORATION_COMPLETION, "选择装修单位时请填写装修合同完工日期");
    }
    if (decoration != null) {
      if (contractor == null) {
        throw ApiException.badInput(HandoverProcess.DECORATION_CONTRACTOR, "填写装修合同完工日期时请注明装修单位");
      }
      if (decoration.isAfter(contract)) {
        throw ApiException.badInput(HandoverProcess.DECORATION_COMPLETION,
            "装修合同完工日期 " + decoration + " 晚于合同交楼日期 " + contract);
      }
      if (decoration.isBefore(EngineTime.today())) {
        throw ApiException.badInput(HandoverProcess.DECORATION_COMPLETION, "装修合同完工日期不能早于今天");
      }
    }
    ProjectType type = project.projectType() == null ? ProjectType.RESIDENTIAL : project.projectType();
    int margin = (int) (contract.toEpochDay() - planned.toEpochDay());

    // concurrent submissions for one project: the second waits for the first and then sees its open review
    projects.lockForUpdate(project.code());
    // a review whose instance was cancelled (Cockpit) or lost would otherwise lock the project for good
    com.regionops.platform.engine.ProcessInstances instances =
        new com.regionops.platform.engine.ProcessInstances(runtime, system);
    for (HandoverReview open : reviews.findOpen(project.code())) {
      if (!instances.running(open.processInstanceId())) {
        reviews.decide(open.id(), ReviewStatus.RETURNED, "system", EngineTime.now().withNano(0), "审批流程已撤销");
      }
    }
    if (!reviews.findOpen(project.code()).isEmpty()) {
      throw ApiException.conflict("projectCode", "该项目已有审核中的合同交楼时间，请待其办结后再提交");
    }
    KeyedRow<HandoverReview> row = new KeyedRow<>(new HandoverReview(null, project.code(), contract, planned, margin,
        type.name(), null, null, null, contractor, decoration, permit, note, ReviewStatus.IN_REVIEW, user.id(),
        EngineTime.now().withNano(0), null, null, null, null));
    reviews.insert(row);
    long id = row.getId();

    Map<String, Object> variables = new HashMap<>();
    variables.put(HandoverProcess.PROJECT_CODE, project.code());
    variables.put(HandoverProcess.REVIEW_ID, id);
    variables.put(HandoverProcess.PROJECT_NAME, project.code() + " " + project.name());
    variables.put(HandoverProcess.OFFICE_GROUP, Groups.office(project.code()));
    variables.put(HandoverProcess.PRODUCT_TYPE, type.name());
    variables.put(HandoverProcess.PRODUCT_TYPE_NAME, type.label());
    variables.put(HandoverProcess.MARGIN_DAYS, margin);
    variables.put(HandoverProcess.PLANNED_HANDOVER, planned.toString());
    variables.put(HandoverProcess.CONTRACT_HANDOVER, contract.toString());
    variables.put(HandoverProcess.DECORATION_CONTRACTOR, contractor);
    variables.put(HandoverProcess.DECORATION_COMPLETION, decoration == null ? null : decoration.toString());
    variables.put(HandoverProcess.PRESALE_PERMIT_NO, permit);
    variables.put(HandoverProcess.NOTE, note);
    // started by the application only (ProjectTenantIdProvider.INTERNAL): over engine REST a review would start
    // without its row and its checks
    String pid = system.asSystem(() -> runtime.startProcessInstanceByKey(HandoverProcess.KEY,
        HandoverProcess.businessKey(project.code(), id), variables).getId());
    reviews.setProcessInstance(id, pid);
    return reviews.findById(id);
  }

  private Project visible(ApiUser user, String projectCode) {
    Project project = projectCode == null ? null : projects.findByCode(projectCode);
    if (project == null || !user.canSeeProject(project.code(), project.regionCode())) {
      throw ApiException.notFound("项目不存在或无权查看：" + projectCode);
    }
    return project;
  }

  // ---------------------------------------------------------------- steps of handover-date-review

  /** What handover-date-check answered, on the review row. */
  public void recordCheck(long reviewId, String result, String reason, Integer bufferDays) {
    reviews.recordCheck(reviewId, result, reason, bufferDays);
  }

  /** 记录审核结果: the table refused the date; the office is told why. */
  public void refuse(long reviewId, String result, String reason, Integer bufferDays) {
    reviews.recordCheck(reviewId, result, reason, bufferDays);
    HandoverReview review = reviews.findById(reviewId);
    if (reviews.decide(reviewId, ReviewStatus.REFUSED, "system", EngineTime.now().withNano(0), reason) == 1) {
      tell(review, ReviewStatus.REFUSED, "合同交楼时间审核不通过：" + review.projectCode(),
          "合同交楼日期 " + review.contractHandoverDate() + " 距计划交楼 " + review.plannedHandoverDate() + " 仅 "
              + review.marginDays() + " 天。" + reason);
    }
  }

  /** 记录退回意见: region-ops or the president returned it; the office is told the comment. */
  public void returned(long reviewId, String decidedBy, String comment) {
    HandoverReview review = reviews.findById(reviewId);
    if (reviews.decide(reviewId, ReviewStatus.RETURNED, decidedBy, EngineTime.now().withNano(0), comment) == 1) {
      tell(review, ReviewStatus.RETURNED, "合同交楼时间已退回：" + review.projectCode(),
          "合同交楼日期 " + review.contractHandoverDate() + " 已退回，意见：" + comment + "。请调整后重新提交审核。");
    }
  }

  /** 保存合同交楼时间: the approved date (and the 装修 contract's) on the project; the office is told. */
  public void approve(long reviewId, String decidedBy, String comment) {
    HandoverReview review = reviews.findById(reviewId);
    LocalDateTime now = EngineTime.now().withNano(0);
    if (reviews.decide(reviewId, ReviewStatus.APPROVED, decidedBy, now, comment) == 1) {
      reviews.approveOnProject(review.projectCode(), review.contractHandoverDate(), now,
          review.decorationContractor(), review.decorationCompletionDate());
      tell(review, ReviewStatus.APPROVED, "合同交楼时间已批准：" + review.projectCode(),
          "合同交楼日期 " + review.contractHandoverDate() + " 已批准（距计划交楼 " + review.marginDays()
              + " 天），可按此日期签订销售合同。");
    }
  }

  private void tell(HandoverReview review, ReviewStatus status, String subject, String body) {
    notifications.notifyOnce("handover-date:" + review.id() + ":" + status, Groups.office(review.projectCode()),
        subject, body, HandoverProcess.businessKey(review.projectCode(), review.id()));
  }
}
