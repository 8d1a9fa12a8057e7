package com.regionops.certificate;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.org.RegionMapper;
import com.regionops.plan.CertificateCompletion;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.FieldErrors;
import com.regionops.platform.web.RequestValidator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certificate ledger (证照台账) as the caller may see and keep it. */
@Service
public class CertificateService {

  private final CertificateMapper certificates;
  private final CertificateTypeMapper types;
  private final ProjectService projects;
  private final RegionMapper regions;
  private final RequestValidator validator;
  private final Clock clock;
  private final CertificateCompletion certificateCompletion;

  public CertificateService(CertificateMapper certificates, CertificateTypeMapper types, ProjectService projects,
      RegionMapper regions, RequestValidator validator, Clock clock, CertificateCompletion certificateCompletion) {
    this.certificateCompletion = certificateCompletion;
    this.certificates = certificates;
    this.types = types;
    this.projects = projects;
    this.regions = regions;
    this.validator = validator;
    this.clock = clock;
  }

  public List<CertificateType> types() {
    return types.findAll();
  }

  /**
   * The ledger filtered; expiringWithinDays keeps certificates whose validity ends between
   * today and today + N (both inclusive). Project offices see their own projects' certificates.
   */
  public List<Certificate> list(ApiUser user, String typeCode, String projectCode, CertificateStatus status,
      Integer expiringWithinDays) {
    if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > 3660)) {
      throw ApiException.badInput("expiringWithinDays", "取值为 0–3660 天");
    }
    if (projectCode != null) {
      projects.get(user, projectCode);
    }
    LocalDate today = LocalDate.now(clock);
    CertificateQuery query = new CertificateQuery(user.seesAllRegions() ? null : user.tenants(), typeCode,
        projectCode, status, expiringWithinDays == null ? null : today,
        expiringWithinDays == null ? null : today.plusDays(expiringWithinDays));
    return certificates.find(query).stream().filter(c -> canSee(user, c)).toList();
  }

  public Certificate get(ApiUser user, long id) {
    Certificate certificate = certificates.findById(id);
    if (certificate == null || !canSee(user, certificate)) {
      throw ApiException.notFound("证照不存在或无权查看：" + id);
    }
    return certificate;
  }

  @Transactional
  public Certificate create(ApiUser user, CertificateRequest request) {
    user.requireMasterDataWriter();
    Certificate certificate = validate(user, request, null);
    KeyedRow<Certificate> row = new KeyedRow<>(certificate);
    certificates.insert(row);
    return certificates.findById(row.getId());
  }

  @Transactional
  public Certificate update(ApiUser user, long id, CertificateRequest request) {
    user.requireMasterDataWriter();
    Certificate current = get(user, id);
    user.requireMasterDataWriter(current.regionCode());
    Certificate updated = validate(user, request, id);
    certificates.update(id, updated);
    Long planNode = certificates.findPlanNodeId(id);
    if (current.status() == CertificateStatus.PLANNED && updated.status() == CertificateStatus.VALID && planNode != null) {
      // the plan expected this certificate: obtaining it reports the node that was to obtain it done
      certificateCompletion.obtained(planNode, updated.projectCode(), updated.issueDate(),
          certificates.findById(id).typeName() + "（" + updated.certNo() + "）", user.id());
    }
    return certificates.findById(id);
  }

  private Certificate validate(ApiUser user, CertificateRequest r, Long id) {
    validator.check(r);
    FieldErrors errors = new FieldErrors();
    CertificateType type = types.findByCode(r.typeCode());
    if (type == null) {
      throw ApiException.badInput("typeCode", "证照类型不存在：" + r.typeCode());
    }
    Project project = null;
    if (r.projectCode() != null) {
      project = projects.get(user, r.projectCode());
    } else if (type.isProjectLevel()) {
      errors.add("projectCode", type.name() + "属于项目证照，必须填写项目");
    }
    String region = project != null ? project.regionCode() : r.regionCode();
    if (project != null && r.regionCode() != null && !r.regionCode().equals(project.regionCode())) {
      errors.add("regionCode", "与项目所属区域不一致：" + project.regionCode());
    }
    if (region == null) {
      errors.add("regionCode", "公司证照未关联项目时必须填写区域");
    } else if (project == null && regions.findByCode(region) == null) {
      errors.add("regionCode", "区域不存在：" + region);
    }
    CertificateStatus status = r.status() != null ? r.status()
        : (isBlank(r.certNo()) ? CertificateStatus.PLANNED : CertificateStatus.VALID);
    errors.require(status == CertificateStatus.PLANNED || !isBlank(r.certNo()), "certNo", "已取得的证照必须填写证号");
    errors.require(status == CertificateStatus.PLANNED || r.issueDate() != null, "issueDate", "已取得的证照必须填写发证日期");
    errors.require(r.issueDate() == null || !r.issueDate().isAfter(LocalDate.now(clock)), "issueDate", "发证日期不能晚于今天");
    errors.require(r.issueDate() == null || r.validUntil() == null || !r.validUntil().isBefore(r.issueDate()),
        "validUntil", "有效期至不能早于发证日期");
    String holder = !isBlank(r.holderCompany()) ? r.holderCompany() : project == null ? null : project.companyName();
    errors.require(!isBlank(holder), "holderCompany", "必填");
    errors.throwIfAny();

    if (region != null) {
      user.requireMasterDataWriter(region);
    }
    if (!isBlank(r.certNo())) {
      Long other = certificates.findIdByNumber(r.typeCode(), r.certNo());
      if (other != null && !Objects.equals(other, id)) {
        throw ApiException.conflict("certNo", "同类证照证号已存在：" + r.certNo());
      }
    }
    String group = !isBlank(r.responsibleGroup()) ? r.responsibleGroup()
        : project != null ? Groups.office(project.code()) : Groups.REGION_OPS;
    return new Certificate(null, type.code(), type.name(), isBlank(r.certNo()) ? null : r.certNo(), holder,
        r.projectCode(), region, r.issueDate(), r.validUntil(), r.nextReviewDue(), group, status, r.remarks());
  }

  private static boolean canSee(ApiUser user, Certificate c) {
    return c.projectCode() != null ? user.canSeeProject(c.projectCode(), c.regionCode())
        : user.canSeeRegion(c.regionCode());
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
