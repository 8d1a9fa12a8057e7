package com.regionops.policy;

import com.regionops.document.Document;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerType;
import com.regionops.document.Upload;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.Inputs;
import com.regionops.policy.PolicyMapper.AcknowledgementRow;
import com.regionops.policy.PolicyRequest.QuestionRequest;
import com.regionops.policy.PolicyRequest.QuizRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 制度宣贯: publishing a policy version (one process per region it reaches), what each person may see of the
 * policies, and the acknowledgement rates and history for region-ops and group-ops. The steps the process takes
 * (asking the audience, 已阅知悉, grading, reminding) are in PolicySteps.
 */
@Service("policyService")
public class PolicyService {

  static final int MAX_TITLE = 200;
  static final int MAX_NUMBER = 64;
  static final int MAX_VERSION = 9999;
  static final int MAX_SUMMARY = 4000;
  static final int MAX_GROUPS = 20;
  static final int MAX_QUESTION = 500;
  static final int MAX_OPTION = 200;

  /** The groups a policy may apply to besides a project's office group (office-{code}). */
  static final List<String> AUDIENCE_GROUPS = List.of(Groups.REGION_OPS, Groups.REGION_PRESIDENT,
      Groups.REGION_FUNCTIONS, Groups.FN_DESIGN, Groups.FN_ENGINEERING, Groups.FN_MARKETING, Groups.FN_COST,
      Groups.FN_FINANCE, Groups.FN_INVESTMENT, Groups.PROJECT_OFFICE);

  private final PolicyMapper policies;
  private final RegionMapper regions;
  private final ProjectMapper projects;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final SystemCalls system;
  private final PolicyAccess access;
  private final DocumentService documents;

  public PolicyService(PolicyMapper policies, RegionMapper regions, ProjectMapper projects, RuntimeService runtime,
      IdentityService identity, SystemCalls system, PolicyAccess access, DocumentService documents) {
    this.access = access;
    this.documents = documents;
    this.policies = policies;
    this.regions = regions;
    this.projects = projects;
    this.runtime = runtime;
    this.identity = identity;
    this.system = system;
  }

  // ------------------------------------------------------------------ publishing

  /**
   * Publishes a policy version and starts one instance per region it reaches (a region's policy: its region; the
   * group's: every region). A higher version of the same number supersedes the earlier ones: their open tasks end and
   * everyone is asked again; their acknowledgements stay. A refusal names the field and writes nothing (the
   * instances start, and the earlier ones end, in the same transaction).
   *
   * <p>documentIds must be empty: a policy's files are attached once it exists ({@link #attach}).
   */
  @Transactional
  public Published publish(ApiUser user, PolicyRequest request) {
    boolean groupOps = user.groups().contains(Groups.GROUP_OPS);
    boolean regionOps = user.groups().contains(Groups.REGION_OPS);
    if (!groupOps && !regionOps) {
      throw ApiException.forbidden("制度由集团运营中心（集团制度）或区域运营管理部（本区域制度）发布");
    }
    if (request == null) {
      throw ApiException.badInput("title", "请填写制度名称");
    }
    String regionCode = publishingRegion(user, request.regionCode(), groupOps, regionOps);
    String title = Inputs.required(request.title(), "title", "请填写制度名称", MAX_TITLE);
    String number = Inputs.required(request.number(), "number", "请填写制度编号", MAX_NUMBER);
    int version = version(request.version());
    LocalDate effective = Inputs.date(request.effectiveDate(), "effectiveDate", "请填写生效日期（yyyy-MM-dd）");
    LocalDate today = EngineTime.today();
    LocalDate acknowledgeBy = Inputs.date(request.acknowledgeBy(), "acknowledgeBy", "请填写阅知截止日期（yyyy-MM-dd）");
    if (!acknowledgeBy.isAfter(today)) {
      throw ApiException.badInput("acknowledgeBy", "阅知截止日期须晚于今天（" + today + "），至少留出一天阅读时间");
    }
    List<String> groups = audienceGroups(request.groups(), regionCode);
    if (request.documentIds() != null && !request.documentIds().isEmpty()) {
      throw ApiException.badInput("documentIds",
          "制度文件在发布后上传：POST /api/v1/policies/{id}/documents；documentIds 留空");
    }
    String summary = Inputs.optional(request.summary(), "summary", MAX_SUMMARY);
    Quiz quiz = quiz(request.quiz());
    Integer passMark = quiz == null ? null : passMark(request.quiz().passMark(), quiz.size());

    String issuer = regionCode == null ? Policy.GROUP : regionCode;
    List<Policy> versions = policies.findVersions(issuer, number);
    if (!versions.isEmpty() && versions.get(0).version() >= version) {
      int latest = versions.get(0).version();
      throw ApiException.conflict("version", latest == version
          ? "制度 " + number + " 第 " + version + " 版已发布；发布新版本请用更高的版本号"
          : "制度 " + number + " 已有第 " + latest + " 版，新版本号须大于 " + latest);
    }
    LocalDateTime now = EngineTime.now().withNano(0);
    KeyedRow<Policy> row = new KeyedRow<>(new Policy(null, regionCode == null ? Policy.GROUP : Policy.REGION,
        regionCode, issuer, number, version, title, summary, effective, acknowledgeBy, String.join(",", groups),
        quiz == null ? null : quiz.toJson(), passMark, user.id(), now, null, null));
    policies.insert(row);
    long id = row.getId();

    List<Long> superseded = new ArrayList<>();
    for (Policy earlier : versions) {
      if (earlier.supersededBy() == null && policies.supersede(earlier.id(), id, now) == 1) {
        superseded.add(earlier.id());
        // each region's instance of the earlier version closes its pending rows and ends its open tasks
        system.asSystem(() -> runtime.createMessageCorrelation(PolicyProcess.MESSAGE_SUPERSEDED)
            .processInstanceVariableEquals(PolicyProcess.POLICY_ID, earlier.id()).correlateAllWithResult());
      }
    }
    List<String> reached = regionCode != null ? List.of(regionCode)
        : regions.findAll().stream().map(Region::code).toList();
    for (String region : reached) {
      start(id, region);
    }
    return new Published(id, regionCode == null ? Policy.GROUP : Policy.REGION, number, version, reached, superseded);
  }

