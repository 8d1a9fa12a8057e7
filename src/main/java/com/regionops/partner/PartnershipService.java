package com.regionops.partner;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.plan.PartnerRules;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.Inputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 合作方管理: how each project is run, its partners and 并表, and what that makes of its figures in each 口径. */
@Service
public class PartnershipService implements PartnerRules {

  public static final int MAX_PARTNERS = 10;
  static final BigDecimal HUNDRED = new BigDecimal("100");

  private final PartnershipMapper partnerships;
  private final ProjectService projects;

  public PartnershipService(PartnershipMapper partnerships, ProjectService projects) {
    this.partnerships = partnerships;
    this.projects = projects;
  }

  @Override
  public String operatingMode(String projectCode) {
    PartnershipMapper.ModeRow mode = partnerships.findMode(projectCode);
    return mode == null ? OperatingMode.INDEPENDENT.name() : mode.operatingMode().name();
  }

  public Partnership get(ApiUser user, String projectCode) {
    return of(projects.get(user, projectCode).code());
  }

  /** The project's partnership (a project never set: ours alone). */
  public Partnership of(String projectCode) {
    return of(List.of(projectCode)).getOrDefault(projectCode, Partnership.alone(projectCode));
  }

  /** The partnerships of these projects, by code (a project that does not exist is missing). */
  public Map<String, Partnership> of(Collection<String> projectCodes) {
    if (projectCodes.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Partnership.Partner>> partners = new HashMap<>();
    for (PartnershipMapper.PartnerRow row : partnerships.findPartners(projectCodes)) {
      partners.computeIfAbsent(row.projectCode(), c -> new ArrayList<>())
          .add(new Partnership.Partner(row.name(), row.sharePct(), row.partnerRole()));
    }
    Map<String, Partnership> result = new HashMap<>();
    for (PartnershipMapper.ModeRow mode : partnerships.findModes(projectCodes)) {
      result.put(mode.projectCode(), Partnership.of(mode.projectCode(), mode.operatingMode(), mode.consolidated(),
          partners.getOrDefault(mode.projectCode(), List.of())));
    }
    return result;
  }

  /** Replaces the project's partnership; region-ops of its region. Shares must leave us more than nothing. */
  @Transactional
  public Partnership set(ApiUser user, String projectCode, PartnershipRequest request) {
    Project project = projects.getForWrite(user, projectCode);
    if (request == null) {
      throw ApiException.badInput("mode", "请选择操盘方式");
    }
    OperatingMode mode = Inputs.oneOf(OperatingMode.class, request.mode(), "mode",
        "操盘方式应为 INDEPENDENT（独立操盘）、JOINT（联合操盘）或 NOT_OPERATED（不操盘）");
    List<PartnershipRequest.PartnerRequest> given = request.partners() == null ? List.of() : request.partners();
    if (given.size() > MAX_PARTNERS) {
      throw ApiException.badInput("partners", "合作方不超过 " + MAX_PARTNERS + " 家");
    }
    if (mode != OperatingMode.INDEPENDENT && given.isEmpty()) {
      throw ApiException.badInput("partners", mode.label() + "的项目须登记合作方");
    }
    List<Partnership.Partner> partners = new ArrayList<>();
    Set<String> names = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < given.size(); i++) {
      PartnershipRequest.PartnerRequest p = given.get(i);
      String field = "partners[" + i + "]";
      if (p == null) {
        throw ApiException.badInput(field, "不能为空");
      }
      String name = Inputs.required(p.name(), field + ".name", "请填写合作方名称", 100);
      if (!names.add(name)) {
        throw ApiException.badInput(field + ".name", "合作方重复：" + name);
      }
      BigDecimal share = p.sharePct();
      if (share == null || share.signum() <= 0 || share.compareTo(HUNDRED) >= 0) {
        throw ApiException.badInput(field + ".sharePct", "股比为大于 0、小于 100 的百分数");
      }
      if (share.stripTrailingZeros().scale() > 2) {
        throw ApiException.badInput(field + ".sharePct", "股比最多两位小数");
      }
      String role = Inputs.optional(p.role(), field + ".role", 50);
      partners.add(new Partnership.Partner(name, share.setScale(2), role));
      total = total.add(share);
    }
    if (total.compareTo(HUNDRED) >= 0) {
      throw ApiException.badInput("partners", "合作方股比合计 " + total.stripTrailingZeros().toPlainString()
          + "%，须小于 100%（我方股比须大于 0）");
    }
    boolean consolidated = request.consolidated() == null || request.consolidated();
    partnerships.updateMode(project.code(), mode, consolidated);
    partnerships.deletePartners(project.code());
    for (int i = 0; i < partners.size(); i++) {
      Partnership.Partner p = partners.get(i);
      partnerships.insertPartner(new PartnershipMapper.PartnerRow(project.code(), i + 1, p.name(), p.sharePct(),
          p.role()));
    }
    return of(project.code());
  }

  /** The 口径 a request asks for; none: 考核口径, as before there were any. */
  public static Basis basis(String requested) {
    return requested == null || requested.isBlank() ? Basis.ASSESSMENT : Inputs.oneOf(Basis.class, requested, "basis",
        "口径应为 ASSESSMENT（考核口径）、EQUITY（权益口径）或 CONSOLIDATED（并表口径）");
  }
}
