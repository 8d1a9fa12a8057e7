package com.regionops.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.regionops.certificate.CertificateRequest;
import com.regionops.certificate.CertificateService;
import com.regionops.certificate.CertificateStatus;
import com.regionops.org.OrgIdentity;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectRequest;
import com.regionops.org.ProjectService;
import com.regionops.org.ProjectType;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.org.RegionService;
import com.regionops.partner.PartnershipRequest;
import com.regionops.partner.PartnershipService;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanDependency;
import com.regionops.plan.PlanDocument;
import com.regionops.plan.PlanNodeRequest;
import com.regionops.plan.PlanService;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo regions, users, projects with plans and certificates, seeded through the same services
 * the API uses. Idempotent: what exists is left alone, so restarts keep whatever users changed.
 * Dates are relative to the day it seeds ({@link DemoSeedDay}), so the demo shows late, due and
 * expiring items.
 */
@Component
@Profile("demo")
@Order(100)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  record DemoUser(String id, String firstName, String lastName, List<String> groups, List<String> tenants) {
  }

  record DemoProject(String code, String name, String region, String city, String company, int startedDaysAgo) {
  }

  record TemplateNode(String nodeCode, String name, NodeLevel nodeLevel, NodeCategory category, int startDay,
      int finishDay) {
  }

  record Template(List<TemplateNode> nodes, List<PlanDependency> dependencies) {
  }

  static final List<Region> REGIONS = List.of(new Region("SOUTH", "华南区域"), new Region("EAST", "华东区域"));

  static final List<DemoProject> PROJECTS = List.of(
      new DemoProject("GZ01", "广州天河·云璟府", "SOUTH", "广州", "广州云璟房地产开发有限公司", 420),
      new DemoProject("GZ02", "广州南沙·滨海湾花园", "SOUTH", "广州", "广州南沙滨海置业有限公司", 200),
      new DemoProject("SZ01", "深圳前海·星河湾", "SOUTH", "深圳", "深圳前海星河房地产开发有限公司", 740),
      new DemoProject("SH01", "上海浦东·江语苑", "EAST", "上海", "上海浦江江语置业有限公司", 330),
      new DemoProject("HZ01", "杭州滨江·望潮府", "EAST", "杭州", "杭州滨江望潮房地产开发有限公司", 120),
      new DemoProject("NJ01", "南京河西·金陵府", "EAST", "南京", "南京河西金陵置业有限公司", 560));

  /** 业态 of the demo projects that are not 住宅. */
  static final Map<String, ProjectType> PROJECT_TYPES = Map.of("SZ01", ProjectType.MIXED_USE, "NJ01", ProjectType.COMMERCIAL);

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "流程", "管理员", List.of(Groups.CAMUNDA_ADMIN), List.of("SOUTH", "EAST")),
      new DemoUser("ops.south", "华南", "运营", List.of(Groups.REGION_OPS), List.of("SOUTH")),
      new DemoUser("ops.east", "华东", "运营", List.of(Groups.REGION_OPS), List.of("EAST")),
      new DemoUser("president.south", "华南", "总裁", List.of(Groups.REGION_PRESIDENT), List.of("SOUTH")),
      new DemoUser("president.east", "华东", "总裁", List.of(Groups.REGION_PRESIDENT), List.of("EAST")),
      new DemoUser("design.south", "华南", "设计", List.of(Groups.REGION_FUNCTIONS, Groups.FN_DESIGN), List.of("SOUTH")),
      new DemoUser("marketing.south", "华南", "营销", List.of(Groups.REGION_FUNCTIONS, Groups.FN_MARKETING), List.of("SOUTH")),
      new DemoUser("finance.south", "华南", "财务", List.of(Groups.REGION_FUNCTIONS, Groups.FN_FINANCE), List.of("SOUTH")),
      new DemoUser("investment.south", "华南", "投资", List.of(Groups.REGION_FUNCTIONS, Groups.FN_INVESTMENT), List.of("SOUTH")),
      new DemoUser("groupops", "集团", "运营", List.of(Groups.GROUP_OPS), List.of("SOUTH", "EAST")),
      new DemoUser("office.gz01", "GZ01", "项目运营", List.of(Groups.PROJECT_OFFICE, Groups.office("GZ01")), List.of("SOUTH")),
      new DemoUser("office.gz02", "GZ02", "项目运营", List.of(Groups.PROJECT_OFFICE, Groups.office("GZ02")), List.of("SOUTH")),
      new DemoUser("office.sh01", "SH01", "项目运营", List.of(Groups.PROJECT_OFFICE, Groups.office("SH01")), List.of("EAST")),
      // every project has its office, and each region its functions, so the demo's history has someone to act
      new DemoUser("office.sz01", "SZ01", "项目运营", List.of(Groups.PROJECT_OFFICE, Groups.office("SZ01")), List.of("SOUTH")),
      new DemoUser("office.hz01", "HZ01", "项目运营", List.of(Groups.PROJECT_OFFICE, Groups.office("HZ01")), List.of("EAST")),
      new DemoUser("office.nj01", "NJ01", "项目运营", List.of(Groups.PROJECT_OFFICE, Groups.office("NJ01")), List.of("EAST")),
      new DemoUser("engineering.south", "华南", "工程", List.of(Groups.REGION_FUNCTIONS, Groups.FN_ENGINEERING), List.of("SOUTH")),
      new DemoUser("design.east", "华东", "设计", List.of(Groups.REGION_FUNCTIONS, Groups.FN_DESIGN), List.of("EAST")),
      new DemoUser("engineering.east", "华东", "工程", List.of(Groups.REGION_FUNCTIONS, Groups.FN_ENGINEERING), List.of("EAST")),
      new DemoUser("marketing.east", "华东", "营销", List.of(Groups.REGION_FUNCTIONS, Groups.FN_MARKETING), List.of("EAST")),
      new DemoUser("finance.east", "华东", "财务", List.of(Groups.REGION_FUNCTIONS, Groups.FN_FINANCE), List.of("EAST")),
      new DemoUser("investment.east", "华东", "投资", List.of(Groups.REGION_FUNCTIONS, Groups.FN_INVESTMENT), List.of("EAST")));

  static DemoUser user(String id) {
    return USERS.stream().filter(u -> u.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo user " + id));
  }

  /** The demo user who acts for a group in a region (its office for a project's group). */
  static String userOf(String group, String region) {
    return USERS.stream().filter(u -> u.groups().contains(group) && u.tenants().contains(region)
            && !u.groups().contains(Groups.CAMUNDA_ADMIN) && !u.groups().contains(Groups.GROUP_OPS))
        .map(DemoUser::id).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo user for " + group + " in " + region));
  }

  private final RegionMapper regionMapper;
  private final RegionService regions;
  private final ProjectMapper projectMapper;
  private final ProjectService projects;
  private final PlanService plans;
  private final CertificateService certificates;
  private final DemoDocuments demoDocuments;
  private final DemoPlanTemplate demoTemplate;
  private final DemoHistory history;
  private final PartnershipService partnerships;
  private final OrgIdentity identity;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final DemoSeedDay seedDay;

  DemoData(RegionMapper regionMapper, RegionService regions, ProjectMapper projectMapper, ProjectService projects,
      PlanService plans, CertificateService certificates, DemoDocuments demoDocuments, DemoPlanTemplate demoTemplate,
      DemoHistory history, OrgIdentity identity, TransactionTemplate transaction, ObjectMapper json,
      DemoSeedDay seedDay, PartnershipService partnerships) {
    this.partnerships = partnerships;
    this.demoDocuments = demoDocuments;
    this.demoTemplate = demoTemplate;
    this.history = history;
    this.regionMapper = regionMapper;
    this.regions = regions;
    this.projectMapper = projectMapper;
    this.projects = projects;
    this.plans = plans;
    this.certificates = certificates;
    this.identity = identity;
    this.transaction = transaction;
    this.json = json;
    this.seedDay = seedDay;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    ApiUser system = ApiUser.system();
    for (Region region : REGIONS) {
      if (regionMapper.findByCode(region.code()) == null) {
        regions.create(system, region);
      }
    }
    Template template = loadTemplate();
    int templateVersion = transaction.execute(status -> demoTemplate.ensure(system, template));
    int seeded = 0;
    for (DemoProject p : PROJECTS) {
      if (projectMapper.findByCode(p.code()) == null) {
        LocalDate today = seedDay.take();
        transaction.executeWithoutResult(status -> {
          seedProject(system, p, template, today);
          demoTemplate.record(p.code(), templateVersion);
        });
        seeded++;
      }
    }
    for (DemoUser u : USERS) {
      identity.ensureUser(u.id(), u.firstName(), u.lastName(), PASSWORD);
      u.groups().forEach(g -> identity.ensureMembership(u.id(), g));
      u.tenants().forEach(t -> identity.ensureTenantMembership(u.id(), t));
    }
    if (seeded == PROJECTS.size()) {
      // only on the start that created the demo: its history is told once, from that day
      history.seed(seedDay.day());
      // 合作方, recorded after the history (NJ01's gate round of the story was chaired before its partner took over):
      // SZ01 is run jointly (51 % ours, consolidated), NJ01 by its partner (40 % ours, not consolidated)
      partnerships.set(system, "SZ01", new PartnershipRequest("JOINT", List.of(
          new PartnershipRequest.PartnerRequest("深圳前海投资控股有限公司", new java.math.BigDecimal("30"), "联合操盘方"),
          new PartnershipRequest.PartnerRequest("华润置地（深圳）有限公司", new java.math.BigDecimal("19"), "财务投资方")),
          true));
      partnerships.set(system, "NJ01", new PartnershipRequest("NOT_OPERATED", List.of(
          new PartnershipRequest.PartnerRequest("南京城建置业集团有限公司", new java.math.BigDecimal("60"), "操盘方")), false));
    }
    LOG.info("Demo data: {} projects seeded now, {} users (password '{}')", seeded, USERS.size(), PASSWORD);
    if (seeded > 0) {
      // Seeding renders the demo archive's PDFs once; G1 keeps the heap that grew for them committed
      // (idle RSS 717 instead of 473 MiB, bench/startup.sh) until a full collection gives it back.
      System.gc();
    }
  }

  private void seedProject(ApiUser system, DemoProject p, Template template, LocalDate today) {
    projects.create(system, new ProjectRequest(p.code(), p.name(), p.region(), p.city(), p.company(), null,
        PROJECT_TYPES.getOrDefault(p.code(), ProjectType.RESIDENTIAL).name()));
    LocalDate start = today.minusDays(p.startedDaysAgo());
    List<PlanNodeRequest> nodes = new ArrayList<>();
    Map<String, LocalDate> finished = new HashMap<>();
    for (TemplateNode t : template.nodes()) {
      PlanNodeRequest node = demoNode(p, t, start, today);
      nodes.add(node);
      if (node.actualFinish() != null) {
        finished.put(node.nodeCode(), node.actualFinish());
      }
    }
    plans.importPlan(system, p.code(), new PlanDocument(nodes, template.dependencies()));
    long businessLicence = seedCertificates(system, p, finished, today);
    demoDocuments.seed(projectMapper.findByCode(p.code()), p.startedDaysAgo(), today, businessLicence);
  }

  /** Open late nodes are at most this many days past their planned finish. */
  static final int LATE_WINDOW_DAYS = 120;

  /**
   * Plan state from a fixed per-node number: most past nodes done (some early, some late),
   * one in two nodes due in the last four months still open (late), a few near-future nodes
   * finished ahead.
   */
  static PlanNodeRequest demoNode(DemoProject p, TemplateNode t, LocalDate start, LocalDate today) {
    int h = Math.floorMod((p.code() + t.nodeCode()).hashCode(), 97);
    LocalDate baselineStart = start.plusDays(t.startDay());
    LocalDate baselineFinish = start.plusDays(t.finishDay());
    int shift = h % 9 == 0 ? 14 : 0; // an adjusted node: planned moved past its baseline
    LocalDate plannedStart = baselineStart.plusDays(shift);
    LocalDate plannedFinish = baselineFinish.plusDays(shift);
    LocalDate actualStart = null;
    LocalDate actualFinish = null;
    int progress = 0;
    // a node more than four months past its plan is done by now: what stays open and late is recent
    if (!plannedFinish.isAfter(today) && (h % 2 != 0 || plannedFinish.isBefore(today.minusDays(LATE_WINDOW_DAYS)))) {
      actualFinish = min(plannedFinish.plusDays((h % 3 - 1) * 4L), today);
    } else if (plannedFinish.isAfter(today) && !plannedFinish.isAfter(today.plusDays(30)) && h % 4 == 0) {
      actualFinish = today.minusDays(1); // ahead of plan
    }
    if (actualFinish != null) {
      actualStart = min(plannedStart, actualFinish);
      progress = 100;
    } else if (!plannedStart.isAfter(today)) {
      actualStart = plannedStart;
      long span = Math.max(1, ChronoUnit.DAYS.between(plannedStart, plannedFinish));
      long elapsed = ChronoUnit.DAYS.between(plannedStart, today);
      int expected = (int) Math.min(95, elapsed * 100 / span);
      progress = Math.max(5, expected - (h % 4) * 10); // some lag behind the time elapsed
    }
    return new PlanNodeRequest(t.nodeCode(), t.name(), t.nodeLevel(), t.category(), Groups.office(p.code()),
        baselineStart, baselineFinish, plannedStart, plannedFinish, actualStart, actualFinish, progress);
  }

  /** Which plan node obtains which certificate of the chain. */
  private static final Map<String, String> CHAIN = Map.of(
      "LAND_TITLE", "M03", "LAND_PLANNING_PERMIT", "L102", "ENGINEERING_PLANNING_PERMIT", "L103",
      "CONSTRUCTION_PERMIT", "M04", "PRESALE_PERMIT", "M07", "COMPLETION_FILING", "M10");

  /** Returns the business licence's id, whose scan the demo archive holds. */
  private long seedCertificates(ApiUser system, DemoProject p, Map<String, LocalDate> finished, LocalDate today) {
    int serial = Math.floorMod(p.code().hashCode(), 9000) + 1000;
    for (Map.Entry<String, String> link : CHAIN.entrySet()) {
      LocalDate obtained = finished.get(link.getValue());
      String type = link.getKey();
      LocalDate validUntil = "PRESALE_PERMIT".equals(type) && obtained != null ? obtained.plusYears(2) : null;
      certificates.create(system, new CertificateRequest(type,
          obtained == null ? null : p.code() + "-" + type.substring(0, 4) + "-" + serial, p.company(), p.code(),
          null, obtained, validUntil, null, null,
          obtained == null ? CertificateStatus.PLANNED : status(validUntil, today), "演示数据"));
    }
    // Company certificates: expiries spread from already expired to two years out.
    int index = PROJECTS.indexOf(p);
    // one per stage of the chase ladder once swept (DemoHistory): lapsed, 总裁关注, 责任部门, 区域督办, 待核验
    int[] qualificationDays = {-20, 25, 80, 45, 150, 700};
    LocalDate qualificationUntil = today.plusDays(qualificationDays[index % qualificationDays.length]);
    certificates.create(system, new CertificateRequest("DEVELOPER_QUALIFICATION", p.code() + "-ZZ-" + serial,
        p.company(), p.code(), null, qualificationUntil.minusYears(3), qualificationUntil, null, Groups.REGION_OPS,
        status(qualificationUntil, today), "演示数据"));
    LocalDate reportDue = LocalDate.of(today.getMonthValue() > 6 ? today.getYear() + 1 : today.getYear(), 6, 30);
    return certificates.create(system, new CertificateRequest("BUSINESS_LICENSE", "91" + serial + p.code() + "MA5X",
        p.company(), p.code(), null, today.minusDays(p.startedDaysAgo() + 30L), today.plusYears(30), reportDue,
        Groups.REGION_OPS, CertificateStatus.VALID, "演示数据")).id();
  }

  private static CertificateStatus status(LocalDate validUntil, LocalDate today) {
    return validUntil != null && validUntil.isBefore(today) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private Template loadTemplate() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/demo/plan-template.json")) {
      return json.readValue(in, Template.class);
    }
  }
}