  /** What POST answers: the policy version, the regions it reached, and the versions it superseded. */
  public record Published(long id, String scope, String number, int version, List<String> regionCodes,
      List<Long> supersededIds) {
  }

  private void start(long policyId, String regionCode) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PolicyProcess.REGION_CODE, regionCode);
    variables.put(PolicyProcess.POLICY_ID, policyId);
    // started by the application only (ProjectTenantIdProvider.INTERNAL): over engine REST a caller could start a
    // rollout without its policy
    system.asSystem(() -> runtime.startProcessInstanceByKey(PolicyProcess.KEY,
        PolicyProcess.businessKey(policyId, regionCode), variables));
  }

  /** The region of a region's policy, or null for the group's. */
  private String publishingRegion(ApiUser user, String requested, boolean groupOps, boolean regionOps) {
    if (requested != null && !requested.isBlank()) {
      String code = requested.strip();
      if (regionOps && user.tenants().contains(code)) {
        return code;
      }
      if (!regionOps) {
        throw ApiException.badInput("regionCode", "集团制度发布到所有区域，不指定 regionCode");
      }
      throw ApiException.forbidden("区域制度由本区域运营管理部发布：您不属于区域 " + code);
    }
    if (groupOps) {
      return null;
    }
    if (user.tenants().size() == 1) {
      return user.tenants().iterator().next();
    }
    if (user.tenants().isEmpty()) {
      throw ApiException.forbidden("您不属于任何区域，不能发布区域制度");
    }
    throw ApiException.badInput("regionCode", "您属于多个区域，请用 regionCode 指定发布区域");
  }

  private List<String> audienceGroups(List<String> requested, String regionCode) {
    if (requested == null || requested.isEmpty()) {
      throw ApiException.badInput("groups", "请选择制度适用的用户组（如 region-ops、project-office）");
    }
    Set<String> groups = new LinkedHashSet<>();
    for (String value : requested) {
      if (value == null || value.isBlank()) {
        throw ApiException.badInput("groups", "用户组不能为空");
      }
      String group = value.strip();
      if (group.startsWith(Groups.OFFICE_PREFIX)) {
        Project project = projects.findByCode(group.substring(Groups.OFFICE_PREFIX.length()));
        if (project == null) {
          throw ApiException.badInput("groups", "用户组不存在：" + group + "（项目公司组为 office-项目编号）");
        }
        if (regionCode != null && !regionCode.equals(project.regionCode())) {
          throw ApiException.badInput("groups", "项目 " + project.code() + " 不属于本区域，区域制度只适用于本区域");
        }
      } else if (!AUDIENCE_GROUPS.contains(group)) {
        throw ApiException.badInput("groups", "用户组不存在或不在宣贯范围内：" + group + "（可选："
            + String.join("、", AUDIENCE_GROUPS.stream().map(g -> g + " " + Groups.nameOf(g)).toList())
            + "，或某项目公司 office-项目编号）");
      }
      groups.add(group);
    }
    if (groups.size() > MAX_GROUPS) {
      throw ApiException.badInput("groups", "用户组不超过 " + MAX_GROUPS + " 个");
    }
    return List.copyOf(groups);
  }

  /** A quiz as a request gives it (制度宣贯, 培训): refused naming quiz.questions[i]… or quiz.passMark. */
  public static Quiz quiz(QuizRequest request) {
    if (request == null) {
      return null;
    }
    List<QuestionRequest> questions = request.questions();
    if (questions == null || questions.isEmpty() || questions.size() > PolicyProcess.MAX_QUESTIONS) {
      throw ApiException.badInput("quiz.questions", "答题须有 1 至 " + PolicyProcess.MAX_QUESTIONS + " 道题");
    }
    List<Quiz.Question> parsed = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      String field = "quiz.questions[" + i + "]";
      QuestionRequest question = questions.get(i);
      if (question == null) {
        throw ApiException.badInput(field + ".text", "请填写第 " + (i + 1) + " 题题目");
      }
      String text = Inputs.required(question.text(), field + ".text", "请填写第 " + (i + 1) + " 题题目", MAX_QUESTION);
      List<String> options = question.options();
      if (options == null || options.size() < 2 || options.size() > PolicyProcess.MAX_OPTIONS) {
        throw ApiException.badInput(field + ".options", "每题 2 至 " + PolicyProcess.MAX_OPTIONS + " 个选项");
      }
      List<String> texts = new ArrayList<>();
      for (int j = 0; j < options.size(); j++) {
        String option = Inputs.required(options.get(j), field + ".options[" + j + "]", "选项不能为空", MAX_OPTION);
        if (texts.contains(option)) {
          throw ApiException.badInput(field + ".options[" + j + "]", "选项重复：" + option);
        }
        texts.add(option);
      }
      parsed.add(new Quiz.Question(text, texts, answerLetter(question.answer(), texts, field + ".answer")));
    }
    return new Quiz(parsed);
  }

  /** The right option as given: its text, or its letter (A for the first). */
  private static String answerLetter(String answer, List<String> options, String field) {
    if (answer == null || answer.isBlank()) {
      throw ApiException.badInput(field, "请给出正确答案（选项原文，或字母 A、B…）");
    }
    int index = options.indexOf(answer.strip());
    if (index < 0) {
      int letter = Quiz.indexOf(answer.strip().toUpperCase());
      index = letter < options.size() ? letter : -1;
    }
    if (index < 0) {
      throw ApiException.badInput(field, "正确答案须是选项之一（选项原文，或字母 A–" + Quiz.letter(options.size() - 1) + "）");
    }
    return Quiz.letter(index);
  }

  public static int passMark(Integer passMark, int questions) {
    if (passMark == null) {
      throw ApiException.badInput("quiz.passMark", "请填写及格线（须答对的题数）");
    }
    if (passMark < 1) {
      throw ApiException.badInput("quiz.passMark", "及格线至少为 1 题");
    }
    if (passMark > questions) {
      throw ApiException.badInput("quiz.passMark", "及格线（" + passMark + " 题）不能超过题目数（" + questions + " 题）");
    }
    return passMark;
  }

  private static int version(String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badInput("version", "请填写版本号（正整数，如 1、2）");
    }
    try {
      int version = Integer.parseInt(value.strip());
      if (version >= 1 && version <= MAX_VERSION) {
        return version;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badInput("version", "版本号须为 1 至 " + MAX_VERSION + " 的整数（如 1、2）");
  }

  /**
   * 制度文件: the publisher attaches a file to a policy version still in force; the forms of its open asks list it at
   * once, and whoever sees the policy may read it (PolicyAccess).
   */
  @Transactional
  public Document attach(ApiUser user, long id, Upload file) {
    Policy policy = visible(user, id);
    boolean publisher = policy.byGroup() ? user.groups().contains(Groups.GROUP_OPS)
        : user.groups().contains(Groups.REGION_OPS) && user.tenants().contains(policy.regionCode());
    if (!publisher) {
      throw ApiException.forbidden("制度文件由发布单位上传");
    }
    if (policy.supersededBy() != null) {
      throw ApiException.conflict("file", "该版本已被新版本替代，请在新版本上传制度文件");
    }
    Document filed = documents.fileIssued(user, OwnerType.POLICY, Long.toString(id), policy.regionCode(), file);
    String listed = filesText(id);
    system.asSystem(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PolicyProcess.KEY)
        .variableValueEquals(PolicyProcess.POLICY_ID, id).list()
        .forEach(pi -> runtime.setVariable(pi.getId(), PolicyProcess.FILES, listed)));
    return filed;
  }

  /** The policy's files as its forms show them: a Markdown link to each, or empty. */
  public String filesText(long id) {
    return documents.markdownLinks(OwnerType.POLICY, Long.toString(id));
  }

  // ------------------------------------------------------------------ reading

  /** The policies the caller may see, newest first. */
  public List<PolicyView> list(ApiUser user) {
    List<Policy> rows;
    if (user.seesAllRegions()) {
      rows = policies.findVisible(null);
    } else {
      rows = policies.findVisible(user.tenants());
      if (!user.hasRegionRole()) {
        rows = rows.stream().filter(p -> access.appliesTo(user, p)).toList();
      }
    }
    return rows.stream().map(PolicyService::view).toList();
  }

  /** One policy version with its quiz (the answers for those who manage it) and the caller's own acknowledgement. */
  public Detail get(ApiUser user, long id) {
    Policy policy = visible(user, id);
    Quiz quiz = policy.parsedQuiz();
    PolicyAcknowledgement own = policies.findAcknowledgement(id, user.id());
    // the key is the publisher's, and never of anyone the quiz asks (region-ops may be both)
    boolean answers = publishes(user, policy) && own == null;
    QuizView quizView = quiz == null ? null : new QuizView(policy.passMark(), quiz.size(),
        numbered(quiz.questions(), (n, q) -> new QuestionView(n, q.text(), q.options(), answers ? q.answer() : null)));
    Mine mine = own == null ? null : new Mine(own.status(), own.status().label(), own.attempts(), own.score(),
        own.acknowledgedAt());
    return new Detail(view(policy), documents.ofOwner(OwnerType.POLICY, Long.toString(id)), quizView, mine);
  }

  /**
   * Who acknowledged: rates of this version overall and per region, group and project, and every person's row of
   * every version of the number (the history: who acknowledged which version when, with the quiz score). Region-ops
   * sees its own region's rows, group-ops every region's.
   */
  public Acknowledgements acknowledgements(ApiUser user, long id) {
    Policy policy = visible(user, id);
    if (!manages(user, policy)) {
      throw ApiException.forbidden("制度阅知情况由区域运营管理部（本区域）和集团运营中心查看");
    }
    Collection<String> scope = user.seesAllRegions() ? null : user.tenants();
    List<AcknowledgementRow> history = policies.findHistory(policy.issuer(), policy.number(), scope);
    List<AcknowledgementRow> current = history.stream().filter(r -> r.policyId() == id).toList();
    Map<String, String> names = userNames(history.stream().map(AcknowledgementRow::userId).distinct().toList());
    List<Person> people = history.stream().map(r -> new Person(r.userId(), names.get(r.userId()), r.policyId(),
        r.version(), r.regionCode(), r.projectCode(), r.groupId(), r.status(), r.status().label(), r.acknowledgedAt(),
        r.score(), r.attempts())).toList();
    return new Acknowledgements(id, policy.number(), policy.version(), policy.title(), policy.acknowledgeBy(),
        policy.passMark(), rate("ALL", "合计", current),
        rates(current, AcknowledgementRow::regionCode, this::regionName),
        rates(current, AcknowledgementRow::groupId, Groups::nameOf),
        rates(current.stream().filter(r -> r.projectCode() != null).toList(), AcknowledgementRow::projectCode,
            this::projectName),
        people);
  }

  /** The people a region's instance asks (the rows 确定宣贯对象 wrote): the multi-instance's collection. */
  public List<String> audience(Object policyId, String regionCode) {
    return policies.findAudience(((Number) policyId).longValue(), regionCode);
  }

  /** A person's passed policy quizzes, newest first: their training records. */
  public List<TrainingRecord> trainingRecords(String userId) {
    return policies.findTrainingRecords(userId);
  }

  /** Whether the caller may see the policy (a training record of another region's policy stays hidden). */
  public boolean visibleTo(ApiUser user, long id) {
    Policy policy = policies.findById(id);
    return policy != null && access.sees(user, policy);
  }

  private Policy visible(ApiUser user, long id) {
    Policy policy = policies.findById(id);
    if (policy == null || !access.sees(user, policy)) {
      throw ApiException.notFound("制度不存在或不在您的范围内：" + id);
    }
    return policy;
  }

  /** Who published it: group-ops (and camunda-admin) for the group's, the region's region-ops for a region's. */
  static boolean publishes(ApiUser user, Policy policy) {
    return policy.byGroup() ? user.seesAllRegions()
        : user.isAdmin() || (user.groups().contains(Groups.REGION_OPS) && user.tenants().contains(policy.regionCode()));
  }

  /** group-ops and camunda-admin; region-ops for the group's policies (its region's rows) and its region's own. */
  static boolean manages(ApiUser user, Policy policy) {
    return user.seesAllRegions() || (user.groups().contains(Groups.REGION_OPS)
        && (policy.byGroup() ? !user.tenants().isEmpty() : user.tenants().contains(policy.regionCode())));
  }

  private Map<String, String> userNames(List<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    system.asSystem(() -> {
      for (User u : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
        String name = (u.getFirstName() == null ? "" : u.getFirstName()) + (u.getLastName() == null ? "" : u.getLastName());
        names.put(u.getId(), name.isBlank() ? u.getId() : name);
      }
    });
    return names;
  }

  private String regionName(String code) {
    Region region = regions.findByCode(code);
    return region == null ? code : region.name();
  }

  private String projectName(String code) {
    Project project = projects.findByCode(code);
    return project == null ? code : project.name();
  }

  private static List<Rate> rates(List<AcknowledgementRow> rows, Function<AcknowledgementRow, String> key,
      Function<String, String> name) {
    Map<String, List<AcknowledgementRow>> by = new TreeMap<>();
    rows.forEach(r -> by.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    List<Rate> rates = new ArrayList<>();
    by.forEach((code, list) -> rates.add(rate(code, name.apply(code), list)));
    return rates;
  }

  static Rate rate(String code, String name, List<AcknowledgementRow> rows) {
    int done = (int) rows.stream().filter(r -> r.status().done()).count();
    return new Rate(code, name, rows.size(), done, percent(done, rows.size()));
  }

  /** Percent with one decimal; nobody asked is 0. */
  static double percent(int done, int total) {
    return total == 0 ? 0.0 : Math.round(1000.0 * done / total) / 10.0;
  }

  static PolicyView view(Policy p) {
    Quiz quiz = p.parsedQuiz();
    return new PolicyView(p.id(), p.scope(), p.regionCode(), p.number(), p.version(), p.title(), p.summary(),
        p.effectiveDate(), p.acknowledgeBy(), p.groups(), quiz != null, quiz == null ? null : quiz.size(),
        p.passMark(), p.publishedBy(), p.publishedAt(), p.supersededBy(), p.supersededAt());
  }

  private static <T, R> List<R> numbered(List<T> items, java.util.function.BiFunction<Integer, T, R> map) {
    List<R> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(map.apply(i + 1, items.get(i)));
    }
    return out;
  }

  // ------------------------------------------------------------------ what the API answers

  /** A policy version as lists show it (never the quiz's answers). */
  public record PolicyView(long id, String scope, String regionCode, String number, int version, String title,
      String summary, LocalDate effectiveDate, LocalDate acknowledgeBy, List<String> groups, boolean hasQuiz,
      Integer questionCount, Integer passMark, String publishedBy, LocalDateTime publishedAt, Long supersededBy,
      LocalDateTime supersededAt) {
  }

  public record Detail(PolicyView policy, List<Document> documents, QuizView quiz, Mine mine) {
  }

  public record QuizView(int passMark, int questionCount, List<QuestionView> questions) {
  }

  /** A question with its options (A, B, ... in order); answer only for those who manage the policy. */
  public record QuestionView(int no, String text, List<String> options, String answer) {
  }

  /** The caller's own acknowledgement of this version. */
  public record Mine(AckStatus status, String statusLabel, int attempts, Integer score, LocalDateTime acknowledgedAt) {
  }

  public record Acknowledgements(long policyId, String number, int version, String title, LocalDate acknowledgeBy,
      Integer passMark, Rate overall, List<Rate> byRegion, List<Rate> byGroup, List<Rate> byProject,
      List<Person> people) {
  }

  /** Of those asked (total), how many acknowledged or passed, and the rate in percent. */
  public record Rate(String code, String name, int total, int acknowledged, double rate) {
  }

  /** One person's row of one version: who, which version, when, and the quiz score. */
  public record Person(String userId, String name, long policyId, int version, String regionCode, String projectCode,
      String groupId, AckStatus status, String statusLabel, LocalDateTime acknowledgedAt, Integer score,
      int attempts) {
  }
}
